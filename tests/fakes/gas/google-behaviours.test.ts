/**
 * The fakes fail where Google fails: each behaviour listed in BEHAVIOURS.md, checked on the
 * fake itself (the add-in's tests then rely on it).
 */
import { createGasEnvironment, DRIVE_SCOPE, GET_URL_LIMIT, PROPERTY_VALUE_LIMIT_BYTES, REMOVES_OWN_ACCESS_MESSAGE } from './index';
import { applyFieldMask } from './field-mask';

describe('fakes held to Google', () => {
  it('property values are limited in UTF-8 bytes, not characters, and a store to 500 KB in all', () => {
    const props = createGasEnvironment().globals.PropertiesService.getDocumentProperties();
    const vietnamese = 'ữ'.repeat(4000); // 4,000 characters, 12,000 bytes
    expect(vietnamese.length).toBeLessThan(PROPERTY_VALUE_LIMIT_BYTES);
    expect(() => props.setProperty('k', vietnamese)).toThrow('Argument too large');
    for (let i = 0; i < 62; i += 1) props.setProperty(`k${i}`, 'a'.repeat(8 * 1024));
    expect(() => props.setProperty('one-more', 'a'.repeat(8 * 1024))).toThrow(/property storage quota/);
  });

  it('a protection cannot drop the group through which the running user edits, until the user is added', () => {
    const env = createGasEnvironment({ user: 'can.bo@example.org', spreadsheet: { owner: 'chu@example.org', editors: ['nhom@example.org'] } });
    env.spreadsheet.addGroup('nhom@example.org', ['can.bo@example.org']);
    const protection = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.protect();
    expect(() => protection.removeEditors(['nhom@example.org'])).toThrow(REMOVES_OWN_ACCESS_MESSAGE);
    protection.addEditor('can.bo@example.org');
    protection.removeEditors(['nhom@example.org']);
    expect(protection.getEditors().map((u) => u.getEmail()).sort()).toEqual(['can.bo@example.org', 'chu@example.org']);
  });

  it('the spreadsheet zone is its own, and changing it keeps every date’s wall clock', () => {
    const env = createGasEnvironment({ spreadsheet: { timeZone: 'Etc/GMT' }, scriptTimeZone: 'Asia/Ho_Chi_Minh' });
    const sheet = env.spreadsheet.sheet('Sheet1');
    sheet.getRange('A1').setValue(env.spreadsheet.date(2023, 3, 16, 6, 30)).setNumberFormat('dd/mm/yyyy hh:mm');
    env.spreadsheet.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
    expect(sheet.displayValue(1, 1)).toBe('16/03/2023 06:30');
    expect(env.globals.Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });

  it('a trigger execution has no Ui', () => {
    const env = createGasEnvironment();
    env.session.execution = 'trigger';
    expect(() => env.globals.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('DriveApp needs full Drive; the Drive API with drive.file sees only the add-in’s own files', () => {
    const env = createGasEnvironment({ grantedScopes: ['https://www.googleapis.com/auth/drive.file'] });
    const theirs = env.drive.addFolder('Thư mục của người dùng');
    expect(() => env.globals.DriveApp.getFolderById(theirs)).toThrow(`Required permissions: ${DRIVE_SCOPE}`);
    expect(() => env.globals.Drive!.Files.get(theirs)).toThrow(`File not found: ${theirs}.`);
    const ours = env.globals.Drive!.Files.create({ name: 'Báo cáo', mimeType: 'application/vnd.google-apps.folder' });
    expect(env.globals.Drive!.Files.get(ours.id!, { fields: 'id,name' })).toEqual({ id: ours.id, name: 'Báo cáo' });
  });

  it('values.batchGet is a GET refused past the URL limit; its POST form is not', () => {
    const sheets: Record<string, never[]> = {};
    for (let i = 0; i < 400; i += 1) sheets[`Đơn vị số ${i}`] = [];
    const env = createGasEnvironment({ spreadsheet: { sheets } });
    const ranges = Object.keys(sheets).map((n) => `'${n}'`);
    expect(() => env.globals.Sheets!.Spreadsheets.Values.batchGet(env.spreadsheet.id, { ranges })).toThrow('too large');
    expect(env.sheetsApi.values.longestUrl).toBeGreaterThan(GET_URL_LIMIT);
    const posted = env.globals.Sheets!.Spreadsheets.Values.batchGetByDataFilter({ dataFilters: ranges.map((a1Range) => ({ a1Range })) }, env.spreadsheet.id);
    expect(posted.valueRanges).toHaveLength(400);
  });

  it('spreadsheets.get answers only the fields asked for, and protection editors only to those who may edit', () => {
    const env = createGasEnvironment({ user: 'chu@example.org', spreadsheet: { owner: 'chu@example.org', editors: ['khach@example.org'] } });
    const sheet = env.spreadsheet.sheet('Sheet1');
    const protection = sheet.protect().setDescription('baocao: thử');
    protection.removeEditors(['khach@example.org']);
    const fields = 'properties(timeZone),sheets(properties(title),protectedRanges(description,editors))';
    const asOwner = env.globals.Sheets!.Spreadsheets.get(env.spreadsheet.id, { fields });
    expect(asOwner.properties).toEqual({ timeZone: 'Asia/Ho_Chi_Minh' });
    expect(asOwner.sheets?.[0]?.properties).toEqual({ title: 'Sheet1' });
    expect(asOwner.sheets?.[0]?.protectedRanges?.[0]?.editors?.users).toEqual(['chu@example.org']);
    env.session.setUser('khach@example.org');
    expect(env.globals.Sheets!.Spreadsheets.get(env.spreadsheet.id, { fields }).sheets?.[0]?.protectedRanges?.[0]).toEqual({ description: 'baocao: thử' });
    expect(applyFieldMask({ a: { b: 1, c: 2 }, d: 3 }, 'a.b')).toEqual({ a: { b: 1 } });
  });

  it('a new sheet is 1,000 × 26 cells and a spreadsheet holds 10 million', () => {
    const env = createGasEnvironment();
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(() => {
      for (let i = 0; i < 400; i += 1) ss.insertSheet(`Tab ${i}`);
    }).toThrow(/above the limit of 10000000 cells/);
  });

  it('a chart sheet has no cells', () => {
    const env = createGasEnvironment();
    const chart = env.spreadsheet.addNonGridSheet('Biểu đồ', 'OBJECT');
    expect(() => chart.getRange('A1')).toThrow('The action is not supported for OBJECT sheet.');
    expect(String(chart.getType())).toBe('OBJECT');
  });
});
