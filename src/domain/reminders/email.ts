/**
 * Reminder emails in Vietnamese, as plain text and HTML: which report, the deadline, why the
 * unit is written to, and exactly what is missing or wrong in its tab (part, cell, message), with
 * a link to the tab; plus the daily digest for the secretariat. Every piece of text that people
 * typed (unit names, messages quoting cells) is escaped in the HTML part; a link from the
 * workbook becomes an href only when safeLink() accepts it; recipients are those the cell parser
 * accepts (isDeliverableEmail); and a mail lists at most MAIL_ITEMS_MAX problems and stays under
 * MAIL_BODY_MAX_BYTES, pointing to the sheet for the rest.
 */
import { isDeliverableEmail } from '../email-address';
import { formatDateNumeric, formatNumber } from '../format';
import { SEVERITY_LABEL } from '../findings';
import { safeLink } from '../links';
import { unitStateLabel } from '../status';
import { onTimeSentence } from '../timeliness';
import { quoteForMessage, utf8Length } from '../text';
import { sourceForm, sourceKey } from '../rollup/origins';
import { childCompletenessLine } from '../rollup/status';
import type { PlannedDigest, PlannedReminder } from './plan';

/**
 * Problems one reminder lists. Apps Script limits a mail's body ("Email body size": 200 KB per
 * message for consumer accounts, 400 KB for Google Workspace, Current limitations in
 * https://developers.google.com/apps-script/guides/services/quotas), and a clerk reads a short
 * list: the rest are counted and the mail points to the tab, where the check lists them all.
 */
export const MAIL_ITEMS_MAX = 50;
/** Units one digest lists, for the same reasons. */
export const DIGEST_UNITS_MAX = 200;
/** What text + HTML of one mail may weigh in UTF-8: half of Google's smallest limit, for headers and encoding. */
export const MAIL_BODY_MAX_BYTES = 100 * 1024;
/** Longest unit name, summary or message quoted in a mail (a 50,000-character cell stays in the sheet). */
const QUOTE_MAX = 300;

export interface EmailMessage {
  readonly to: ReadonlyArray<string>;
  readonly cc: ReadonlyArray<string>;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface ReportIdentity {
  /** "Báo cáo số 350-BC/HU" or "Báo cáo" when not numbered yet. */
  readonly label: string;
  /** The summary (trích yếu) with citations expanded. */
  readonly summary: string;
  /** Who compiles the report, for the signature line. */
  readonly secretariatName: string;
  readonly secretariatEmails: ReadonlyArray<string>;
}

export type TabLink = (tab: string, cell?: string) => string | null;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function deadlineSentence(r: PlannedReminder): string {
  if (r.deadline === null) return '';
  const date = formatDateNumeric(r.deadline);
  if (r.reason === 'has_errors') return `Hạn nộp: ${date}.`;
  if (r.daysLeft === null) return `Hạn nộp: ${date}.`;
  if (r.daysLeft > 0) return `Còn ${r.daysLeft} ngày đến hạn nộp (${date}).`;
  if (r.daysLeft === 0) return `Hôm nay (${date}) là hạn nộp.`;
  return `Đã quá hạn nộp ${-r.daysLeft} ngày (hạn ${date}).`;
}

function subjectLine(r: PlannedReminder, report: ReportIdentity): string {
  const why =
    r.reason === 'has_errors'
      ? 'dữ liệu đã nộp còn lỗi'
      : r.reason === 'overdue'
        ? `quá hạn ${r.daysLeft === null ? '' : -r.daysLeft + ' ngày'}`.trim()
        : r.daysLeft === 0
          ? 'hôm nay là hạn nộp'
          : `còn ${r.daysLeft ?? ''} ngày đến hạn`;
  return `[Nhắc việc] ${report.label} - ${r.unitName}: ${why}`;
}

interface Item {
  readonly text: string;
  readonly cell: string | null;
}

function missingText(m: PlannedReminder['missing'][number], child: boolean): string {
  if (m.kind === 'unit') return `Đơn vị "${m.label}" (mã ${m.id}) chưa nộp`;
  if (m.kind === 'figure') return child ? `Chưa tính được tổng số liệu "${m.label}" (${m.id}) của báo cáo` : `Số liệu "${m.label}" (${m.id})`;
  return `Nội dung mục ${m.id} "${m.label}"`;
}

interface Items {
  readonly missing: Item[];
  readonly errors: Item[];
  readonly warnings: Item[];
  /** A child's units not yet submitted beyond those its summary names. */
  readonly moreUnits: number;
}

function itemsOf(r: PlannedReminder): Items {
  const listedUnits = r.missing.filter((m) => m.kind === 'unit').length;
  const moreUnits = r.child === undefined ? 0 : Math.max(0, r.child.pendingUnits - listedUnits);
  const missing = r.missing.map((m) => ({
    text: missingText(m, r.child !== undefined),
    // A child's cells are in its own workbook: its findings say which tab, and the parent's cells mean nothing there.
    cell: r.child === undefined ? m.where.cell : null,
  }));
  const missingCells = new Set(r.missing.map((m) => `${m.where.tab}!${m.where.cell}`));
  const notMissing = r.problems.filter(
    (f) => !((f.code === 'MISSING_FIGURE' || f.code === 'MISSING_TEXT') && missingCells.has(`${f.tab}!${f.cell}`)),
  );
  const toItem = (f: (typeof r.problems)[number]): Item =>
    r.child === undefined || f.tab === null ? { text: f.message, cell: f.cell } : { text: `Tab "${f.tab}"${f.cell === null ? '' : `, ô ${f.cell}`}: ${f.message}`, cell: null };
  return {
    missing,
    errors: notMissing.filter((f) => f.severity === 'error').map(toItem),
    warnings: notMissing.filter((f) => f.severity === 'warning').map(toItem),
    moreUnits,
  };
}

function cellLabel(item: Item): string {
  return item.cell === null ? '' : `Ô ${item.cell}: `;
}

/** The unit name, summary and messages as a mail quotes them: at most QUOTE_MAX characters. */
const short = (text: string): string => quoteForMessage(text, QUOTE_MAX);

export function composeReminder(r: PlannedReminder, report: ReportIdentity, link: TabLink): EmailMessage {
  const all = itemsOf(r);
  let limit = MAIL_ITEMS_MAX;
  for (;;) {
    const mail = composeReminderWith(r, report, link, all, limit);
    if (limit === 0 || utf8Length(mail.text) + utf8Length(mail.html) <= MAIL_BODY_MAX_BYTES) return mail;
    limit = Math.floor(limit / 2);
  }
}

function composeReminderWith(
  r: PlannedReminder,
  report: ReportIdentity,
  link: TabLink,
  all: Items,
  limit: number,
): EmailMessage {
  // Missing parts first, then errors, then warnings, until `limit` items are listed. A child's
  // further units not yet submitted are one more line when the whole list fits, else counted.
  const unitsLine = all.moreUnits > 0 && all.missing.length < limit ? [{ text: `Và ${formatNumber(all.moreUnits, { zeroPad: false })} đơn vị khác chưa nộp`, cell: null }] : [];
  const missing = [...all.missing.slice(0, limit), ...unitsLine];
  const errors = all.errors.slice(0, limit - missing.length);
  const warnings = all.warnings.slice(0, limit - missing.length - errors.length);
  // A child's summary carries its first findings only; its counts say how many more there are.
  const untold = (r.child === undefined ? 0 : Math.max(0, r.child.errors - all.errors.length)) + (unitsLine.length === 0 ? all.moreUnits : 0);
  const left = all.missing.length + unitsLine.length + all.errors.length + all.warnings.length - missing.length - errors.length - warnings.length + untold;
  const unitName = short(r.unitName);
  const tabAddress = r.child === undefined ? link(r.tab) : childAddress(r.child.source);
  const tabUrl = safeLink(tabAddress);
  const summary = short(report.summary);
  const intro = `${short(report.secretariatName)} nhắc ${unitName} về ${short(report.label)}${summary === '' ? '' : ` "${summary}"`}.`;
  const situation =
    r.child !== undefined
      ? childSituation(r, all)
      : r.reason === 'has_errors'
      ? 'Đơn vị đã nộp, nhưng dữ liệu hiện còn lỗi (có thể số liệu đã bị sửa sau khi nộp, hoặc có quy tắc kiểm tra mới). Xin đơn vị sửa các lỗi dưới đây.'
      : all.missing.length === 0 && all.errors.length === 0
        ? 'Dữ liệu của đơn vị đã đủ; đơn vị chỉ còn bấm menu Báo cáo › Nộp báo cáo.'
        : 'Xin đơn vị hoàn thành các phần dưới đây rồi bấm menu Báo cáo › Nộp báo cáo.';
  const more =
    left <= 0
      ? ''
      : r.child === undefined
        ? `Còn ${formatNumber(left, { zeroPad: false })} điểm khác chưa liệt kê trong thư này; xem đủ trong tab "${r.tab}" (menu Báo cáo › Kiểm tra dữ liệu).`
        : `Còn ${formatNumber(left, { zeroPad: false })} điểm khác chưa liệt kê trong thư này; xem đủ trong bảng tính báo cáo của đơn vị (menu Báo cáo › Kiểm tra dữ liệu).`;
  const placeLabel = r.child === undefined ? 'Tab nhập liệu của đơn vị' : 'Bảng tính báo cáo của đơn vị';
  const placeName = r.child === undefined ? r.tab : short(r.child.source);
  const footer = `Thư này do công cụ baocao gửi tự động. Cần hỗ trợ, xin liên hệ ${short(report.secretariatName)}${
    report.secretariatEmails.length > 0 ? ` (${report.secretariatEmails.join(', ')})` : ''
  }.`;

  const text: string[] = [`Kính gửi: ${unitName},`, '', intro, deadlineSentence(r), situation, ''];
  text.push(`${placeLabel}: "${placeName}"${tabAddress === null || tabAddress === placeName ? '' : ` - ${short(tabAddress)}`}`, '');
  const section = (title: string, items: Item[]) => {
    if (items.length === 0) return;
    text.push(title, ...items.map((i) => `- ${cellLabel(i)}${short(i.text)}`), '');
  };
  section('Các phần còn thiếu:', missing);
  section('Các lỗi cần sửa:', errors);
  section('Các điểm cần xem lại:', warnings);
  if (more !== '') text.push(more, '');
  text.push(footer);

  const html: string[] = [
    `<p>Kính gửi: <b>${escapeHtml(unitName)}</b>,</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p><b>${escapeHtml(deadlineSentence(r))}</b> ${escapeHtml(situation)}</p>`,
    `<p>${escapeHtml(placeLabel)}: ${
      tabUrl === null
        ? `<b>${escapeHtml(placeName)}</b>${tabAddress === null || tabAddress === placeName ? '' : ` (${escapeHtml(short(tabAddress))})`}`
        : `<a href="${escapeHtml(tabUrl)}">${escapeHtml(placeName)}</a>`
    }</p>`,
  ];
  const htmlSection = (title: string, items: Item[]) => {
    if (items.length === 0) return;
    const lis = items.map((i) => {
      const url = i.cell === null || r.child !== undefined ? null : safeLink(link(r.tab, i.cell));
      const where = i.cell === null ? '' : url === null ? `Ô ${escapeHtml(i.cell)}: ` : `<a href="${escapeHtml(url)}">Ô ${escapeHtml(i.cell)}</a>: `;
      return `<li>${where}${escapeHtml(short(i.text))}</li>`;
    });
    html.push(`<p>${escapeHtml(title)}</p>`, `<ul>${lis.join('')}</ul>`);
  };
  htmlSection('Các phần còn thiếu:', missing);
  htmlSection('Các lỗi cần sửa:', errors);
  htmlSection('Các điểm cần xem lại:', warnings);
  if (more !== '') html.push(`<p><b>${escapeHtml(more)}</b></p>`);
  html.push(`<p style="color:#666">${escapeHtml(footer)}</p>`);

  return {
    to: r.to.filter(isDeliverableEmail),
    cc: r.cc.filter(isDeliverableEmail),
    subject: subjectLine({ ...r, unitName: quoteForMessage(r.unitName, 80) }, { ...report, label: quoteForMessage(report.label, 80) }),
    text: text.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n'),
    html: `<div style="font-family:Arial,sans-serif;font-size:14px">${html.join('\n')}</div>`,
  };
}

/** A child report's address as a link: its spreadsheet when the source is a Google Sheets id or link, else the path as typed. */
function childAddress(source: string): string {
  const key = sourceKey(source);
  return sourceForm(source) === 'sheets' ? `https://docs.google.com/spreadsheets/d/${key}/edit` : source.trim();
}

/** What a child report's secretariat is asked to do: chase its units, fix its errors, then submit. */
function childSituation(r: PlannedReminder, all: { missing: Item[]; errors: Item[] }): string {
  const pending = r.child?.pendingUnits ?? 0;
  const asks: string[] = [];
  if (pending > 0) asks.push(`nhắc ${formatNumber(pending, { zeroPad: false })} đơn vị trực thuộc còn chưa nộp`);
  if ((r.child?.errors ?? 0) > 0 || all.errors.length > 0) asks.push('sửa các lỗi trong báo cáo');
  const then = r.child?.reportSubmitted === true ? '' : ', rồi nộp báo cáo (menu Báo cáo › Nộp báo cáo ở tab của bộ phận tổng hợp)';
  if (r.reason === 'has_errors') return `Báo cáo của đơn vị đã nộp, nhưng hiện còn lỗi. Xin đơn vị ${asks.join(' và ') || 'kiểm tra lại báo cáo'}.`;
  if (asks.length === 0) return 'Báo cáo của đơn vị đã đủ; đơn vị chỉ còn nộp báo cáo (menu Báo cáo › Nộp báo cáo ở tab của bộ phận tổng hợp).';
  return `Báo cáo của đơn vị chưa đủ để tổng hợp lên cấp trên. Xin đơn vị ${asks.join(' và ')}${then}.`;
}

export function composeDigest(d: PlannedDigest, report: ReportIdentity, today: string, link: TabLink): EmailMessage {
  const { status } = d;
  const childLine = childCompletenessLine(status);
  const label = quoteForMessage(report.label, 80);
  const subject = `[Bản tin] ${label}: ${status.done}/${status.expected} đơn vị đã nộp đủ, ${d.late.length} đơn vị quá hạn (${formatDateNumeric(today)})`;
  const rows = d.late.slice(0, DIGEST_UNITS_MAX).map((u) => ({
    name: short(u.name),
    tab: u.tab,
    state: unitStateLabel(u),
    deadline: u.deadline === null ? '' : formatDateNumeric(u.deadline),
    errors: u.errors,
    missing: u.missing.length,
  }));
  const more =
    d.late.length > rows.length
      ? `Còn ${formatNumber(d.late.length - rows.length, { zeroPad: false })} đơn vị khác quá hạn hoặc còn lỗi; xem đủ ở tab Tổng hợp.`
      : '';
  const text = [
    `Tiến độ ${label} ngày ${formatDateNumeric(today)}:`,
    `- Đã nộp, không lỗi: ${status.done}/${status.expected} đơn vị.`,
    `- Đủ dữ liệu, không lỗi: ${status.complete}/${status.expected} đơn vị.`,
    `- ${onTimeSentence(status.onTime, status.expected)}.`,
    ...(childLine === null ? [] : [`- ${childLine}.`]),
    '',
    d.late.length === 0 ? 'Không có đơn vị nào quá hạn.' : 'Các đơn vị quá hạn hoặc còn lỗi:',
    ...rows.map((r) => `- ${r.name} (hạn ${r.deadline}): ${r.state}; ${r.missing} phần còn thiếu; ${r.errors} ${SEVERITY_LABEL.error}.`),
    ...(more === '' ? [] : ['', more]),
  ].join('\n');
  const html = [
    `<p>Tiến độ <b>${escapeHtml(label)}</b> ngày ${escapeHtml(formatDateNumeric(today))}: đã nộp, không lỗi <b>${status.done}/${status.expected}</b> đơn vị; đủ dữ liệu <b>${status.complete}/${status.expected}</b>; <b>${escapeHtml(onTimeSentence(status.onTime, status.expected))}</b>.</p>`,
    ...(childLine === null ? [] : [`<p>${escapeHtml(childLine)}.</p>`]),
    d.late.length === 0
      ? '<p>Không có đơn vị nào quá hạn.</p>'
      : `<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Đơn vị</th><th>Hạn</th><th>Trạng thái</th><th>Còn thiếu</th><th>Lỗi</th></tr>${rows
          .map((r) => {
            const url = safeLink(link(r.tab));
            const name = url === null ? escapeHtml(r.name) : `<a href="${escapeHtml(url)}">${escapeHtml(r.name)}</a>`;
            return `<tr><td>${name}</td><td>${escapeHtml(r.deadline)}</td><td>${escapeHtml(r.state)}</td><td>${r.missing}</td><td>${r.errors}</td></tr>`;
          })
          .join('')}</table>`,
    ...(more === '' ? [] : [`<p>${escapeHtml(more)}</p>`]),
  ].join('\n');
  return { to: d.to.filter(isDeliverableEmail), cc: [], subject, text, html: `<div style="font-family:Arial,sans-serif;font-size:14px">${html}</div>` };
}
