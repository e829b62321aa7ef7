/**
 * Behaviour of the fake Sheets advanced service: ragged rows with trailing empties dropped,
 * serial-number dates, the three value render options, normalised range names, batchUpdate
 * writes, and the API's errors.
 */
import { createGasEnvironment } from './index';

function environmentWithData() {
  const env = createGasEnvironment({ spreadsheet: { id: 'ss-1', timeZone: 'Asia/Ho_Chi_Minh' } });
  const date = env.spreadsheet.date(2023, 3, 16);
  const dateTime = env.spreadsheet.date(2023, 3, 16, 14, 30);
  env.spreadsheet.addSheet('Xã Ia Le', [
    ['Mã', 'Giá trị', '', ''],
    ['DON_TN', 12, '', ''],
    ['', '', '', ''],
    ['HAN', date, dateTime, ''],
    ['', '', '', ''],
  ]);
  env.spreadsheet.sheet('Xã Ia Le').seedFormula('D2', '=B2*2', 24).seed([[true]], 6, 1);
  return { env, Sheets: env.globals.Sheets! };
}

describe('fake Sheets.Spreadsheets.Values.batchGet', () => {
  it('returns ragged rows: trailing empty cells and rows dropped, inner blanks kept as ""', () => {
    const { Sheets } = environmentWithData();
    const response = Sheets.Spreadsheets.Values.batchGet('ss-1', {
      ranges: ["'Xã Ia Le'!A1:E5", 'Sheet1!A1:B2', "'Xã Ia Le'!A3:B3"],
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    const [first, empty, blankRow] = response.valueRanges!;
    expect(first!.range).toBe("'Xã Ia Le'!A1:E5");
    expect(first!.values).toEqual([['Mã', 'Giá trị'], ['DON_TN', 12, '', 24], [], ['HAN', 45001, 45001 + 14.5 / 24]]);
    expect(empty).toEqual({ range: 'Sheet1!A1:B2', majorDimension: 'ROWS' });
    expect(blankRow!.values).toBeUndefined();
  });

  it('gives dates as serial numbers in the spreadsheet time zone, or as strings when asked', () => {
    const { Sheets } = environmentWithData();
    const serial = Sheets.Spreadsheets.Values.batchGet('ss-1', {
      ranges: ["'Xã Ia Le'!B4"],
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    });
    expect(serial.valueRanges![0]!.values).toEqual([[45001]]);
    const formatted = Sheets.Spreadsheets.Values.batchGet('ss-1', {
      ranges: ["'Xã Ia Le'!B4"],
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'FORMATTED_STRING',
    });
    expect(formatted.valueRanges![0]!.values).toEqual([['16/03/2023']]);
  });

  it('renders formatted values as strings and formulas as formulas', () => {
    const { Sheets } = environmentWithData();
    const [formatted, formulas] = ['FORMATTED_VALUE', 'FORMULA'].map(
      (option) =>
        Sheets.Spreadsheets.Values.batchGet('ss-1', {
          ranges: ["'Xã Ia Le'!B2:D2", "'Xã Ia Le'!A6"],
          valueRenderOption: option as 'FORMATTED_VALUE' | 'FORMULA',
        }).valueRanges!,
    );
    expect(formatted!.map((r) => r.values)).toEqual([[['12', '', '24']], [['TRUE']]]);
    expect(formulas![0]!.values).toEqual([[12, '', '=B2*2']]);
  });

  it('reads whole columns and whole sheets, normalising the range to the grid', () => {
    const { Sheets } = environmentWithData();
    const [columns, sheet] = Sheets.Spreadsheets.Values.batchGet('ss-1', {
      ranges: ["'Xã Ia Le'!A:A", 'Sheet1'],
      valueRenderOption: 'UNFORMATTED_VALUE',
    }).valueRanges!;
    expect(columns!.range).toBe("'Xã Ia Le'!A1:A1000");
    expect(columns!.values).toEqual([['Mã'], ['DON_TN'], [], ['HAN'], [], [true]]);
    expect(sheet!.range).toBe('Sheet1!A1:Z1000');
  });

  it('answers unknown sheets and spreadsheets with the API errors', () => {
    const { Sheets } = environmentWithData();
    expect(() => Sheets.Spreadsheets.Values.batchGet('ss-1', { ranges: ['Nope!A1'] })).toThrow(
      'API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: Nope!A1',
    );
    expect(() => Sheets.Spreadsheets.Values.batchGet('other', { ranges: ['A1'] })).toThrow('Requested entity was not found.');
  });
});

describe('fake Sheets.Spreadsheets.Values.batchUpdate', () => {
  it('writes RAW values as given and USER_ENTERED values as if typed, skipping nulls', () => {
    const { env, Sheets } = environmentWithData();
    const response = Sheets.Spreadsheets.Values.batchUpdate(
      {
        valueInputOption: 'USER_ENTERED',
        data: [{ range: 'Sheet1!A1:C1', values: [['001', null, '=A1+1']] }],
      },
      'ss-1',
    );
    Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: 'Sheet1!A2', values: [['001']] }] }, 'ss-1');
    const sheet = env.spreadsheet.sheet('Sheet1');
    expect(sheet.cell('A1').value).toBe(1);
    expect(sheet.cell('C1').formula).toBe('=A1+1');
    expect(sheet.cell('A2').value).toBe('001');
    expect(response).toMatchObject({ totalUpdatedCells: 2, responses: [{ updatedRange: 'Sheet1!A1:C1' }] });
    expect(env.calls.summary()).toMatchObject({ write: 2 });
  });

  it('respects protections like any other write', () => {
    const { env, Sheets } = environmentWithData();
    env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!.protect().removeEditors(['unit@example.org']);
    env.session.setUser('unit@example.org');
    expect(() =>
      Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: 'Sheet1!A1', values: [['x']] }] }, 'ss-1'),
    ).toThrow('You are trying to edit a protected cell or object');
  });
});
