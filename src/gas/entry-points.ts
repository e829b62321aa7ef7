/**
 * The one table of everything Apps Script calls by name: simple triggers, menu items, trigger
 * handlers, sidebar callbacks and custom functions. The "Báo cáo" menu is built from the menu
 * rows, the entry file must provide a handler for every name, and the build generates a
 * top-level function stub for each row and the help page (both from entry-docs.ts, which must
 * document every name here), so stubs, menu, help and code cannot drift apart. Only what the
 * running add-in needs lives here; documentation stays out of the bundle.
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
  { kind: 'menu', name: 'baocaoSetup', caption: 'Thiết lập bảng tính' },
  { kind: 'menu', name: 'baocaoCheck', caption: 'Kiểm tra dữ liệu' },
  { kind: 'menu', name: 'baocaoSubmit', caption: 'Nộp báo cáo' },
  { kind: 'menu', name: 'baocaoReopen', caption: 'Mở lại để bổ sung' },
  { kind: 'menu', name: 'baocaoProgress', caption: 'Tiến độ' },
  { kind: 'menu', name: 'baocaoCutoff', caption: 'Chốt số liệu' },
  { kind: 'menu', name: 'baocaoGenerateReport', caption: 'Tạo báo cáo' },
  { kind: 'menu', name: 'baocaoCollectChildren', caption: 'Thu thập số liệu cấp dưới' },
  { kind: 'menu', name: 'baocaoNewPeriod', caption: 'Tạo kỳ báo cáo mới' },
  { kind: 'menu', name: 'baocaoSendRemindersNow', caption: 'Gửi nhắc việc ngay', separatorBefore: true },
  { kind: 'menu', name: 'baocaoEnableReminders', caption: 'Bật nhắc việc tự động' },
  { kind: 'menu', name: 'baocaoDisableReminders', caption: 'Tắt nhắc việc' },
  { kind: 'menu', name: 'baocaoSelfCheck', caption: 'Kiểm tra cài đặt', separatorBefore: true },
  { kind: 'menu', name: 'baocaoHelp', caption: 'Hướng dẫn' },
  { kind: 'trigger', name: 'baocaoDailyReminders' },
  { kind: 'trigger', name: 'baocaoContinueSetup' },
  { kind: 'trigger', name: 'baocaoContinueCollect' },
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
export const CONTINUE_COLLECT_HANDLER: EntryName = 'baocaoContinueCollect';
/** The help page, written by the build as dist/help.html (an HTML file is not evaluated on every execution). */
export const HELP_FILE = 'help';
