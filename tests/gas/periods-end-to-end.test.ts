/**
 * The periods work end to end in Google Sheets, against the fakes: after "Chốt số liệu", a figure
 * changed in a unit's tab shows in "Kiểm tra dữ liệu" (on its cell and in the sidebar) with its
 * old and new values, and in "Tiến độ" against its unit; "Tiến độ" draws the progress charts
 * over its own data and redraws them in place each time.
 */
import { CUTOFF_TAB, DASHBOARD_TAB_NAME } from '../../src/domain/contract/tabs';
import { NOTE_PREFIX } from '../../src/gas/marks';
import { gasWorkbook } from '../support/gas-workbook';

const UBND_TAB = 'UBND huyện';

function valueCell(wb: ReturnType<typeof gasWorkbook>, tab: string, code: string): string {
  const row = wb.env.spreadsheet.sheet(tab).valuesSnapshot().findIndex((r) => r[0] === code) + 1;
  return `D${row}`;
}

describe('periods in Google Sheets, end to end', () => {
  it('shows a figure changed after the cut-off in the check and in progress, with its old and new values', () => {
    const wb = gasWorkbook();
    wb.call('baocaoCutoff');
    expect(wb.env.spreadsheet.findSheet(CUTOFF_TAB.name)).toBeDefined();
    const cell = valueCell(wb, UBND_TAB, 'TIEP_LUOT');
    expect(wb.env.spreadsheet.sheet(UBND_TAB).cell(cell).value).toBe(184);
    wb.env.spreadsheet.sheet(UBND_TAB).getRange(cell).setValue(190);

    wb.call('baocaoCheck');
    const note = wb.env.spreadsheet.sheet(UBND_TAB).cell(cell).note ?? '';
    expect(note.startsWith(NOTE_PREFIX)).toBe(true);
    expect(note).toContain('đã sửa sau khi chốt số liệu lúc 12/03/2023 08:00: lúc chốt là 184, nay là 190');
    expect(wb.env.ui.shown.at(-1)?.content).toContain('lúc chốt là 184, nay là 190');

    wb.call('baocaoProgress');
    const dashboard = wb.env.spreadsheet.sheet(DASHBOARD_TAB_NAME).valuesSnapshot();
    expect(String(dashboard[1]?.[0])).toContain('Sửa sau khi chốt: 1 ô');
    const header = dashboard[3]!;
    const ubnd = dashboard.find((r) => r[0] === 'UBND')!;
    expect(ubnd[header.indexOf('Sửa sau khi chốt')]).toBe(1);

    // The Google Doc's dialog says which figures the draft used, although it has no "[?]".
    wb.call('baocaoGenerateReport');
    expect(wb.env.ui.shown.at(-1)?.content).toContain('Báo cáo dùng số liệu đã chốt lúc');
    expect(dashboard.filter((r) => r[0] !== 'UBND' && typeof r[header.indexOf('Sửa sau khi chốt')] === 'number').every((r) => r[header.indexOf('Sửa sau khi chốt')] === 0)).toBe(true);
  });

  it('draws the progress charts over the dashboard’s own data, and redraws them in place', () => {
    const wb = gasWorkbook();
    wb.call('baocaoProgress');
    const sheet = wb.env.spreadsheet.sheet(DASHBOARD_TAB_NAME);
    const first = sheet.chartStates();
    expect(first.map((c) => [c.type, c.title])).toContainEqual(['LINE', 'Số đơn vị đã nộp theo ngày']);
    // Each chart covers cells of the dashboard holding its header and data.
    for (const chart of first) {
      const { area } = chart.ranges[0]!;
      const values = sheet.valuesSnapshot();
      expect(values[area.row - 1]?.slice(area.column - 1, area.column - 1 + area.numColumns).every((v) => v !== '')).toBe(true);
    }
    wb.call('baocaoProgress');
    wb.call('baocaoProgress');
    expect(sheet.chartStates().map((c) => c.title)).toEqual(first.map((c) => c.title));
  });
});
