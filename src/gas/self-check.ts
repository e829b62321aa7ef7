/**
 * "Kiểm tra cài đặt": what the deployer runs first. Each line makes one real call and says ✔ or
 * what to do: each advanced service answers (Sheets, Docs, Drive), the spreadsheet's time zone
 * and locale, whether the running user can protect a tab, the report folder, a tiny Google Doc
 * with one footnote created and trashed, the mail quota left today, who owns the daily trigger,
 * and which of the manifest's scopes the user granted. A failure in one line never stops the
 * others.
 */
import { escapeHtml } from '../domain/reminders/email';
import { explain, type GasContext } from './context';
import { OAUTH_SCOPES, SCOPE_USES } from './manifest';
import { reportFolder, trash } from './report-folder';
import { settingsProblems } from './spreadsheet-settings';
import { ownReminderTriggers, readTriggerRecord } from './triggers';
import type { SpreadsheetSettings } from './spreadsheet-settings';

/** [topic, ok, text]. */
export type CheckLine = readonly [string, boolean, string];

export const SELF_CHECK_TOPICS = {
  sheets: 'Google Sheets API',
  zone: 'Múi giờ và ngôn ngữ',
  protect: 'Phân quyền tab',
  docs: 'Google Docs API',
  drive: 'Google Drive API',
  folder: 'Thư mục lưu báo cáo',
  mail: 'Hạn mức gửi thư',
  trigger: 'Nhắc việc tự động',
  scopes: 'Quyền đã cấp',
} as const;

const T = SELF_CHECK_TOPICS;
const API_OK = 'Dịch vụ nâng cao trả lời bình thường.';

export function selfCheck(ctx: GasContext): CheckLine[] {
  const lines: CheckLine[] = [];
  const run = (topic: string, body: () => string | CheckLine[]): void => {
    try {
      const result = body();
      if (typeof result === 'string') lines.push([topic, true, result]);
      else lines.push(...result);
    } catch (error) {
      lines.push([topic, false, explain(error)]);
    }
  };
  const g = ctx.g;
  const spreadsheet = ctx.spreadsheet();
  let folderId: string | null = null;
  let emails = 0;
  let settings: SpreadsheetSettings | null = null;

  run(T.sheets, () => {
    settings = ctx.metadata().settings;
    try {
      const { check } = ctx.read({ allowWrongSettings: true });
      folderId = check.workbook.settings?.reportFolderId ?? null;
      emails = new Set([...check.lookup.unitsById.values()].flatMap((u) => u.emails ?? [])).size;
    } catch {
      // The workbook may not be set up yet; the service answered, which is what this line checks.
    }
    return API_OK;
  });
  run(T.zone, () => {
    const problems = settingsProblems(settings ?? { timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() });
    if (problems.length === 0) return 'Asia/Ho_Chi_Minh, vi_VN.';
    return [[T.zone, false, `${problems.join(' ')} Cách sửa: chạy Thiết lập bảng tính, hoặc Tệp › Cài đặt.`]];
  });
  run(T.protect, () => {
    const me = ctx.me();
    const sheet = spreadsheet.insertSheet('baocao – thử phân quyền');
    try {
      const protection = sheet.protect();
      protection.addEditor(me);
      const others = protection.getEditors().map((u) => u.getEmail().toLowerCase()).filter((e) => e !== me);
      if (others.length > 0) protection.removeEditors(others);
      protection.remove();
    } finally {
      spreadsheet.deleteSheet(sheet);
    }
    return `${me} phân quyền được cho tab.`;
  });
  let doc: string | null = null;
  run(T.docs, () => {
    const docs = ctx.docsApi();
    doc = docs.Documents.create({ title: 'baocao – văn bản thử' }).documentId ?? null;
    if (doc === null) throw new Error('no documentId');
    const replies = docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'Thử' } }, { createFootnote: { location: { index: 4 } } }] }, doc).replies;
    const segmentId = replies?.[1]?.createFootnote?.footnoteId;
    if (segmentId === undefined) throw new Error('no footnoteId');
    docs.Documents.batchUpdate({ requests: [{ insertText: { endOfSegmentLocation: { segmentId }, text: 'Chú thích thử.' } }] }, doc);
    return 'Tạo được văn bản có chú thích cuối trang.';
  });
  run(T.drive, () => {
    if (doc === null) return [[T.drive, false, `Chưa thử được: sửa mục ${T.docs} trước.`]];
    trash(ctx.driveApi(), doc);
    return `${API_OK} Văn bản thử đã vào thùng rác.`;
  });
  run(T.folder, () => {
    const folder = reportFolder(ctx.driveApi(), ctx.properties(), folderId, spreadsheet.getName());
    const where = `https://drive.google.com/drive/folders/${folder.id}`;
    return folder.note === null ? where : [[T.folder, false, `${folder.note} (${where})`]];
  });
  run(T.mail, () => {
    const left = g.MailApp.getRemainingDailyQuota();
    const text = `Hôm nay còn gửi được cho ${left} người nhận; các đơn vị có ${emails} địa chỉ.`;
    return left > 0 && left >= emails ? text : [[T.mail, false, `${text} Phần thiếu sẽ tự gửi hôm sau (Gmail 100, Workspace 1.500 người nhận/ngày).`]];
  });
  run(T.trigger, () => {
    const record = readTriggerRecord(ctx.properties());
    if (record === null) return [[T.trigger, false, 'Chưa bật: chọn Bật nhắc việc tự động.']];
    const mine = record.owner === ctx.me();
    if (mine && ownReminderTriggers(g.ScriptApp).length === 0) return [[T.trigger, false, 'Ghi là của bạn nhưng không còn trình kích hoạt: chọn Bật nhắc việc tự động.']];
    return `Trong tài khoản ${record.owner}, ${record.hour} giờ mỗi ngày.`;
  });
  run(T.scopes, () => {
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL, [...OAUTH_SCOPES]);
    const granted = info.getAuthorizedScopes?.() ?? OAUTH_SCOPES;
    const missing = SCOPE_USES.filter((s) => !granted.includes(s.scope));
    if (missing.length === 0) return `Đủ ${OAUTH_SCOPES.length} quyền.`;
    const how = info.getAuthorizationUrl() ?? 'chạy lại một mục menu';
    return missing.map((s): CheckLine => [T.scopes, false, `Chưa cấp quyền ${s.purpose} (${s.scope}): mở ${how} và đánh dấu mọi quyền.`]);
  });
  return lines;
}

export function selfCheckHtml(lines: ReadonlyArray<CheckLine>): string {
  const bad = lines.filter((l) => !l[1]).length;
  const items = lines.map(([topic, ok, text]) => `<li>${ok ? '✔' : '✘'} <b>${escapeHtml(topic)}</b>: ${escapeHtml(text)}</li>`);
  return `<div style="font:13px Arial"><p><b>${bad === 0 ? 'Cài đặt đã sẵn sàng.' : `Còn ${bad} việc cần làm.`}</b></p><ul style="list-style:none;padding:0">${items.join('')}</ul></div>`;
}
