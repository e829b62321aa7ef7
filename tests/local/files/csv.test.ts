/**
 * The CSV of the reminder log round-trips whatever a unit typed (commas, quotes, line breaks,
 * Vietnamese, formula-like text), opens in a spreadsheet as text rather than as a formula, and
 * a file cut off mid-line still reads.
 */
import { csvLine, parseCsv, UTF8_BOM } from '../../../src/local/files/csv';

describe('CSV', () => {
  it('round-trips commas, quotes, line breaks, spaces and Vietnamese', () => {
    const rows = [
      ['Thời gian', 'Đơn vị', 'Ghi chú'],
      ['2023-03-12 08:30', 'Ủy ban "nhân dân", huyện', 'dòng 1\r\ndòng 2'],
      ['', ' cách ', "'=đã có dấu nháy"],
    ];
    const text = UTF8_BOM + rows.map(csvLine).join('');
    expect(parseCsv(text)).toEqual(rows);
    expect(text).toContain('"Ủy ban ""nhân dân"", huyện"');
  });

  it('writes formula-like text so a spreadsheet shows it as text, and reads it back as typed', () => {
    const dangerous = ['=HYPERLINK("http://x","bấm")', '+1', '-2', '@SUM(A1)', '\tx'];
    const line = csvLine(dangerous);
    expect(line).toBe(`"'=HYPERLINK(""http://x"",""bấm"")",'+1,'-2,'@SUM(A1),'\tx\r\n`);
    expect(parseCsv(line)).toEqual([dangerous]);
  });

  it('reads a last line without its line end, and an empty last field', () => {
    expect(parseCsv('a,b\r\nc,')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
    expect(parseCsv('')).toEqual([]);
  });
});
