/**
 * Every validation message, in one catalogue: a stable code, its default severity, and the
 * Vietnamese sentence that tells the clerk what is wrong and what to do. Codes are the contract
 * with programs (JSON output, tests, cell marks); sentences may be improved freely.
 */
import type { Severity } from './findings';

interface MessageDef<P> {
  readonly severity: Severity;
  readonly text: (params: P) => string;
}

const def = <P>(severity: Severity, text: (params: P) => string): MessageDef<P> => ({ severity, text });

type Labelled = { label: string };
type LabelledValue = { label: string; value: string };

export const MESSAGES = {
  // The file and its tabs
  EMPTY_WORKBOOK: def<Record<string, never>>(
    'error',
    () => 'Tệp không có dữ liệu. Hãy tạo bảng tính mẫu bằng lệnh "baocao init" hoặc menu Báo cáo › Thiết lập bảng tính.',
  ),
  MISSING_TAB: def<{ tab: string }>(
    'error',
    (p) => `Thiếu tab "${p.tab}". Hãy thêm lại tab này (có thể chạy lại Thiết lập bảng tính; dữ liệu đã nhập được giữ nguyên).`,
  ),
  MISSING_COLUMN: def<{ label: string; found: string }>(
    'error',
    (p) =>
      p.found === ''
        ? `Thiếu cột "${p.label}" ở dòng tiêu đề. Hãy khôi phục đúng tên cột.`
        : `Thiếu cột "${p.label}" ở dòng tiêu đề (có thể cột đã bị đổi tên thành "${p.found}"). Hãy khôi phục đúng tên cột.`,
  ),
  MISSING_BLOCK: def<{ title: string }>(
    'error',
    (p) => `Không tìm thấy phần "${p.title}" trong tab. Hãy khôi phục dòng tiêu đề "${p.title}" ở cột A.`,
  ),
  MISSING_SETTING: def<Labelled>(
    'error',
    (p) => `Tab Thiết lập thiếu dòng "${p.label}". Hãy thêm lại dòng này (ghi tên mục ở cột A, giá trị ở cột B).`,
  ),
  MISSING_UNIT_TAB: def<{ unit: string; tab: string }>(
    'error',
    (p) => `Đơn vị "${p.unit}" khai báo tab "${p.tab}" nhưng bảng tính không có tab này. Hãy sửa tên tab hoặc chạy lại Thiết lập bảng tính.`,
  ),
  INVALID_TAB_NAME: def<{ tab: string }>(
    'error',
    (p) => `Tên tab "${p.tab}" không dùng được: tối đa 31 ký tự và không chứa : \\ / ? * [ ].`,
  ),
  DUPLICATE_TAB: def<{ tab: string; unit: string; other: string }>(
    'error',
    (p) => `Tab "${p.tab}" được khai báo cho cả đơn vị ${p.other} và ${p.unit}. Mỗi đơn vị cần một tab riêng.`,
  ),
  DUPLICATE_SETTING: def<{ label: string; first: string }>(
    'error',
    (p) => `Mục "${p.label}" bị lặp: đã có ở ô ${p.first} (công cụ dùng giá trị ở đó). Hãy xóa dòng thừa.`,
  ),
  EMPTY_TAB: def<{ tab: string; hint: string }>(
    'error',
    (p) => `Tab "${p.tab}" chỉ có dòng tiêu đề. ${p.hint}`,
  ),
  UNIT_TAB_BLANK: def<{ unit: string; tab: string }>(
    'error',
    (p) => `Tab "${p.tab}" của ${p.unit} trống hoàn toàn. Hãy chạy lại Thiết lập bảng tính để tạo lại tab.`,
  ),
  UNIT_TAB_EMPTY: def<{ unit: string }>(
    'warning',
    (p) => `${p.unit} chưa nhập gì vào tab này.`,
  ),
  NO_UNIT_DATA: def<Record<string, never>>(
    'error',
    () => 'Chưa đơn vị nào nhập dữ liệu: mọi tab đơn vị đều trống.',
  ),

  // Cells
  REQUIRED_MISSING: def<Labelled>('error', (p) => `Chưa nhập "${p.label}". Đây là thông tin bắt buộc.`),
  NOT_A_NUMBER: def<LabelledValue>(
    'error',
    (p) => `"${p.label}" phải là số, nhưng ô đang ghi "${p.value}". Hãy nhập số bằng chữ số, ví dụ 12 hoặc 3.500.`,
  ),
  NOT_AN_INTEGER: def<LabelledValue>(
    'error',
    (p) => `"${p.label}" phải là số nguyên, nhưng ô đang ghi ${p.value}.`,
  ),
  NEGATIVE_NUMBER: def<LabelledValue>('error', (p) => `"${p.label}" không được âm (đang ghi ${p.value}).`),
  NUMBER_OUT_OF_RANGE: def<LabelledValue & { min: number; max: number }>(
    'error',
    (p) => `"${p.label}" phải từ ${p.min} đến ${p.max} (đang ghi ${p.value}).`,
  ),
  NUMBER_TOO_LARGE: def<LabelledValue & { max: string }>(
    'error',
    (p) => `"${p.label}" quá lớn (${p.value}), vượt ${p.max}. Có thể gõ thừa chữ số.`,
  ),
  DATE_IN_NUMBER: def<LabelledValue>(
    'error',
    (p) => `"${p.label}" phải là số, nhưng ô đang chứa ngày ${p.value}. Hãy nhập số và định dạng ô là số.`,
  ),
  INVALID_DATE: def<LabelledValue>(
    'error',
    (p) => `"${p.label}" không phải ngày hợp lệ ("${p.value}"). Hãy nhập theo dạng ngày/tháng/năm, ví dụ 10/03/2023.`,
  ),
  DATE_OUT_OF_RANGE: def<LabelledValue & { min: string; max: string }>(
    'error',
    (p) => `"${p.label}" ghi ${p.value}, ngoài khoảng ${p.min}–${p.max}. Hãy nhập ngày dạng ngày/tháng/năm.`,
  ),
  INVALID_CHOICE: def<LabelledValue & { choices: string }>(
    'error',
    (p) => `"${p.label}" không nhận giá trị "${p.value}". Hãy chọn một trong: ${p.choices}.`,
  ),
  INVALID_EMAIL: def<LabelledValue>(
    'error',
    (p) => `"${p.value}" ở cột "${p.label}" không phải địa chỉ email hợp lệ.`,
  ),
  EMAIL_NOT_ASCII: def<LabelledValue>(
    'error',
    (p) => `Địa chỉ "${p.value}" có chữ có dấu nên thư không gửi tới được. Hãy dùng địa chỉ không dấu (tên miền tiếng Việt dạng xn--…).`,
  ),
  INVALID_CODE: def<LabelledValue>(
    'error',
    (p) => `Mã "${p.value}" ở cột "${p.label}" chỉ được gồm chữ cái không dấu, chữ số và các dấu _ . - (không có khoảng trắng).`,
  ),
  INVISIBLE_CHARACTERS: def<Labelled & { characters: string }>(
    'warning',
    (p) => `Ô "${p.label}" có ký tự ẩn (${p.characters}), đã bỏ qua khi đọc. Hãy xóa chúng khỏi ô.`,
  ),
  FORMULA_IN_TEXT: def<{ label: string; formula: string }>(
    'error',
    (p) => `Ô "${p.label}" chứa công thức (${p.formula}) thay vì nội dung. Hãy nhập trực tiếp nội dung dạng văn bản.`,
  ),
  TEXT_STARTS_WITH_EQUALS: def<Labelled>(
    'warning',
    (p) => `Nội dung ô "${p.label}" bắt đầu bằng dấu "=", Google Sheets và Excel sẽ hiểu là công thức. Hãy bỏ dấu "=" ở đầu.`,
  ),
  CELL_ERROR_VALUE: def<LabelledValue>(
    'error',
    (p) => `Ô "${p.label}" đang báo lỗi ${p.value} (công thức hỏng). Hãy sửa hoặc nhập lại giá trị.`,
  ),
  CELL_TOO_LONG: def<Labelled & { length: string; max: string }>(
    'error',
    (p) => `Ô "${p.label}" dài ${p.length} ký tự, vượt giới hạn ${p.max} ký tự của một ô. Hãy chia nội dung thành nhiều ô (mỗi ô một đoạn); không có nội dung nào bị cắt bớt.`,
  ),
  TEXT_TOO_LONG: def<Labelled & { length: string; max: string }>(
    'warning',
    (p) => `Ô "${p.label}" dài ${p.length} ký tự, quá dài cho loại thông tin này (nên dưới ${p.max} ký tự).`,
  ),

  // References and duplicates
  DUPLICATE_ID: def<LabelledValue & { first: string }>(
    'error',
    (p) => `${p.label} "${p.value}" bị trùng với ô ${p.first}. Mỗi mã chỉ được dùng một lần.`,
  ),
  UNKNOWN_UNIT: def<LabelledValue>(
    'error',
    (p) => `"${p.value}" ở cột "${p.label}" không phải mã đơn vị hay tên nhóm nào trong tab Đơn vị.`,
  ),
  AMBIGUOUS_GROUP: def<{ value: string }>(
    'error',
    (p) => `"${p.value}" vừa là mã đơn vị vừa là tên nhóm. Hãy đổi một trong hai để không bị hiểu nhầm.`,
  ),
  UNKNOWN_SECTION: def<{ value: string }>(
    'error',
    (p) => `Mục "${p.value}" không có trong tab Đề cương.`,
  ),
  UNKNOWN_INDICATOR: def<{ value: string }>(
    'error',
    (p) => `Chỉ tiêu "${p.value}" không có trong tab Chỉ tiêu.`,
  ),
  UNKNOWN_DOCUMENT: def<{ value: string }>(
    'error',
    (p) => `Văn bản mã "${p.value}" không có trong tab Văn bản hay phần E của đơn vị.`,
  ),
  INVALID_SECTION_ID: def<{ value: string }>(
    'error',
    (p) => `Mã mục "${p.value}" không đúng dạng. Dùng số La Mã cho phần lớn rồi số thứ tự, ví dụ: I, I.1, II.1.3, II.1.3.a.`,
  ),
  MISSING_PARENT_SECTION: def<{ value: string; parent: string }>(
    'error',
    (p) => `Mục "${p.value}" nằm dưới mục "${p.parent}", nhưng mục "${p.parent}" chưa có ở phía trên trong Đề cương.`,
  ),
  SECTION_REPEATS_PARENT: def<{ value: string; first: string; missing: string; children: string }>(
    'error',
    (p) => `Mã "${p.value}" trùng mục cha ở ô ${p.first}, nên ${p.children} thiếu mục "${p.missing}". Có lẽ mã đúng là "${p.missing}".`,
  ),
  SECTION_NOT_ASSIGNED: def<{ section: string }>(
    'warning',
    (p) => `Đơn vị không được giao viết mục "${p.section}"; nội dung này sẽ không đưa vào báo cáo. Hãy kiểm tra lại mã mục.`,
  ),
  INDICATOR_NOT_ASSIGNED: def<{ code: string }>(
    'warning',
    (p) => `Đơn vị không được giao báo cáo chỉ tiêu "${p.code}"; số liệu này sẽ không được cộng vào tổng.`,
  ),
  MISSING_FIGURE: def<{ code: string; label: string }>(
    'error',
    (p) => `Chưa nhập số liệu "${p.label}" (${p.code}). Nếu không phát sinh, hãy nhập 0.`,
  ),
  MISSING_TEXT: def<{ section: string; title: string }>(
    'error',
    (p) => `Chưa viết nội dung cho mục ${p.section} "${p.title}".`,
  ),
  NO_EMAIL: def<{ unit: string }>(
    'warning',
    (p) => `Đơn vị "${p.unit}" chưa có email liên hệ: không gửi được thư nhắc việc và không phân quyền nhập được.`,
  ),

  // Roll-up: units whose data lives in another workbook (a shard or a child report), the mapping, the appendix
  SOURCE_TAB_MISSING: def<{ unit: string; tab: string; source: string }>(
    'error',
    (p) => `Đơn vị "${p.unit}" khai báo tab "${p.tab}" ở bảng tính "${p.source}", nhưng bảng tính đó không có tab này. Hãy sửa tên tab (cột Tên tab) hoặc nguồn dữ liệu (cột Nguồn dữ liệu), hoặc đổi lại tên tab trong bảng tính đó.`,
  ),
  SOURCE_KIND_MISSING: def<{ unit: string }>(
    'error',
    (p) => `Đơn vị "${p.unit}" có nguồn dữ liệu nhưng chưa chọn loại nguồn. Hãy chọn "Bảng tính khác cùng mẫu" (tab của đơn vị nằm ở bảng tính đó) hoặc "Báo cáo cấp dưới" (bảng tính đó là cả một báo cáo của cấp dưới).`,
  ),
  SOURCE_MISSING: def<{ unit: string; kind: string }>(
    'error',
    (p) => `Đơn vị "${p.unit}" có loại nguồn "${p.kind}" nhưng chưa ghi nguồn dữ liệu. Hãy dán vào cột Nguồn dữ liệu đường dẫn Google Sheets của bảng tính đó (khi dùng dòng lệnh: đường dẫn tệp .xlsx, tính từ thư mục của bảng tính này).`,
  ),
  SOURCE_NOT_USED: def<{ unit: string }>(
    'error',
    (p) => `Đơn vị "${p.unit}" có loại nguồn "Tab trong bảng này" nhưng cột Nguồn dữ liệu lại có ghi; nguồn này không được đọc. Hãy xóa nguồn dữ liệu, hoặc chọn loại nguồn "Bảng tính khác cùng mẫu" hay "Báo cáo cấp dưới".`,
  ),
  SOURCE_UNRECOGNIZED: def<{ unit: string; value: string }>(
    'error',
    (p) => `Nguồn dữ liệu "${p.value}" của đơn vị "${p.unit}" không phải đường dẫn Google Sheets, mã bảng tính, hay đường dẫn tệp .xlsx. Hãy mở bảng tính đó, sao chép địa chỉ trên thanh địa chỉ của trình duyệt và dán vào đây.`,
  ),
  SOURCE_PATH_ABSOLUTE: def<{ unit: string; value: string }>(
    'warning',
    (p) => `Đường dẫn "${p.value}" của đơn vị "${p.unit}" là đường dẫn đầy đủ trên một máy, chép sang máy khác sẽ không đọc được. Nên ghi đường dẫn tính từ thư mục của bảng tính này, ví dụ: xa/ia-le.xlsx.`,
  ),
  SOURCE_IS_SELF: def<{ unit: string }>(
    'error',
    (p) => `Nguồn dữ liệu của đơn vị "${p.unit}" là chính bảng tính này. Hãy ghi bảng tính của đơn vị hoặc báo cáo của cấp dưới; hoặc bỏ trống nguồn để đơn vị nhập ở một tab của bảng này.`,
  ),
  SOURCE_CHILD_REPEATED: def<{ unit: string; other: string }>(
    'error',
    (p) => `Báo cáo cấp dưới này đã được khai báo cho đơn vị ${p.other}; số liệu của một báo cáo chỉ được tính một lần, nên "${p.unit}" không lấy số liệu từ đây. Hãy sửa nguồn dữ liệu của một trong hai đơn vị.`,
  ),
  SOURCE_KIND_CONFLICT: def<{ unit: string; other: string; kind: string }>(
    'error',
    (p) => `Bảng tính này đã được khai báo với loại nguồn "${p.kind}" cho đơn vị ${p.other}; một bảng tính không thể vừa chứa tab của đơn vị vừa là báo cáo cấp dưới, nên "${p.unit}" không lấy số liệu từ đây. Hãy sửa nguồn hoặc loại nguồn.`,
  ),
  CHILD_WITH_TAB: def<{ unit: string; tab: string }>(
    'error',
    (p) => `Đơn vị "${p.unit}" là báo cáo cấp dưới, không có tab nhập liệu, nhưng cột Tên tab ghi "${p.tab}". Hãy xóa tên tab; nếu tab của đơn vị nằm ở một bảng tính khác cùng mẫu, hãy chọn loại nguồn "Bảng tính khác cùng mẫu".`,
  ),
  SOURCE_NOT_READ: def<{ unit: string; source: string }>(
    'warning',
    (p) => `Chưa đọc dữ liệu của đơn vị "${p.unit}" từ "${p.source}", nên chưa có số liệu của đơn vị này. Hãy đọc lại dữ liệu cấp dưới (Google Sheets: menu Báo cáo; dòng lệnh: để tệp ở đúng đường dẫn rồi chạy lại lệnh).`,
  ),
  SOURCE_READ_FAILED: def<{ unit: string; source: string; detail: string }>(
    'error',
    (p) => `Không đọc được dữ liệu của đơn vị "${p.unit}" từ "${p.source}": ${p.detail}`,
  ),
  CHILD_WRONG_PERIOD: def<{ unit: string; childPeriod: string; period: string }>(
    'error',
    (p) => `Báo cáo cấp dưới của "${p.unit}" là báo cáo kỳ ${p.childPeriod}, không phải kỳ ${p.period} của báo cáo này, nên số liệu của nó không được dùng. Hãy kiểm tra nguồn dữ liệu (có thể đang trỏ tới báo cáo kỳ khác), hoặc nhắc cấp dưới sửa kỳ báo cáo ở tab Thiết lập của họ.`,
  ),
  CHILD_PERIOD_UNKNOWN: def<{ unit: string; period: string }>(
    'warning',
    (p) => `Báo cáo cấp dưới của "${p.unit}" chưa ghi kỳ báo cáo (ngày bắt đầu và kết thúc kỳ ở tab Thiết lập của họ), nên không kiểm tra được đó có phải báo cáo kỳ ${p.period} không.`,
  ),
  CHILD_INDICATOR_MISSING: def<{ unit: string; code: string; childCode: string }>(
    'error',
    (p) => `Báo cáo cấp dưới của "${p.unit}" không có chỉ tiêu ${p.childCode}, nên chưa có số liệu ${p.code} của đơn vị này. Nếu cấp dưới đặt mã khác, hãy thêm một dòng ở tab Ánh xạ chỉ tiêu (Mã chỉ tiêu: ${p.code}; Mã chỉ tiêu cấp dưới: mã của họ); nếu không, hãy nhắc cấp dưới thêm chỉ tiêu này.`,
  ),
  CHILD_FIGURE_UNAVAILABLE: def<{ unit: string; code: string; childCode: string }>(
    'warning',
    (p) => `Báo cáo cấp dưới của "${p.unit}" chưa tính được tổng ${p.childCode} (còn đơn vị của họ chưa nhập hoặc nhập chưa đúng), nên chưa có số liệu ${p.code} của đơn vị này.`,
  ),
  CHILD_HAS_ERRORS: def<{ unit: string; errors: string; first: string }>(
    'warning',
    (p) => `Báo cáo cấp dưới của "${p.unit}" còn ${p.errors} lỗi (ví dụ: ${p.first}); số liệu của họ có thể còn thay đổi. Hãy nhắc cấp dưới sửa.`,
  ),
  CHILD_CANNOT_WRITE: def<{ section: string; units: string }>(
    'warning',
    (p) => `Mục ${p.section} được giao cho báo cáo cấp dưới (${p.units}); báo cáo cấp dưới chỉ gửi lên số liệu, không gửi nội dung, nên bộ phận tổng hợp cần tự viết mục này.`,
  ),
  MAPPING_CONFLICT: def<{ code: string; unit: string; first: string }>(
    'error',
    (p) => `Tab Ánh xạ chỉ tiêu có hai dòng cho chỉ tiêu ${p.code} của "${p.unit}" (dòng này và ${p.first}). Hãy giữ một dòng.`,
  ),
  MAPPING_NOT_CHILD: def<{ value: string }>(
    'warning',
    (p) => `"${p.value}" không có báo cáo cấp dưới nào; dòng ánh xạ này không áp dụng cho đơn vị nào.`,
  ),
  APPENDIX_VALUE_UNAVAILABLE: def<{ unit: string; code: string }>(
    'warning',
    (p) => `Phụ lục số liệu: chưa có số liệu ${p.code} của "${p.unit}", bảng in "[?]".`,
  ),
  APPENDIX_NO_UNITS: def<Record<string, never>>(
    'warning',
    () => `Phụ lục số liệu: không có đơn vị nào báo cáo các chỉ tiêu đã chọn, nên báo cáo không có phụ lục. Hãy kiểm tra mục "Phụ lục: đơn vị".`,
  ),

  // Documents and citations
  INVALID_SYMBOL: def<{ value: string }>(
    'error',
    (p) => `Số, ký hiệu "${p.value}" không đúng dạng. Văn bản Đảng: 529-QĐ/HU; văn bản Nhà nước: 172/QĐ-UBND hoặc 30/2020/NĐ-CP.`,
  ),
  SYMBOL_ISSUER_MISMATCH: def<{ symbol: string; suffix: string; expected: string; issuer: string }>(
    'warning',
    (p) => `Ký hiệu "${p.symbol}" có phần "${p.suffix}" (${p.expected}) nhưng cơ quan ban hành ghi là "${p.issuer}". Hãy kiểm tra lại ký hiệu hoặc cơ quan ban hành.`,
  ),
  SYMBOL_KIND_MISMATCH: def<{ symbol: string; abbreviation: string; kind: string }>(
    'warning',
    (p) => `Ký hiệu "${p.symbol}" là của loại "${p.abbreviation}" nhưng loại văn bản ghi là "${p.kind}".`,
  ),
  SYMBOL_PROFILE_MISMATCH: def<{ symbol: string; form: string; profile: string; line: string; example: string }>(
    'warning',
    (p) => `Ký hiệu "${p.symbol}" là kiểu ${p.form} nhưng Thể thức là ${p.profile}: số sẽ in "${p.line}". Hãy sửa ký hiệu (ví dụ ${p.example}) hoặc Thể thức.`,
  ),
  UNSAFE_LINK: def<{ value: string; hosts: string }>(
    'warning',
    (p) => `"${p.value}" không phải địa chỉ ${p.hosts}; thư nhắc sẽ không tạo liên kết tới nó.`,
  ),
  DOCUMENT_CONFLICT: def<{ id: string; first: string }>(
    'error',
    (p) => `Văn bản mã "${p.id}" đã có ở ô ${p.first} với thông tin khác. Dùng mã khác hoặc sửa cho khớp.`,
  ),
  CITATION_NOT_IN_REGISTRY: def<{ citation: string }>(
    'warning',
    (p) => `Văn bản "${p.citation}" được nhắc đến nhưng chưa có trong sổ văn bản. Hãy thêm vào tab Văn bản (hoặc phần E) và trích bằng {{VB:mã}}.`,
  ),
  CITATION_MISMATCH: def<{ citation: string; registered: string }>(
    'warning',
    (p) => `Trích dẫn "${p.citation}" không khớp sổ văn bản: sổ ghi "${p.registered}". Hãy kiểm tra số, ký hiệu và cơ quan ban hành.`,
  ),
  CITATION_DATE_MISMATCH: def<{ citation: string; written: string; registered: string }>(
    'warning',
    (p) => `"${p.citation}" ghi ngày ${p.written}, nhưng sổ văn bản ghi ngày ${p.registered}.`,
  ),
  PLACE_NAME_VARIANT: def<{ found: string; place: string }>(
    'warning',
    (p) => `Địa danh viết là "${p.found}", khác với "${p.place}" ở tab Thiết lập. Hãy viết thống nhất.`,
  ),

  // Consistency between figures
  RULE_SYNTAX: def<{ expression: string }>(
    'error',
    (p) => `Biểu thức "${p.expression}" không đúng dạng. Ví dụ đúng: A + B = C, hoặc A <= C (A, B, C là mã chỉ tiêu).`,
  ),
  RULE_VIOLATED: def<{ expression: string; left: string; right: string; scope: string; description: string; terms: string }>(
    'error',
    (p) =>
      `Số liệu ${p.scope} không thỏa "${p.expression}": vế trái bằng ${p.left}, vế phải bằng ${p.right}` +
      (p.terms === '' ? '.' : ` (${p.terms}).`) +
      (p.description === '' ? '' : ` ${p.description}`),
  ),
  SUM_TOO_LARGE: def<{ what: string; max: string }>(
    'error',
    (p) => `Không tính được ${p.what}: kết quả vượt ${p.max}. Hãy kiểm tra số liệu.`,
  ),

  // Placeholders and footnotes in narrative text
  PLACEHOLDER_SYNTAX: def<{ token: string }>(
    'error',
    (p) => `Mã chèn "${p.token}" không đúng dạng. Ví dụ đúng: {{SL:DON_TIEP_NHAN}}, {{TL:A/B}}, {{PT:A/B}}, {{NV:NVTT}}, {{VB:QD529}}, {{CT:CT1}}.`,
  ),
  UNKNOWN_PLACEHOLDER: def<{ token: string; kind: string }>(
    'error',
    (p) => `Mã chèn "${p.token}" dùng loại "${p.kind}" không có. Các loại: SL (số liệu), TL (tỷ lệ), PT (phần trăm), NV (nhiệm vụ), VB (văn bản), CT (chú thích), DV (nội dung đơn vị).`,
  ),
  UNKNOWN_FOOTNOTE: def<{ id: string }>(
    'error',
    (p) => `Chú thích "${p.id}" không có trong phần D của đơn vị.`,
  ),
  FOOTNOTE_REUSED: def<{ id: string; first: string }>(
    'error',
    (p) => `Chú thích "${p.id}" đã được gắn ở ô ${p.first}. Mỗi chú thích chỉ gắn một chỗ; hãy tạo chú thích mới.`,
  ),
  FOOTNOTE_UNUSED: def<{ id: string }>(
    'warning',
    (p) => `Chú thích "${p.id}" chưa được gắn vào nội dung nào ({{CT:${p.id}}}); nó sẽ không xuất hiện trong báo cáo.`,
  ),
  UNKNOWN_TASK_GROUP: def<{ group: string }>(
    'error',
    (p) => `Không có nhiệm vụ nào thuộc nhóm "${p.group}".`,
  ),
  UNKNOWN_GROUP: def<{ group: string }>(
    'error',
    (p) => `Không có nhóm đơn vị "${p.group}" trong tab Đơn vị.`,
  ),
  // A consequence of a figure already reported missing or wrong in the reporting unit's tab: a
  // warning here, so one bad cell does not turn every text that quotes it into another error.
  FIGURE_UNAVAILABLE: def<{ code: string }>(
    'warning',
    (p) => `Chưa tính được số liệu "${p.code}" cho báo cáo: còn đơn vị chưa nhập hoặc nhập sai chỉ tiêu này (xem các lỗi ở tab của đơn vị đó).`,
  ),
  RATIO_INVALID: def<{ token: string; reason: string }>(
    'error',
    (p) => `Không tính được "${p.token}": ${p.reason}`,
  ),
  UNIT_TEXT_NOT_FOUND: def<{ unit: string; section: string }>(
    'error',
    (p) => `Đơn vị "${p.unit}" không viết mục ${p.section}, nên không chèn được nội dung của đơn vị này.`,
  ),
  UNIT_TEXT_CYCLE: def<{ token: string; chain: string }>(
    'error',
    (p) => `"${p.token}" tạo vòng lặp (${p.chain}). Hãy bỏ mã chèn này.`,
  ),
  FIGURE_FAILS_RULE: def<{ token: string; code: string; scope: string; expression: string; where: string }>(
    'warning',
    (p) => `"${p.token}" dùng ${p.code} ${p.scope}, không thỏa "${p.expression}" (xem ${p.where}); bản thảo đánh dấu [!].`,
  ),
  EMPTY_SECTION: def<{ section: string; title: string }>(
    'error',
    (p) => `Mục ${p.section} "${p.title}" chưa có nội dung nào để đưa vào báo cáo.`,
  ),
} as const;

export type FindingCode = keyof typeof MESSAGES;
export type MessageParams<C extends FindingCode> = Parameters<(typeof MESSAGES)[C]['text']>[0];

/** Messages that are not findings: the command line and dialogs. */
export const TEXT = {
  notAWorkbook: (file: string, reason: string) =>
    `Không đọc được "${file}" như một bảng tính Excel (.xlsx): ${reason}. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.`,
  fileNotFound: (file: string) => `Không tìm thấy tệp "${file}".`,
} as const;
