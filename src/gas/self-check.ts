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
import { SPREADSHEET_LOCALE, SPREADSHEET_TIME_ZONE, settingsProblems } from './spreadsheet-settings';
import { ownReminderTriggers, readTriggerRecord } from './triggers';
import { readMetadata } from './workbook-source';

export interface CheckLine {
  readonly ok: boolean;
  readonly topic: string;
  readonly text: string;
}

const PROBE_TAB = 'baocao – thử phân quyền';
const PROBE_DOC = 'baocao – văn bản thử (tự bỏ vào thùng rác)';

function attempt(topic: string, lines: CheckLine[], body: () => CheckLine | CheckLine[]): void {
  try {
    const result = body();
    lines.push(...(Array.isArray(result) ? result : [result]));
  } catch (error) {
    lines.push({ ok: false, topic, text: explain(error) });
  }
}

export function selfCheck(ctx: GasContext): CheckLine[] {
  const lines: CheckLine[] = [];
  const g = ctx.g;
  const spreadsheet = ctx.spreadsheet();
  let settings: { folderId: string | null; unitEmails: number } = { folderId: null, unitEmails: 0 };

  attempt('Google Sheets API', lines, () => {
    const meta = readMetadata(ctx.sheetsApi(), spreadsheet.getId());
    try {
      const { check } = ctx.read({ allowWrongSettings: true });
      settings = {
        folderId: check.workbook.settings?.reportFolderId ?? null,
        unitEmails: new Set([...check.lookup.unitsById.values()].flatMap((u) => u.emails ?? [])).size,
      };
    } catch {
      // The workbook itself may not be set up yet; the service answered, which is what this line checks.
    }
    const problems = settingsProblems(meta.settings);
    return [
      { ok: true, topic: 'Google Sheets API', text: 'Dịch vụ nâng cao Google Sheets API trả lời bình thường.' },
      problems.length === 0
        ? { ok: true, topic: 'Múi giờ và ngôn ngữ', text: `Bảng tính dùng múi giờ ${SPREADSHEET_TIME_ZONE} và định dạng ${SPREADSHEET_LOCALE}.` }
        : { ok: false, topic: 'Múi giờ và ngôn ngữ', text: `${problems.join(' ')} Cách sửa: chạy Báo cáo › Thiết lập bảng tính (tự đặt lại), hoặc Tệp › Cài đặt.` },
    ];
  });
  if (!lines.some((l) => l.topic === 'Múi giờ và ngôn ngữ')) {
    attempt('Múi giờ và ngôn ngữ', lines, () => {
      const problems = settingsProblems({ timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() });
      return problems.length === 0
        ? { ok: true, topic: 'Múi giờ và ngôn ngữ', text: `Bảng tính dùng múi giờ ${SPREADSHEET_TIME_ZONE} và định dạng ${SPREADSHEET_LOCALE}.` }
        : { ok: false, topic: 'Múi giờ và ngôn ngữ', text: `${problems.join(' ')} Cách sửa: Tệp › Cài đặt.` };
    });
  }

  attempt('Phân quyền tab', lines, () => {
    const me = ctx.me();
    const sheet = spreadsheet.insertSheet(PROBE_TAB);
    try {
      const protection = sheet.protect().setDescription('baocao – thử');
      if (me !== '') protection.addEditor(me);
      const others = protection.getEditors().map((u) => u.getEmail().toLowerCase()).filter((e) => e !== me);
      if (others.length > 0) protection.removeEditors(others);
      protection.remove();
    } finally {
      spreadsheet.deleteSheet(sheet);
    }
    return { ok: true, topic: 'Phân quyền tab', text: `Tài khoản ${me} tạo và sửa được quyền nhập của một tab.` };
  });

  let probeDoc: string | null = null;
  attempt('Google Docs API', lines, () => {
    const docs = ctx.docsApi();
    const id = docs.Documents.create({ title: PROBE_DOC }).documentId;
    if (id === undefined) throw new Error('Google Docs không trả về mã văn bản.');
    probeDoc = id;
    const text = 'Kiểm tra';
    const first = docs.Documents.batchUpdate(
      { requests: [{ insertText: { location: { index: 1 }, text } }, { createFootnote: { location: { index: 1 + text.length } } }] },
      id,
    );
    const footnoteId = first.replies?.[1]?.createFootnote?.footnoteId;
    if (footnoteId === undefined) throw new Error('Google Docs không trả về mã chú thích.');
    docs.Documents.batchUpdate({ requests: [{ insertText: { endOfSegmentLocation: { segmentId: footnoteId }, text: 'Chú thích thử.' } }] }, id);
    return { ok: true, topic: 'Google Docs API', text: 'Dịch vụ nâng cao Google Docs API tạo được văn bản có chú thích cuối trang.' };
  });

  attempt('Google Drive API', lines, () => {
    const drive = ctx.driveApi();
    if (probeDoc === null) return { ok: false, topic: 'Google Drive API', text: 'Chưa thử được vì bước Google Docs API lỗi; sửa bước đó trước rồi chạy lại.' };
    trash(drive, probeDoc);
    return { ok: true, topic: 'Google Drive API', text: 'Dịch vụ nâng cao Google Drive API trả lời; văn bản thử đã được bỏ vào thùng rác.' };
  });

  attempt('Thư mục lưu báo cáo', lines, () => {
    const folder = reportFolder(ctx.driveApi(), ctx.properties(), settings.folderId, spreadsheet.getName());
    const link = `https://drive.google.com/drive/folders/${folder.id}`;
    return folder.note === null
      ? { ok: true, topic: 'Thư mục lưu báo cáo', text: `Báo cáo sẽ được lưu vào ${link}.` }
      : { ok: false, topic: 'Thư mục lưu báo cáo', text: `${folder.note} Thư mục đang dùng: ${link}.` };
  });

  attempt('Hạn mức gửi thư', lines, () => {
    const left = g.MailApp.getRemainingDailyQuota();
    return left >= settings.unitEmails && left > 0
      ? { ok: true, topic: 'Hạn mức gửi thư', text: `Hôm nay còn gửi được cho ${left} người nhận.` }
      : {
          ok: false,
          topic: 'Hạn mức gửi thư',
          text:
            `Hôm nay chỉ còn gửi được cho ${left} người nhận, trong khi các đơn vị có ${settings.unitEmails} địa chỉ. ` +
            'Phần còn lại sẽ tự gửi vào hôm sau; tài khoản Google Workspace có hạn mức cao hơn Gmail (1.500 so với 100 người nhận mỗi ngày).',
        };
  });

  attempt('Nhắc việc tự động', lines, () => {
    const record = readTriggerRecord(ctx.properties());
    if (record === null) return { ok: false, topic: 'Nhắc việc tự động', text: 'Chưa bật. Khi đã điền xong tab Thiết lập, chọn Báo cáo › Bật nhắc việc tự động.' };
    const mine = record.owner === ctx.me();
    if (mine && ownReminderTriggers(g.ScriptApp).length === 0) {
      return { ok: false, topic: 'Nhắc việc tự động', text: 'Bảng tính ghi là bạn bật nhắc việc, nhưng tài khoản của bạn không còn trình kích hoạt nào. Chọn Báo cáo › Bật nhắc việc tự động để bật lại.' };
    }
    return { ok: true, topic: 'Nhắc việc tự động', text: `Đang chạy trong tài khoản ${record.owner}${mine ? ' (của bạn)' : ''}, mỗi ngày lúc ${record.hour} giờ.` };
  });

  attempt('Quyền đã cấp', lines, () => {
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL, [...OAUTH_SCOPES]);
    const granted = info.getAuthorizedScopes?.() ?? null;
    if (granted === null) return { ok: true, topic: 'Quyền đã cấp', text: 'Google không cho biết danh sách quyền đã cấp; các mục trên đã thử từng quyền.' };
    const missing = SCOPE_USES.filter((s) => !granted.includes(s.scope));
    if (missing.length === 0) return { ok: true, topic: 'Quyền đã cấp', text: `Đã cấp đủ ${OAUTH_SCOPES.length} quyền tiện ích cần.` };
    const url = info.getAuthorizationUrl();
    return missing.map((s) => ({
      ok: false,
      topic: 'Quyền đã cấp',
      text: `Chưa cấp quyền ${s.purpose} (${s.scope}). Cách sửa: ${url === null ? 'chạy lại một mục của menu Báo cáo' : `mở ${url}`} và đánh dấu mọi quyền khi Google hỏi.`,
    }));
  });
  return lines;
}

export function selfCheckHtml(lines: ReadonlyArray<CheckLine>): string {
  const bad = lines.filter((l) => !l.ok).length;
  const items = lines.map(
    (l) => `<li style="margin:6px 0;list-style:none"><b style="color:${l.ok ? '#1e7e34' : '#b00020'}">${l.ok ? '✔' : '✘'}</b> <b>${escapeHtml(l.topic)}</b>: ${escapeHtml(l.text)}</li>`,
  );
  return [
    '<div style="font-family:Arial,sans-serif;font-size:13px">',
    `<p><b>${bad === 0 ? 'Cài đặt đã sẵn sàng.' : `Còn ${bad} việc cần làm.`}</b></p>`,
    `<ul style="padding:0">${items.join('')}</ul>`,
    '</div>',
  ].join('\n');
}
