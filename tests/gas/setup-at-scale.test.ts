/**
 * Setup of a large workbook, with every service call taking the benchmark's stated latency on a
 * simulated clock: each execution stops inside its time budget (well before Apps Script's
 * 6 minutes), schedules a one-off continuation trigger, says in the progress tab how far it
 * got, and the continuations finish the job; a second run skips every protection that already
 * matches; every tab fits the spreadsheet's 10-million-cell limit.
 */
import { EXECUTION_LIMIT_MS } from '../../src/gas/budget';
import { SETUP_PROGRESS_TAB } from '../../src/gas/setup-job';
import { planWorkbookFromData } from '../../src/domain/workbook/layout';
import { createTab } from '../../src/gas/tab-writer';
import { STATED_LATENCY } from '../fakes/gas';
import { syntheticWorkbook } from '../../scripts/synthetic-workbook';
import { gasWorkbook, runContinuing } from '../support/gas-workbook';

const OWNER = 'th@example.org';

/** A workbook of `units` units whose configuration tabs exist but whose unit tabs do not. */
function bigWorkbook(units: number) {
  const data = syntheticWorkbook(units);
  const wb = gasWorkbook({ ...data, sheets: {} }, { user: OWNER, spreadsheet: { owner: OWNER, editors: [OWNER], sheets: {} } });
  // gasWorkbook created every tab of the plan; keep only the configuration tabs.
  for (const name of wb.env.spreadsheet.sheetNames().filter((n) => n.startsWith('Xã ') || n === 'Tổng hợp BC')) {
    wb.env.spreadsheet.deleteSheet(wb.env.spreadsheet.sheet(name));
  }
  wb.env.calls.reset();
  wb.env.clock.latency = STATED_LATENCY;
  return { wb, data };
}

function runUntilDone(wb: ReturnType<typeof gasWorkbook>): number[] {
  return runContinuing(wb, 'baocaoSetup', 'baocaoContinueSetup', {
    maxContinuations: 30,
    beforeEach: (next) => {
      expect(next).toHaveLength(1);
      expect(next[0]!.schedule?.afterMs).toBeGreaterThan(0);
    },
  });
}

describe('setup at scale', () => {
  it('finishes 250 units by continuing itself, each execution well inside 6 minutes, saying how far it got', () => {
    const { wb, data } = bigWorkbook(250);
    const durations = runUntilDone(wb);
    expect(durations.length).toBeGreaterThan(1);
    for (const ms of durations) expect(ms).toBeLessThan(EXECUTION_LIMIT_MS - 60 * 1000);
    for (const unit of data.units) expect(wb.env.spreadsheet.findSheet(unit.tab)).toBeDefined();
    const xa = wb.env.spreadsheet.findSheet('Xã 250')!.protections.find((p) => !p.removed)!;
    expect(xa.editorEmails().sort()).toEqual(['th@example.org', 'xa0250@example.org']);
    expect(wb.env.triggers.byHandler('baocaoContinueSetup')).toEqual([]);
    expect(String(wb.env.spreadsheet.findSheet(SETUP_PROGRESS_TAB)!.valuesSnapshot()[0]?.[0])).toContain('ĐÃ XONG');
    expect(wb.env.ui.dialogs[0]?.prompt).toContain(`xem tab "${SETUP_PROGRESS_TAB}"`);
    expect(wb.env.spreadsheet.cellCount()).toBeLessThan(10_000_000 / 10);
  });

  it('skips every protection that already matches when run again: no protection call at all', () => {
    const { wb } = bigWorkbook(30);
    wb.env.clock.latency = { read: 0, write: 0, docs: 0, local: 0, other: 0 };
    wb.call('baocaoSetup');
    wb.env.calls.reset();
    wb.call('baocaoSetup');
    const protectionCalls = Object.entries(wb.env.calls.summary().byName).filter(([name]) => name.startsWith('Protection.'));
    expect(protectionCalls).toEqual([]);
    expect(wb.env.ui.dialogs.at(-1)?.prompt).toMatch(/Đã phân quyền 0\/0 tab cần phân quyền; 38 tab đã đúng sẵn/);
  });

  it('keeps a unit tab small enough for 1,000 of them in one spreadsheet', () => {
    const { wb } = bigWorkbook(1);
    const plan = planWorkbookFromData(syntheticWorkbook(1)).find((p) => p.name === 'Xã 1')!;
    const sheet = createTab(wb.env.spreadsheet, { ...plan, name: 'Thử' }, wb.env.globals.SpreadsheetApp);
    expect(sheet.getMaxRows() * sheet.getMaxColumns() * 1000).toBeLessThan(10_000_000);
  });
});
