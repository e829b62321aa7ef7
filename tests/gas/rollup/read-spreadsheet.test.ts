/**
 * Reading another spreadsheet whole in one Sheets API call (spreadsheets.get with grid data and
 * a field mask): the cells come out exactly as the bound spreadsheet's own three-call read gives
 * them, so a shard's tab validates like a local tab; only what the reader needs comes back.
 */
import { readWholeSpreadsheet, WHOLE_SPREADSHEET_FIELDS } from '../../../src/gas/rollup/read-spreadsheet';
import { readGridTabs, readMetadata } from '../../../src/gas/workbook-source';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { createGasEnvironment } from '../../fakes/gas';
import { addSpreadsheet } from '../../fakes/gas/other-spreadsheets';
import { gasWorkbook } from '../../support/gas-workbook';

/** A tab with every kind of cell a clerk leaves behind. */
function awkwardEnvironment() {
  const env = createGasEnvironment({ spreadsheet: { id: 'bound-0001', sheets: {} } });
  const date = env.spreadsheet.date(2023, 3, 16);
  const dateTime = env.spreadsheet.date(2023, 3, 16, 14, 30);
  const sheet = env.spreadsheet.addSheet('Xã Ia Le', [
    ['Mã', 'Giá trị', 'Ghi chú'],
    ['DON_TN', 12, ''],
    ['', '', ''],
    ['HAN', date, dateTime],
    ['TEXT', '=không phải công thức', '0123'],
    ['BOOL', true, false],
    ['', '', ''],
  ]);
  sheet.seedFormula('D2', '=B2*2', 24).seedFormula('E2', '=1/0', '#DIV/0!').seedFormula('F4', '=B4+1', date);
  sheet.seedFormula('D6', '=IF(B6,"","x")', '');
  env.spreadsheet.addSheet('Trống');
  env.spreadsheet.addNonGridSheet('Biểu đồ', 'OBJECT');
  return env;
}

describe('reading another spreadsheet whole', () => {
  it('gives the same cells as the bound spreadsheet’s own read: numbers, serial dates, formulas with results, errors, booleans, inner blanks', () => {
    const env = awkwardEnvironment();
    const sheets = env.globals.Sheets!;
    const own = readGridTabs(sheets, env.spreadsheet.id, readMetadata(sheets, env.spreadsheet.id));
    const whole = readWholeSpreadsheet(sheets, env.spreadsheet.id);
    expect(whole.raw).toEqual(own);
    const tab = whole.raw.tabs.find((t) => t.name === 'Xã Ia Le')!;
    expect(tab.rows[1]).toEqual(['DON_TN', 12, null, { formula: '=B2*2', result: 24 }, { formula: '=1/0', result: '#DIV/0!' }]);
    expect(tab.rows[2]).toEqual([]);
    expect(tab.rows[3]?.[1]).toBe(45001);
    expect(tab.rows[3]?.[5]).toEqual({ formula: '=B4+1', result: 45001 });
    expect(tab.rows[5]).toEqual(['BOOL', true, false, { formula: '=IF(B6,"","x")', result: null }]);
    expect(whole.raw.tabs.map((t) => t.name)).toEqual(['Xã Ia Le', 'Trống']);
  });

  it('reads the built-in example the same both ways', () => {
    const wb = gasWorkbook(CHU_PUH_2023);
    const sheets = wb.env.globals.Sheets!;
    const own = readGridTabs(sheets, wb.env.spreadsheet.id, readMetadata(sheets, wb.env.spreadsheet.id));
    expect(readWholeSpreadsheet(sheets, wb.env.spreadsheet.id).raw).toEqual(own);
  });

  it('makes one request, and the answer holds only titles, types, values and formulas', () => {
    const env = awkwardEnvironment();
    const other = addSpreadsheet(env, { id: 'child-0001', name: 'Báo cáo xã Ia Le', owner: 'xa@example.org', viewers: ['owner@example.org'], sheets: { 'Thiết lập': [['Tên', 'Giá trị']] } });
    other.sheet('Thiết lập').protect();
    env.calls.reset();
    const sheets = env.globals.Sheets!;
    const read = readWholeSpreadsheet(sheets, other.id);
    expect(env.calls.summary().byName).toEqual({ 'Sheets.Spreadsheets.get': 1 });
    expect(read.title).toBe('Báo cáo xã Ia Le');
    const answer = sheets.Spreadsheets.get(other.id, { includeGridData: true, fields: WHOLE_SPREADSHEET_FIELDS });
    expect(Object.keys(answer).sort()).toEqual(['properties', 'sheets']);
    expect(Object.keys(answer.sheets![0]!).sort()).toEqual(['data', 'properties']);
    expect(answer.sheets![0]!.properties).toEqual({ title: 'Thiết lập', sheetType: 'GRID' });
    const cell = answer.sheets![0]!.data![0]!.rowData![0]!.values![0]!;
    expect(cell.effectiveValue).toEqual({ stringValue: 'Tên' });
    expect(cell.userEnteredValue?.stringValue).toBeUndefined();
    expect(answer.sheets![0]!.protectedRanges).toBeUndefined();
  });

  it('the fake returns grid data only when the field mask names it, or with includeGridData and no mask (Google ignores the flag under a mask)', () => {
    const env = awkwardEnvironment();
    const sheets = env.globals.Sheets!;
    const id = env.spreadsheet.id;
    expect(sheets.Spreadsheets.get(id, {}).sheets![0]!.data).toBeUndefined();
    expect(sheets.Spreadsheets.get(id, { includeGridData: true }).sheets![0]!.data).toHaveLength(1);
    expect(sheets.Spreadsheets.get(id, { includeGridData: true, fields: 'sheets.properties.title' }).sheets![0]!.data).toBeUndefined();
    expect(sheets.Spreadsheets.get(id, { fields: 'sheets.data.rowData.values.effectiveValue' }).sheets![0]!.data).toHaveLength(1);
  });
});
