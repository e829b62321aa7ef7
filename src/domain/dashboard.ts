/**
 * The "Tổng hợp" dashboard tab as a tab plan: one row per unit (state, tasks, figures and texts
 * filled, errors, warnings, last edit, submission, deadline) under a title and an overall line
 * (units submitted / expected). Rebuilt in one write by the add-in; never input.
 */
import type { CellValue } from './cells';
import { DASHBOARD_TAB_NAME } from './contract/tabs';
import { formatDateNumeric, formatDateTimeNumeric, formatRatio } from './format';
import type { IsoDateTime } from './dates';
import { UNIT_STATE_LABEL, type UnitStatus, type WorkbookStatus } from './status';
import type { TabPlan } from './workbook/layout';

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
] as const;

const WIDTHS = [14, 40, 16, 12, 12, 12, 8, 10, 16, 16, 28, 12];

/** Background colours by state, for a dashboard that reads at a glance. */
export const STATE_COLOURS: Record<UnitStatus['state'], string> = {
  submitted: '#d9ead3',
  complete: '#fff2cc',
  incomplete: '#f4cccc',
  no_tab: '#f4cccc',
};

function part(p: { filled: number; required: number }): string {
  return p.required === 0 ? '—' : `${p.filled}/${p.required}`;
}

export function planDashboard(status: WorkbookStatus, lastEdits: ReadonlyMap<string, IsoDateTime>, now: IsoDateTime): TabPlan & { readonly rowColours: ReadonlyArray<string | null> } {
  const rows: CellValue[][] = [
    [`TIẾN ĐỘ BÁO CÁO (cập nhật ${formatDateTimeNumeric(now)})`],
    [
      `Đã nộp, không lỗi: ${status.done}/${status.expected} đơn vị · Đã nộp: ${status.submitted}/${status.expected} · Đủ dữ liệu, không lỗi: ${status.complete}/${status.expected}`,
    ],
    [],
    [...DASHBOARD_HEADERS],
  ];
  const rowColours: Array<string | null> = [null, null, null, null];
  for (const unit of status.units) {
    rows.push([
      unit.unitId,
      unit.name,
      UNIT_STATE_LABEL[unit.state],
      unit.tasks.total === 0 ? '—' : formatRatio(unit.tasks.done, unit.tasks.total, { zeroPad: false }),
      part(unit.figures),
      part(unit.texts),
      unit.errors,
      unit.warnings,
      formatDateTimeNumeric(lastEdits.get(unit.tab)),
      formatDateTimeNumeric(unit.submittedAt),
      unit.submittedBy ?? '',
      unit.deadline === null ? '' : formatDateNumeric(unit.deadline),
    ]);
    rowColours.push(STATE_COLOURS[unit.state]);
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
    ],
    inputRanges: [],
    choices: [],
    notes: [],
    // Ratios like "34/37" and times must not be turned into dates or fractions by Sheets.
    formats: [
      { range: { row: 5, col: 1, rows: Math.max(status.units.length, 1), cols: 6 }, format: 'text' },
      { range: { row: 5, col: 9, rows: Math.max(status.units.length, 1), cols: 4 }, format: 'text' },
    ],
    wrapColumns: [2],
    rowColours,
  };
}
