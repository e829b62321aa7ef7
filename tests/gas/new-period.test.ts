/**
 * "Tạo kỳ báo cáo mới" end to end against the fakes, which copy as Google copies (sources in
 * tests/fakes/gas/BEHAVIOURS.md): the old spreadsheet's every value is untouched (hashed before
 * and after), the copy holds the next period and validates with only the units' entries left,
 * its menu works (the bound script came along), its unit tabs are editable by their units again
 * (Google handed the protections over with the copier alone), it is shared like the old one, and
 * the reminder trigger stays in the old file, absent from the new one until turned on there.
 */
import { createHash } from 'node:crypto';
import { checkWorkbook } from '../../src/app/check-workbook';
import { HISTORY_TAB, SETTINGS_TAB } from '../../src/domain/contract/tabs';
import type { RawWorkbook } from '../../src/domain/cells';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { REMINDERS_OFF_NOTE } from '../../src/gas/actions/new-period';
import { createAddon } from '../../src/gas/addon';
import { MENU_ITEMS } from '../../src/gas/entry-points';
import { readGridTabs, readMetadata } from '../../src/gas/workbook-source';
import type { FakeSpreadsheet } from '../fakes/gas';
import { gasWorkbook, SECRETARIAT } from '../support/gas-workbook';

const MISSING_ENTRIES = new Set(['MISSING_FIGURE', 'MISSING_TEXT', 'UNIT_TAB_EMPTY', 'NO_UNIT_DATA', 'EMPTY_SECTION']);

/** A hash of every value, note and formula of every sheet, in order, with the sheet names. */
function hashOf(spreadsheet: FakeSpreadsheet): string {
  const hash = createHash('sha256');
  for (const name of spreadsheet.sheetNames()) {
    const sheet = spreadsheet.sheet(name);
    hash.update(`\u0000${name}\u0000`);
    hash.update(JSON.stringify(sheet.valuesSnapshot()));
    for (let r = 1; r <= sheet.lastRow(); r += 1) for (let c = 1; c <= sheet.lastColumn(); c += 1) hash.update(JSON.stringify([sheet.peek(r, c)?.formula ?? null, sheet.peek(r, c)?.note ?? null]));
  }
  return hash.digest('hex');
}

/** The example set up in Sheets (tabs protected), reminders on, then a new period made from it. */
function madeNextPeriod() {
  const wb = gasWorkbook();
  wb.call('baocaoSetup');
  wb.call('baocaoEnableReminders');
  wb.call('baocaoCheck');
  const before = hashOf(wb.env.spreadsheet);
  const known = new Set(wb.env.spreadsheetApp.registry().keys());
  wb.env.ui.answerNext({ button: 'YES' });
  wb.call('baocaoNewPeriod');
  const id = [...wb.env.spreadsheetApp.registry().keys()].find((k) => !known.has(k))!;
  const copy = wb.env.container(id);
  return { wb, before, id, copy, spreadsheet: copy.spreadsheet };
}

function readCopy(wb: ReturnType<typeof gasWorkbook>, id: string): RawWorkbook {
  const api = wb.env.sheetsApi;
  return readGridTabs(api, id, readMetadata(api, id));
}

describe('Tạo kỳ báo cáo mới, in Google Sheets', () => {
  // One new period, looked at by the tests that only read it (the others make their own).
  let made: ReturnType<typeof madeNextPeriod>;
  beforeAll(() => {
    made = madeNextPeriod();
  });

  it('leaves every value of the old spreadsheet as it was and makes a copy for the next period', () => {
    const { wb, before, spreadsheet } = made;
    expect(hashOf(wb.env.spreadsheet)).toBe(before);
    expect(spreadsheet.name).toBe(`${wb.env.spreadsheet.name} – từ ngày 11/3/2023 đến ngày 10/4/2024`);
    const shown = wb.env.ui.shown.at(-1)!;
    expect(shown.kind).toBe('modal');
    expect(shown.content).toContain(`href="${spreadsheet.url()}"`);
    expect(shown.content).toContain('Bật nhắc việc tự động');
  });

  it('writes the next period into the copy, which validates with only what the units must type', () => {
    const { wb, id } = made;
    const check = checkWorkbook({ read: () => readCopy(wb, id) });
    expect(check.findings.filter((f) => !MISSING_ENTRIES.has(f.code))).toEqual([]);
    const settings = check.workbook.settings!;
    expect([settings.periodFrom, settings.periodTo, settings.deadline, settings.documentNumber, settings.spreadsheetUrl]).toEqual([
      '2023-03-11',
      '2024-04-10',
      '2024-04-10',
      null,
      `https://docs.google.com/spreadsheets/d/${id}/edit`,
    ]);
    expect(check.status.units.every((u) => u.submittedAt === null && u.figures.filled === 0)).toBe(true);
    expect(check.workbook.history.length).toBeGreaterThan(0);
    expect(check.workbook.history.find((r) => r.unitId === null && r.code === 'TIEP_LUOT')?.value).toBe(
      CHU_PUH_2023.units.flatMap((u) => CHU_PUH_2023.sheets[u.id]?.figures ?? []).filter((f) => f.code === 'TIEP_LUOT').reduce((a, f) => a + Number(f.value), 0),
    );
  });

  it('writes the new period in bulk: values cleared in one call and written in one, no cell written alone', () => {
    const wb = gasWorkbook();
    wb.call('baocaoSetup');
    wb.env.ui.answerNext({ button: 'YES' });
    wb.env.calls.reset();
    wb.call('baocaoNewPeriod');
    const byName = wb.env.calls.summary().byName;
    expect(byName['Sheets.Spreadsheets.Values.batchClear']).toBe(1);
    expect(byName['Sheets.Spreadsheets.Values.batchUpdate']).toBe(1);
    expect(byName['Range.setValue'] ?? 0).toBe(0);
    // The one tab made whole (the history) is written with one setValues.
    expect(byName['Range.setValues']).toBe(1);
  });

  it('carries the menu: the copy’s own bound script builds it', () => {
    const { wb, copy } = made;
    createAddon(() => copy.globals, () => wb.env.clock.now()).onOpen();
    const menu = wb.env.ui.menus.at(-1)!;
    expect(Object.keys(menu.functions())).toEqual(MENU_ITEMS.map((m) => m.caption));
    expect(copy.globals.ScriptApp.getScriptId()).not.toBe(wb.env.globals.ScriptApp.getScriptId());
  });

  it('gives each unit its tab again and the secretariat the configuration tabs, and shares the copy like the old one', () => {
    const { wb, spreadsheet } = madeNextPeriod();
    const editorsOf = (s: FakeSpreadsheet, tab: string) => s.sheet(tab).protections.filter((p) => !p.removed).map((p) => p.editorEmails().sort());
    // In the old file every unit has submitted, so its tab is the secretariat's; in the new period it is the unit's again.
    expect(editorsOf(wb.env.spreadsheet, 'UBND huyện')).toEqual([[SECRETARIAT]]);
    expect(editorsOf(spreadsheet, 'UBND huyện')).toEqual([[SECRETARIAT, 'ubnd@example.org']]);
    expect(editorsOf(spreadsheet, 'Xã Ia Le')).toEqual([[SECRETARIAT, 'iale@example.org']]);
    for (const tab of ['Chỉ tiêu', SETTINGS_TAB.name]) expect([tab, editorsOf(spreadsheet, tab)]).toEqual([tab, editorsOf(wb.env.spreadsheet, tab)]);
    expect(editorsOf(spreadsheet, HISTORY_TAB.name)).toEqual([[SECRETARIAT]]);
    expect(spreadsheet.editorEmails().sort()).toEqual(wb.env.spreadsheet.editorEmails().sort());
    // A unit can type in its own tab of the new period, and not in another's.
    wb.env.session.setUser('ubnd@example.org');
    expect(() => spreadsheet.sheet('UBND huyện').getRange('D22').setValue(130)).not.toThrow();
    expect(() => spreadsheet.sheet('Xã Ia Le').getRange('D20').setValue(1)).toThrow(/protected cell/);
  });

  it('keeps the reminder trigger in the old file; the new one has none until reminders are turned on there', () => {
    const { wb, copy, spreadsheet } = madeNextPeriod();
    const reminder = (triggers: typeof wb.env.triggers) => triggers.byHandler('baocaoDailyReminders').map((t) => t.owner);
    expect(reminder(wb.env.triggers)).toEqual([SECRETARIAT]);
    expect(reminder(copy.triggers)).toEqual([]);
    expect(copy.properties.document.snapshot()).toEqual({});
    const noted = () => spreadsheet.sheet(SETTINGS_TAB.name).valuesSnapshot().findIndex((r) => r[0] === 'Giờ gửi nhắc việc') + 1;
    expect(spreadsheet.sheet(SETTINGS_TAB.name).cell(`A${noted()}`).note).toBe(REMINDERS_OFF_NOTE);

    createAddon(() => copy.globals, () => wb.env.clock.now()).baocaoEnableReminders();
    expect(reminder(copy.triggers)).toEqual([SECRETARIAT]);
    expect(reminder(wb.env.triggers)).toEqual([SECRETARIAT]);
    expect(spreadsheet.sheet(SETTINGS_TAB.name).cell(`A${noted()}`).note ?? '').toBe('');
  });

  it('drops the tab of a unit that no longer exists in the new period, keeping it in the old file', () => {
    // Chư Don is merged away the day the old period ends.
    const data = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => (u.id === 'XA_CHUDON' ? { ...u, activeTo: '2023-03-10' } : u)) };
    const wb = gasWorkbook(data);
    const known = new Set(wb.env.spreadsheetApp.registry().keys());
    wb.env.ui.answerNext({ button: 'YES' });
    wb.call('baocaoNewPeriod');
    const id = [...wb.env.spreadsheetApp.registry().keys()].find((k) => !known.has(k))!;
    expect(wb.env.container(id).spreadsheet.findSheet('Xã Chư Don')).toBeUndefined();
    expect(wb.env.spreadsheet.findSheet('Xã Chư Don')).toBeDefined();
    const check = checkWorkbook({ read: () => readCopy(wb, id) });
    expect(check.status.units.find((u) => u.unitId === 'XA_CHUDON')?.expected).toBe(false);
    expect(check.findings.filter((f) => !MISSING_ENTRIES.has(f.code))).toEqual([]);
  });

  it('is for the secretariat only, and creates nothing when the question is declined', () => {
    const wb = gasWorkbook();
    const count = () => wb.env.spreadsheetApp.registry().size;
    const before = count();
    wb.env.ui.answerNext({ button: 'NO' });
    wb.call('baocaoNewPeriod');
    expect(count()).toBe(before);
    wb.env.session.setUser('ubnd@example.org');
    wb.call('baocaoNewPeriod');
    expect(count()).toBe(before);
    expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Chỉ bộ phận tổng hợp');
    // The question was asked with no lock held.
    expect(wb.env.ui.dialogs.every((d) => d.underLock.length === 0)).toBe(true);
  });
});
