/**
 * The "Tổng hợp" dashboard tab as a tab plan: one row per unit (state, tasks, figures and texts
 * filled, errors, warnings, last edit, submission, deadline, on time or late, figures changed
 * after the cut-off) under a title and an overall line (units submitted / expected, on time),
 * then two small data blocks with a chart each: units submitted per day up to the deadline, and
 * the chosen indicators over the stored periods. Rebuilt in one write by the add-in; never input.
 */
import type { CellValue } from './cells';
import { DASHBOARD_TAB_NAME } from './contract/tabs';
import { formatDateNumeric, formatDateTimeNumeric, formatRatio } from './format';
import type { IsoDateTime } from './dates';
import type { ProgressSeries } from './progress-series';
import { childCompletenessLine } from './rollup/status';
import { NOT_EXPECTED_LABEL, unitStateLabel, type UnitStatus, type WorkbookStatus } from './status';
import { onTimeSentence, TIMELINESS_LABEL } from './timeliness';
import type { CellRange, ChartSpec, RowStyle, TabPlan } from './workbook/layout';

export const DASHBOARD_HEADERS = [
  'Mã',
  'Đơn vị',
  'Trạng thái',
  'Nhiệm vụ hoàn thành',
  'Số liệu đã nhập',
  'Nội dung đã viết',
  'Lỗi',
  'Cảnh báo',
  'Sửa lần cuối',
  'Nộp lúc',
  'Người nộp',
  'Hạn nộp',
  'Nộp đúng hạn',
  'Sửa sau khi chốt',
] as const;

const WIDTHS = [14, 40, 16, 12, 12, 12, 8, 10, 16, 16, 28, 12, 14, 10];

/** What the state column says of a unit outside its active dates. */
/** Rows a chart covers, so the next block starts below it. */
export const CHART_ROWS = 18;
/** Where the charts sit: to the right of their data. */
const CHART_COLUMN = 5;

/** Background colours by state, for a dashboard that reads at a glance. */
export const STATE_COLOURS: Record<UnitStatus['state'], string> = {
  submitted: '#d9ead3',
  complete: '#fff2cc',
  incomplete: '#f4cccc',
  no_tab: '#f4cccc',
};
const NOT_EXPECTED_COLOUR = '#efefef';

function part(p: { filled: number; required: number }): string {
  return p.required === 0 ? '—' : `${p.filled}/${p.required}`;
}

interface Block {
  readonly rows: CellValue[][];
  readonly styles: Array<{ row: number; style: RowStyle }>;
  readonly formats: Array<{ range: CellRange; format: 'date' | 'dateTime' | 'number' | 'text' }>;
  readonly charts: ChartSpec[];
}

/**
 * The chart blocks under the unit table, from row `start`: a title row, a header row and the data,
 * each charted to its right. Nothing when there is nothing to chart.
 */
function seriesBlocks(series: ProgressSeries, start: number): Block {
  const block: Block = { rows: [], styles: [], formats: [], charts: [] };
  let row = start;
  const place = (title: string, chartTitle: string, header: CellValue[], data: CellValue[][], kind: ChartSpec['kind'], textCols: number): void => {
    const titleRow = row;
    block.rows.push([title], header, ...data);
    block.styles.push({ row: titleRow, style: 'blockTitle' }, { row: titleRow + 1, style: 'header' });
    block.formats.push({ range: { row: titleRow + 2, col: 1, rows: data.length, cols: textCols }, format: 'text' });
    block.formats.push({ range: { row: titleRow + 2, col: textCols + 1, rows: data.length, cols: header.length - textCols }, format: 'number' });
    block.charts.push({ title: chartTitle, kind, range: { row: titleRow + 1, col: textCols, rows: data.length + 1, cols: header.length - textCols + 1 }, anchor: { row: titleRow, col: CHART_COLUMN } });
    const used = block.rows.length;
    const next = titleRow + Math.max(data.length + 3, CHART_ROWS + 2);
    for (let r = start + used; r < next; r += 1) block.rows.push([]);
    row = next;
  };
  if (series.submissions.length > 0) {
    const until = series.deadline === null ? '' : ` (hạn ${formatDateNumeric(series.deadline)})`;
    place(
      `SỐ ĐƠN VỊ ĐÃ NỘP THEO NGÀY${until}`,
      'Số đơn vị đã nộp theo ngày',
      ['Ngày', 'Đã nộp (cộng dồn)', 'Phải nộp'],
      series.submissions.map((p) => [formatDateNumeric(p.date), p.submitted, series.expected]),
      'line',
      1,
    );
  }
  if (series.trendCodes.length > 0 && series.trend.length > 0) {
    place(
      'CHỈ TIÊU QUA CÁC KỲ',
      'Chỉ tiêu qua các kỳ',
      ['Mã kỳ', 'Kỳ', ...series.trendCodes.map((c) => c.label)],
      series.trend.map((p) => [p.key, p.current ? `${p.name} (kỳ này)` : p.name, ...p.values]),
      'line',
      2,
    );
  }
  return block;
}

export function planDashboard(status: WorkbookStatus, lastEdits: ReadonlyMap<string, IsoDateTime>, now: IsoDateTime): TabPlan & { readonly rowColours: ReadonlyArray<string | null> } {
  const changed = status.units.reduce((n, u) => n + (u.expected ? u.changedAfterCutoff : 0), 0);
  const childLine = childCompletenessLine(status);
  const overall = [
    `Đã nộp, không lỗi: ${status.done}/${status.expected} đơn vị`,
    `Đã nộp: ${status.submitted}/${status.expected}`,
    `Đủ dữ liệu, không lỗi: ${status.complete}/${status.expected}`,
    onTimeSentence(status.onTime, status.expected),
    ...(childLine === null ? [] : [childLine]),
    ...(status.notExpected > 0 ? [`${NOT_EXPECTED_LABEL}: ${status.notExpected} đơn vị`] : []),
    ...(changed > 0 ? [`Sửa sau khi chốt: ${changed} ô`] : []),
  ];
  const rows: CellValue[][] = [[`TIẾN ĐỘ BÁO CÁO (cập nhật ${formatDateTimeNumeric(now)})`], [overall.join(' · ')], [], [...DASHBOARD_HEADERS]];
  const rowColours: Array<string | null> = [null, null, null, null];
  for (const unit of status.units) {
    rows.push([
      unit.unitId,
      unit.name,
      unitStateLabel(unit),
      unit.tasks.total === 0 ? '—' : formatRatio(unit.tasks.done, unit.tasks.total, { zeroPad: false }),
      part(unit.figures),
      part(unit.texts),
      unit.errors,
      unit.warnings,
      formatDateTimeNumeric(lastEdits.get(unit.tab)),
      formatDateTimeNumeric(unit.submittedAt),
      unit.submittedBy ?? '',
      unit.deadline === null ? '' : formatDateNumeric(unit.deadline),
      unit.expected ? TIMELINESS_LABEL[unit.timeliness] : '',
      unit.changedAfterCutoff,
    ]);
    rowColours.push(unit.expected ? STATE_COLOURS[unit.state] : NOT_EXPECTED_COLOUR);
  }
  const unitRows = Math.max(status.units.length, 1);
  const blocks = status.series === undefined ? null : seriesBlocks(status.series, rows.length + 3);
  if (blocks !== null && blocks.rows.length > 0) {
    rows.push([], []);
    rows.push(...blocks.rows);
    // The space kept for the last chart need not be written.
    while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
    while (rowColours.length < rows.length) rowColours.push(null);
  }
  return {
    name: DASHBOARD_TAB_NAME,
    role: 'system',
    rows,
    columnWidths: WIDTHS,
    frozenRows: 4,
    rowStyles: [
      { row: 1, style: 'unitTitle' },
      { row: 2, style: 'info' },
      { row: 4, style: 'header' },
      ...(blocks?.styles ?? []),
    ],
    inputRanges: [],
    choices: [],
    notes: [],
    // Ratios like "34/37" and times must not be turned into dates or fractions by Sheets.
    formats: [
      { range: { row: 5, col: 1, rows: unitRows, cols: 6 }, format: 'text' },
      { range: { row: 5, col: 9, rows: unitRows, cols: 5 }, format: 'text' },
      ...(blocks?.formats ?? []),
    ],
    wrapColumns: [2],
    rowColours,
    ...(blocks !== null && blocks.charts.length > 0 ? { charts: blocks.charts } : {}),
  };
}
