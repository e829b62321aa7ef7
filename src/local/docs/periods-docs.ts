/**
 * The parts of docs/workbook.md about time: period types, names and keys, what "kỳ trước", "cùng
 * kỳ" and "lũy kế" mean for each type, the comparison and arithmetic placeholders, the data
 * cut-off, timeliness and units' active dates, and the two system tabs that carry them. Every
 * example name, key, neighbour and change phrase is computed by the code it documents, so the
 * documentation cannot drift from what the add-in prints.
 */
import type { ColumnMap } from '../../domain/contract/columns';
import { INDICATOR_COLUMNS, SETTINGS_FIELDS, TIME_AGGREGATIONS, UNIT_COLUMNS } from '../../domain/contract/tables';
import { CUTOFF_TAB, DASHBOARD_TAB_NAME, HISTORY_TAB } from '../../domain/contract/tabs';
import { formatDateShort } from '../../domain/format';
import { previousPeriod, samePeriodLastYear, yearToDatePeriods } from '../../domain/periods/calendar';
import { describeChange } from '../../domain/periods/change';
import { PERIOD_TYPES, periodFromDates, type Period, type PeriodType } from '../../domain/periods/period';
import { UNAVAILABLE } from '../../domain/report/expand';
import { TIMELINESS_LABEL } from '../../domain/timeliness';

type ColumnsTable = (columns: ColumnMap, firstHeader: string) => string[];

const esc = (text: string): string => text.replace(/\|/g, '\\|');

function example(type: PeriodType, from: string, to: string, name?: string): Period {
  const result = periodFromDates(type, from, to, name);
  if (!result.ok) throw new Error(`docs example ${type} ${from}..${to} is not a period`);
  return result.period;
}

const EXAMPLES: ReadonlyArray<Period> = [
  example('month', '2026-03-01', '2026-03-31'),
  example('month', '2026-01-01', '2026-01-31'),
  example('month', '2026-02-15', '2026-03-14'),
  example('quarter', '2026-01-01', '2026-03-31'),
  example('half', '2026-01-01', '2026-06-30'),
  example('half', '2026-07-01', '2026-12-31'),
  example('nine', '2026-01-01', '2026-09-30'),
  example('year', '2026-01-01', '2026-12-31'),
  example('review', '2022-03-11', '2023-03-10', '01 năm thực hiện Quy chế công tác dân vận'),
];

const typeLabel = (type: PeriodType): string => PERIOD_TYPES.find((t) => t.value === type)?.label ?? type;
const dates = (p: Period): string => `${formatDateShort(p.from)}–${formatDateShort(p.to)}`;

function periodTable(): string[] {
  const lines = [
    '| Loại kỳ | Ngày | Tên kỳ `{{KY}}` | Mã kỳ | Kỳ trước `{{KY\\|trước}}` | Cùng kỳ `{{KY\\|cùng kỳ}}` | Lũy kế gồm |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const p of EXAMPLES) {
    const previous = previousPeriod(p);
    const lastYear = samePeriodLastYear(p);
    const ytd = yearToDatePeriods(p);
    const ytdText = ytd.length === 1 ? 'chính kỳ này' : ytd.map((q) => q.name).join(' + ');
    const previousName = p.type === 'review' ? `kỳ sơ kết đã lưu gần nhất trước đó (nếu không: ${previous.name})` : previous.name;
    lines.push(`| ${typeLabel(p.type)} | ${dates(p)} | ${esc(p.name)} | \`${p.key}\` | ${esc(previousName)} | ${esc(lastYear.name)} | ${esc(ytdText)} |`);
  }
  return lines;
}

const change = (current: number, earlier: number, measure: string, compared: 'previous' | 'sameLastYear'): string => {
  const result = describeChange(current, earlier, { measure, compared, style: { zeroPad: true }, percentDecimals: 2 });
  if (!result.ok) throw new Error('docs example change failed');
  return result.text;
};

/** Rows for the placeholder table: the period name, earlier values, changes and arithmetic. */
export function periodPlaceholderRows(): string[] {
  return [
    '| `{{KY}}` | tháng 3 năm 2026 | tên kỳ báo cáo (xem phần Kỳ báo cáo); dùng được cả trong trích yếu |',
    '| `{{KY\\|trước}}`, `{{KY\\|cùng kỳ}}` | tháng 02 năm 2026, tháng 3 năm 2025 | tên kỳ trước, tên cùng kỳ năm trước |',
    '| `{{SL:DON_NHAN\\|kỳ trước}}` | 112 | số liệu của kỳ trước, lấy từ tab "Số liệu các kỳ"; nhận `@đơn vị`, `@nhóm` như trên |',
    '| `{{SL:DON_NHAN\\|cùng kỳ}}` | 124 | số liệu của cùng kỳ năm trước |',
    '| `{{SL:DON_NHAN\\|lũy kế}}` | 331 | lũy kế từ đầu năm đến hết kỳ này (95 + 112 + 124 của tháng 01, 02, 3), theo cột "Cộng dồn theo thời gian" của chỉ tiêu |',
    `| \`{{SS:DON_NHAN}}\` | ${change(124, 112, 'đơn', 'previous')} | so với kỳ trước: tăng hay giảm bao nhiêu (đơn vị tính của chỉ tiêu) và bao nhiêu phần trăm |`,
    `| \`{{SS:DON_NHAN\\|cùng kỳ}}\` | ${change(124, 124, 'đơn', 'sameLastYear')} | so với cùng kỳ năm trước |`,
    `| \`{{SS:MO_HINH}}\` | ${change(9, 12, 'mô hình', 'previous')} | giảm |`,
    `| \`{{SS:DON_DANG}}\` | ${change(15, 0, 'đơn', 'previous')} | kỳ trước bằng 0: không có phần trăm |`,
    '| `{{SL:DON_NHAN - DON_GQ}}` | 15 | phép tính giữa các chỉ tiêu (xem phần Phép tính) |',
  ];
}

/** The sections about time, placed after the placeholder sections. */
export function periodsDocs(columnsTable: ColumnsTable): string[] {
  const aggregations = TIME_AGGREGATIONS.map((a) => `**${a.label}**`).join(', ');
  return [
    '### So sánh với kỳ trước, cùng kỳ và lũy kế',
    '',
    '`{{SL:…|kỳ trước}}`, `{{SL:…|cùng kỳ}}`, `{{SL:…|lũy kế}}` và `{{SS:…}}` lấy số liệu các kỳ trước từ tab "Số liệu các kỳ" (xem dưới). Tùy chọn sau dấu `|` viết có dấu hay không dấu, hoa hay thường đều được: `kỳ trước`, `ky truoc`, `Cùng kỳ`, `luy ke`; viết đủ cũng được: `cùng kỳ năm trước`, `lũy kế từ đầu năm`. Phạm vi `@UBND`, `@Xã` như ở `{{SL:…}}`: với một nhóm, kỳ trước cộng các đơn vị của nhóm **hoạt động trong kỳ đó** (một xã đã sáp nhập vẫn được tính ở các kỳ nó còn hoạt động). Không ghi phạm vi: số của chính đơn vị viết nếu đơn vị báo cáo chỉ tiêu này, nếu không là dòng tổng của kỳ đó.',
    '',
    `Lũy kế tính theo cột "${INDICATOR_COLUMNS.timeAggregation.label}" ở tab Chỉ tiêu: ${aggregations}. Cộng các kỳ: cộng số của các tháng (quý) từ đầu năm đến hết kỳ này (số phát sinh, ví dụ số đơn tiếp nhận). Lấy số cuối kỳ: số của kỳ này (số tồn, ví dụ tổng số đảng viên). Không cộng dồn: chỉ kỳ 6 tháng đầu năm, 9 tháng, năm và sơ kết mới có lũy kế (chính kỳ đó); các kỳ khác báo lỗi PERIOD_NOT_CUMULATIVE.`,
    '',
    `Khi thiếu kỳ cần so sánh (tab "Số liệu các kỳ" chưa có kỳ đó), hay kỳ đó không có giá trị của chỉ tiêu, bản thảo hiện "${UNAVAILABLE}" và có lỗi PERIOD_MISSING hoặc PERIOD_VALUE_MISSING tại ô chứa mã chèn, nêu tên kỳ và chỉ tiêu còn thiếu; không bao giờ coi là 0. Số 0 đã lưu là 0: từ 0 lên 12 là "tăng 12 đơn" (không có phần trăm). Lũy kế cần mọi kỳ trước trong năm: thiếu một tháng là lỗi nêu đúng tháng đó.`,
    '',
    'Phần trăm thay đổi là chênh lệch chia cho số kỳ trước, làm tròn một lần với số chữ số của mục "Số chữ số thập phân của tỷ lệ %"; hai số bằng nhau (đến 2 chữ số thập phân) là "bằng kỳ trước" / "bằng cùng kỳ".',
    '',
    '### Phép tính giữa các chỉ tiêu',
    '',
    'Trong `{{SL:…}}` và `{{SS:…}}` có thể cộng, trừ, nhân, chia các chỉ tiêu và hằng số, có ngoặc, để không phải tự tính rồi gõ số: `{{SL:MH_DANG_KY - MH_CONG_NHAN}}` ("03 mô hình chưa được công nhận"), `{{SL:A + B - C@UBND}}`, `{{SL:(A + B) / C}}`, `{{SL:A * 2}}`, `{{SL:DK - CN|cùng kỳ}}`, `{{SS:DK - CN}}`.',
    '',
    '- Mỗi số hạng là một mã chỉ tiêu, có thể kèm `@đơn vị` hoặc `@nhóm` riêng (tên nhóm có thể chứa dấu phẩy: `@Xã, thị trấn`).',
    '- Dấu trừ giữa hai mã phải có dấu cách hai bên: `DK - CN` là phép trừ, còn `DK-CN` là một mã (mã được chứa dấu gạch nối).',
    '- Tùy chọn kỳ (`|kỳ trước`, `|cùng kỳ`, `|lũy kế`) áp dụng cho cả phép tính.',
    '- Kết quả chỉ gồm số nguyên, không có phép chia, được viết như số đếm (01, 02 …); có phép chia hay số thập phân thì viết 2 chữ số thập phân. Chia cho 0 là lỗi; kết quả âm được in kèm cảnh báo EXPRESSION_NEGATIVE.',
    '- Mọi mã trong phép tính và mọi tùy chọn đều được kiểm tra: mã không có trong tab Chỉ tiêu, phạm vi không phải đơn vị hay nhóm, tùy chọn không có, phép tính sai dạng đều là lỗi tại ô chứa mã chèn.',
    '',
    '## Kỳ báo cáo',
    '',
    `Mục "${SETTINGS_FIELDS.periodType.label}" ở tab Thiết lập chọn loại kỳ: ${PERIOD_TYPES.map((t) => t.label).join(', ')} (mặc định). "${SETTINGS_FIELDS.periodFrom.label}" quyết định kỳ; "${SETTINGS_FIELDS.periodTo.label}" phải là ngày cuối của kỳ đó, nếu không là lỗi PERIOD_TO_MISMATCH tại ô ngày kết thúc, nêu đúng ngày phải ghi. Kỳ tháng, quý … có thể theo lịch (từ ngày 1) hoặc lệch theo ngày chốt số liệu như Nghị định 09/2019/NĐ-CP (tháng 3 = 15/02–14/3): cùng mã, cùng tên. Tháng 1 và 2 viết "tháng 01", "tháng 02" như dòng ngày tháng của văn bản.`,
    '',
    `Kỳ sơ kết, tổng kết, chuyên đề lấy tên ở mục "${SETTINGS_FIELDS.periodName.label}" (ví dụ "01 năm thực hiện Quy chế công tác dân vận"); bỏ trống thì tên là "từ ngày … đến ngày …". Kỳ sơ kết cần đủ ngày bắt đầu và kết thúc; nếu không có cả tên lẫn ngày mà nội dung cần đến kỳ (mã \`{{KY}}\`, so sánh, số liệu các kỳ, ngày hoạt động của đơn vị) thì báo lỗi PERIOD_UNDEFINED. Với kỳ tháng, quý, năm, mục tên kỳ thường bỏ trống (nếu ghi thì thay cho tên tính sẵn).`,
    '',
    ...periodTable(),
    '',
    'Mã kỳ là nơi số liệu của kỳ được lưu trong tab "Số liệu các kỳ". Kỳ trước của 6 tháng đầu năm là 6 tháng cuối năm trước; của 9 tháng và năm là cùng kỳ năm trước. Kỳ trước của một kỳ sơ kết là kỳ sơ kết cùng độ dài ngay trước nó, hoặc nếu không có, kỳ sơ kết đã lưu gần nhất kết thúc trước ngày bắt đầu; cùng kỳ là lùi 12 tháng.',
    '',
    '## Chốt số liệu',
    '',
    `Đến ngày chốt (mục "${SETTINGS_FIELDS.cutoffDate.label}"), bộ phận tổng hợp chốt số liệu (menu Báo cáo › Chốt số liệu, hoặc lệnh \`baocao cutoff\`; khi đã bật nhắc việc, tiện ích tự chốt từ ngày chốt nếu chưa ai chốt). Số liệu của mọi đơn vị lúc đó được ghi vào tab "${CUTOFF_TAB.name}" cùng thời điểm chốt và người chốt. Chốt lại thì lần chốt mới nhất được dùng.`,
    '',
    `Sau khi chốt, mỗi ô số liệu có giá trị khác lúc chốt (sửa số, nhập thêm, hay xóa đi) có cảnh báo FIGURE_CHANGED_AFTER_CUTOFF tại ô đó, nêu số lúc chốt và số hiện tại; tab ${DASHBOARD_TAB_NAME} có cột "Sửa sau khi chốt" cho từng đơn vị. Mục "${SETTINGS_FIELDS.cutoffUse.label}" quyết định báo cáo dùng số nào: **Số đã chốt** (mặc định: số sửa sau khi chốt chỉ được báo để xem xét; muốn dùng số mới thì chốt lại) hoặc **Số hiện tại**. Sau khi tạo báo cáo, công cụ nói rõ đã dùng số liệu nào và liệt kê các ô đã sửa sau khi chốt.`,
    '',
    '## Nộp đúng hạn và đơn vị theo thời gian',
    '',
    `Một đơn vị nộp **${TIMELINESS_LABEL.on_time.toLowerCase()}** khi ngày bấm Nộp (lần nộp hiện tại) không sau hạn nộp của nó (cột "${UNIT_COLUMNS.deadline.label}", nếu trống thì hạn chung); nộp sau hạn là **${TIMELINESS_LABEL.late.toLowerCase()}**; đơn vị không có hạn thì không bị coi là trễ. Tab ${DASHBOARD_TAB_NAME}, lệnh \`baocao status\` và bản tin hằng ngày ghi "18/21 đơn vị nộp đúng hạn" bên cạnh số đơn vị đã nộp. Tab ${DASHBOARD_TAB_NAME} còn có hai biểu đồ (trên Google Sheets): số đơn vị đã nộp theo từng ngày đến hạn nộp, và các chỉ tiêu ở mục "${SETTINGS_FIELDS.trendIndicators.label}" qua các kỳ đã lưu và kỳ này.`,
    '',
    `Đơn vị có thể có "${UNIT_COLUMNS.activeFrom.label}" và "${UNIT_COLUMNS.activeTo.label}" (xã sáp nhập, chi bộ thành lập hay giải thể). Đơn vị không hoạt động ngày nào trong kỳ thì **không thuộc kỳ này**: không tính vào số đơn vị phải nộp, đã nộp, đúng hạn; không được nhắc việc; không cần tab; không được tính khi giao mục, giao chỉ tiêu hay cộng số liệu theo nhóm, nên số liệu của nó không bắt buộc và không được cộng. Đơn vị vẫn được liệt kê ở tab ${DASHBOARD_TAB_NAME} với trạng thái "Không thuộc kỳ này".`,
    '',
    `## Tab "${HISTORY_TAB.name}" (tiện ích ghi, không nhập)`,
    '',
    `${HISTORY_TAB.purpose} Tab được ghi khi tạo kỳ báo cáo mới từ kỳ này (menu Báo cáo › Tạo kỳ báo cáo mới, hoặc lệnh \`baocao new-period\`): số liệu các kỳ trước, cộng số liệu kỳ vừa qua (số đã chốt nếu đã chốt, nếu không là số khi chuyển kỳ), từng đơn vị và dòng tổng (mã đơn vị để trống). Đừng nhập hay sửa tay; một mã kỳ sai dạng được cảnh báo và dòng đó không được dùng.`,
    '',
    ...columnsTable(HISTORY_TAB.columns, 'Cột'),
    '',
    `## Tab "${CUTOFF_TAB.name}" (tiện ích ghi, không nhập)`,
    '',
    `${CUTOFF_TAB.purpose} Ghi khi chốt số liệu (xem phần Chốt số liệu); không chuyển sang kỳ sau. Đừng nhập hay sửa tay.`,
    '',
    ...columnsTable(CUTOFF_TAB.columns, 'Cột'),
    '',
  ];
}
