/**
 * Two periods through the command line, as a secretariat would run them: the built-in example
 * (period 1) becomes the next period's workbook with `new-period`; its units fill it in (here
 * with exceljs, as another spreadsheet program would); `report` writes the second period's
 * report. Its comparison phrases must say what a person computes from the two periods' raw
 * figures: "tăng 16 lượt (8,70%)", "giảm … đơn (…%)", "bằng kỳ trước". The phrases themselves are
 * the core's (tested there); this test holds the round trip: history written by new-period, read
 * back by report, against the figures typed in each period.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { run, workspace } from './run';

/** What period 1's units typed, from the example's own data (not from anything baocao computed). */
function typed(code: string): number[] {
  return CHU_PUH_2023.units.flatMap((u) => (CHU_PUH_2023.sheets[u.id]?.figures ?? []).filter((f) => f.code === code).map((f) => Number(f.value)));
}
const sum = (values: ReadonlyArray<number>) => values.reduce((a, b) => a + b, 0);

// Vietnamese writing, by hand: thousands with ".", decimals with ",", counts under 10 as "01".
const vi = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const count = (n: number): string => (n >= 1 && n <= 9 ? `0${n}` : vi(n));
const percent = (part: number, whole: number): string => `${(Math.round((part / whole) * 10000) / 100).toFixed(2).replace('.', ',')}%`;
function phrase(now: number, before: number, measure: string): string {
  if (now === before) return 'bằng kỳ trước';
  const amount = `${now > before ? 'tăng' : 'giảm'} ${count(Math.abs(now - before))} ${measure}`;
  return before === 0 ? amount : `${amount} (${percent(Math.abs(now - before), before)})`;
}

/** Finds the row of `code` in column A of a block whose header row holds `header`, and the column of `header`. */
function cellFor(sheet: ExcelJS.Worksheet, code: string, header: string): ExcelJS.Cell {
  let column = 0;
  let found: ExcelJS.Cell | null = null;
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (String(cell.value ?? '').replace(/ \*$/, '') === header) column = col;
    });
    if (found === null && column > 0 && String(row.getCell(1).value ?? '') === code) found = row.getCell(column);
  });
  if (found === null) throw new Error(`no ${code} under "${header}" in ${sheet.name}`);
  return found;
}

describe('two periods through the command line', () => {
  it('writes, in the second period’s report, the changes a person computes from the two periods’ figures', async () => {
    const dir = workspace();
    expect((await run(dir, ['init', '--example', '-o', 'ky-1.xlsx'])).code).toBe(0);
    expect((await run(dir, ['new-period', 'ky-1.xlsx', '-o', 'ky-2.xlsx', '--no-carry-tasks'])).code).toBe(0);

    // Period 2, as the units fill it in: UBND's visits go up, every commune receives one petition fewer, UBND's people stay the same.
    const visitsBefore = sum(typed('TIEP_LUOT'));
    const petitionsBefore = typed('XA_DON_TIEP_NHAN');
    const peopleBefore = sum(typed('TIEP_NGUOI'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'ky-2.xlsx'));
    const ubnd = book.getWorksheet('UBND huyện')!;
    cellFor(ubnd, 'TIEP_LUOT', 'Giá trị').value = visitsBefore + 16;
    cellFor(ubnd, 'TIEP_NGUOI', 'Giá trị').value = peopleBefore;
    cellFor(ubnd, 'II.2.2', 'Nội dung').value =
      'Tiếp {{SL:TIEP_LUOT}} lượt công dân, {{SS:TIEP_LUOT}} so với {{KY|trước}}; số người được tiếp {{SS:TIEP_NGUOI}}. Các xã tiếp nhận {{SL:XA_DON_TIEP_NHAN}} đơn, {{SS:XA_DON_TIEP_NHAN}}.';
    const communes = CHU_PUH_2023.units.filter((u) => (CHU_PUH_2023.sheets[u.id]?.figures ?? []).some((f) => f.code === 'XA_DON_TIEP_NHAN'));
    communes.forEach((unit, i) => {
      cellFor(book.getWorksheet(unit.tab)!, 'XA_DON_TIEP_NHAN', 'Giá trị').value = (petitionsBefore[i] ?? 0) - 1;
    });
    await book.xlsx.writeFile(join(dir, 'ky-2-da-nhap.xlsx'));

    const report = await run(dir, ['report', 'ky-2-da-nhap.xlsx', '-o', 'bao-cao-ky-2.md']);
    expect(report.code).toBeLessThanOrEqual(1);
    const text = readFileSync(join(dir, 'bao-cao-ky-2.md'), 'utf8');
    const petitionsNow = sum(petitionsBefore) - communes.length;
    expect(text).toContain(`Tiếp ${vi(visitsBefore + 16)} lượt công dân, ${phrase(visitsBefore + 16, visitsBefore, 'lượt')} so với từ ngày 11/02/2022 đến ngày 10/3/2023`);
    expect(phrase(visitsBefore + 16, visitsBefore, 'lượt')).toBe('tăng 16 lượt (8,70%)');
    expect(text).toContain(`số người được tiếp ${phrase(peopleBefore, peopleBefore, 'người')}`);
    expect(text).toContain(`Các xã tiếp nhận ${vi(petitionsNow)} đơn, ${phrase(petitionsNow, sum(petitionsBefore), 'đơn')}.`);
  });
});
