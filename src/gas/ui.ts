/**
 * The HTML the add-in shows: the findings sidebar (each finding a link that selects its cell,
 * and a finding about several cells, such as a rule, lists each cell with its value, each one a
 * link) and the report-ready dialog, appended to the static page (PAGE_FILE). Everything
 * people typed is escaped, attribute values included, so a cell cannot inject markup.
 */
import { escapeHtml } from '../domain/reminders/email';
import { SEVERITY_LABEL, type Finding } from '../domain/findings';

/**
 * The add-in's pages start from a static HTML file written by the build (pages.ts → dist/page.html:
 * the style sheet, and one click handler for every element with data-tab / data-cell), so
 * neither is evaluated on every execution; the dynamic part is appended to it.
 */
export const PAGE_FILE = 'page';

function target(tab: string, cell: string): string {
  return `data-tab="${escapeHtml(tab)}" data-cell="${escapeHtml(cell)}"`;
}

export function findingsSidebarHtml(findings: ReadonlyArray<Finding>, summary: string, notes: ReadonlyArray<string> = []): string {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.tab ?? 'Tệp', [...(groups.get(f.tab ?? 'Tệp') ?? []), f]);
  const parts: string[] = [`<p><b>${escapeHtml(summary)}</b></p>`, ...notes.map((n) => `<p class="muted">${escapeHtml(n)}</p>`)];
  if (findings.length === 0) parts.push('<p>Không có lỗi hay cảnh báo nào.</p>');
  for (const [tab, list] of groups) {
    parts.push(`<h3>${escapeHtml(tab)}</h3>`);
    for (const f of list) {
      const label = `<span class="cell">${escapeHtml(f.cell ?? '')}</span>${escapeHtml(SEVERITY_LABEL[f.severity])}: ${escapeHtml(f.message)}`;
      if (f.tab !== null && f.cell !== null) {
        parts.push(`<button class="item ${f.severity}" ${target(f.tab, f.cell)}>${label}</button>`);
      } else {
        parts.push(`<div class="item ${f.severity}">${label}</div>`);
      }
      const cells = f.cells ?? [];
      if (cells.length > 1) {
        const links = cells.map((c) => `<button ${target(c.tab, c.cell)}>${escapeHtml(c.tab === f.tab ? c.cell : `'${c.tab}'!${c.cell}`)}: ${escapeHtml(c.label)} = ${escapeHtml(c.value)}</button>`);
        parts.push(`<div class="cells">${links.join('')}</div>`);
      }
    }
  }
  parts.push(`<p class="muted">Bấm vào một dòng để tới ô đó. Các ô có vấn đề được tô màu và có ghi chú; chạy lại Kiểm tra dữ liệu sau khi sửa.</p>`);
  return parts.join('\n');
}

export function reportReadyHtml(url: string, title: string, notes: ReadonlyArray<string>): string {
  return [
    `<p>Đã tạo <b>${escapeHtml(title)}</b>.</p>`,
    `<p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">Mở báo cáo trong Google Tài liệu</a></p>`,
    ...notes.map((n) => `<p class="muted">${escapeHtml(n)}</p>`),
  ].join('\n');
}
