/**
 * Which tabs a report workbook has and how each is laid out: the configuration tabs kept by the
 * secretariat (one header row, one record per row), the settings tab (one value per row), the
 * unit tabs (five titled blocks stacked top to bottom) and the tabs the add-in writes itself.
 * The list of tabs and blocks is declared here once; everything else iterates over it.
 */
import type { ColumnMap } from './columns';
import {
  DOCUMENT_COLUMNS,
  FIGURE_COLUMNS,
  FOOTNOTE_COLUMNS,
  CHILD_CACHE_COLUMNS,
  CUTOFF_COLUMNS,
  HISTORY_COLUMNS,
  INDICATOR_COLUMNS,
  MAPPING_COLUMNS,
  NARRATIVE_COLUMNS,
  RECIPIENT_COLUMNS,
  REMINDER_LOG_COLUMNS,
  RULE_COLUMNS,
  SECTION_COLUMNS,
  SETTINGS_FIELDS,
  TASK_COLUMNS,
  UNIT_COLUMNS,
} from './tables';

export interface TableTab<M extends ColumnMap = ColumnMap> {
  readonly key: string;
  readonly name: string;
  readonly purpose: string;
  readonly columns: M;
}

export const SETTINGS_TAB = {
  key: 'settings',
  name: 'Thiết lập',
  purpose: 'Thông tin chung của báo cáo: cơ quan, số ký hiệu, ngày, trích yếu, hạn nộp, người ký, nhắc việc.',
  fields: SETTINGS_FIELDS,
  /** Header row of the key-value layout. */
  headers: ['Mục', 'Giá trị', 'Hướng dẫn'] as const,
} as const;

export const UNITS_TAB = {
  key: 'units',
  name: 'Đơn vị',
  purpose: 'Danh sách đơn vị báo cáo, tab nhập liệu, email liên hệ và trạng thái nộp.',
  columns: UNIT_COLUMNS,
} as const satisfies TableTab;

export const OUTLINE_TAB = {
  key: 'outline',
  name: 'Đề cương',
  purpose: 'Các mục của báo cáo theo thứ tự, và đơn vị viết từng mục.',
  columns: SECTION_COLUMNS,
} as const satisfies TableTab;

export const INDICATORS_TAB = {
  key: 'indicators',
  name: 'Chỉ tiêu',
  purpose: 'Các chỉ tiêu số liệu, đơn vị tính, đơn vị phải báo cáo và cách cộng.',
  columns: INDICATOR_COLUMNS,
} as const satisfies TableTab;

export const RULES_TAB = {
  key: 'rules',
  name: 'Ràng buộc',
  purpose: 'Quan hệ bắt buộc giữa các chỉ tiêu (phần không vượt tổng, các phần cộng lại bằng tổng).',
  columns: RULE_COLUMNS,
} as const satisfies TableTab;

export const DOCUMENTS_TAB = {
  key: 'documents',
  name: 'Văn bản',
  purpose: 'Sổ văn bản được trích dẫn trong báo cáo: loại, số ký hiệu, ngày, cơ quan ban hành, trích yếu.',
  columns: DOCUMENT_COLUMNS,
} as const satisfies TableTab;

export const RECIPIENTS_TAB = {
  key: 'recipients',
  name: 'Nơi nhận',
  purpose: 'Danh sách nơi nhận in cuối báo cáo, theo thứ tự.',
  columns: RECIPIENT_COLUMNS,
} as const satisfies TableTab;

/** Configuration tabs with one header row, in the order they appear in the workbook. */
export const TABLE_TABS = [UNITS_TAB, OUTLINE_TAB, INDICATORS_TAB, RULES_TAB, DOCUMENTS_TAB, RECIPIENTS_TAB] as const;

export interface UnitBlock<M extends ColumnMap = ColumnMap> {
  readonly key: string;
  /** Title row written in column A above the block's header, e.g. "A. NHIỆM VỤ". */
  readonly title: string;
  readonly purpose: string;
  readonly columns: M;
}

export const TASKS_BLOCK = {
  key: 'tasks',
  title: 'A. NHIỆM VỤ',
  purpose: 'Nhiệm vụ được giao và trạng thái thực hiện; tỷ lệ hoàn thành tính theo từng nhóm.',
  columns: TASK_COLUMNS,
} as const satisfies UnitBlock;

export const FIGURES_BLOCK = {
  key: 'figures',
  title: 'B. SỐ LIỆU',
  purpose: 'Giá trị các chỉ tiêu đơn vị phải báo cáo (mã và tên do bộ phận tổng hợp điền sẵn).',
  columns: FIGURE_COLUMNS,
} as const satisfies UnitBlock;

export const NARRATIVE_BLOCK = {
  key: 'narratives',
  title: 'C. NỘI DUNG',
  purpose: 'Nội dung đơn vị viết cho từng mục đề cương được giao; mỗi ô một đoạn.',
  columns: NARRATIVE_COLUMNS,
} as const satisfies UnitBlock;

export const FOOTNOTES_BLOCK = {
  key: 'footnotes',
  title: 'D. CHÚ THÍCH',
  purpose: 'Chú thích cuối trang; đánh số tự động trong báo cáo.',
  columns: FOOTNOTE_COLUMNS,
} as const satisfies UnitBlock;

export const UNIT_DOCUMENTS_BLOCK = {
  key: 'documents',
  title: 'E. VĂN BẢN TRÍCH DẪN',
  purpose: 'Văn bản của đơn vị được trích dẫn mà sổ văn bản chung chưa có.',
  columns: DOCUMENT_COLUMNS,
} as const satisfies UnitBlock;

export const UNIT_BLOCKS = [TASKS_BLOCK, FIGURES_BLOCK, NARRATIVE_BLOCK, FOOTNOTES_BLOCK, UNIT_DOCUMENTS_BLOCK] as const;

/** Rows above the first block of a unit tab: unit name, deadline and instructions. */
export const UNIT_TAB_INFO_ROWS = 3;

/** Tabs the add-in writes itself; never input. */
export const DASHBOARD_TAB_NAME = 'Tổng hợp';
export const REMINDER_LOG_TAB_NAME = 'Nhật ký nhắc việc';

/** Written by reminders (Apps Script and `baocao remind`); read back so no unit is mailed twice a day. */
export const REMINDER_LOG_TAB = {
  key: 'reminderLog',
  name: REMINDER_LOG_TAB_NAME,
  purpose: 'Mỗi lần gửi (hoặc thử gửi) thư nhắc việc một dòng: thời gian, đơn vị, người nhận, lý do, kết quả.',
  columns: REMINDER_LOG_COLUMNS,
} as const satisfies TableTab;
export const HELP_TAB_NAME = 'Hướng dẫn';

/** Only for reports that take figures from child reports; not created by set-up unless asked. */
export const MAPPING_TAB = {
  key: 'mapping',
  name: 'Ánh xạ chỉ tiêu',
  purpose: 'Chỉ tiêu của báo cáo này lấy từ chỉ tiêu nào của báo cáo cấp dưới, khi hai bên đặt mã khác nhau.',
  columns: MAPPING_COLUMNS,
} as const satisfies TableTab;

/** Figures of earlier periods, carried from period to period by "Tạo kỳ báo cáo mới" / `baocao new-period`. */
export const HISTORY_TAB = {
  key: 'history',
  name: 'Số liệu các kỳ',
  purpose: 'Số liệu của các kỳ trước (mỗi đơn vị, mỗi chỉ tiêu một dòng, và dòng tổng), để so sánh với kỳ trước, cùng kỳ năm trước và tính lũy kế.',
  columns: HISTORY_COLUMNS,
} as const satisfies TableTab;

/** The figures as they stood at the data cut-off. */
export const CUTOFF_TAB = {
  key: 'cutoff',
  name: 'Chốt số liệu',
  purpose: 'Số liệu của từng đơn vị tại thời điểm chốt, ai chốt và lúc nào; số sửa sau đó được báo là sửa sau khi chốt.',
  columns: CUTOFF_COLUMNS,
} as const satisfies TableTab;

/** The last read of each child report (roll-up), so reports and progress need no re-read. */
export const CHILD_CACHE_TAB = {
  key: 'childCache',
  name: 'Dữ liệu cấp dưới',
  purpose: 'Lần đọc gần nhất của từng báo cáo cấp dưới: đọc lúc nào, đọc được không, số liệu tổng hợp của nó.',
  columns: CHILD_CACHE_COLUMNS,
} as const satisfies TableTab;

/** Tables written by the add-in and the command line, read when present; a missing one is not a finding. */
export const SYSTEM_TABLE_TABS = [REMINDER_LOG_TAB, HISTORY_TAB, CUTOFF_TAB, CHILD_CACHE_TAB] as const;
/** Configuration tables a report may do without (absent = no rows, no finding). */
export const OPTIONAL_TABLE_TABS = [MAPPING_TAB] as const;

export const CONFIG_TAB_NAMES: ReadonlyArray<string> = [SETTINGS_TAB.name, ...TABLE_TABS.map((t) => t.name), ...OPTIONAL_TABLE_TABS.map((t) => t.name)];
export const SYSTEM_TAB_NAMES: ReadonlyArray<string> = [
  DASHBOARD_TAB_NAME,
  HELP_TAB_NAME,
  ...SYSTEM_TABLE_TABS.map((t) => t.name),
];

/** Excel and Google Sheets both accept these tab names. */
export const TAB_NAME_MAX = 31;
export const TAB_NAME_FORBIDDEN = /[:\\/?*[\]]/;
