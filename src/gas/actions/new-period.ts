/**
 * "Tạo kỳ báo cáo mới" (secretariat only): the next period in a COPY of this spreadsheet, this
 * one left as it is. Why a copy (README, "Kỳ báo cáo trong Google Sheets"): the add-in is the
 * spreadsheet's bound script, and copying the file copies it, so the menu comes along; a
 * spreadsheet made from nothing would have no menu. Spreadsheet.copy needs only the
 * spreadsheets scope the add-in already has (Drive's files.copy would need the file to be
 * visible under drive.file, which a bound script's container is not; DriveApp.makeCopy the
 * restricted full Drive scope). What Google does not copy is redone or said: protections come
 * with the copier as their only editor, so every tab's editors are set again in one Sheets API
 * batchUpdate; the copy is shared with nobody, so it is shared with this file's editors; the
 * daily reminder trigger belongs to this file's project and its owner and is not copied, and a
 * script cannot install triggers for another project, so the new file carries a note and the
 * secretariat is told to turn reminders on there. The new period is written in bulk, values
 * only (values.batchClear + values.batchUpdate, src/app/new-period-edits.ts): no per-cell loop.
 */
import { nextPeriodEdits, nextPeriodProtections, type CellArea, type CellBlock } from '../../app/new-period-edits';
import { NextPeriodRefused, nextPeriodSummary, planNextPeriod, type NextPeriodPlan } from '../../app/new-period';
import { a1, isDateCell, isFormulaCell, type CellValue } from '../../domain/cells';
import { SETTINGS_TAB } from '../../domain/contract/tabs';
import { toSerial } from '../../domain/dates';
import { escapeHtml } from '../../domain/reminders/email';
import { toneKey } from '../../domain/text';
import { findTabName } from '../../domain/workbook/read';
import { checkWorkbook } from '../../app/check-workbook';
import type { RawWorkbook } from '../../domain/cells';
import { ADDIN_TABS, UserFacingError, type GasContext } from '../context';
import { markFindings } from '../marks';
import { groupsIn, protectionRequests } from '../protections';
import { SETUP_PROGRESS_TAB } from '../setup-job';
import type { SheetsApiValue, SpreadsheetSurface } from '../surface';
import { createTab } from '../tab-writer';
import { quoteTabName, readGridTabs, readMetadata } from '../workbook-source';
import { requireSecretariat } from './shared';

const TITLE = 'Tạo kỳ báo cáo mới';

/** The note the new file carries until reminders are turned on in it (reminders.ts removes it). */
export const REMINDERS_OFF_NOTE =
  'baocao: nhắc việc tự động CHƯA BẬT ở bảng tính này. Trình kích hoạt hằng ngày thuộc bảng tính cũ và không được sao chép; hãy chọn menu Báo cáo › Bật nhắc việc tự động ở đây.';

/** "Báo cáo tháng 01 năm 2023" → "Báo cáo tháng 02 năm 2023"; otherwise the period's name is appended. */
export function copyName(current: string, plan: NextPeriodPlan): string {
  if (current.includes(plan.previous.name)) return current.replace(plan.previous.name, plan.period.name);
  return `${current} – ${plan.period.name}`;
}

/** A core value as the Sheets API takes it with RAW input: dates as serial numbers (the cell keeps its date format). */
function apiValue(value: CellValue): SheetsApiValue {
  if (value === null) return '';
  if (isFormulaCell(value)) return value.formula;
  if (isDateCell(value)) {
    const [date = '', time = ''] = value.date.split('T');
    const [hours = 0, minutes = 0] = time.split(':').map(Number);
    return toSerial(date) + (hours * 60 + minutes) / (24 * 60);
  }
  return value;
}

function rangeOf(tab: string, row: number, col: number, rows: number, cols: number): string {
  return `${quoteTabName(tab)}!${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
}

export interface NewPeriodResult {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly sharedWith: number;
  /** Tabs whose old check marks could not be cleared within this execution. */
  readonly marksLeft: number;
}

/**
 * Writes the next period into the copy `id`, from the copy's own cells (read once: whatever
 * changed here between the question and the copy is in it), everything in bulk but the few
 * tabs made whole. `groups`: addresses this file's protections list as groups.
 */
export function writeNextPeriod(ctx: GasContext, source: SpreadsheetSurface, id: string, groups: ReadonlySet<string>): NewPeriodResult & { plan: NextPeriodPlan } {
  const api = ctx.sheetsApi();
  const target = ctx.g.SpreadsheetApp.openById(id);
  const url = target.getUrl();
  const copied = readMetadata(api, id);
  // Tabs recognised by the reader's rule (findTab: tone placement tolerated, diacritics kept).
  const own = new Set(ADDIN_TABS.map(toneKey));
  const raw: RawWorkbook = { tabs: readGridTabs(api, id, copied).tabs.filter((t) => !own.has(toneKey(t.name))) };
  const check = checkWorkbook({ read: () => raw });
  const plan = planNextPeriod(check);
  const edits = nextPeriodEdits(raw, check, plan, { spreadsheetUrl: url });

  // 1. The old period's own tabs go (the add-in's set-up progress too), in one request.
  const drop = new Set([...edits.deleteTabs, SETUP_PROGRESS_TAB].map(toneKey));
  const deletions = copied.tabs.filter((t) => drop.has(toneKey(t.name))).map((t) => ({ deleteSheet: { sheetId: t.sheetId } }));
  if (deletions.length > 0) api.Spreadsheets.batchUpdate({ requests: deletions }, id);

  // 2. Values: cleared, then written, two calls whatever the number of units.
  const clear = edits.clear.map((c: CellArea) => rangeOf(c.tab, c.row, c.col, c.rows, c.cols));
  if (clear.length > 0) api.Spreadsheets.Values.batchClear({ ranges: clear }, id);
  const data = edits.write.map((w: CellBlock) => ({
    range: rangeOf(w.tab, w.row, w.col, w.values.length, Math.max(1, ...w.values.map((r) => r.length))),
    values: w.values.map((r) => r.map(apiValue)),
  }));
  if (data.length > 0) api.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data }, id);

  // 3. Tabs made whole: the history, and units new to the period.
  for (const tab of edits.createTabs) createTab(target, tab, ctx.g.SpreadsheetApp);

  // 4. Who may edit what, in one request (Google copied the protections with only us as editor).
  const fresh = readMetadata(api, id);
  const requests = protectionRequests(fresh.tabs, nextPeriodProtections(plan), groups);
  if (requests.length > 0) api.Spreadsheets.batchUpdate({ requests }, id);

  // 5. The same people as here may open it (a copy is shared with nobody).
  const me = ctx.me();
  const editors = [...new Set(source.getEditors().map((u) => u.getEmail().toLowerCase()))].filter((e) => e !== '' && e !== me);
  if (editors.length > 0) target.addEditors(editors);

  // 6. The old check's marks on cells that are now empty: cleared as far as time allows.
  const marks = markFindings(target, [], ctx.budget);

  // 7. A note where the reminder settings are: reminders must be turned on in this file.
  const settings = target.getSheetByName(findTabName(check.workbook.tabNames, SETTINGS_TAB.name) ?? SETTINGS_TAB.name);
  const hourCell = check.workbook.settingsCells.reminderHour;
  if (settings !== null && hourCell !== undefined) settings.getRange(`A${/\d+/.exec(hourCell)?.[0] ?? '1'}`).setNote(REMINDERS_OFF_NOTE);

  return { id, url, name: target.getName(), sharedWith: editors.length, marksLeft: marks.unfinished.length, plan };
}

function doneHtml(result: NewPeriodResult, headline: string, lines: ReadonlyArray<string>): string {
  const steps = [
    `Mở bảng tính mới: <a href="${escapeHtml(result.url)}" target="_blank" rel="noopener">${escapeHtml(result.name)}</a>. Menu Báo cáo có sẵn ở đó (tiện ích được sao chép cùng bảng tính); lần đầu dùng, Google hỏi cấp quyền cho tiện ích trong bảng mới: hãy đồng ý.`,
    'Ở bảng mới, chọn Báo cáo › Bật nhắc việc tự động: nhắc việc không tự chuyển sang bảng mới. Nếu không cần nhắc kỳ cũ nữa, tắt ở bảng này (Báo cáo › Tắt nhắc việc).',
    `Xem lại tab Thiết lập của bảng mới (tên kỳ, trích yếu, hạn nộp), rồi báo các đơn vị nhập vào bảng mới${result.sharedWith > 0 ? ` (đã chia sẻ với ${result.sharedWith} người như bảng này)` : ''}.`,
    'Bảng tính này giữ nguyên, không sửa gì.',
  ];
  return [
    `<p>Đã tạo bảng tính ${escapeHtml(headline)}.</p>`,
    `<ol>${steps.map((s) => `<li>${s.startsWith('Mở bảng') ? s : escapeHtml(s)}</li>`).join('')}</ol>`,
    ...lines.map((l) => `<p class="muted">${escapeHtml(l)}</p>`),
    ...(result.marksLeft > 0 ? [`<p class="muted">${escapeHtml(`Còn dấu kiểm tra cũ ở ${result.marksLeft} tab của bảng mới: chạy Kiểm tra dữ liệu ở đó để xóa.`)}</p>`] : []),
  ].join('\n');
}

export function runNewPeriod(ctx: GasContext): void {
  const reading = ctx.read();
  const { check } = reading;
  requireSecretariat(ctx, check);
  let plan: NextPeriodPlan;
  try {
    plan = planNextPeriod(check);
  } catch (error) {
    if (error instanceof NextPeriodRefused) throw new UserFacingError(`Chưa tạo được kỳ mới: ${error.message}`);
    throw error;
  }
  const source = ctx.spreadsheet();
  const name = copyName(source.getName(), plan);
  const { headline } = nextPeriodSummary(plan);
  // Asked with no lock held: a dialog suspends the script.
  if (!ctx.confirm(TITLE, `Tạo bảng tính mới "${name}" cho ${headline}?\n\nBảng tính này giữ nguyên; kỳ mới nằm trong bảng tính mới.`)) return;
  // The copy is taken under the lock, so no submission lands half-way through it.
  const copy = ctx.withLock(() => source.copy(name));
  const result = writeNextPeriod(ctx, source, copy.getId(), groupsIn(reading.metadata.tabs));
  const done = nextPeriodSummary(result.plan);
  ctx.modal(doneHtml(result, done.headline, done.lines), 'Đã tạo kỳ báo cáo mới', 560, 460);
}
