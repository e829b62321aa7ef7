/**
 * The one table of everything Apps Script calls by name: simple triggers, menu items, the
 * reminder trigger's handler, sidebar callbacks and custom functions. The build generates a
 * top-level function stub (with its JSDoc) for each row, the "Báo cáo" menu is built from the
 * menu rows, and the entry file must provide a handler for every name, so stubs, menu and code
 * cannot drift apart.
 */

export interface EntryParam {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly optional?: boolean;
}

interface EntryBase {
  readonly name: string;
  readonly description: string;
}

export interface TriggerEntry extends EntryBase {
  readonly kind: 'trigger';
  readonly params: ReadonlyArray<EntryParam>;
}

export interface MenuEntry extends EntryBase {
  readonly kind: 'menu';
  /** Vietnamese caption in the "Báo cáo" menu. */
  readonly caption: string;
  /** Draw a separator line above this item. */
  readonly separatorBefore?: boolean;
  /** Who the item is for, shown in the help text. */
  readonly audience: 'đơn vị' | 'bộ phận tổng hợp' | 'mọi người';
}

export interface CallbackEntry extends EntryBase {
  readonly kind: 'callback';
  readonly params: ReadonlyArray<EntryParam>;
}

export interface CustomFunctionEntry extends EntryBase {
  readonly kind: 'customFunction';
  readonly params: ReadonlyArray<EntryParam>;
  readonly returns: string;
}

export type EntryPoint = TriggerEntry | MenuEntry | CallbackEntry | CustomFunctionEntry;

export const MENU_TITLE = 'Báo cáo';

export const ENTRY_POINTS = [
  {
    kind: 'trigger',
    name: 'onOpen',
    description: 'Adds the "Báo cáo" menu when the spreadsheet opens.',
    params: [{ name: 'e', type: 'Object', description: 'The open event.', optional: true }],
  },
  {
    kind: 'trigger',
    name: 'onInstall',
    description: 'Adds the menu right after the script is installed.',
    params: [{ name: 'e', type: 'Object', description: 'The install event.', optional: true }],
  },
  {
    kind: 'trigger',
    name: 'onEdit',
    description: 'Remembers when each tab was last edited, for the progress dashboard.',
    params: [{ name: 'e', type: 'Object', description: 'The edit event.', optional: true }],
  },
  {
    kind: 'menu',
    name: 'baocaoSetup',
    caption: 'Thiết lập bảng tính',
    audience: 'bộ phận tổng hợp',
    description: 'Creates or updates the configuration tabs and one protected tab per unit, keeping all entered data.',
  },
  {
    kind: 'menu',
    name: 'baocaoCheck',
    caption: 'Kiểm tra dữ liệu',
    audience: 'mọi người',
    description: 'Validates the workbook, marks each finding on its cell and lists them in a sidebar.',
  },
  {
    kind: 'menu',
    name: 'baocaoSubmit',
    caption: 'Nộp báo cáo',
    audience: 'đơn vị',
    description: 'Submits the active unit tab; refused with the reasons while errors remain.',
  },
  {
    kind: 'menu',
    name: 'baocaoReopen',
    caption: 'Mở lại để bổ sung',
    audience: 'bộ phận tổng hợp',
    description: 'Reopens a submitted unit tab, with a reason.',
  },
  {
    kind: 'menu',
    name: 'baocaoProgress',
    caption: 'Tiến độ',
    audience: 'mọi người',
    description: 'Rebuilds the "Tổng hợp" dashboard tab.',
  },
  {
    kind: 'menu',
    name: 'baocaoGenerateReport',
    caption: 'Tạo báo cáo',
    audience: 'bộ phận tổng hợp',
    description: 'Generates the consolidated report as a Google Doc with real footnotes.',
  },
  {
    kind: 'menu',
    name: 'baocaoSendRemindersNow',
    caption: 'Gửi nhắc việc ngay',
    separatorBefore: true,
    audience: 'bộ phận tổng hợp',
    description: 'Shows who would get which reminder today, then sends on confirmation.',
  },
  {
    kind: 'menu',
    name: 'baocaoEnableReminders',
    caption: 'Bật nhắc việc tự động',
    audience: 'bộ phận tổng hợp',
    description: 'Installs one daily time-driven trigger at the configured hour (never a duplicate).',
  },
  {
    kind: 'menu',
    name: 'baocaoDisableReminders',
    caption: 'Tắt nhắc việc',
    audience: 'bộ phận tổng hợp',
    description: 'Removes the daily reminder trigger.',
  },
  {
    kind: 'menu',
    name: 'baocaoHelp',
    caption: 'Hướng dẫn',
    separatorBefore: true,
    audience: 'mọi người',
    description: 'Shows short help in Vietnamese.',
  },
  {
    kind: 'trigger',
    name: 'baocaoDailyReminders',
    description: 'Handler of the daily time-driven trigger: sends the reminders due today.',
    params: [{ name: 'e', type: 'Object', description: 'The time-driven event.', optional: true }],
  },
  {
    kind: 'callback',
    name: 'baocaoSelectCell',
    description: 'Called from the findings sidebar: selects a cell.',
    params: [
      { name: 'tab', type: 'string', description: 'Tab name.' },
      { name: 'cell', type: 'string', description: 'A1 reference.' },
    ],
  },
  {
    kind: 'customFunction',
    name: 'TYLE',
    description: 'Tỷ lệ hoàn thành dạng "34/37" (số dưới 10 viết 01…09, trừ khi pad là FALSE).',
    params: [
      { name: 'done', type: 'number', description: 'Số đã hoàn thành.' },
      { name: 'total', type: 'number', description: 'Tổng số.' },
      { name: 'pad', type: 'boolean', description: 'Viết 01…09; mặc định TRUE.', optional: true },
    ],
    returns: 'string',
  },
  {
    kind: 'customFunction',
    name: 'PHANTRAM',
    description: 'Phần trăm kiểu Việt Nam, ví dụ "85,48%".',
    params: [
      { name: 'done', type: 'number', description: 'Phần.' },
      { name: 'total', type: 'number', description: 'Tổng (khác 0).' },
      { name: 'decimals', type: 'number', description: 'Số chữ số thập phân; mặc định 2.', optional: true },
    ],
    returns: 'string',
  },
  {
    kind: 'customFunction',
    name: 'NGAYVN',
    description: 'Ngày viết bằng chữ, ví dụ "ngày 16 tháng 3 năm 2023".',
    params: [{ name: 'date', type: 'Date', description: 'Ngày (ô ngày tháng).' }],
    returns: 'string',
  },
] as const satisfies ReadonlyArray<EntryPoint>;

export type EntryName = (typeof ENTRY_POINTS)[number]['name'];

export const MENU_ITEMS: ReadonlyArray<MenuEntry> = ENTRY_POINTS.filter((e): e is Extract<(typeof ENTRY_POINTS)[number], { kind: 'menu' }> => e.kind === 'menu');

/** The reminder trigger's handler name, shared by the code that installs and finds the trigger. */
export const DAILY_REMINDER_HANDLER: EntryName = 'baocaoDailyReminders';
export const SELECT_CELL_CALLBACK: EntryName = 'baocaoSelectCell';

function paramList(params: ReadonlyArray<EntryParam>): string {
  return params.map((p) => p.name).join(', ');
}

/** The JSDoc and top-level stub Apps Script sees for one entry point. */
export function stubFor(entry: EntryPoint, globalName: string): string {
  const params = entry.kind === 'menu' ? [] : entry.params;
  const doc = [`/**`, ` * ${entry.description}`];
  for (const p of params) doc.push(` * @param {${p.type}} ${p.optional === true ? `[${p.name}]` : p.name} ${p.description}`);
  if (entry.kind === 'customFunction') doc.push(` * @return {${entry.returns}}`, ` * @customfunction`);
  doc.push(` */`);
  const args = paramList(params);
  return `${doc.join('\n')}\nfunction ${entry.name}(${args}) {\n  return ${globalName}.handlers.${entry.name}(${args});\n}\n`;
}

export function stubsFor(entries: ReadonlyArray<EntryPoint>, globalName: string): string {
  return entries.map((e) => stubFor(e, globalName)).join('\n');
}
