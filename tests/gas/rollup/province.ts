/**
 * A province report in the fake Google account: the bound spreadsheet lists its own office and
 * N child commune reports (sourceKind "child", source a Google Sheets link), each child a
 * complete baocao workbook of M units in its own spreadsheet, owned by the commune and shared
 * with the province's secretariat as a viewer. Every child has its own figures (derived from
 * its index), so a wrong or doubled read shows in the totals. The tabs are made the way the
 * add-in makes them (the layout planner and the tab writer), then the call log is cleared.
 */
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { planWorkbookFromData } from '../../../src/domain/workbook/layout';
import { createTab } from '../../../src/gas/tab-writer';
import { syntheticWorkbook } from '../../../scripts/synthetic-workbook';
import type { GasEnvironmentOptions } from '../../fakes/gas';
import type { FakeSpreadsheet } from '../../fakes/gas';
import { addSpreadsheet, sheetsLink } from '../../fakes/gas/other-spreadsheets';
import { gasWorkbook } from '../../support/gas-workbook';

export const PROVINCE_SECRETARIAT = 'vptu@tinh.example.org';
export const CHILD_GROUP = 'Xã';

export interface ProvinceChild {
  readonly unitId: string;
  readonly name: string;
  readonly id: string;
  readonly spreadsheet: FakeSpreadsheet;
  /** The child's own figures, by indicator code, summed over its units (what the parent must find). */
  readonly totals: Readonly<Record<string, number>>;
}

/** A Drive-like id: 44 characters of [A-Za-z0-9_-], distinct per child. */
export function childSpreadsheetId(index: number): string {
  return `1Xa${String(index).padStart(4, '0')}`.padEnd(44, 'k');
}

/** Child `index`'s workbook: the synthetic commune report with its own figures and secretariat. */
export function childWorkbook(index: number, units: number): WorkbookData {
  const base = syntheticWorkbook(units);
  const bump = index % 7;
  return {
    ...base,
    settings: { ...base.settings, issuingBody: `ĐẢNG ỦY XÃ SỐ ${index}`, place: `Xã số ${index}`, secretariatEmails: [`xa${index}@xa.example.org`] },
    units: base.units.map((u) => ({ ...u, emails: [`${u.id.toLowerCase()}.xa${index}@xa.example.org`] })),
    // DON_TN and DON_GQ move together, so the child's own rules (GQ + ĐANG = TN) still hold.
    sheets: Object.fromEntries(
      Object.entries(base.sheets).map(([id, sheet]) => [
        id,
        { ...sheet, figures: sheet.figures.map((f) => (f.code === 'DON_TN' || f.code === 'DON_GQ' ? { ...f, value: Number(f.value) + bump } : f)) },
      ]),
    ),
  };
}

function totalsOf(data: WorkbookData): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const sheet of Object.values(data.sheets)) for (const f of sheet.figures) totals[f.code] = (totals[f.code] ?? 0) + Number(f.value);
  return totals;
}

/** The province's own workbook: its office writes the summary, every child is a unit of group "Xã". */
export function provinceWorkbook(children: ReadonlyArray<Pick<ProvinceChild, 'unitId' | 'name' | 'id'>>, base: WorkbookData = syntheticWorkbook(1)): WorkbookData {
  return {
    ...base,
    settings: { ...base.settings, issuingBody: 'TỈNH ỦY MẪU', secretariatUnit: 'TH', secretariatEmails: [PROVINCE_SECRETARIAT], appendixIndicators: ['DON_TN', 'DON_GQ'] },
    units: [
      { ...base.units[0]!, emails: [PROVINCE_SECRETARIAT] },
      ...children.map((c) => ({
        id: c.unitId,
        name: c.name,
        group: CHILD_GROUP,
        tab: '',
        source: sheetsLink(c.id),
        sourceKind: 'child' as const,
        emails: [`${c.unitId.toLowerCase()}@xa.example.org`],
        deadline: null,
        submittedAt: null,
        submittedBy: null,
        reopenedAt: null,
        reopenReason: null,
      })),
    ],
    sheets: {
      TH: {
        ...base.sheets['TH']!,
        narratives: [{ section: 'I.1', text: 'Toàn tỉnh tiếp nhận {{SL:DON_TN}} đơn, đã giải quyết {{TL:DON_GQ/DON_TN}} đơn, đạt {{PT:DON_GQ/DON_TN}}; tiếp {{SL:LUOT_TIEP}} lượt công dân.' }],
      },
    },
  };
}

export interface SheetsProvince extends ReturnType<typeof gasWorkbook> {
  readonly children: ReadonlyArray<ProvinceChild>;
}

/** The province and its N children, `unitsPerChild` units each, in one fake account. */
export function sheetsProvince(count: number, unitsPerChild = 3, options: GasEnvironmentOptions = {}): SheetsProvince {
  const meta = Array.from({ length: count }, (_, i) => ({ unitId: `XA${String(i + 1).padStart(3, '0')}`, name: `Đảng bộ xã số ${i + 1}`, id: childSpreadsheetId(i + 1) }));
  const wb = gasWorkbook(provinceWorkbook(meta), { user: PROVINCE_SECRETARIAT, ...options, spreadsheet: { owner: PROVINCE_SECRETARIAT, ...(options.spreadsheet ?? {}) } });
  const app = wb.env.globals.SpreadsheetApp;
  const children = meta.map((m, i) => {
    const data = childWorkbook(i + 1, unitsPerChild);
    const owner = `xa${i + 1}@xa.example.org`;
    const spreadsheet = addSpreadsheet(wb.env, { id: m.id, name: `Báo cáo ${m.name}`, owner, viewers: [PROVINCE_SECRETARIAT] });
    // The commune made its own workbook.
    wb.env.session.setUser(owner);
    for (const plan of planWorkbookFromData(data)) createTab(spreadsheet, plan, app);
    wb.env.session.setUser(PROVINCE_SECRETARIAT);
    return { ...m, spreadsheet, totals: totalsOf(data) };
  });
  wb.env.calls.reset();
  return { ...wb, children };
}
