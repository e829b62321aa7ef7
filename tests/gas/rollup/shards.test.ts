/**
 * Shards in Google Sheets: a report whose unit tabs live in other spreadsheets of the same
 * layout is read at every action, one Sheets API call per shard, and validates and reports
 * exactly as the same units in one spreadsheet; a shard that cannot be read is a finding on its
 * units, and the rest of the report still comes out. Nothing is written into a shard.
 */
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { planWorkbookFromData } from '../../../src/domain/workbook/layout';
import { createTab } from '../../../src/gas/tab-writer';
import { syntheticWorkbook } from '../../../scripts/synthetic-workbook';
import { bodyText, footnotesInOrder } from '../../fakes/gas/docs-inspect';
import { addSpreadsheet, fingerprint, sheetsLink } from '../../fakes/gas/other-spreadsheets';
import { gasWorkbook } from '../../support/gas-workbook';

const SECRETARIAT = 'th@example.org';
const shardId = (i: number) => `1Shard${i}`.padEnd(44, 's');

/** The ward of nine communes in one spreadsheet, and the same ward with its unit tabs over three shards. */
function ward() {
  const single = syntheticWorkbook(9);
  const shardOf = (unitIndex: number) => Math.floor(unitIndex / 3) + 1;
  const sharded: WorkbookData = {
    ...single,
    units: single.units.map((u, i) => (i === 0 ? u : { ...u, source: sheetsLink(shardId(shardOf(i - 1))), sourceKind: 'shard' as const })),
  };
  const one = gasWorkbook(single, { user: SECRETARIAT, spreadsheet: { owner: SECRETARIAT } });
  const split = gasWorkbook(sharded, { user: SECRETARIAT, spreadsheet: { owner: SECRETARIAT } });
  // The split parent keeps only its own tabs; each shard holds the tabs of three communes.
  const app = split.env.globals.SpreadsheetApp;
  const unitTabs = single.units.slice(1).map((u) => u.tab);
  for (const tab of unitTabs) {
    const sheet = split.env.spreadsheet.findSheet(tab);
    if (sheet !== undefined) split.env.spreadsheet.deleteSheet(sheet);
  }
  const plans = planWorkbookFromData(single);
  const shards = [1, 2, 3].map((s) => {
    const owner = `to${s}@example.org`;
    const shard = addSpreadsheet(split.env, { id: shardId(s), name: `Tổ ${s}`, owner, viewers: [SECRETARIAT] });
    split.env.session.setUser(owner);
    for (const plan of plans.filter((p) => unitTabs.slice((s - 1) * 3, s * 3).includes(p.name))) createTab(shard, plan, app);
    split.env.session.setUser(SECRETARIAT);
    return shard;
  });
  one.env.calls.reset();
  split.env.calls.reset();
  return { one, split, shards };
}

function reportText(wb: ReturnType<typeof gasWorkbook>): string {
  wb.call('baocaoGenerateReport');
  const id = wb.env.docs.documentIds().at(-1)!;
  const doc = wb.env.docs.document(id);
  return [bodyText(doc), ...footnotesInOrder(doc).map((f) => f.text)].join('\n');
}

describe('units whose tabs live in other spreadsheets (shards)', () => {
  it('report exactly as the same units in one spreadsheet', () => {
    const { one, split } = ward();
    const text = reportText(split);
    expect(text).toBe(reportText(one));
    expect(text).toContain('Xã đã tiếp nhận');
  });

  it('remind exactly the units the one spreadsheet would remind', () => {
    const { one, split } = ward();
    const preview = (wb: ReturnType<typeof gasWorkbook>) => {
      wb.env.clock.set(new Date(Date.UTC(2023, 2, 20, 2, 0)));
      wb.env.ui.answerNext({ button: 'NO' });
      wb.call('baocaoSendRemindersNow');
      return wb.env.ui.dialogs.at(-1)?.prompt ?? '';
    };
    const expected = preview(one);
    expect(expected).toContain('Sẽ gửi');
    expect(preview(split)).toBe(expected);
  });

  it('are read at each action, one call per shard, and never written', () => {
    const { split, shards } = ward();
    const before = shards.map(fingerprint);
    split.call('baocaoCheck');
    for (const shard of shards) expect(split.env.sheetsApi.readsOf(shard.id)).toBe(1);
    split.call('baocaoProgress');
    for (const shard of shards) expect(split.env.sheetsApi.readsOf(shard.id)).toBe(2);
    expect(shards.map(fingerprint)).toEqual(before);
    for (const shard of shards) expect(split.env.sheetsApi.writesOf(shard.id)).toBe(0);
  });

  it('are not read where only the settings and the secretariat count: turning reminders on or off, and before the reopening question', () => {
    const { split, shards } = ward();
    split.call('baocaoEnableReminders');
    split.call('baocaoDisableReminders');
    for (const shard of shards) expect(split.env.sheetsApi.readsOf(shard.id)).toBe(0);
    const parentUnitTab = split.env.spreadsheet.findSheet(syntheticWorkbook(9).units[0]!.tab)!;
    split.env.spreadsheet.setActiveSheet(parentUnitTab);
    split.env.ui.answerNext({ button: 'OK', text: 'Bổ sung' });
    split.call('baocaoReopen');
    // Only the read under the lock, which the decision is made from, reads the shards.
    for (const shard of shards) expect(split.env.sheetsApi.readsOf(shard.id)).toBe(1);
  });

  it('a shard not shared with the secretariat is a finding on its units saying what to do; the others still count', () => {
    const { split, shards } = ward();
    shards[1]!.removeAccess(SECRETARIAT);
    split.call('baocaoCheck');
    const sidebar = split.env.ui.shown.at(-1)?.content ?? '';
    expect(sidebar).toContain('chưa được chia sẻ');
    expect(sidebar).toContain(SECRETARIAT);
    split.env.ui.answerNext({ button: 'YES' });
    split.call('baocaoGenerateReport');
    expect(split.env.docs.documentIds()).toHaveLength(1);
  });
});
