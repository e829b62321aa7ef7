/**
 * Writes docs/workbook.md from the workbook contract itself: every tab, block and column with
 * its Vietnamese header, whether it is required, what it accepts and the help a clerk sees, plus
 * the placeholder language and every validation message. Generated, so the documentation can
 * never describe a column the code does not have; a test fails when the file is stale.
 */
import type { ColumnDef, ColumnMap } from '../../domain/contract/columns';
import { SETTINGS_FIELDS } from '../../domain/contract/tables';
import { SETTINGS_TAB, TABLE_TABS, UNIT_BLOCKS, DASHBOARD_TAB_NAME, REMINDER_LOG_TAB_NAME, CUTOFF_TAB, HISTORY_TAB } from '../../domain/contract/tabs';
import { DATE_RANGE } from '../../domain/dates';
import { SEVERITY_LABEL } from '../../domain/findings';
import { formatDateNumeric, formatNumber, NUMBER_MAX } from '../../domain/format';
import { linkHostsText } from '../../domain/links';
import { MESSAGES, type FindingCode } from '../../domain/messages';
import { DIGEST_UNITS_MAX, MAIL_ITEMS_MAX } from '../../domain/reminders/email';
import { FAILS_RULE, MAX_INCLUSION_DEPTH, UNAVAILABLE } from '../../domain/report/expand';
import { FINDING_CELLS_MAX } from '../../domain/rules';
import { periodPlaceholderRows, periodsDocs } from './periods-docs';

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
    const range = def.range === null ? '' : ` Từ ${def.range.min} đến ${def.range.max}.`;
    lines.push(`| ${cell(def.label)} | ${required} | ${cell(kindLabel(def))} | ${cell(help + range + fallback)} | ${cell(def.note)} |`);
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
    `${TABLE_TABS.length + 4}. Khi có: **${HISTORY_TAB.name}** (số liệu các kỳ trước, ghi khi tạo kỳ mới) và **${CUTOFF_TAB.name}** (số liệu lúc chốt). Tiện ích tự ghi; không nhập vào các tab này.`,
    '',
    'Quy ước chung:',
    '',
    '- Dòng đầu của mỗi tab cấu hình là dòng tiêu đề; dấu `*` đánh dấu cột bắt buộc. Có thể đổi thứ tự cột, nhưng không đổi tên cột.',
    '- Ngày nhập dạng ngày/tháng/năm (10/03/2023). Số nhập bằng chữ số (3500 hoặc 3.500; số thập phân dùng dấu phẩy: 2,4). Không nhập số bằng chữ ("mười hai").',
    '- Mã (mã đơn vị, mã chỉ tiêu, mã văn bản…) viết không dấu, không khoảng trắng; hoa hay thường như nhau.',
    '- Chữ có dấu gõ theo kiểu nào cũng được (dựng sẵn hay tổ hợp; "hoà" hay "hòa"): công cụ tự chuẩn hóa.',
    '- Nhóm đơn vị (cột Nhóm) dùng để giao việc cho nhiều đơn vị một lúc: ghi tên nhóm thay cho mã đơn vị. Tên nhóm không được trùng mã của một đơn vị.',
    `- Số liệu là số có giá trị tuyệt đối không quá ${formatNumber(NUMBER_MAX, { zeroPad: false })} (giới hạn tính chính xác); tổng vượt giới hạn này được báo lỗi, không làm tròn ngầm.`,
    `- Ngày phải nằm trong khoảng ${formatDateNumeric(DATE_RANGE.min)}–${formatDateNumeric(DATE_RANGE.max)}; một số gõ vào ô ngày (ví dụ 2023) hay một ngày gõ vào ô số đều được báo lỗi.`,
    '- Ký tự ẩn (khoảng trắng độ rộng 0 U+200B, U+200C, U+200D, U+2060, U+FEFF, gạch nối mềm U+00AD) trong ô mã, số, ngày, email và lựa chọn được bỏ qua và báo cảnh báo; khoảng trắng không ngắt (U+00A0) được coi là khoảng trắng.',
    '- Email chỉ gồm chữ cái không dấu (tên miền tiếng Việt ghi dạng xn--…): địa chỉ có dấu bị từ chối, vì thư nhắc việc không gửi tới được.',
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
    '| `{{SL:DON_TIEP_NHAN@UBND}}`, `{{SL:X@Xã}}`, `{{SL:X@Xã, thị trấn}}` | 124 | số liệu của một đơn vị, hoặc tổng của một nhóm (tên nhóm có thể chứa dấu phẩy) |',
    '| `{{TL:DON_DA_GIAI_QUYET/DON_TIEP_NHAN}}` | 106/124 | tỷ lệ giữa hai chỉ tiêu |',
    '| `{{TL:XA_DON_DA_GIAI_QUYET@Xã/XA_DON_TIEP_NHAN@Xã}}` | 35/45 | mỗi vế có thể có `@đơn vị` hoặc `@nhóm` riêng, như trong SL |',
    '| `{{TL:XA_KIEM_TRA/#Xã}}` | 09/09 | `#Nhóm` là số đơn vị của nhóm |',
    '| `{{PT:DON_DA_GIAI_QUYET/DON_TIEP_NHAN}}` | 85,48% | phần trăm, làm tròn một lần từ số gốc; mỗi vế cũng nhận `@đơn vị`, `@nhóm` hoặc `#Nhóm` |',
    '| `{{NV:NVTT}}` | 34/37 | số nhiệm vụ nhóm NVTT đã hoàn thành / được giao, trong tab của đơn vị viết (nếu đơn vị viết không có nhiệm vụ nhóm này: của mọi đơn vị) |',
    '| `{{NV:NVTT@CBMT}}`, `{{NV:NVTT@Xã}}` | 34/37 | nhiệm vụ nhóm NVTT của một đơn vị, hoặc cộng chung các đơn vị của một nhóm |',
    '| `{{VB:QD529}}` | Quyết định số 529-QĐ/HU ngày 11 tháng 02 năm 2022 của Ban Thường vụ Huyện ủy về … | trích dẫn đầy đủ từ sổ văn bản (trong chú thích: ngày 11/02/2022) |',
    '| `{{VB:QD529\\|ngắn}}` | Quyết định số 529-QĐ/HU | chỉ loại và số, ký hiệu |',
    '| `{{VB:QD529\\|ngày}}` | Quyết định số 529-QĐ/HU ngày 11 tháng 02 năm 2022 của Ban Thường vụ Huyện ủy | không kèm trích yếu |',
    '| `{{CT:CT1}}` | ⁽¹⁾ | gắn chú thích CT1 (phần D của đơn vị); số thứ tự chú thích được đánh tự động trong toàn báo cáo |',
    '| `{{DV:BCHQS}}` | _(nội dung của đơn vị)_ | trong phần tổng hợp: chèn nội dung đơn vị BCHQS viết cho cùng mục |',
    ...periodPlaceholderRows(),
    '| `*nghiêng*`, `**đậm**` | _nghiêng_, **đậm** | định dạng chữ |',
    '',
    '`@` sau mã chỉ tiêu hay nhóm nhiệm vụ nhận một mã đơn vị (UBND) hoặc một tên nhóm ở cột Nhóm của tab Đơn vị (Xã); tên nhóm viết có dấu, hoa thường như nhau. Một mã không phải đơn vị cũng không phải nhóm là lỗi tại ô chứa mã chèn.',
    '',
    'Số đếm dưới 10 được viết 01, 02 … 09 khi tab Thiết lập chọn "Có" ở mục "Viết số đếm dưới 10 có số 0".',
    '',
    '### Tỷ lệ phần trăm',
    '',
    `Mục "${SETTINGS_FIELDS.percentDecimals.label}" ở tab Thiết lập là số chữ số sau dấu phẩy của **mọi** tỷ lệ phần trăm trong một báo cáo, từ ${SETTINGS_FIELDS.percentDecimals.range?.min ?? 0} đến ${SETTINGS_FIELDS.percentDecimals.range?.max ?? 4}, mặc định ${SETTINGS_FIELDS.percentDecimals.fallback}. Mọi tỷ lệ được viết đủ số chữ số này, kể cả các số 0 ở cuối, nên cả báo cáo có một độ chính xác: với 2 chữ số, 12/15 là 80,00%, 27/31 là 87,10%, 106/124 là 85,48%, 15/15 là 100,00%; với 0 chữ số là 80%, 87%, 85%, 100%. Tỷ lệ được tính một lần từ số gốc rồi làm tròn (từ 5 trở lên làm tròn lên), không làm tròn hai lần. Tổng số bằng 0, số âm, hay phần lớn hơn tổng đều là lỗi tại ô chứa mã chèn, và bản thảo hiện "${UNAVAILABLE}" thay cho con số.`,
    '',
    `Hàm PHANTRAM(phần; tổng; [số chữ số]) trong bảng tính theo đúng quy tắc này; khi không ghi tham số thứ ba là ${SETTINGS_FIELDS.percentDecimals.fallback} chữ số. Hàm không đọc được tab Thiết lập, nên nếu báo cáo dùng độ chính xác khác, hãy ghi ô của mục trên làm tham số thứ ba.`,
    '',
    '### Nhiều đơn vị cùng viết một mục, và phần tổng hợp',
    '',
    'Một mục (cột Đơn vị viết của tab Đề cương) có thể giao cho nhiều đơn vị, hoặc cho một nhóm. Khi tạo báo cáo:',
    '',
    '1. Nếu đơn vị tổng hợp (mục "Đơn vị tổng hợp" ở tab Thiết lập) có viết nội dung cho mục, thì **chỉ** nội dung của đơn vị tổng hợp được đưa vào báo cáo; nội dung các đơn vị khác viết cho mục đó không tự xuất hiện. Muốn dùng lại nội dung của một đơn vị, đơn vị tổng hợp chèn `{{DV:mã đơn vị}}`:',
    '   - một đoạn chỉ gồm `{{DV:UBND}}` được thay bằng toàn bộ các đoạn UBND viết cho mục này, giữ nguyên từng đoạn;',
    '   - `{{DV:UBND}}` nằm giữa câu thì các đoạn của UBND được nối liền vào câu đó.',
    '2. Nếu đơn vị tổng hợp không viết gì cho mục, nội dung của từng đơn vị viết được xếp theo thứ tự ghi ở cột Đơn vị viết (các đơn vị của một nhóm theo thứ tự ở tab Đơn vị). Khi có từ hai đơn vị trở lên có nội dung, đoạn đầu của mỗi đơn vị được mở đầu bằng tên đơn vị in nghiêng, ví dụ "*Ủy ban nhân dân xã Ia Le:* …"; khi chỉ một đơn vị có nội dung thì không ghi tên.',
    '3. Mục không có đơn vị viết chỉ in tiêu đề (thường là các mục lớn I, II …).',
    '',
    `Nội dung được chèn cũng có thể chứa \`{{DV:…}}\`, nhưng không quá ${MAX_INCLUSION_DEPTH} lớp; một đơn vị chèn chính mình, hay hai đơn vị chèn lẫn nhau, là lỗi tại ô chứa mã chèn. \`{{DV:…}}\` không dùng trong chú thích.`,
    '',
    '### Bản thảo chưa chắc chắn',
    '',
    `Bản thảo luôn được tạo, kể cả khi còn lỗi. Chỗ không tính được (số liệu còn trống hay sai, mã chèn sai, văn bản không có trong sổ) hiện "${UNAVAILABLE}". Con số lấy từ số liệu không thỏa một ràng buộc mức Lỗi vẫn được in, kèm "${FAILS_RULE}" ngay sau (ví dụ "14/15${FAILS_RULE}"), và có cảnh báo tại ô chứa mã chèn. Sau khi tạo, công cụ cho biết bản thảo có bao nhiêu chỗ "${UNAVAILABLE}" và những chỗ "${FAILS_RULE}", mỗi chỗ kèm ô cần sửa. Số 0 được in là 0; ô để trống là "${UNAVAILABLE}": không nhập gì khác với nhập 0.`,
    '',
    ...periodsDocs(columnsTable),
    '## Ràng buộc giữa các chỉ tiêu',
    '',
    'Cột Biểu thức của tab Ràng buộc so sánh hai tổng mã chỉ tiêu bằng `=`, `<=`, `>=`, `<`, `>` (hoặc `≤`, `≥`). Ví dụ: `DON_DA_GIAI_QUYET + DON_DANG_GIAI_QUYET = DON_TIEP_NHAN` (các phần cộng lại bằng tổng), `DON_DA_GIAI_QUYET <= DON_TIEP_NHAN` (phần không vượt tổng). Ràng buộc được kiểm tra cho từng đơn vị, và cho tổng các đơn vị khi các chỉ tiêu do những đơn vị khác nhau báo cáo.',
    '',
    `Khi ràng buộc không thỏa, thông báo nêu từng ô của ràng buộc kèm giá trị (ví dụ \`DON_DA_GIAI_QUYET: 'UBND huyện'!D21 = 106\`) và chỉ vào tất cả các ô đó; ô được chỉ đầu tiên là ô nằm trên cùng trong tab, nên đổi thứ tự các vế không làm đổi ô. Với tổng các đơn vị, thông báo chỉ vào dòng ràng buộc ở tab Ràng buộc và các ô số liệu đã cộng (tối đa ${FINDING_CELLS_MAX} ô).`,
    '',
    '## Thể thức, số ký hiệu và địa chỉ bảng tính',
    '',
    '- Thể thức Đảng in "Số 350-BC/HU": ký hiệu dạng `BC/HU` (loại/cơ quan). Thể thức Nhà nước in "Số: 172/BC-UBND": ký hiệu dạng `BC-UBND` (loại-cơ quan). Ký hiệu viết theo kiểu của thể thức kia (ví dụ `BC/ĐU` khi chọn Nhà nước, sẽ in "Số: 45/BC/ĐU") được cảnh báo tại ô Ký hiệu văn bản.',
    `- Địa chỉ bảng tính chỉ được tạo thành liên kết trong thư nhắc việc khi là ${linkHostsText()}; địa chỉ khác (kể cả \`javascript:\`) được ghi dạng chữ và có cảnh báo tại ô của nó.`,
    `- Mỗi thư nhắc việc liệt kê tối đa ${MAIL_ITEMS_MAX} điểm cần sửa (phần còn thiếu trước, rồi lỗi, rồi cảnh báo), cho biết còn bao nhiêu điểm khác và chỉ về tab của đơn vị, để thư không vượt giới hạn dung lượng thư của Google; bản tin hằng ngày liệt kê tối đa ${DIGEST_UNITS_MAX} đơn vị.`,
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
