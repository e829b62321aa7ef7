/**
 * Behaviour of the progress tab's plan: the overall line with on-time submissions, one row per
 * unit with its timeliness (a unit outside the period shown as such), and under the table two
 * data blocks each with a chart over exactly its cells: units submitted per day up to the
 * deadline, and the trend indicators over the stored periods and this one.
 */
import type { CellValue } from '../../src/domain/cells';
import { CHART_ROWS, DASHBOARD_HEADERS, planDashboard } from '../../src/domain/dashboard';
import { computeStatus } from '../../src/domain/status';
import { validateWorkbook } from '../../src/domain/validate/validate';
import type { WorkbookData } from '../../src/domain/workbook/data';
import type { CellRange } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { MONTHLY_FIGURES, monthlyWorkbook } from '../support/monthly-workbook';
import { rawOf } from '../support/raw';

function plan(data: WorkbookData) {
  const validation = validateWorkbook(rawOf(data));
  return planDashboard(computeStatus(validation.lookup, validation.findings), new Map(), '2023-03-12T08:00');
}

/** The cells a range covers, row by row. */
const cells = (rows: ReadonlyArray<ReadonlyArray<CellValue>>, r: CellRange): CellValue[][] =>
  Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => rows[r.row - 1 + i]?.[r.col - 1 + j] ?? null));

describe('the progress tab', () => {
  const example = plan(CHU_PUH_2023);

  it('says how many units submitted on time next to the other counts, and shows each unit’s timeliness', () => {
    expect(String(example.rows[1]?.[0])).toBe('Đã nộp, không lỗi: 21/21 đơn vị · Đã nộp: 21/21 · Đủ dữ liệu, không lỗi: 21/21 · 21/21 đơn vị nộp đúng hạn');
    expect(example.rows[3]).toEqual([...DASHBOARD_HEADERS]);
    const ubnd = example.rows.find((r) => r[0] === 'UBND') ?? [];
    expect(ubnd.slice(0, 3)).toEqual(['UBND', 'Ủy ban nhân dân huyện', 'Đã nộp']);
    expect(ubnd.slice(12)).toEqual(['Đúng hạn', 0]);
  });

  it('charts the units submitted by each day, from the first submission to the deadline', () => {
    const days = CHU_PUH_2023.units.map((u) => (u.submittedAt ?? '').slice(0, 10)).sort();
    expect([days[0], days[days.length - 1]]).toEqual(['2023-03-06', '2023-03-10']);
    const expected = ['06', '07', '08', '09', '10'].map((d) => [`${d}/03/2023`, days.filter((x) => x <= `2023-03-${d}`).length, 21]);
    const chart = example.charts?.[0];
    expect(chart).toMatchObject({ title: 'Số đơn vị đã nộp theo ngày', kind: 'line' });
    expect(cells(example.rows, chart!.range)).toEqual([['Ngày', 'Đã nộp (cộng dồn)', 'Phải nộp'], ...expected]);
    expect(example.rows[chart!.range.row - 2]).toEqual(['SỐ ĐƠN VỊ ĐÃ NỘP THEO NGÀY (hạn 10/03/2023)']);
    expect(chart!.anchor).toEqual({ row: chart!.range.row - 1, col: 5 });
    // The unit table is left whole above the blocks: 21 unit rows, as before.
    expect(example.rows.filter((r) => typeof r[0] === 'string' && /^[A-Z_]+$/.test(r[0]))).toHaveLength(21);
    expect(example.charts).toHaveLength(1);
  });

  it('charts the trend indicators over the stored periods of the type and this one, below the first chart', () => {
    const data = monthlyWorkbook('2026-03');
    const withTrend = { ...data, settings: { ...data.settings, trendIndicators: ['DON_NHAN', 'DV_TONG'] } };
    const p = plan(withTrend);
    const [submissions, trend] = p.charts ?? [];
    expect(trend).toMatchObject({ title: 'Chỉ tiêu qua các kỳ', kind: 'line' });
    const total = (month: keyof typeof MONTHLY_FIGURES, code: string) => Object.values(MONTHLY_FIGURES[month]).reduce((s, f) => s + (f[code] ?? 0), 0);
    expect(cells(p.rows, trend!.range)).toEqual([
      ['Kỳ', 'Đơn thư tiếp nhận', 'Tổng số đảng viên'],
      ['tháng 3 năm 2025', total('2025-03', 'DON_NHAN'), total('2025-03', 'DV_TONG')],
      ['tháng 01 năm 2026', total('2026-01', 'DON_NHAN'), total('2026-01', 'DV_TONG')],
      ['tháng 02 năm 2026', total('2026-02', 'DON_NHAN'), total('2026-02', 'DV_TONG')],
      ['tháng 3 năm 2026 (kỳ này)', total('2026-03', 'DON_NHAN'), total('2026-03', 'DV_TONG')],
    ]);
    expect(p.rows[trend!.range.row - 1]?.[0]).toBe('Mã kỳ');
    expect(trend!.range.row - submissions!.range.row).toBeGreaterThanOrEqual(CHART_ROWS);
    // A unit outside the period is listed as such, greyed, and not counted.
    const ap3 = p.rows.findIndex((r) => r[0] === 'CB_AP3');
    expect(p.rows[ap3]?.[2]).toBe('Không thuộc kỳ này');
    expect(p.rows[ap3]?.[12]).toBe('');
    expect(p.rowColours[ap3]).toBe('#efefef');
    expect(String(p.rows[1]?.[0])).toContain('0/4 đơn vị nộp đúng hạn · Không thuộc kỳ này: 1 đơn vị');
  });

  it('keeps rows and colours aligned and formats each block’s text and numbers', () => {
    const data = monthlyWorkbook('2026-03');
    const p = plan({ ...data, settings: { ...data.settings, trendIndicators: ['DON_NHAN'] } });
    expect(p.rowColours).toHaveLength(p.rows.length);
    const trend = p.charts?.[1];
    expect(p.formats).toContainEqual({ range: { row: trend!.range.row + 1, col: 1, rows: 4, cols: 2 }, format: 'text' });
    expect(p.formats).toContainEqual({ range: { row: trend!.range.row + 1, col: 3, rows: 4, cols: 1 }, format: 'number' });
  });
});
