/**
 * What the add-in appends to its static page (PAGE_FILE): the findings sidebar's data (drawn by
 * the page's script) and the report-ready dialog. Everything people typed is escaped, so a cell
 * cannot inject markup.
 */
import { escapeHtml } from '../domain/reminders/email';
import type { Finding } from '../domain/findings';

/**
 * The add-in's pages start from a static HTML file written by the build (pages.ts → dist/page.html:
 * the style sheet, and one click handler for every element with data-tab / data-cell), so
 * neither is evaluated on every execution; the dynamic part is appended to it.
 */
export const PAGE_FILE = 'page';

/** A value for the static page's script: JSON with "<" and line separators escaped, so no cell can break out. */
export function scriptData(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The findings sidebar: the static page's `findings(data)` draws it (grouped by tab, each
 * finding a link to its cell, a rule's every cell a link with its value); here only the data.
 */
export function findingsSidebarHtml(findings: ReadonlyArray<Finding>, summary: string, notes: ReadonlyArray<string> = []): string {
  const data = {
    summary,
    notes,
    findings: findings.map((f) => [f.tab, f.cell, f.severity, f.message, (f.cells ?? []).length > 1 ? f.cells!.map((c) => [c.tab, c.cell, c.label, c.value]) : []]),
  };
  return `<script>findings(${scriptData(data)})</script>`;
}

export function reportReadyHtml(url: string, title: string, notes: ReadonlyArray<string>): string {
  return [
    `<p>Đã tạo <b>${escapeHtml(title)}</b>.</p>`,
    `<p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">Mở báo cáo trong Google Tài liệu</a></p>`,
    ...notes.map((n) => `<p class="muted">${escapeHtml(n)}</p>`),
  ].join('\n');
}
