/**
 * Behaviour of the fake spreadsheet services: what getValues/setValues return and store, how
 * range geometry is checked, how protections are enforced, and how calls are counted.
 */
import { FORMULA_WITHOUT_RESULT, PROTECTED_CELL_MESSAGE, createGasEnvironment } from './index';

describe('fake spreadsheet values', () => {
  it('pads getValues to the requested range with empty strings', () => {
    const env = createGasEnvironment({ spreadsheet: { sheets: { Data: [['a', 1], ['b']] } } });
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    expect(sheet.getRange(1, 1, 3, 3).getValues()).toEqual([
      ['a', 1, ''],
      ['b', '', ''],
      ['', '', ''],
    ]);
  });

  it('returns dates as new Date objects, so callers cannot mutate the stored cell', () => {
    const env = createGasEnvironment();
    const date = env.spreadsheet.date(2023, 3, 16);
    env.spreadsheet.sheet('Sheet1').seed([[date]]);
    const read = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getRange('A1').getValue() as Date;
    expect(read).toEqual(date);
    read.setFullYear(1999);
    expect(env.spreadsheet.sheet('Sheet1').cell('A1').value).toEqual(date);
  });

  it('interprets strings written with setValues the way Sheets does', () => {
    const env = createGasEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange('B1').setNumberFormat('@');
    sheet.getRange(1, 1, 1, 6).setValues([['001', '001', "'007", 'TRUE', '12%', '2023-03-16']]);
    const [row] = sheet.getRange(1, 1, 1, 6).getValues();
    expect(row!.slice(0, 5)).toEqual([1, '001', '007', true, 0.12]);
    expect(row![5]).toEqual(env.spreadsheet.date(2023, 3, 16));
  });

  it('stores a string starting with = as a formula that reads #NAME? until a result is seeded', () => {
    const env = createGasEnvironment();
    const range = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!.getRange('C2');
    range.setValues([['=SUM(A1:A3)']]);
    expect(range.getValues()).toEqual([[FORMULA_WITHOUT_RESULT]]);
    expect(range.getFormulas()).toEqual([['=SUM(A1:A3)']]);
    env.spreadsheet.sheet('Sheet1').seedFormulaResult('C2', 42);
    expect(range.getValues()).toEqual([[42]]);
  });

  it('rejects setValues data whose shape differs from the range', () => {
    const env = createGasEnvironment();
    const range = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!.getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow('The data has 1 but the range has 2.');
  });

  it('rejects ranges outside the grid until rows are inserted', () => {
    const env = createGasEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getValues()).toEqual([['']]);
  });

  it('shows display values per number format and spreadsheet locale', () => {
    const env = createGasEnvironment({ spreadsheet: { locale: 'vi_VN' } });
    const sheet = env.spreadsheet.sheet('Sheet1').seed([[1234.5, 0.125, env.spreadsheet.date(2023, 3, 16), true]]);
    const range = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!.getRange('A1:D1');
    range.setNumberFormats([['#,##0.00', '0.0%', 'yyyy-mm-dd', '@']]);
    expect(range.getDisplayValues()).toEqual([['1.234,50', '12,5%', '2023-03-16', 'TRUE']]);
    expect(sheet.getLastRow()).toBe(1);
  });

  it('keeps notes, backgrounds, font weights and validations per cell', () => {
    const env = createGasEnvironment();
    const app = env.globals.SpreadsheetApp;
    const range = app.getActiveSpreadsheet().getSheetByName('Sheet1')!.getRange('A1:B1');
    range.setNotes([['note A', null]]).setBackground('#fff2cc').setFontWeights([['bold', null]]);
    range.setDataValidation(app.newDataValidation().requireValueInList(['Có', 'Không'], true).setAllowInvalid(false).setHelpText('Chọn').build());
    expect(range.getNotes()).toEqual([['note A', '']]);
    expect(range.getBackgrounds()).toEqual([['#fff2cc', '#fff2cc']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    const rule = range.getDataValidations()[0]![1]!;
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaValues()).toEqual([['Có', 'Không'], true]);
    expect(rule.getAllowInvalid()).toBe(false);
  });

  it('refuses duplicate sheet names and deleting the last sheet', () => {
    const env = createGasEnvironment();
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(() => ss.insertSheet('Sheet1')).toThrow('A sheet with the name "Sheet1" already exists. Please enter another name.');
    const added = ss.insertSheet('Đơn vị', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Đơn vị', 'Sheet1']);
    ss.deleteSheet(added);
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow("You can't remove all the sheets in a document.");
  });
});

describe('fake spreadsheet protections', () => {
  const owner = 'owner@example.org';
  const unit = 'unit@example.org';

  function protectedHeaderRow() {
    const env = createGasEnvironment({ spreadsheet: { owner, editors: [unit] } });
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    const protection = sheet.getRange('A1:C1').protect().setDescription('Tiêu đề');
    protection.removeEditors(protection.getEditors().map((u) => u.getEmail()));
    return { env, sheet, protection };
  }

  it('lets a non-editor write outside the protected range but not inside it', () => {
    const { env, sheet } = protectedHeaderRow();
    env.session.setUser(unit);
    sheet.getRange('A2').setValue('ok');
    expect(() => sheet.getRange('B1').setValue('x')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.getRange('A1:A2').clearContent()).toThrow(PROTECTED_CELL_MESSAGE);
    expect(env.spreadsheet.sheet('Sheet1').cell('B1').value).toBe('');
  });

  it('always lets the owner and added editors write', () => {
    const { env, sheet, protection } = protectedHeaderRow();
    sheet.getRange('A1').setValue('owner writes');
    protection.addEditor(unit);
    env.session.setUser(unit);
    sheet.getRange('B1').setValue('editor writes');
    expect(env.spreadsheet.sheet('Sheet1').valuesSnapshot()).toEqual([['owner writes', 'editor writes']]);
  });

  it('does not enforce warning-only protections, or anything when enforcement is off', () => {
    const { env, sheet, protection } = protectedHeaderRow();
    env.session.setUser(unit);
    expect(protection.canEdit()).toBe(false);
    env.session.setUser(owner);
    protection.setWarningOnly(true);
    env.session.setUser(unit);
    sheet.getRange('A1').setValue('warned');
    const lax = createGasEnvironment({ enforceProtections: false, spreadsheet: { owner } });
    const laxSheet = lax.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    laxSheet.protect().removeEditors([owner, unit]);
    lax.session.setUser(unit);
    laxSheet.getRange('A1').setValue('allowed');
  });

  it('honours unprotected ranges inside a sheet protection', () => {
    const env = createGasEnvironment({ spreadsheet: { owner, editors: [unit] } });
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    const protection = sheet.protect();
    protection.removeEditor(unit).setUnprotectedRanges([sheet.getRange('B2:B10')]);
    env.session.setUser(unit);
    sheet.getRange('B3').setValue(5);
    expect(() => sheet.getRange('A3').setValue(5)).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.setName('Renamed')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(env.globals.SpreadsheetApp.getActiveSpreadsheet().getProtections(env.globals.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('starts a new protection mirroring the spreadsheet editors', () => {
    const env = createGasEnvironment({ spreadsheet: { owner, editors: [unit] } });
    const protection = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!.protect();
    expect(protection.getEditors().map((u) => u.getEmail()).sort()).toEqual([owner, unit]);
    env.session.setUser(unit);
    expect(protection.canEdit()).toBe(true);
  });
});

describe('call counting', () => {
  it('counts each call by Service.method and by kind, and resets', () => {
    const env = createGasEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    const range = sheet.getRange(1, 1, 2, 2);
    range.getValues();
    range.getValues();
    range.setValues([[1, 2], [3, 4]]);
    range.getNumRows();
    const summary = env.calls.summary();
    expect(env.calls.count('Range.getValues')).toBe(2);
    expect(summary.byName['Range.setValues']).toBe(1);
    expect(summary.read).toBe(5); // getActiveSpreadsheet, getSheetByName, getRange, getValues ×2
    expect(summary.write).toBe(1);
    expect(summary.local).toBe(1);
    env.calls.reset();
    expect(env.calls.summary().total).toBe(0);
  });

  it('does not count test controls', () => {
    const env = createGasEnvironment();
    env.spreadsheet.sheet('Sheet1').seed([[1]]).cell('A1');
    env.spreadsheet.sheet('Sheet1').valuesSnapshot();
    expect(env.calls.summary().total).toBe(0);
  });
});
