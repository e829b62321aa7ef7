/**
 * The one table of everything Apps Script calls by name: simple triggers, menu items, trigger
 * handlers, sidebar callbacks and custom functions. The "Báo cáo" menu and its help are built
 * from the menu rows, the entry file must provide a handler for every name, and the build
 * generates a top-level function stub (with its JSDoc, from entry-docs.ts, which must document
 * every name here) for each row, so stubs, menu and code cannot drift apart. Only what the
 * running add-in needs lives here; the stubs' English documentation stays out of the bundle.
 */

interface EntryBase {
  readonly name: string;
}

export interface TriggerEntry extends EntryBase {
  readonly kind: 'trigger';
}

export interface MenuEntry extends EntryBase {
  readonly kind: 'menu';
  /** Vietnamese caption in the "Báo cáo" menu. */
  readonly caption: string;
  /** Draw a separator line above this item. */
  readonly separatorBefore?: boolean;
  /** Who the item is for, shown in the help text. */
  readonly audience: 'đơn vị' | 'bộ phận tổng hợp' | 'mọi người';
  /** What it does, in the help text. */
  readonly help: string;
}

export interface CallbackEntry extends EntryBase {
  readonly kind: 'callback';
}

export interface CustomFunctionEntry extends EntryBase {
  readonly kind: 'customFunction';
}

export type EntryPoint = TriggerEntry | MenuEntry | CallbackEntry | CustomFunctionEntry;

export const MENU_TITLE = 'Báo cáo';

export const ENTRY_POINTS = [
  { kind: 'trigger', name: 'onOpen' },
  { kind: 'trigger', name: 'onInstall' },
  { kind: 'trigger', name: 'onEdit' },
  {
    kind: 'menu',
    name: 'baocaoSetup',
    caption: 'Thiết lập bảng tính',
    audience: 'bộ phận tổng hợp',
    help: 'tạo các tab còn thiếu (mỗi đơn vị một tab), phân quyền nhập; chạy lại không mất dữ liệu.',
  },
  { kind: 'menu', name: 'baocaoCheck', caption: 'Kiểm tra dữ liệu', audience: 'mọi người', help: 'tìm lỗi và chỗ còn thiếu, tô màu từng ô và liệt kê ở khung bên phải.' },
  {
    kind: 'menu',
    name: 'baocaoSubmit',
    caption: 'Nộp báo cáo',
    audience: 'đơn vị',
    help: 'nộp tab của đơn vị đang mở; chỉ nộp được khi không còn lỗi; sau khi nộp tab bị khóa.',
  },
  { kind: 'menu', name: 'baocaoReopen', caption: 'Mở lại để bổ sung', audience: 'bộ phận tổng hợp', help: 'mở khóa một tab đã nộp để đơn vị bổ sung, kèm lý do.' },
  { kind: 'menu', name: 'baocaoProgress', caption: 'Tiến độ', audience: 'mọi người', help: 'cập nhật tab Tổng hợp: tình trạng từng đơn vị.' },
  { kind: 'menu', name: 'baocaoGenerateReport', caption: 'Tạo báo cáo', audience: 'bộ phận tổng hợp', help: 'tạo báo cáo tổng hợp trong Google Tài liệu, đúng thể thức, có chú thích.' },
  {
    kind: 'menu',
    name: 'baocaoSendRemindersNow',
    caption: 'Gửi nhắc việc ngay',
    separatorBefore: true,
    audience: 'bộ phận tổng hợp',
    help: 'xem ai sẽ nhận thư nhắc gì hôm nay, rồi gửi nếu đồng ý.',
  },
  { kind: 'menu', name: 'baocaoEnableReminders', caption: 'Bật nhắc việc tự động', audience: 'bộ phận tổng hợp', help: 'tự động gửi thư nhắc mỗi ngày vào giờ đã đặt ở tab Thiết lập.' },
  { kind: 'menu', name: 'baocaoDisableReminders', caption: 'Tắt nhắc việc', audience: 'bộ phận tổng hợp', help: 'ngừng gửi thư nhắc tự động.' },
  {
    kind: 'menu',
    name: 'baocaoSelfCheck',
    caption: 'Kiểm tra cài đặt',
    separatorBefore: true,
    audience: 'bộ phận tổng hợp',
    help: 'thử từng dịch vụ Google tiện ích cần và chỉ cách sửa chỗ chưa được.',
  },
  { kind: 'menu', name: 'baocaoHelp', caption: 'Hướng dẫn', audience: 'mọi người', help: 'hướng dẫn này.' },
  { kind: 'trigger', name: 'baocaoDailyReminders' },
  { kind: 'trigger', name: 'baocaoContinueSetup' },
  { kind: 'callback', name: 'baocaoSelectCell' },
  { kind: 'customFunction', name: 'TYLE' },
  { kind: 'customFunction', name: 'PHANTRAM' },
  { kind: 'customFunction', name: 'NGAYVN' },
] as const satisfies ReadonlyArray<EntryPoint>;

export type EntryName = (typeof ENTRY_POINTS)[number]['name'];

export const MENU_ITEMS: ReadonlyArray<MenuEntry> = ENTRY_POINTS.filter((e): e is Extract<(typeof ENTRY_POINTS)[number], { kind: 'menu' }> => e.kind === 'menu');

/** The reminder trigger's handler name, shared by the code that installs and finds the trigger. */
export const DAILY_REMINDER_HANDLER: EntryName = 'baocaoDailyReminders';
export const SELECT_CELL_CALLBACK: EntryName = 'baocaoSelectCell';
export const CONTINUE_SETUP_HANDLER: EntryName = 'baocaoContinueSetup';
