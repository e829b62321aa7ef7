/**
 * The one read of the spreadsheet: metadata, then values and formulas of every grid tab through
 * the POST form of batchGet (the GET form's URL grows with every tab and Google's front end
 * refuses it past ~8 KB; the fake does too). Chart and data-source sheets are skipped.
 */
import { readGridTabs, readMetadata } from '../../src/gas/workbook-source';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { batchGetUrl, createGasEnvironment, GET_URL_LIMIT, URL_TOO_LONG_MESSAGE } from '../fakes/gas';
import { gasWorkbook } from '../support/gas-workbook';

function thousandTabs() {
  const sheets: Record<string, Array<Array<string | number>>> = {};
  for (let i = 1; i <= 1000; i += 1) sheets[`Xã số ${i}`] = [['Mã', 'Giá trị'], ['DON_TN', i]];
  return createGasEnvironment({ spreadsheet: { sheets } });
}

describe('reading the spreadsheet', () => {
  it('reads 1,000 tabs in three calls, none of them a GET whose URL grows with the tabs', () => {
    const env = thousandTabs();
    env.calls.reset();
    const raw = readGridTabs(env.globals.Sheets!, env.spreadsheet.id, readMetadata(env.globals.Sheets!, env.spreadsheet.id));
    expect(raw.tabs).toHaveLength(1000);
    expect(raw.tabs[999]?.rows[1]).toEqual(['DON_TN', 1000]);
    expect(env.calls.summary().byName).toEqual({ 'Sheets.Spreadsheets.get': 1, 'Sheets.Spreadsheets.Values.batchGetByDataFilter': 2 });
    expect(env.sheetsApi.values.longestUrl).toBe(0);
  });

  it('keeps each request body far below the 2 MB Google recommends, even at 1,000 tabs', () => {
    const ranges = Array.from({ length: 1000 }, (_, i) => `'Xã số ${i + 1}'`);
    const body = JSON.stringify({ valueRenderOption: 'UNFORMATTED_VALUE', dataFilters: ranges.map((a1Range) => ({ a1Range })) });
    expect(Buffer.byteLength(body)).toBeLessThan(100 * 1024);
  });

  it('the fake refuses, like Google, the GET form for 1,000 tabs (about 23 KB of URL)', () => {
    const env = thousandTabs();
    const ranges = env.spreadsheet.sheetNames().map((n) => `'${n}'`);
    expect(batchGetUrl(env.spreadsheet.id, { ranges }).length).toBeGreaterThan(2 * GET_URL_LIMIT);
    expect(() => env.globals.Sheets!.Spreadsheets.Values.batchGet(env.spreadsheet.id, { ranges })).toThrow(URL_TOO_LONG_MESSAGE);
  });

  it('skips a chart sheet and a data-source sheet instead of failing every action', () => {
    const wb = gasWorkbook(CHU_PUH_2023);
    wb.env.spreadsheet.addNonGridSheet('Biểu đồ', 'OBJECT');
    wb.env.spreadsheet.addNonGridSheet('Dữ liệu BigQuery', 'DATASOURCE');
    expect(() => wb.env.globals.Sheets!.Spreadsheets.Values.get(wb.env.spreadsheet.id, "'Biểu đồ'")).toThrow(/not supported for OBJECT sheet/);
    wb.call('baocaoCheck');
    expect(wb.env.ui.shown.at(-1)?.kind).toBe('sidebar');
    wb.call('baocaoProgress');
    expect(wb.env.ui.dialogs).toEqual([]);
  });
});
