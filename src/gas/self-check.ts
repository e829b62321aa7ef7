/**
 * "Kiểm tra cài đặt": what the deployer runs first. Each line makes one real call: each advanced
 * service answers (Sheets, Docs, Drive), the spreadsheet's time zone and locale, whether the
 * running user can protect a tab, the report folder, a tiny Google Doc with one footnote
 * created and trashed, the mail quota left today, who owns the daily trigger, and which of the
 * manifest's scopes the user granted. A failure in one line never stops the others.
 *
 * Each line is [topic, ok, detail]: the detail is what only the run knows (an error explained
 * in Vietnamese, an owner, a count, a scope); the fixed Vietnamese sentences, ✔ or what to do,
 * are in the static page (pages.ts → dist/selfcheck.html), which Apps Script evaluates only
 * when it is shown.
 */
import { explain, type GasContext } from './context';
import { OAUTH_SCOPES } from './manifest';
import { reportFolder, trash } from './report-folder';
import { settingsRefusal, type SpreadsheetSettings } from './spreadsheet-settings';
import { ownReminderTriggers, readTriggerRecord } from './triggers';

export const SELF_CHECK_TOPICS = ['sheets', 'zone', 'protect', 'docs', 'drive', 'folder', 'mail', 'trigger', 'scopes'] as const;
export type SelfCheckTopic = (typeof SELF_CHECK_TOPICS)[number];

/** [topic, ok, detail]. */
export type CheckLine = readonly [SelfCheckTopic, boolean, string];

export const SELF_CHECK_FILE = 'selfcheck';

export function selfCheck(ctx: GasContext): CheckLine[] {
  const lines: CheckLine[] = [];
  /** `body` returns the detail of a ✔ line, or the lines it found wrong. */
  const run = (topic: SelfCheckTopic, body: () => string | CheckLine[]): void => {
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

  run('sheets', () => {
    settings = ctx.metadata().settings;
    try {
      const { check } = ctx.read({ allowWrongSettings: true });
      folderId = check.workbook.settings?.reportFolderId ?? null;
      emails = new Set([...check.lookup.unitsById.values()].flatMap((u) => u.emails ?? [])).size;
    } catch {
      // The workbook may not be set up yet; the service answered, which is what this line checks.
    }
    return '';
  });
  run('zone', () => {
    const refusal = settingsRefusal(settings ?? { timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() });
    return refusal === null ? '' : [['zone', false, refusal]];
  });
  run('protect', () => {
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
    return me;
  });
  let doc: string | null = null;
  run('docs', () => {
    const docs = ctx.docsApi();
    doc = docs.Documents.create({ title: 'baocao – văn bản thử' }).documentId ?? null;
    if (doc === null) throw new Error('no documentId');
    const replies = docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'Thử' } }, { createFootnote: { location: { index: 4 } } }] }, doc).replies;
    const segmentId = replies?.[1]?.createFootnote?.footnoteId;
    if (segmentId === undefined) throw new Error('no footnoteId');
    docs.Documents.batchUpdate({ requests: [{ insertText: { endOfSegmentLocation: { segmentId }, text: 'Chú thích thử.' } }] }, doc);
    return '';
  });
  run('drive', () => {
    if (doc !== null) trash(ctx.driveApi(), doc);
    return '';
  });
  run('folder', () => {
    const folder = reportFolder(ctx.driveApi(), ctx.properties(), folderId, spreadsheet.getName());
    const where = `https://drive.google.com/drive/folders/${folder.id}`;
    return folder.note === null ? where : [['folder', false, `${folder.note} (${where})`]];
  });
  run('mail', () => {
    const left = g.MailApp.getRemainingDailyQuota();
    return left > 0 && left >= emails ? `${left}` : [['mail', false, `${left}/${emails}`]];
  });
  run('trigger', () => {
    const record = readTriggerRecord(ctx.properties());
    const lost = record?.owner === ctx.me() && ownReminderTriggers(g.ScriptApp).length === 0;
    return record === null || lost ? [['trigger', false, '']] : `${record.owner}, ${record.hour}h`;
  });
  run('scopes', () => {
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL, [...OAUTH_SCOPES]);
    const granted = info.getAuthorizedScopes?.() ?? OAUTH_SCOPES;
    const missing = OAUTH_SCOPES.filter((s) => !granted.includes(s));
    return missing.length === 0 ? '' : missing.map((s): CheckLine => ['scopes', false, `${s} ${info.getAuthorizationUrl() ?? ''}`]);
  });
  return lines;
}

/** The lines as the static page's script receives them ("<" escaped: no markup can break out). */
export function selfCheckScript(lines: ReadonlyArray<CheckLine>): string {
  return `<script>show(${JSON.stringify(lines).replace(/</g, '\\u003c')})</script>`;
}
