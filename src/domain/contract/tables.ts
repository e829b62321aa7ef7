/**
 * The workbook contract, tab by tab and column by column: the one declaration that the Sheets
 * setup, the .xlsx writer, the parser, the validator and docs/workbook.md all read. Headers and
 * help are Vietnamese (what clerks see); notes are English (for whoever maintains this).
 */
import { TIME_AGGREGATIONS } from '../periods/change';
import { PERIOD_TYPES } from '../periods/period';
import { col, must, type Choice, type ColumnMap, type DraftOf, type RowOf } from './columns';

export { PERIOD_TYPES, TIME_AGGREGATIONS };

export const TASK_STATUSES = [
  { value: 'done', label: 'Hoàn thành' },
  { value: 'in_progress', label: 'Đang thực hiện' },
  { value: 'not_started', label: 'Chưa thực hiện' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type TaskStatus = (typeof TASK_STATUSES)[number]['value'];

export const PROFILES = [
  { value: 'party', label: 'Đảng' },
  { value: 'state', label: 'Nhà nước' },
  { value: 'party2026', label: 'Đảng 2026 (tạm theo 05-HD/VPTW; chưa đối chiếu văn bản gốc)' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type ProfileId = (typeof PROFILES)[number]['value'];

export const AGGREGATIONS = [
  { value: 'sum', label: 'Cộng' },
  { value: 'max', label: 'Lớn nhất' },
  { value: 'min', label: 'Nhỏ nhất' },
  { value: 'none', label: 'Không tổng hợp' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type Aggregation = (typeof AGGREGATIONS)[number]['value'];

export const NUMBER_KINDS = [
  { value: 'integer', label: 'Số nguyên' },
  { value: 'decimal', label: 'Số thập phân' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type NumberKind = (typeof NUMBER_KINDS)[number]['value'];

export const CUTOFF_USES = [
  { value: 'snapshot', label: 'Số đã chốt' },
  { value: 'current', label: 'Số hiện tại' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type CutoffUse = (typeof CUTOFF_USES)[number]['value'];

export const SOURCE_KINDS = [
  { value: 'tab', label: 'Tab trong bảng này' },
  { value: 'shard', label: 'Bảng tính khác cùng mẫu' },
  { value: 'child', label: 'Báo cáo cấp dưới' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type SourceKind = (typeof SOURCE_KINDS)[number]['value'];

export const HISTORY_SOURCES = [
  { value: 'snapshot', label: 'Số đã chốt' },
  { value: 'final', label: 'Số khi chuyển kỳ' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type HistorySource = (typeof HISTORY_SOURCES)[number]['value'];

export const CHILD_READ_STATES = [
  { value: 'ok', label: 'Đã đọc' },
  { value: 'error', label: 'Không đọc được' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type ChildReadState = (typeof CHILD_READ_STATES)[number]['value'];

export const RULE_SEVERITIES = [
  { value: 'error', label: 'Lỗi' },
  { value: 'warning', label: 'Cảnh báo' },
] as const satisfies ReadonlyArray<Choice<string>>;

/** Settings are one value per row (label | value | help), not a table of records. */
export const SETTINGS_FIELDS = {
  parentBody: col.text('Cơ quan cấp trên', {
    help: 'Tên cơ quan cấp trên trực tiếp, viết hoa, ví dụ: ĐẢNG BỘ TỈNH GIA LAI. Bỏ trống nếu thể thức không có.',
    note: 'First header line (Party profile); left column.',
  }),
  issuingBody: must(
    col.text('Cơ quan ban hành', {
      help: 'Tên cơ quan ban hành báo cáo, viết hoa, ví dụ: HUYỆN ỦY CHƯ PƯH.',
      note: 'Second header line, bold.',
    }),
  ),
  place: must(col.text('Địa danh', { help: 'Địa danh ghi ở dòng ngày tháng, ví dụ: Chư Pưh.' })),
  documentNumber: col.text('Số văn bản', {
    help: 'Số của báo cáo, ví dụ: 350. Bỏ trống khi chưa lấy số.',
    note: 'Kept as text: numbers are assigned by the văn thư, often after the draft.',
  }),
  documentSymbol: must(
    col.text('Ký hiệu văn bản', {
      help: 'Phần ký hiệu sau số, ví dụ: BC/HU (thể thức Đảng) hoặc BC-UBND (thể thức Nhà nước).',
    }),
  ),
  documentDate: col.date('Ngày văn bản', { help: 'Ngày ký báo cáo (dd/mm/yyyy). Bỏ trống khi chưa ký.' }),
  documentType: must(
    col.text('Tên loại văn bản', { help: 'Tên loại văn bản in ở giữa trang, ví dụ: BÁO CÁO.', fallback: 'BÁO CÁO' }),
  ),
  summary: must(
    col.longText('Trích yếu', {
      help: 'Trích yếu nội dung báo cáo. Có thể dùng mã văn bản, ví dụ: Sơ kết 01 năm thực hiện {{VB:QD529}}.',
    }),
  ),
  periodFrom: col.date('Kỳ báo cáo từ ngày', { help: 'Ngày bắt đầu kỳ báo cáo.' }),
  periodTo: col.date('Kỳ báo cáo đến ngày', { help: 'Ngày kết thúc kỳ báo cáo.' }),
  periodType: must(
    col.choice('Loại kỳ báo cáo', PERIOD_TYPES, {
      help: 'Tháng, quý, 6 tháng, 9 tháng, năm; hoặc sơ kết / tổng kết / chuyên đề (kỳ tự đặt tên). Tên kỳ ("quý I năm 2023") được tính từ loại kỳ và ngày bắt đầu; chèn vào nội dung bằng {{KY}}.',
      fallback: 'review',
      note: 'Decides the period key and name, the previous period and the same period last year (src/domain/periods).',
    }),
  ),
  periodName: col.text('Tên kỳ báo cáo', {
    help: 'Chỉ cần với sơ kết / tổng kết / chuyên đề, ví dụ: 01 năm thực hiện Quy chế dân vận. Với kỳ tháng, quý, năm: bỏ trống để dùng tên tính sẵn.',
  }),
  cutoffDate: col.date('Ngày chốt số liệu', { help: 'Số liệu tính đến ngày này. Từ ngày này, nhắc việc tự động chốt số liệu nếu chưa ai chốt.' }),
  cutoffUse: must(
    col.choice('Số liệu dùng cho báo cáo sau khi chốt', CUTOFF_USES, {
      help: 'Số đã chốt: báo cáo dùng số ở tab Chốt số liệu, số sửa sau khi chốt chỉ được báo để xem xét. Số hiện tại: báo cáo dùng số đang nhập.',
      fallback: 'snapshot',
    }),
  ),
  trendIndicators: col.codeList('Chỉ tiêu theo dõi qua các kỳ', {
    help: 'Mã các chỉ tiêu vẽ biểu đồ xu hướng qua các kỳ ở tab Tổng hợp, cách nhau bởi dấu phẩy.',
  }),
  appendixIndicators: col.codeList('Phụ lục: chỉ tiêu', {
    help: 'Mã các chỉ tiêu in trong bảng phụ lục số liệu cuối báo cáo (mỗi đơn vị một dòng, có dòng tổng cộng). Bỏ trống: không có phụ lục.',
  }),
  appendixUnits: col.codeList('Phụ lục: đơn vị', {
    help: 'Mã đơn vị hoặc tên nhóm có dòng trong phụ lục. Bỏ trống: mọi báo cáo cấp dưới (hoặc mọi đơn vị nếu không có báo cáo cấp dưới).',
  }),
  appendixTitle: col.text('Phụ lục: tiêu đề', { help: 'Tiêu đề bảng phụ lục.', fallback: 'PHỤ LỤC SỐ LIỆU' }),
  deadline: must(col.date('Hạn nộp của đơn vị', { help: 'Hạn chung để các đơn vị nộp phần của mình.' })),
  profile: must(
    col.choice('Thể thức', PROFILES, {
      help: 'Đảng (Hướng dẫn 36-HD/VPTW, mặc định), Nhà nước (Nghị định 30/2020/NĐ-CP), hoặc Đảng 2026 (tạm theo Hướng dẫn 05-HD/VPTW theo Quy định 399-QĐ/TW; chưa đối chiếu văn bản gốc).',
      fallback: 'party',
    }),
  ),
  signingAuthority: must(
    col.text('Thẩm quyền ký', { help: 'Ví dụ: T/M BAN THƯỜNG VỤ (Đảng) hoặc TM. ỦY BAN NHÂN DÂN (Nhà nước).' }),
  ),
  signerTitle: must(col.text('Chức vụ người ký', { help: 'Ví dụ: PHÓ BÍ THƯ.' })),
  signerName: must(col.text('Họ tên người ký', { help: 'Ví dụ: Nguyễn Huy Châu.' })),
  secretariatUnit: must(
    col.code('Đơn vị tổng hợp', {
      help: 'Mã đơn vị (ở tab Đơn vị) của bộ phận tổng hợp báo cáo; phần nó viết là phần tổng hợp.',
    }),
  ),
  secretariatEmails: col.emails('Email bộ phận tổng hợp', {
    help: 'Các địa chỉ nhận bản sao nhắc việc và bản tin hằng ngày, cách nhau bởi dấu phẩy.',
  }),
  zeroPad: must(
    col.bool('Viết số đếm dưới 10 có số 0', {
      help: 'Có: viết 01, 02, 09/09 như thói quen của văn bản hành chính. Không: 1, 2, 9/9.',
      fallback: true,
    }),
  ),
  percentDecimals: must(
    col.integer('Số chữ số thập phân của tỷ lệ %', {
      help: 'Số chữ số sau dấu phẩy của mọi tỷ lệ % trong báo cáo (0 đến 4), luôn viết đủ kể cả số 0 ở cuối: với 2 là 85,48%, 80,00%, 100,00%; với 0 là 85%. Hàm PHANTRAM cũng vậy.',
      fallback: 2,
      range: { min: 0, max: 4 },
    }),
  ),
  spreadsheetUrl: col.text('Địa chỉ bảng tính', {
    help: 'Đường dẫn Google Sheets của báo cáo, dùng trong thư nhắc việc. Tiện ích tự điền.',
    system: true,
  }),
  reportFolderId: col.text('Thư mục lưu báo cáo', {
    help: 'Mã thư mục Google Drive để lưu báo cáo đã tạo. Bỏ trống: lưu ở thư mục gốc.',
  }),
  reminderDaysBefore: col.text('Nhắc trước hạn (ngày)', {
    help: 'Số ngày trước hạn sẽ gửi nhắc, cách nhau bởi dấu phẩy; 0 là đúng ngày hạn.',
    fallback: '3, 1, 0',
  }),
  reminderOverdueEvery: col.integer('Nhắc lại khi quá hạn (mỗi … ngày)', {
    help: 'Khi đơn vị quá hạn, cứ sau số ngày này lại nhắc (1 là hằng ngày).',
    fallback: 1,
    range: { min: 1, max: 365 },
  }),
  reminderHour: col.integer('Giờ gửi nhắc việc', { help: 'Giờ trong ngày (0–23) gửi nhắc tự động.', fallback: 8, range: { min: 0, max: 23 } }),
  reminderCopySecretariat: col.bool('Gửi bản sao nhắc việc cho bộ phận tổng hợp', {
    help: 'Có: mỗi thư nhắc gửi kèm bản sao (cc) cho bộ phận tổng hợp.',
    fallback: false,
  }),
  reminderDigest: col.bool('Gửi bản tin hằng ngày cho bộ phận tổng hợp', {
    help: 'Có: mỗi lần nhắc, bộ phận tổng hợp nhận một thư liệt kê các đơn vị chậm.',
    fallback: false,
  }),
  footnoteMarks: must(
    col.choice(
      'Số chú thích ở chân trang',
      [
        { value: 'plain', label: 'Số thường (mọi phần mềm)' },
        { value: 'parenthesised', label: 'Trong ngoặc ⁽¹⁾ (chỉ Word)' },
      ],
      {
        help: 'Trong bài, số chú thích luôn là ⁽¹⁾. Ở chân trang: số thường (hiện đúng trên mọi phần mềm) hoặc ⁽¹⁾ như trong bài (chỉ Word hiện đúng; LibreOffice và Google Docs vẫn in số thường).',
        fallback: 'plain',
        note: 'Only the .docx can parenthesise the mark at the page foot; Google Docs numbers footnotes itself.',
      },
    ),
  ),
} as const satisfies ColumnMap;
export type Settings = RowOf<typeof SETTINGS_FIELDS>;

export const UNIT_COLUMNS = {
  id: must(col.code('Mã đơn vị', { help: 'Mã ngắn, không dấu, không khoảng trắng, ví dụ: UBND, XA_IALE.' })),
  name: must(col.text('Tên đơn vị', { width: 40, help: 'Tên đầy đủ, ví dụ: Ủy ban nhân dân huyện.' })),
  group: col.text('Nhóm', { width: 18, help: 'Nhóm đơn vị, ví dụ: Xã, thị trấn. Dùng để giao mục và cộng số liệu theo nhóm.' }),
  tab: must(col.text('Tên tab', { width: 18, help: 'Tên tab nhập liệu của đơn vị (tối đa 31 ký tự, không chứa : \\ / ? * [ ]). Bỏ trống với báo cáo cấp dưới (loại nguồn Báo cáo cấp dưới), vì báo cáo cấp dưới không có tab trong bảng này.' })),
  source: col.text('Nguồn dữ liệu', {
    width: 30,
    mayBeAbsent: true,
    help: 'Bỏ trống: đơn vị nhập ở một tab của bảng này. Bảng tính khác: đường dẫn (hoặc mã) Google Sheets; khi dùng dòng lệnh, đường dẫn tệp .xlsx tính từ thư mục của bảng này.',
  }),
  sourceKind: col.choice('Loại nguồn', SOURCE_KINDS, {
    width: 22,
    mayBeAbsent: true,
    help: 'Tab trong bảng này (mặc định khi không ghi nguồn); Bảng tính khác cùng mẫu: tab của đơn vị nằm ở bảng tính ghi ở cột Nguồn; Báo cáo cấp dưới: bảng tính đó là cả một báo cáo của cấp dưới, lấy số liệu tổng hợp của nó.',
  }),
  emails: col.emails('Email liên hệ', { help: 'Email người được nhập tab này; nhận thư nhắc việc. Cách nhau bởi dấu phẩy.' }),
  deadline: col.date('Hạn nộp riêng', { help: 'Bỏ trống để dùng hạn chung ở tab Thiết lập.' }),
  activeFrom: col.date('Hoạt động từ ngày', {
    mayBeAbsent: true,
    help: 'Ngày đơn vị bắt đầu hoạt động (thành lập, sáp nhập). Bỏ trống nếu đã có từ trước. Đơn vị không hoạt động trong kỳ thì không phải báo cáo kỳ đó.',
  }),
  activeTo: col.date('Hoạt động đến ngày', { mayBeAbsent: true, help: 'Ngày đơn vị thôi hoạt động (giải thể, sáp nhập vào đơn vị khác). Bỏ trống nếu vẫn hoạt động.' }),
  submittedAt: col.dateTime('Đã nộp lúc', { system: true, help: 'Tiện ích ghi khi đơn vị bấm Nộp báo cáo.' }),
  submittedBy: col.text('Người nộp', { system: true }),
  reopenedAt: col.dateTime('Mở lại lúc', { system: true }),
  reopenReason: col.text('Lý do mở lại', { system: true, width: 30 }),
} as const satisfies ColumnMap;
export type Unit = RowOf<typeof UNIT_COLUMNS>;
export type UnitDraft = DraftOf<typeof UNIT_COLUMNS>;

export const SECTION_COLUMNS = {
  id: must(
    col.code('Mã mục', {
      help: 'Số mục theo đề cương: I, I.1, II.1.3 … Cấp I in "I-", cấp 2 in "1.", cấp 3 in "1.1.", cấp 4 in "a)".',
    }),
  ),
  title: must(col.text('Tên mục', { width: 60 })),
  writers: col.codeList('Đơn vị viết', {
    width: 26,
    help: 'Mã đơn vị hoặc tên nhóm viết mục này, cách nhau bởi dấu phẩy. Bỏ trống: mục chỉ có tiêu đề.',
  }),
  textRequired: col.bool('Bắt buộc có nội dung', {
    help: 'Có: mỗi đơn vị viết phải nhập nội dung cho mục. Không: chỉ cần số liệu (bộ phận tổng hợp viết).',
    fallback: true,
  }),
  guidance: col.longText('Gợi ý nội dung', { width: 50, help: 'Gợi ý cho đơn vị viết mục này.' }),
} as const satisfies ColumnMap;
export type Section = RowOf<typeof SECTION_COLUMNS>;
export type SectionDraft = DraftOf<typeof SECTION_COLUMNS>;

export const INDICATOR_COLUMNS = {
  code: must(col.code('Mã chỉ tiêu', { help: 'Mã ngắn, không dấu, ví dụ: DON_TIEP_NHAN.' })),
  label: must(col.text('Tên chỉ tiêu', { width: 50 })),
  measure: col.text('Đơn vị tính', { width: 12, help: 'Ví dụ: đơn, lượt, người, đồng.' }),
  reporters: must(col.codeList('Đơn vị báo cáo', { help: 'Mã đơn vị hoặc tên nhóm phải nhập chỉ tiêu này.' })),
  aggregation: must(
    col.choice('Cách tổng hợp', AGGREGATIONS, { help: 'Cách gộp số liệu của nhiều đơn vị.', fallback: 'sum' }),
  ),
  numberKind: must(col.choice('Kiểu số', NUMBER_KINDS, { fallback: 'integer', width: 14 })),
  timeAggregation: col.choice('Cộng dồn theo thời gian', TIME_AGGREGATIONS, {
    width: 18,
    mayBeAbsent: true,
    fallback: 'sum',
    help: 'Cách tính lũy kế qua các kỳ: Cộng các kỳ (số phát sinh, ví dụ số đơn tiếp nhận; mặc định); Lấy số cuối kỳ (số tồn, ví dụ số đảng viên); Không cộng dồn.',
  }),
  note: col.text('Ghi chú', { width: 30 }),
} as const satisfies ColumnMap;
export type Indicator = RowOf<typeof INDICATOR_COLUMNS>;
export type IndicatorDraft = DraftOf<typeof INDICATOR_COLUMNS>;

export const RULE_COLUMNS = {
  id: must(col.code('Mã ràng buộc')),
  expression: must(
    col.text('Biểu thức', {
      width: 50,
      help: 'So sánh giữa các mã chỉ tiêu, ví dụ: DON_DA_GIAI_QUYET + DON_DANG_GIAI_QUYET = DON_TIEP_NHAN, hoặc DON_DA_GIAI_QUYET <= DON_TIEP_NHAN.',
    }),
  ),
  severity: must(col.choice('Mức độ', RULE_SEVERITIES, { fallback: 'error' })),
  description: col.text('Diễn giải', { width: 50, help: 'Câu giải thích hiện kèm khi ràng buộc không thỏa.' }),
} as const satisfies ColumnMap;
export type Rule = RowOf<typeof RULE_COLUMNS>;
export type RuleDraft = DraftOf<typeof RULE_COLUMNS>;

export const DOCUMENT_COLUMNS = {
  id: must(col.code('Mã văn bản', { help: 'Mã ngắn để trích dẫn trong nội dung: {{VB:mã}}, ví dụ QD529.' })),
  kind: must(col.text('Loại văn bản', { width: 18, help: 'Ví dụ: Quyết định, Kế hoạch, Hướng dẫn, Công văn.' })),
  numberSymbol: must(
    col.text('Số, ký hiệu', {
      width: 22,
      help: 'Đảng: 529-QĐ/HU. Nhà nước: 172/QĐ-UBND. Văn bản quy phạm: 30/2020/NĐ-CP.',
    }),
  ),
  issuedOn: col.date('Ngày ban hành'),
  issuer: must(col.text('Cơ quan ban hành', { width: 30, help: 'Ví dụ: Ban Thường vụ Huyện ủy.' })),
  summary: col.longText('Trích yếu', { width: 60, help: 'Bắt đầu bằng "về …" như khi trích dẫn.' }),
} as const satisfies ColumnMap;
export type DocumentRecord = RowOf<typeof DOCUMENT_COLUMNS>;
export type DocumentRecordDraft = DraftOf<typeof DOCUMENT_COLUMNS>;

export const RECIPIENT_COLUMNS = {
  recipient: must(col.text('Nơi nhận', { width: 60, help: 'Mỗi dòng một nơi nhận, ví dụ: Thường trực Tỉnh ủy (báo cáo). Dòng cuối: Lưu …' })),
} as const satisfies ColumnMap;
export type Recipient = RowOf<typeof RECIPIENT_COLUMNS>;
export type RecipientDraft = DraftOf<typeof RECIPIENT_COLUMNS>;

export const TASK_COLUMNS = {
  group: must(col.code('Nhóm nhiệm vụ', { help: 'Mã nhóm, ví dụ NVTT (nhiệm vụ trọng tâm). Tỷ lệ tính theo nhóm: {{NV:NVTT}}.' })),
  title: must(col.text('Nội dung nhiệm vụ', { width: 60 })),
  status: must(col.choice('Trạng thái', TASK_STATUSES)),
  note: col.text('Ghi chú', { width: 30 }),
  carriedFrom: col.text('Chuyển từ kỳ', { width: 22, system: true, mayBeAbsent: true, help: 'Nhiệm vụ chưa hoàn thành ở kỳ trước, được chuyển sang kỳ này khi tạo kỳ mới.' }),
} as const satisfies ColumnMap;
export type Task = RowOf<typeof TASK_COLUMNS>;
export type TaskDraft = DraftOf<typeof TASK_COLUMNS>;

export const FIGURE_COLUMNS = {
  code: must(col.code('Mã chỉ tiêu', { system: true })),
  label: col.text('Tên chỉ tiêu', { width: 50, system: true }),
  measure: col.text('Đơn vị tính', { width: 12, system: true }),
  value: col.number('Giá trị', { help: 'Chỉ nhập số (ví dụ 3500 hoặc 2,4); không nhập chữ.' }),
  note: col.text('Ghi chú', { width: 30 }),
} as const satisfies ColumnMap;
export type Figure = RowOf<typeof FIGURE_COLUMNS>;

export const NARRATIVE_COLUMNS = {
  section: must(col.code('Mã mục', { system: true, help: 'Mã mục đề cương được giao; thêm dòng cùng mã mục để viết thêm đoạn.' })),
  text: col.longText('Nội dung', {
    width: 100,
    help: 'Mỗi ô một đoạn (hoặc xuống dòng trong ô). Dùng {{SL:mã}} cho số liệu, {{VB:mã}} cho văn bản, {{CT:mã}} cho chú thích; *nghiêng*, **đậm**.',
  }),
  title: col.text('Tên mục', { width: 30, system: true }),
} as const satisfies ColumnMap;
export type Narrative = RowOf<typeof NARRATIVE_COLUMNS>;

export const FOOTNOTE_COLUMNS = {
  id: must(col.code('Mã chú thích', { help: 'Mã do đơn vị đặt, ví dụ CT1; đặt {{CT:CT1}} vào chỗ cần chú thích.' })),
  text: must(col.longText('Nội dung chú thích', { width: 100 })),
} as const satisfies ColumnMap;
export type Footnote = RowOf<typeof FOOTNOTE_COLUMNS>;
export type FootnoteDraft = DraftOf<typeof FOOTNOTE_COLUMNS>;

export const REMINDER_REASONS = [
  { value: 'due_soon', label: 'Sắp đến hạn' },
  { value: 'overdue', label: 'Quá hạn' },
  { value: 'has_errors', label: 'Còn lỗi' },
  { value: 'digest', label: 'Bản tin tổng hợp' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type ReminderReason = (typeof REMINDER_REASONS)[number]['value'];

export const REMINDER_RESULTS = [
  { value: 'sent', label: 'Đã gửi' },
  { value: 'failed', label: 'Gửi lỗi' },
  { value: 'quota', label: 'Hết hạn mức gửi thư' },
  { value: 'dry_run', label: 'Chạy thử, chưa gửi' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type ReminderResult = (typeof REMINDER_RESULTS)[number]['value'];

/** One row per reminder attempt, written by the add-in and by `baocao remind`; never typed. */
export const REMINDER_LOG_COLUMNS = {
  time: must(col.dateTime('Thời gian', { system: true })),
  unitId: must(col.code('Mã đơn vị', { system: true, help: 'Mã đơn vị nhận thư; bản tin tổng hợp ghi mã của đơn vị tổng hợp.' })),
  unitName: col.text('Đơn vị', { system: true, width: 36 }),
  recipients: col.text('Người nhận', { system: true, width: 36 }),
  reason: must(col.choice('Lý do', REMINDER_REASONS, { system: true })),
  result: must(col.choice('Kết quả', REMINDER_RESULTS, { system: true })),
  detail: col.text('Ghi chú', { system: true, width: 40 }),
} as const satisfies ColumnMap;
export type ReminderLogEntry = RowOf<typeof REMINDER_LOG_COLUMNS>;

/** How a figure of this report is taken from a child report's figures; without a row, the same code. */
export const MAPPING_COLUMNS = {
  code: must(col.code('Mã chỉ tiêu', { help: 'Mã chỉ tiêu của báo cáo này (tab Chỉ tiêu).' })),
  childCode: must(col.code('Mã chỉ tiêu cấp dưới', { help: 'Mã của chỉ tiêu tương ứng trong báo cáo của cấp dưới.' })),
  appliesTo: col.codeList('Áp dụng cho', { help: 'Mã đơn vị cấp dưới hoặc tên nhóm; bỏ trống: mọi báo cáo cấp dưới.' }),
} as const satisfies ColumnMap;
export type IndicatorMapping = RowOf<typeof MAPPING_COLUMNS>;
export type IndicatorMappingDraft = DraftOf<typeof MAPPING_COLUMNS>;

/** One row per figure of an earlier period, written when the next period is created; never typed. */
export const HISTORY_COLUMNS = {
  periodKey: must(col.code('Mã kỳ', { system: true, help: 'Ví dụ 2023-03, 2023-Q1, 2026-H1, 2026-9M, 2026.' })),
  periodName: col.text('Kỳ', { system: true, width: 28 }),
  periodFrom: col.date('Từ ngày', { system: true }),
  periodTo: col.date('Đến ngày', { system: true }),
  unitId: col.code('Mã đơn vị', { system: true, help: 'Bỏ trống ở dòng tổng của chỉ tiêu.' }),
  code: must(col.code('Mã chỉ tiêu', { system: true })),
  value: col.number('Giá trị', { system: true }),
  source: col.choice('Nguồn', HISTORY_SOURCES, { system: true }),
} as const satisfies ColumnMap;
export type HistoryRow = RowOf<typeof HISTORY_COLUMNS>;
export type HistoryRowDraft = DraftOf<typeof HISTORY_COLUMNS>;

/** The figures as they stood at the data cut-off (chốt số liệu), one row per unit and indicator. */
export const CUTOFF_COLUMNS = {
  time: must(col.dateTime('Thời điểm chốt', { system: true })),
  by: col.text('Người chốt', { system: true, width: 30 }),
  unitId: must(col.code('Mã đơn vị', { system: true })),
  code: must(col.code('Mã chỉ tiêu', { system: true })),
  value: col.number('Giá trị', { system: true }),
} as const satisfies ColumnMap;
export type CutoffRow = RowOf<typeof CUTOFF_COLUMNS>;

/** What was last read from each child report, so the report and progress need no re-read. */
export const CHILD_CACHE_COLUMNS = {
  unitId: must(col.code('Mã đơn vị', { system: true })),
  source: col.text('Nguồn dữ liệu', { system: true, width: 30 }),
  readAt: col.dateTime('Đọc lúc', { system: true }),
  state: must(col.choice('Trạng thái', CHILD_READ_STATES, { system: true })),
  detail: col.text('Ghi chú', { system: true, width: 40 }),
  summary: col.longText('Số liệu tổng hợp (JSON)', {
    system: true,
    width: 60,
    note: 'JSON of ChildSummary (src/domain/rollup); longer than 45,000 characters continues in the next columns of the row.',
  }),
} as const satisfies ColumnMap;
export type ChildCacheRow = RowOf<typeof CHILD_CACHE_COLUMNS>;
