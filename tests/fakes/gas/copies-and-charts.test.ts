/**
 * The fakes' copies, charts and bulk Sheets API requests fail and behave where Google does
 * (each behaviour with its source in BEHAVIOURS.md): Spreadsheet.copy copies the bound script
 * but not its triggers nor its document properties, keeps protections with the copier as their
 * only editor, shares the copy with nobody; charts stay through Sheet.clear() and a modified
 * chart is saved only by updateChart; values.batchClear keeps formats; spreadsheets.batchUpdate
 * applies all requests or none.
 */
import { createGasEnvironment, GoogleJsonResponseException } from './index';

function environment() {
  const env = createGasEnvironment({ user: 'chu@example.org', spreadsheet: { owner: 'chu@example.org', editors: ['don.vi@example.org'], sheets: { Một: [['a', 1]], Hai: [['b', 2]] } } });
  const protection = env.spreadsheet.sheet('Một').protect().setDescription('baocao: X');
  protection.addEditors(['don.vi@example.org']);
  return env;
}

describe('copying a spreadsheet, as Google does', () => {
  it('copies every sheet, value and format into a new file owned by the copier and shared with nobody else', () => {
    const env = environment();
    env.spreadsheet.sheet('Một').getRange('B1').setNumberFormat('0.00');
    const copy = env.globals.SpreadsheetApp.getActiveSpreadsheet().copy('Bản sao');
    const fake = env.spreadsheetApp.byId(copy.getId())!;
    expect(copy.getId()).not.toBe(env.spreadsheet.id);
    expect(fake.sheetNames()).toEqual(['Một', 'Hai']);
    expect(fake.sheet('Một').valuesSnapshot()).toEqual([['a', 1]]);
    expect(fake.sheet('Một').cell('B1').numberFormat).toBe('0.00');
    expect(fake.ownerEmail).toBe('chu@example.org');
    expect(fake.editorEmails()).toEqual(['chu@example.org']);
    // The copy is a file of its own: writing to it leaves the original alone.
    fake.sheet('Một').getRange('A1').setValue('đổi');
    expect(env.spreadsheet.sheet('Một').valuesSnapshot()).toEqual([['a', 1]]);
    expect(env.globals.SpreadsheetApp.openById(copy.getId()).getName()).toBe('Bản sao');
  });

  it('keeps each protection with its range and description, the copier as its only editor', () => {
    const env = environment();
    const copy = env.spreadsheetApp.byId(env.globals.SpreadsheetApp.getActiveSpreadsheet().copy('Bản sao').getId())!;
    const [protection] = copy.sheet('Một').protections;
    expect(protection?.getDescription()).toBe('baocao: X');
    expect(protection?.editorEmails()).toEqual(['chu@example.org']);
    expect(env.spreadsheet.sheet('Một').protections[0]?.editorEmails().sort()).toEqual(['chu@example.org', 'don.vi@example.org']);
  });

  it('copies the bound script, so the copy has its own project, without the triggers or the document properties', () => {
    const env = environment();
    env.globals.ScriptApp.newTrigger('baocaoDailyReminders').timeBased().atHour(8).everyDays(1).create();
    env.globals.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    const id = env.globals.SpreadsheetApp.getActiveSpreadsheet().copy('Bản sao').getId();
    const copy = env.container(id);
    expect(copy.globals.ScriptApp.getScriptId()).not.toBe(env.globals.ScriptApp.getScriptId());
    expect(copy.globals.ScriptApp.getProjectTriggers()).toEqual([]);
    expect(copy.globals.PropertiesService.getDocumentProperties().getProperties()).toEqual({});
    expect(copy.globals.SpreadsheetApp.getActiveSpreadsheet().getId()).toBe(id);
    expect(env.globals.ScriptApp.getProjectTriggers()).toHaveLength(1);
    expect(env.globals.PropertiesService.getDocumentProperties().getProperty('k')).toBe('v');
    expect(() => env.container('no-such-file')).toThrow(/no bound script/);
  });
});

describe('charts, as Google does', () => {
  it('puts a built chart on the sheet only when inserted, keeps it through clear(), and saves a modification only through updateChart', () => {
    const env = environment();
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Một')!;
    const chart = sheet.newChart().asLineChart().setTitle('Xu hướng').addRange(sheet.getRange(1, 1, 1, 2)).setPosition(3, 1, 0, 0).build();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(chart);
    sheet.clear();
    const [kept] = sheet.getCharts();
    expect(kept).toBeDefined();
    kept!.modify().setOption('title', 'Mới').build();
    expect(env.spreadsheet.sheet('Một').chartStates()[0]?.title).toBe('Xu hướng');
    sheet.updateChart(kept!.modify().setOption('title', 'Mới').build());
    expect(env.spreadsheet.sheet('Một').chartStates().map((c) => [c.type, c.title, c.position?.row])).toEqual([['LINE', 'Mới', 3]]);
    sheet.removeChart(kept!);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(() => sheet.removeChart(kept!)).toThrow('Chart not found on this sheet.');
    expect(() => sheet.newChart().asColumnChart().build()).toThrow(/at least one range/);
  });
});

describe('bulk Sheets API requests, as Google does', () => {
  it('values.batchClear clears values and keeps formats, notes and validations', () => {
    const env = environment();
    const sheet = env.spreadsheet.sheet('Hai');
    sheet.getRange('B1').setNumberFormat('0.00').setNote('ghi chú');
    env.sheetsApi.Spreadsheets.Values.batchClear({ ranges: ["'Hai'!A1:B1"] }, env.spreadsheet.id);
    expect(sheet.valuesSnapshot()).toEqual([]);
    expect([sheet.cell('B1').numberFormat, sheet.cell('B1').note]).toEqual(['0.00', 'ghi chú']);
  });

  it('spreadsheets.batchUpdate applies every request or none', () => {
    const env = environment();
    const hai = env.spreadsheet.sheet('Hai');
    expect(() =>
      env.sheetsApi.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: hai.sheetId } }, { deleteSheet: { sheetId: 424242 } }] }, env.spreadsheet.id),
    ).toThrow(GoogleJsonResponseException);
    expect(env.spreadsheet.sheetNames()).toEqual(['Một', 'Hai']);
    const protection = env.spreadsheet.sheet('Một').protections[0]!;
    env.sheetsApi.Spreadsheets.batchUpdate(
      {
        requests: [
          { deleteSheet: { sheetId: hai.sheetId } },
          { updateProtectedRange: { protectedRange: { protectedRangeId: protection.id, editors: { users: ['khac@example.org'] } }, fields: 'editors' } },
        ],
      },
      env.spreadsheet.id,
    );
    expect(env.spreadsheet.sheetNames()).toEqual(['Một']);
    expect(protection.editorEmails()).toEqual(['khac@example.org']);
    // The owner keeps access whatever the list says.
    expect(protection.allows('chu@example.org')).toBe(true);
  });
});
