/**
 * Writes docs/workbook.md from the workbook contract itself: every tab, block and column with
 * its Vietnamese header, whether it is required, what it accepts and the help a clerk sees, plus
 * the placeholder language and every validation message. Generated, so the documentation can
 * never describe a column the code does not have; a test fails when the file is stale.
 */
import type { ColumnDef, ColumnMap } from '../../domain/contract/columns';
import { SETTINGS_TAB, TABLE_TABS, UNIT_BLOCKS, DASHBOARD_TAB_NAME, REMINDER_LOG_TAB_NAME } from '../../domain/contract/tabs';
import { SEVERITY_LABEL } from '../../domain/findings';
import { MESSAGES, type FindingCode } from '../../domain/messages';

function kindLabel(def: ColumnDef): string {
  switch (def.kind) {
    case 'text':
      return 'chữ (một dòng)';
    case 'longText':
      return 'đoạn văn';
    case 'code':
      return 'mã không dấu';
    case 'codeList':
      return 'danh sách mã đơn vị hoặc tên nhóm';
    case 'number':
      return 'số';
    case 'integer':
      return 'số nguyên';
    case 'date':
      return 'ngày (dd/mm/yyyy)';
    case 'dateTime':
      return 'ngày giờ';
    case 'bool':
      return 'Có / Không';
    case 'choice':
      return 'chọn: ' + def.choices.map((c) => c.label).join(' / ');
    case 'emails':
      return 'email, cách nhau dấu phẩy';
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function columnsTable(columns: ColumnMap, firstHeader: string): string[] {
  const lines = [
    `| ${firstHeader} | Bắt buộc | Kiểu | Hướng dẫn | Note |`,
    '|---|---|---|---|---|',
  ];
  for (const def of Object.values(columns)) {
    const required = def.required ? 'có' : '';
    const help = [def.help, def.system ? '_(bộ phận tổng hợp hoặc tiện ích điền)_' : ''].filter(Boolean).join(' ');
    const fallback =
      def.fallback !== null && def.fallback !== undefined && def.kind !== 'choice'
        ? ` Mặc định: ${def.kind === 'bool' ? (def.fallback ? 'Có' : 'Không') : String(def.fallback)}.`
        : def.kind === 'choice' && def.fallback !== null
          ? ` Mặc định: ${def.choices.find((c) => c.value === def.fallback)?.label ?? ''}.`
          : '';
    lines.push(`| ${cell(def.label)} | ${required} | ${cell(kindLabel(def))} | ${cell(help + fallback)} | ${cell(def.note)} |`);
  }
  return lines;
}

/** A readable sample of each message, with "…" in place of its parameters. */
function sampleMessage(code: FindingCode): string {
  const params = new Proxy({}, { get: () => '…' });
  return (MESSAGES[code].text as (p: unknown) => string)(params);
}

export function workbookDocs(): string {
  const out: string[] = [
    '# Bảng tính báo cáo: các tab và các cột',
    '',
    '_Tệp này được sinh tự động từ mã nguồn (`npm run docs`); đừng sửa tay._',
    '_Generated from `src/domain/contract/` by `npm run docs`; a test fails when it is stale._',
    '',
    'Mỗi báo cáo là một bảng tính (Google Sheets hoặc tệp .xlsx) có cùng bố cục:',
    '',
    `1. Tab **${SETTINGS_TAB.name}**: ${SETTINGS_TAB.purpose}`,
    ...TABLE_TABS.map((t, i) => `${i + 2}. Tab **${t.name}**: ${t.purpose}`),
    `${TABLE_TABS.length + 2}. Mỗi đơn vị một tab (tên tab ghi ở tab Đơn vị), gồm năm phần xếp từ trên xuống: ${UNIT_BLOCKS.map((b) => b.title).join(', ')}.`,
    `${TABLE_TABS.length + 3}. Các tab do tiện ích tự ghi: **${DASHBOARD_TAB_NAME}** (tiến độ) và **${REMINDER_LOG_TAB_NAME}** (nhật ký thư nhắc). Không nhập vào các tab này.`,
    '',
    'Quy ước chung:',
    '',
    '- Dòng đầu của mỗi tab cấu hình là dòng tiêu đề; dấu `*` đánh dấu cột bắt buộc. Có thể đổi thứ tự cột, nhưng không đổi tên cột.',
    '- Ngày nhập dạng ngày/tháng/năm (10/03/2023). Số nhập bằng chữ số (3500 hoặc 3.500; số thập phân dùng dấu phẩy: 2,4). Không nhập số bằng chữ ("mười hai").',
    '- Mã (mã đơn vị, mã chỉ tiêu, mã văn bản…) viết không dấu, không khoảng trắng; hoa hay thường như nhau.',
    '- Chữ có dấu gõ theo kiểu nào cũng được (dựng sẵn hay tổ hợp; "hoà" hay "hòa"): công cụ tự chuẩn hóa.',
    '- Nhóm đơn vị (cột Nhóm) dùng để giao việc cho nhiều đơn vị một lúc: ghi tên nhóm thay cho mã đơn vị.',
    '',
    `## Tab "${SETTINGS_TAB.name}"`,
    '',
    `${SETTINGS_TAB.purpose} Mỗi dòng một mục: cột A ghi tên mục, cột B ghi giá trị.`,
    '',
    ...columnsTable(SETTINGS_TAB.fields, 'Mục (cột A)'),
    '',
  ];
  for (const tab of TABLE_TABS) {
    out.push(`## Tab "${tab.name}"`, '', tab.purpose, '', ...columnsTable(tab.columns, 'Cột'), '');
  }
  out.push(
    '## Tab của từng đơn vị',
    '',
    'Hai dòng đầu ghi tên đơn vị và hạn nộp. Bên dưới là năm phần, mỗi phần có dòng tên phần ở cột A (ví dụ "A. NHIỆM VỤ"), ngay dưới là dòng tiêu đề cột, rồi các dòng dữ liệu. Có thể chèn thêm dòng trong một phần; không xóa dòng tên phần.',
    '',
  );
  for (const block of UNIT_BLOCKS) {
    out.push(`### ${block.title}`, '', block.purpose, '', ...columnsTable(block.columns, 'Cột'), '');
  }
  out.push(
    '## Mã chèn trong nội dung',
    '',
    'Trong nội dung và chú thích, không gõ lại con số hay trích dẫn văn bản mà dùng mã chèn; khi tạo báo cáo, công cụ tự tính và điền. Ví dụ lấy từ Báo cáo 350-BC/HU:',
    '',
    '| Mã chèn | Kết quả | Ý nghĩa |',
    '|---|---|---|',
    '| `{{SL:DON_TIEP_NHAN}}` | 124 | số liệu của chính đơn vị viết; nếu đơn vị không báo cáo chỉ tiêu này thì là tổng của các đơn vị báo cáo |',
    '| `{{SL:DON_TIEP_NHAN@UBND}}`, `{{SL:X@Xã}}` | 124 | số liệu của một đơn vị, hoặc tổng của một nhóm |',
    '| `{{TL:DON_DA_GIAI_QUYET/DON_TIEP_NHAN}}` | 106/124 | tỷ lệ giữa hai chỉ tiêu |',
    '| `{{TL:XA_KIEM_TRA/#Xã}}` | 09/09 | `#Nhóm` là số đơn vị của nhóm |',
    '| `{{PT:DON_DA_GIAI_QUYET/DON_TIEP_NHAN}}` | 85,48% | phần trăm, làm tròn một lần từ số gốc |',
    '| `{{NV:NVTT}}` | 34/37 | số nhiệm vụ nhóm NVTT đã hoàn thành / được giao |',
    '| `{{VB:QD529}}` | Quyết định số 529-QĐ/HU ngày 11 tháng 02 năm 2022 của Ban Thường vụ Huyện ủy về … | trích dẫn đầy đủ từ sổ văn bản (trong chú thích: ngày 11/02/2022) |',
    '| `{{VB:QD529\\|ngắn}}` | Quyết định số 529-QĐ/HU | chỉ loại và số, ký hiệu |',
    '| `{{VB:QD529\\|ngày}}` | Quyết định số 529-QĐ/HU ngày 11 tháng 02 năm 2022 của Ban Thường vụ Huyện ủy | không kèm trích yếu |',
    '| `{{CT:CT1}}` | ⁽¹⁾ | gắn chú thích CT1 (phần D của đơn vị); số thứ tự chú thích được đánh tự động trong toàn báo cáo |',
    '| `{{DV:BCHQS}}` | _(nội dung của đơn vị)_ | trong phần tổng hợp: chèn nội dung đơn vị BCHQS viết cho cùng mục |',
    '| `*nghiêng*`, `**đậm**` | _nghiêng_, **đậm** | định dạng chữ |',
    '',
    'Số đếm dưới 10 được viết 01, 02 … 09 khi tab Thiết lập chọn "Có" ở mục "Viết số đếm dưới 10 có số 0".',
    '',
    '## Ràng buộc giữa các chỉ tiêu',
    '',
    'Cột Biểu thức của tab Ràng buộc so sánh hai tổng mã chỉ tiêu bằng `=`, `<=`, `>=`, `<`, `>` (hoặc `≤`, `≥`). Ví dụ: `DON_DA_GIAI_QUYET + DON_DANG_GIAI_QUYET = DON_TIEP_NHAN` (các phần cộng lại bằng tổng), `DON_DA_GIAI_QUYET <= DON_TIEP_NHAN` (phần không vượt tổng). Ràng buộc được kiểm tra cho từng đơn vị, và cho tổng các đơn vị khi các chỉ tiêu do những đơn vị khác nhau báo cáo.',
    '',
    '## Các thông báo kiểm tra',
    '',
    'Mỗi thông báo chỉ rõ tab và ô. **Lỗi** phải sửa trước khi nộp; **cảnh báo** để người tổng hợp xem lại.',
    '',
    '| Mã | Mức độ | Nội dung (mẫu) |',
    '|---|---|---|',
    ...(Object.keys(MESSAGES) as FindingCode[]).map(
      (code) => `| ${code} | ${SEVERITY_LABEL[MESSAGES[code].severity]} | ${cell(sampleMessage(code))} |`,
    ),
    '',
  );
  return out.join('\n');
}
