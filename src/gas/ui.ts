/**
 * The HTML the add-in shows: the findings sidebar (each finding a link that selects its cell,
 * and a finding about several cells, such as a rule, lists each cell with its value, each one a
 * link) and the report-ready dialog. The help page is static and written by the build
 * (entry-docs.ts → dist/help.html). Everything people typed is escaped; data
 * handed to the page's script is JSON with "<" escaped, so a cell cannot inject markup.
 */
import { escapeHtml } from '../domain/reminders/email';
import { SEVERITY_LABEL, type Finding } from '../domain/findings';
import { SELECT_CELL_CALLBACK } from './entry-points';

export const STYLE = `<style>
body{font-family:Arial,sans-serif;font-size:13px;margin:8px;color:#222}
h3{font-size:14px;margin:12px 0 4px}
.item{display:block;text-align:left;width:100%;border:0;border-left:4px solid #ccc;background:#fafafa;margin:4px 0;padding:6px;cursor:pointer;font:inherit}
.error{border-left-color:#cc0000}.warning{border-left-color:#e69138}
.cell{font-weight:bold;margin-right:4px}.muted{color:#666}
.cells{margin:0 0 6px 12px}.cells button{border:0;background:#eef;margin:2px;padding:2px 6px;cursor:pointer;font:inherit}
</style>`;

function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function findingsSidebarHtml(findings: ReadonlyArray<Finding>, summary: string, notes: ReadonlyArray<string> = []): string {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.tab ?? 'Tệp', [...(groups.get(f.tab ?? 'Tệp') ?? []), f]);
  const parts: string[] = [STYLE, `<p><b>${escapeHtml(summary)}</b></p>`, ...notes.map((n) => `<p class="muted">${escapeHtml(n)}</p>`)];
  if (findings.length === 0) parts.push('<p>Không có lỗi hay cảnh báo nào.</p>');
  let index = 0;
  const targets: Array<[string, string]> = [];
  for (const [tab, list] of groups) {
    parts.push(`<h3>${escapeHtml(tab)}</h3>`);
    for (const f of list) {
      const label = `<span class="cell">${escapeHtml(f.cell ?? '')}</span>${escapeHtml(SEVERITY_LABEL[f.severity])}: ${escapeHtml(f.message)}`;
      if (f.tab !== null && f.cell !== null) {
        targets.push([f.tab, f.cell]);
        parts.push(`<button class="item ${f.severity}" data-i="${index}">${label}</button>`);
        index += 1;
      } else {
        parts.push(`<div class="item ${f.severity}">${label}</div>`);
      }
      const cells = f.cells ?? [];
      if (cells.length > 1) {
        const links = cells.map((c) => {
          targets.push([c.tab, c.cell]);
          const where = c.tab === f.tab ? c.cell : `'${c.tab}'!${c.cell}`;
          const link = `<button class="target" data-i="${index}">${escapeHtml(where)}: ${escapeHtml(c.label)} = ${escapeHtml(c.value)}</button>`;
          index += 1;
          return link;
        });
        parts.push(`<div class="cells">${links.join('')}</div>`);
      }
    }
  }
  parts.push(`<p class="muted">Bấm vào một dòng để tới ô đó. Các ô có vấn đề được tô màu và có ghi chú; chạy lại Kiểm tra dữ liệu sau khi sửa.</p>`);
  parts.push(`<script>
var targets = ${jsonForScript(targets)};
document.querySelectorAll('button[data-i]').forEach(function (b) {
  b.addEventListener('click', function () {
    var t = targets[Number(b.getAttribute('data-i'))];
    google.script.run.${SELECT_CELL_CALLBACK}(t[0], t[1]);
  });
});
</script>`);
  return parts.join('\n');
}

export function reportReadyHtml(url: string, title: string, notes: ReadonlyArray<string>): string {
  return [
    STYLE,
    `<p>Đã tạo <b>${escapeHtml(title)}</b>.</p>`,
    `<p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">Mở báo cáo trong Google Tài liệu</a></p>`,
    ...notes.map((n) => `<p class="muted">${escapeHtml(n)}</p>`),
  ].join('\n');
}
