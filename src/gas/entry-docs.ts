/**
 * Build-only documentation of every entry point: the JSDoc of the generated top-level stub
 * (parameters, and `@customfunction` with a Vietnamese description for the custom functions,
 * which Sheets shows in its autocomplete), and what each menu item is for (the help page). Keyed by the names of entry-points.ts, so an entry
 * without documentation, or documentation for a name that does not exist, fails to compile.
 * Imported by the build script only, never by the add-in, so it adds nothing to the bundle.
 */
import { ENTRY_POINTS, type EntryName, type EntryPoint } from './entry-points';

export interface EntryParam {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly optional?: boolean;
}

export interface EntryDoc {
  readonly description: string;
  readonly params?: ReadonlyArray<EntryParam>;
  /** Return type, for custom functions. */
  readonly returns?: string;
  /** Menu items: who the item is for and what it does, on the help page. */
  readonly audience?: 'đơn vị' | 'bộ phận tổng hợp' | 'mọi người';
  readonly help?: string;
}

const EVENT = (what: string): EntryParam[] => [{ name: 'e', type: 'Object', description: `The ${what} event.`, optional: true }];

export const ENTRY_DOCS = {
  onOpen: { description: 'Adds the "Báo cáo" menu when the spreadsheet opens.', params: EVENT('open') },
  onInstall: { description: 'Adds the menu right after the script is installed.', params: EVENT('install') },
  onEdit: { description: 'Remembers when each tab was last edited, for the progress dashboard.', params: EVENT('edit') },
  baocaoSetup: {
    description: 'Creates or updates the configuration tabs and one protected tab per unit, keeping all entered data.',
    audience: 'bộ phận tổng hợp',
    help: 'tạo các tab còn thiếu (mỗi đơn vị một tab), phân quyền nhập; chạy lại không mất dữ liệu; bảng tính lớn tự chạy tiếp.',
  },
  baocaoCheck: {
    description: 'Validates the workbook, marks each finding on its cells and lists them in a sidebar.',
    audience: 'mọi người',
    help: 'tìm lỗi và chỗ còn thiếu, tô màu từng ô và liệt kê ở khung bên phải.',
  },
  baocaoSubmit: {
    description: 'Submits the active unit tab; refused with the reasons while errors remain.',
    audience: 'đơn vị',
    help: 'nộp tab của đơn vị đang mở; chỉ nộp được khi không còn lỗi; sau khi nộp tab bị khóa.',
  },
  baocaoReopen: {
    description: 'Reopens a submitted unit tab, with a reason.',
    audience: 'bộ phận tổng hợp',
    help: 'mở khóa một tab đã nộp để đơn vị bổ sung, kèm lý do.',
  },
  baocaoProgress: {
    description: 'Rebuilds the "Tổng hợp" dashboard tab.',
    audience: 'mọi người',
    help: 'cập nhật tab Tổng hợp: tình trạng từng đơn vị.',
  },
  baocaoCutoff: {
    description: 'Snapshots every unit’s figures as they stand into the "Chốt số liệu" tab (who, when); a second snapshot only on confirmation.',
    audience: 'bộ phận tổng hợp',
    help: 'chốt số liệu: ghi lại số liệu hiện tại của từng đơn vị, ai chốt và lúc nào; số sửa sau đó được báo kèm số cũ và số mới. Từ ngày chốt số liệu, nhắc việc tự động tự chốt nếu chưa ai chốt.',
  },
  baocaoNewPeriod: {
    description: 'Creates the next period in a copy of this spreadsheet (setup carried, dates moved, unit tabs emptied, history kept); this one is left as it is.',
    audience: 'bộ phận tổng hợp',
    help: 'tạo bảng tính cho kỳ tiếp theo: giữ thiết lập, dời ngày, làm trống tab đơn vị, chuyển nhiệm vụ chưa xong, giữ số liệu các kỳ để so sánh; bảng tính hiện tại giữ nguyên. Sau đó bật nhắc việc ở bảng mới.',
  },
  baocaoGenerateReport: {
    description: 'Generates the consolidated report as a Google Doc with real footnotes.',
    audience: 'bộ phận tổng hợp',
    help: 'tạo báo cáo tổng hợp trong Google Tài liệu, đúng thể thức, có chú thích.',
  },
  baocaoCollectChildren: {
    description: 'Reads every child report named in the units tab once and caches its summary in the "Dữ liệu cấp dưới" tab, continuing by itself.',
    audience: 'bộ phận tổng hợp',
    help: 'đọc báo cáo của từng đơn vị cấp dưới (mỗi bảng tính một lần), lưu số liệu tổng hợp vào tab Dữ liệu cấp dưới để Tạo báo cáo và Tiến độ dùng; nhiều đơn vị thì tự chạy tiếp.',
  },
  baocaoSendRemindersNow: {
    description: 'Shows who would get which reminder today, then sends on confirmation.',
    audience: 'bộ phận tổng hợp',
    help: 'xem ai sẽ nhận thư nhắc gì hôm nay, rồi gửi nếu đồng ý.',
  },
  baocaoEnableReminders: {
    description: 'Installs the one daily reminder trigger, or says who owns it.',
    audience: 'bộ phận tổng hợp',
    help: 'tự động gửi thư nhắc mỗi ngày vào giờ đã đặt ở tab Thiết lập, từ tài khoản của người bật.',
  },
  baocaoDisableReminders: {
    description: 'Turns the daily reminder trigger off (its owner or the secretariat).',
    audience: 'bộ phận tổng hợp',
    help: 'ngừng gửi thư nhắc tự động (người đã bật hoặc bộ phận tổng hợp).',
  },
  baocaoSelfCheck: {
    description: 'Checks the Google setup and lists, line by line, what is fine and what to fix.',
    audience: 'bộ phận tổng hợp',
    help: 'thử từng dịch vụ Google mà tiện ích cần (múi giờ, phân quyền, Drive, Google Tài liệu, thư, quyền đã cấp) và chỉ cách sửa từng chỗ chưa được.',
  },
  baocaoHelp: {
    description: 'Shows short help in Vietnamese.',
    audience: 'mọi người',
    help: 'hướng dẫn này.',
  },
  baocaoDailyReminders: { description: 'Handler of the daily time-driven trigger: sends the reminders due today.', params: EVENT('time-driven') },
  baocaoContinueSetup: { description: 'Handler of the one-off trigger that continues a setup too large for one execution.', params: EVENT('time-driven') },
  baocaoContinueCollect: { description: 'Handler of the one-off trigger that continues collecting child reports.', params: EVENT('time-driven') },
  baocaoSelectCell: {
    description: 'Called from the findings sidebar: selects a cell.',
    params: [
      { name: 'tab', type: 'string', description: 'Tab name.' },
      { name: 'cell', type: 'string', description: 'A1 reference.' },
    ],
  },
  TYLE: {
    description: 'Tỷ lệ hoàn thành dạng "34/37" (số dưới 10 viết 01…09, trừ khi pad là FALSE).',
    params: [
      { name: 'done', type: 'number', description: 'Số đã hoàn thành.' },
      { name: 'total', type: 'number', description: 'Tổng số.' },
      { name: 'pad', type: 'boolean', description: 'Viết 01…09; mặc định TRUE.', optional: true },
    ],
    returns: 'string',
  },
  PHANTRAM: {
    description: 'Phần trăm kiểu Việt Nam, luôn đủ số chữ số thập phân: "85,48%", "80,00%".',
    params: [
      { name: 'done', type: 'number', description: 'Phần.' },
      { name: 'total', type: 'number', description: 'Tổng (khác 0).' },
      { name: 'decimals', type: 'number', description: 'Số chữ số thập phân, 0 đến 4; mặc định 2 (có thể trỏ tới ô của tab Thiết lập).', optional: true },
    ],
    returns: 'string',
  },
  NGAYVN: {
    description: 'Ngày viết bằng chữ, ví dụ "ngày 16 tháng 3 năm 2023".',
    params: [{ name: 'date', type: 'Date', description: 'Ngày (ô ngày tháng).' }],
    returns: 'string',
  },
} as const satisfies Record<EntryName, EntryDoc>;

/** The JSDoc and top-level stub Apps Script sees for one entry point. */
export function stubFor(entry: EntryPoint, globalName: string): string {
  const docs: EntryDoc = ENTRY_DOCS[entry.name as EntryName];
  const params = entry.kind === 'menu' ? [] : (docs.params ?? []);
  const args = params.map((p) => p.name).join(', ');
  const call = `function ${entry.name}(${args}){return ${globalName}.handlers.${entry.name}(${args})}\n`;
  // Only custom functions need the full block (Sheets' autocomplete reads it); the rest name their kind.
  if (entry.kind !== 'customFunction') return `/** ${entry.kind} */\n${call}`;
  const doc = [`/**`, ` * ${docs.description}`];
  for (const p of params) doc.push(` * @param {${p.type}} ${p.optional === true ? `[${p.name}]` : p.name} ${p.description}`);
  doc.push(` * @return {${docs.returns ?? 'string'}}`, ` * @customfunction`, ` */`);
  return `${doc.join('\n')}\n${call}`;
}

export function stubsFor(entries: ReadonlyArray<EntryPoint> = ENTRY_POINTS, globalName: string): string {
  return entries.map((e) => stubFor(e, globalName)).join('\n');
}
