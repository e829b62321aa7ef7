/**
 * The next period laid over a copy of the old workbook (src/app/new-period-edits.ts): applying
 * the edits to the old workbook's cells gives a workbook that reads exactly like the one the
 * command line writes from the same plan (settings, units, tasks, documents, history), with
 * nothing typed left in the unit tabs, and whose only findings are the entries units must make.
 */
import { checkWorkbook, type WorkbookCheck } from '../../src/app/check-workbook';
import { nextPeriodEdits, type NextPeriodEdits } from '../../src/app/new-period-edits';
import { nextPeriodTabs, planNextPeriod } from '../../src/app/new-period';
import type { CellValue, RawWorkbook } from '../../src/domain/cells';
import { HISTORY_TAB } from '../../src/domain/contract/tabs';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { planTableTab, planWorkbookFromData, rawFromPlans } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';

/** The edits applied to plain cells, as the Sheets API would apply them to the copy. */
function applyEdits(raw: RawWorkbook, edits: NextPeriodEdits): RawWorkbook {
  const tabs = raw.tabs.filter((t) => !edits.deleteTabs.includes(t.name)).map((t) => ({ name: t.name, rows: t.rows.map((r) => [...r]) }));
  const put = (tab: string, row: number, col: number, value: CellValue) => {
    const target = tabs.find((t) => t.name === tab);
    if (target === undefined) throw new Error(`no tab ${tab}`);
    while (target.rows.length < row) target.rows.push([]);
    const line = target.rows[row - 1]!;
    while (line.length < col) line.push(null);
    line[col - 1] = value;
  };
  for (const area of edits.clear) for (let r = 0; r < area.rows; r += 1) for (let c = 0; c < area.cols; c += 1) {
    const line = tabs.find((t) => t.name === area.tab)?.rows[area.row + r - 1];
    if (line !== undefined && line.length >= area.col + c) line[area.col + c - 1] = null;
  }
  for (const block of edits.write) block.values.forEach((line, r) => line.forEach((value, c) => put(block.tab, block.row + r, block.col + c, value)));
  return { tabs: [...tabs, ...rawFromPlans(edits.createTabs).tabs] };
}

function withAnOldHistory(data: WorkbookData): RawWorkbook {
  const history = planTableTab(HISTORY_TAB, [{ periodKey: 'R:2021-01-11..2022-02-10', periodName: 'năm đầu', periodFrom: '2021-01-11', periodTo: '2022-02-10', unitId: null, code: 'TIEP_LUOT', value: 100, source: 'final' }], 'system');
  return rawFromPlans([...planWorkbookFromData(data), history]);
}

function content(check: WorkbookCheck) {
  const wb = check.workbook;
  return {
    settings: wb.settings,
    units: wb.units.map(({ at: _at, ...u }) => u),
    tasks: [...wb.unitSheets.values()].map((s) => [s.unitId, s.tasks.map(({ at: _at, ...t }) => t)]),
    documents: [...wb.unitSheets.values()].map((s) => [s.unitId, s.documents.map(({ at: _at, ...d }) => d)]),
    figures: [...check.lookup.figures].map(([id, values]) => [id, [...values]]),
    texts: [...wb.unitSheets.values()].map((s) => [s.unitId, s.narratives.filter((n) => n.text !== null).length, s.footnotes.length]),
    history: wb.history.map(({ at: _at, ...h }) => h),
  };
}

describe('the next period as edits to a copy of the old workbook', () => {
  it('reads exactly like the workbook the command line writes from the same plan', () => {
    const raw = withAnOldHistory(CHU_PUH_2023);
    const check = checkWorkbook({ read: () => raw });
    const plan = planNextPeriod(check);
    const url = 'https://docs.google.com/spreadsheets/d/copy/edit';
    const copy = checkWorkbook({ read: () => applyEdits(raw, nextPeriodEdits(raw, check, plan, { spreadsheetUrl: url })) });
    const fresh = checkWorkbook({ read: () => rawFromPlans(nextPeriodTabs(plan)) });
    expect(content(copy)).toEqual({ ...content(fresh), settings: { ...fresh.workbook.settings, spreadsheetUrl: url } });
    expect(copy.findings.filter((f) => !['MISSING_FIGURE', 'MISSING_TEXT', 'UNIT_TAB_EMPTY', 'NO_UNIT_DATA', 'EMPTY_SECTION'].includes(f.code))).toEqual([]);
    expect(copy.workbook.history[0]).toMatchObject({ periodKey: 'R:2021-01-11..2022-02-10', value: 100 });
  });

  it('drops the tabs of the old period only and writes nothing into the documents units cited', () => {
    const raw = withAnOldHistory(CHU_PUH_2023);
    const check = checkWorkbook({ read: () => raw });
    const edits = nextPeriodEdits(raw, check, planNextPeriod(check), { alsoDelete: ['Tiến trình thiết lập'] });
    expect(edits.deleteTabs).toEqual([HISTORY_TAB.name]);
    expect(edits.createTabs.map((t) => t.name)).toEqual([HISTORY_TAB.name]);
    const documentRows = new Set([...check.workbook.unitSheets.values()].flatMap((s) => s.documents.map((d) => `${s.tab}!${d.at.row}`)));
    const touched = [...edits.clear.flatMap((a) => Array.from({ length: a.rows }, (_, i) => `${a.tab}!${a.row + i}`)), ...edits.write.map((w) => `${w.tab}!${w.row}`)];
    expect(touched.filter((t) => documentRows.has(t))).toEqual([]);
  });

  it('adds the "Chuyển từ kỳ" column to a tasks block made before it existed', () => {
    const raw = rawFromPlans(planWorkbookFromData(CHU_PUH_2023));
    // The secretariat's tab as set-up made it before the column: four task columns.
    const old: RawWorkbook = {
      tabs: raw.tabs.map((t) => (t.name !== 'BDV Huyện ủy' ? t : { ...t, rows: t.rows.map((r) => (r[4] === 'Chuyển từ kỳ' ? r.slice(0, 4) : r)) })),
    };
    const check = checkWorkbook({ read: () => old });
    const plan = planNextPeriod(check);
    const next = checkWorkbook({ read: () => applyEdits(old, nextPeriodEdits(old, check, plan)) });
    const tasks = next.workbook.unitSheets.get('BDVHU')!.tasks;
    expect(tasks.length).toBe(plan.data.sheets['BDVHU']!.tasks.length);
    expect(tasks.every((t) => t.carriedFrom === plan.previous.name)).toBe(true);
  });
});
