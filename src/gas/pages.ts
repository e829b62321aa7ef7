/**
 * The static HTML files the build writes next to Code.js: the page every sidebar and dialog
 * starts from (style sheet and the click handler that selects a finding's cell), and the help
 * page. Apps Script evaluates an HTML file only when it is shown, while Code.js is evaluated on
 * every execution (every custom-function cell included), so static markup lives here.
 * Imported by the build and the tests only.
 */
import { escapeHtml } from '../domain/reminders/email';
import { ENTRY_DOCS, type EntryDoc } from './entry-docs';
import { HELP_FILE, MENU_ITEMS, MENU_TITLE, SELECT_CELL_CALLBACK, type EntryName } from './entry-points';
import { SCOPE_USES } from './manifest';
import { SELF_CHECK_FILE, type SelfCheckTopic } from './self-check';
import { PAGE_FILE } from './ui';

const STYLE = `<style>
body{font-family:Arial,sans-serif;font-size:13px;margin:8px;color:#222}
h3{font-size:14px;margin:12px 0 4px}
.item{display:block;text-align:left;width:100%;border:0;border-left:4px solid #ccc;background:#fafafa;margin:4px 0;padding:6px;cursor:pointer;font:inherit}
.error{border-left-color:#cc0000}.warning{border-left-color:#e69138}
.cell{font-weight:bold;margin-right:4px}.muted{color:#666}
.cells{margin:0 0 6px 12px}.cells button{border:0;background:#eef;margin:2px;padding:2px 6px;cursor:pointer;font:inherit}
li{margin:4px 0}
</style>`;

/**
 * The findings sidebar, drawn from the data the add-in appends (`findings({...})`): grouped by
 * tab in order of first appearance, each finding a button selecting its cell, a finding about
 * several cells (a rule) followed by one button per cell with its value. Any element with
 * data-tab and data-cell selects that cell when clicked.
 */
const SCRIPT = `<script>
function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
function target(tab, cell) { return ' data-tab="' + esc(tab) + '" data-cell="' + esc(cell) + '"'; }
var LABEL = { error: 'lỗi', warning: 'cảnh báo' };
function findings(d) {
  var html = ['<p><b>' + esc(d.summary) + '</b></p>'];
  d.notes.forEach(function (n) { html.push('<p class="muted">' + esc(n) + '</p>'); });
  if (d.findings.length === 0) html.push('<p>Không có lỗi hay cảnh báo nào.</p>');
  var order = [], groups = {};
  d.findings.forEach(function (f) {
    var tab = f[0] === null ? 'Tệp' : f[0];
    if (!groups[tab]) { groups[tab] = []; order.push(tab); }
    groups[tab].push(f);
  });
  order.forEach(function (tab) {
    html.push('<h3>' + esc(tab) + '</h3>');
    groups[tab].forEach(function (f) {
      var label = '<span class="cell">' + esc(f[1] || '') + '</span>' + esc(LABEL[f[2]]) + ': ' + esc(f[3]);
      html.push(f[0] !== null && f[1] !== null ? '<button class="item ' + f[2] + '"' + target(f[0], f[1]) + '>' + label + '</button>' : '<div class="item ' + f[2] + '">' + label + '</div>');
      if (f[4].length > 0) {
        html.push('<div class="cells">' + f[4].map(function (c) {
          return '<button' + target(c[0], c[1]) + '>' + esc(c[0] === f[0] ? c[1] : "'" + c[0] + "'!" + c[1]) + ': ' + esc(c[2]) + ' = ' + esc(c[3]) + '</button>';
        }).join('') + '</div>');
      }
    });
  });
  html.push('<p class="muted">Bấm vào một dòng để tới ô đó. Các ô có vấn đề được tô màu và có ghi chú; chạy lại Kiểm tra dữ liệu sau khi sửa.</p>');
  document.getElementById('root').innerHTML = html.join('');
}
document.addEventListener('click', function (e) {
  var el = e.target && e.target.closest ? e.target.closest('[data-tab][data-cell]') : null;
  if (el) google.script.run.${SELECT_CELL_CALLBACK}(el.getAttribute('data-tab'), el.getAttribute('data-cell'));
});
</script>`;

export function pageHtml(): string {
  return `${STYLE}\n<div id="root"></div>\n${SCRIPT}\n`;
}

/** The help page: every menu item, who it is for and what it does, and how to type data. */
export function helpPageHtml(): string {
  const items = MENU_ITEMS.map((m) => {
    const doc: EntryDoc = ENTRY_DOCS[m.name as EntryName];
    return `<li><b>${escapeHtml(m.caption)}</b> (${escapeHtml(doc.audience ?? 'mọi người')}): ${escapeHtml(doc.help ?? '')}</li>`;
  });
  return [
    STYLE,
    `<p>Menu <b>${escapeHtml(MENU_TITLE)}</b> giúp các đơn vị nhập và nộp phần của mình, và giúp bộ phận tổng hợp theo dõi, nhắc việc, tạo báo cáo.</p>`,
    `<ul>${items.join('')}</ul>`,
    '<h3>Nhập liệu</h3>',
    '<ul><li>Mỗi đơn vị nhập vào tab của mình, ở các ô nền vàng.</li>',
    '<li>Số nhập bằng chữ số (3500 hoặc 3.500; 2,4); ngày dạng 10/03/2023.</li>',
    '<li>Trong nội dung, dùng mã chèn thay cho con số và trích dẫn: {{SL:mã}} số liệu, {{TL:A/B}} tỷ lệ, {{PT:A/B}} phần trăm, {{NV:nhóm}} nhiệm vụ, {{VB:mã}} văn bản, {{CT:mã}} chú thích.</li>',
    '<li>Bấm Kiểm tra dữ liệu để xem còn thiếu gì, rồi Nộp báo cáo.</li></ul>',
  ].join('\n');
}

/** Each self-check line's title, its ✔ sentence and its ✘ sentence; `$` is the line's detail. */
export const SELF_CHECK_TEXT: Record<SelfCheckTopic, readonly [string, string, string]> = {
  sheets: ['Google Sheets API', 'Dịch vụ nâng cao trả lời bình thường.', '$'],
  zone: ['Múi giờ và ngôn ngữ', 'Bảng tính dùng múi giờ Asia/Ho_Chi_Minh và định dạng vi_VN.', '$'],
  protect: ['Phân quyền tab', 'Tài khoản $ tạo và sửa được quyền nhập của một tab.', 'Không phân quyền được: $ Người chạy Thiết lập phải là chủ sở hữu hoặc người chỉnh sửa của bảng tính.'],
  docs: ['Google Docs API', 'Tạo được văn bản Google Tài liệu có chú thích cuối trang.', '$'],
  drive: ['Google Drive API', 'Dịch vụ nâng cao trả lời; văn bản thử đã vào thùng rác.', '$'],
  folder: ['Thư mục lưu báo cáo', 'Báo cáo sẽ được lưu vào $', '$'],
  mail: ['Hạn mức gửi thư', 'Hôm nay còn gửi được cho $ người nhận.', 'Còn gửi được / số địa chỉ của các đơn vị: $. Phần thiếu tự gửi vào hôm sau (Gmail 100, Workspace 1.500 người nhận mỗi ngày).'],
  trigger: ['Nhắc việc tự động', 'Đang chạy trong tài khoản $ mỗi ngày.', 'Chưa bật (hoặc tài khoản của bạn không còn trình kích hoạt): chọn Báo cáo › Bật nhắc việc tự động.'],
  scopes: ['Quyền đã cấp', 'Đã cấp đủ các quyền tiện ích cần.', 'Chưa cấp quyền $. Cách sửa: mở đường dẫn trên (hoặc chạy lại một mục menu) và đánh dấu mọi quyền khi Google hỏi.'],
};

/** The self-check's page: `show(lines)` (appended by the add-in) writes one ✔ or ✘ line each. */
export function selfCheckPageHtml(): string {
  return `${STYLE}
<p id="summary"></p><ul id="lines" style="list-style:none;padding:0"></ul>
<script>
var TEXT = ${JSON.stringify(SELF_CHECK_TEXT)};
var SCOPES = ${JSON.stringify(SCOPE_USES)};
function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
function sentence(topic, ok, detail) {
  if (topic === 'scopes' && !ok) {
    var parts = detail.split(' ');
    detail = (SCOPES[parts[0]] || parts[0]) + ' (' + parts[0] + ')' + (parts[1] ? ' ' + parts[1] : '');
  }
  return esc(TEXT[topic][ok ? 1 : 2]).split('$').join(esc(detail));
}
function show(lines) {
  var bad = lines.filter(function (l) { return !l[1]; }).length;
  document.getElementById('summary').innerHTML = '<b>' + (bad === 0 ? 'Cài đặt đã sẵn sàng.' : 'Còn ' + bad + ' việc cần làm.') + '</b>';
  document.getElementById('lines').innerHTML = lines.map(function (l) {
    return '<li>' + (l[1] ? '✔' : '✘') + ' <b>' + esc(TEXT[l[0]][0]) + '</b>: ' + sentence(l[0], l[1], l[2]) + '</li>';
  }).join('');
}
</script>
`;
}

/** File name (without .html) → content, as the build writes them and the tests load them. */
export function staticPages(): Record<string, string> {
  return { [PAGE_FILE]: pageHtml(), [HELP_FILE]: helpPageHtml(), [SELF_CHECK_FILE]: selfCheckPageHtml() };
}
