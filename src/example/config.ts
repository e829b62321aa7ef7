/**
 * The secretariat's tabs of the built-in example, Báo cáo 350-BC/HU of the Chư Pưh district
 * Party committee (16 March 2023): settings, the reporting units, the outline of the real report,
 * the indicators behind every figure it prints, the rules between them, the register of the
 * documents it cites, and its distribution list. The units' own tabs are in ./units.
 */
import type { DocumentRecord, IndicatorDraft, Recipient, Rule, Section, UnitDraft } from '../domain/contract/tables';
import type { SettingsData } from '../domain/workbook/data';

export const SETTINGS: SettingsData = {
  parentBody: 'ĐẢNG BỘ TỈNH GIA LAI',
  issuingBody: 'HUYỆN ỦY CHƯ PƯH',
  place: 'Chư Pưh',
  documentNumber: '350',
  documentSymbol: 'BC/HU',
  documentDate: '2023-03-16',
  documentType: 'BÁO CÁO',
  summary: 'Sơ kết 01 năm kết quả triển khai thực hiện {{VB:QD529}}',
  periodFrom: '2022-02-11',
  periodTo: '2023-03-10',
  cutoffDate: '2023-03-01',
  deadline: '2023-03-10',
  profile: 'party',
  signingAuthority: 'T/M BAN THƯỜNG VỤ',
  signerTitle: 'PHÓ BÍ THƯ',
  signerName: 'Nguyễn Huy Châu',
  secretariatUnit: 'BDVHU',
  secretariatEmails: ['bdv@example.org'],
  zeroPad: true,
  percentDecimals: 2,
  spreadsheetUrl: null,
  reportFolderId: null,
  reminderDaysBefore: '3, 1, 0',
  reminderOverdueEvery: 1,
  reminderHour: 8,
  reminderCopySecretariat: false,
  reminderDigest: false,
};

/** Group names used by the outline and the indicators. */
export const PARTY = 'Cơ quan Đảng';
export const STATE = 'Nhà nước';
export const ARMED = 'Lực lượng vũ trang';
export const COMMUNES = 'Xã';
export const FRONT = 'Mặt trận và đoàn thể';

function unit(id: string, name: string, group: string, tab: string, email: string, submittedAt: string): UnitDraft {
  const address = `${email}@example.org`;
  return {
    id,
    name,
    group,
    tab,
    emails: [address],
    deadline: null,
    submittedAt,
    submittedBy: address,
    reopenedAt: null,
    reopenReason: null,
  };
}

/** Every unit submitted on or before the deadline (10/03/2023); the secretariat last. */
export const UNITS: ReadonlyArray<UnitDraft> = [
  unit('BDVHU', 'Ban Dân vận Huyện ủy', PARTY, 'BDV Huyện ủy', 'bdv', '2023-03-10T16:30'),
  unit('VPHU', 'Văn phòng Huyện ủy', PARTY, 'VP Huyện ủy', 'vphu', '2023-03-07T14:05'),
  unit('CBMT', 'Chi bộ Mặt trận Tổ quốc và các đoàn thể huyện', PARTY, 'CB Mặt trận - Đoàn thể', 'cbmt', '2023-03-08T09:15'),
  unit('BTCHU', 'Ban Tổ chức Huyện ủy', PARTY, 'Ban Tổ chức HU', 'btc', '2023-03-08T15:40'),
  unit('HDND', 'Thường trực Hội đồng nhân dân huyện', STATE, 'HĐND huyện', 'hdnd', '2023-03-06T10:20'),
  unit('UBND', 'Ủy ban nhân dân huyện', STATE, 'UBND huyện', 'ubnd', '2023-03-09T16:45'),
  unit('PNV', 'Phòng Nội vụ huyện', STATE, 'Phòng Nội vụ', 'pnv', '2023-03-07T08:50'),
  unit('VKS', 'Viện Kiểm sát nhân dân huyện', STATE, 'VKSND huyện', 'vks', '2023-03-06T14:30'),
  unit('BCHQS', 'Ban Chỉ huy Quân sự huyện', ARMED, 'BCH Quân sự huyện', 'bchqs', '2023-03-08T10:00'),
  unit('CAH', 'Công an huyện', ARMED, 'Công an huyện', 'congan', '2023-03-09T09:30'),
  unit('XA_NHONHOA', 'Ủy ban nhân dân thị trấn Nhơn Hòa', COMMUNES, 'TT Nhơn Hòa', 'nhonhoa', '2023-03-06T08:40'),
  unit('XA_IAHRU', 'Ủy ban nhân dân xã Ia Hrú', COMMUNES, 'Xã Ia Hrú', 'iahru', '2023-03-07T09:10'),
  unit('XA_IARONG', 'Ủy ban nhân dân xã Ia Rong', COMMUNES, 'Xã Ia Rong', 'iarong', '2023-03-07T10:25'),
  unit('XA_IADRENG', 'Ủy ban nhân dân xã Ia Dreng', COMMUNES, 'Xã Ia Dreng', 'iadreng', '2023-03-08T08:05'),
  unit('XA_IAHLA', 'Ủy ban nhân dân xã Ia Hla', COMMUNES, 'Xã Ia Hla', 'iahla', '2023-03-08T14:20'),
  unit('XA_IAPHANG', 'Ủy ban nhân dân xã Ia Phang', COMMUNES, 'Xã Ia Phang', 'iaphang', '2023-03-09T07:55'),
  unit('XA_IALE', 'Ủy ban nhân dân xã Ia Le', COMMUNES, 'Xã Ia Le', 'iale', '2023-03-09T10:40'),
  unit('XA_IABLU', 'Ủy ban nhân dân xã Ia Blứ', COMMUNES, 'Xã Ia Blứ', 'iablu', '2023-03-09T15:15'),
  unit('XA_CHUDON', 'Ủy ban nhân dân xã Chư Don', COMMUNES, 'Xã Chư Don', 'chudon', '2023-03-10T08:30'),
  unit('MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', FRONT, 'UBMTTQ huyện', 'mttq', '2023-03-08T16:10'),
  unit('DTCT', 'Khối các đoàn thể chính trị - xã hội huyện', FRONT, 'Đoàn thể huyện', 'doanthe', '2023-03-09T11:00'),
];

function heading(id: string, title: string): Section {
  return { id, title, writers: null, textRequired: null, guidance: null };
}

function section(id: string, title: string, writers: string[], guidance: string, textRequired = true): Section {
  return { id, title, writers, textRequired, guidance };
}

/** The outline of the real report, titles as printed (typos corrected). */
export const SECTIONS: ReadonlyArray<Section> = [
  heading('I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO TRIỂN KHAI THỰC HIỆN'),
  section(
    'I.1',
    'Công tác lãnh đạo, chỉ đạo phổ biến, quán triệt, ban hành văn bản thực hiện',
    ['BDVHU'],
    'Văn bản của Trung ương, Tỉnh ủy, Huyện ủy; hội nghị quán triệt; kết quả chuyển biến nhận thức.',
  ),
  section(
    'I.2',
    'Công tác kiểm tra, giám sát, đôn đốc việc triển khai thực hiện Quyết định số 529-QĐ/HU',
    ['BDVHU'],
    'Số đoàn kiểm tra, đối tượng kiểm tra, kết quả; kiểm tra công tác Nội vụ và giờ giấc làm việc.',
  ),
  heading('II', 'KẾT QUẢ TRIỂN KHAI THỰC HIỆN'),
  heading('II.1', 'Kết quả thực hiện trách nhiệm của các cơ quan đảng, cấp ủy, tổ chức đảng'),
  section(
    'II.1.1',
    'Các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy',
    ['VPHU'],
    'Văn phòng Huyện ủy tổng hợp chung cho khối các cơ quan tham mưu, giúp việc Huyện ủy.',
  ),
  section(
    'II.1.2',
    'Chi bộ Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện',
    ['CBMT'],
    'Kết quả lãnh đạo của chi bộ; tỷ lệ hoàn thành nhiệm vụ trọng tâm (nhóm NVTT) và kết luận, văn bản chỉ đạo (nhóm KL) tính tự động từ phần A.',
  ),
  section(
    'II.1.3',
    'Các tổ chức cơ sở đảng trực thuộc Huyện ủy',
    ['BTCHU'],
    'Ban Tổ chức Huyện ủy tổng hợp cho các tổ chức cơ sở đảng; tổ chức Khối Dân vận và Tổ dân vận.',
  ),
  heading('II.2', 'Kết quả thực hiện trách nhiệm của các cơ quan Nhà nước'),
  section(
    'II.2.1',
    'Hội đồng nhân dân huyện',
    ['HDND'],
    'Giám sát, tiếp xúc cử tri, kỳ họp, tiếp công dân; số liệu nhập ở phần B rồi chèn vào nội dung bằng mã chèn SL.',
  ),
  section(
    'II.2.2',
    'Ủy ban nhân dân huyện',
    ['UBND'],
    'Văn bản chỉ đạo, cải cách hành chính, bộ phận một cửa, tiếp công dân và giải quyết đơn thư.',
  ),
  section(
    'II.2.3',
    'Các phòng, ban, ngành của huyện',
    ['PNV'],
    'Phòng Nội vụ tổng hợp chung cho các phòng, ban, ngành của huyện.',
  ),
  section(
    'II.2.4',
    'Các cơ quan tư pháp huyện',
    ['VKS'],
    'Viện Kiểm sát nhân dân huyện tổng hợp chung cho các cơ quan tư pháp.',
  ),
  section(
    'II.2.5',
    'Các đơn vị lực lượng vũ trang',
    ['BDVHU', 'BCHQS', 'CAH'],
    'Ban Chỉ huy Quân sự huyện và Công an huyện viết phần của mình; Ban Dân vận Huyện ủy viết đoạn mở đầu chung.',
  ),
  section(
    'II.2.6',
    'Ủy ban nhân dân xã, thị trấn',
    ['BDVHU', COMMUNES],
    'Các xã, thị trấn chỉ nhập số liệu ở phần B (tiếp công dân, đơn thư, thôn làng); Ban Dân vận Huyện ủy viết phần tổng hợp.',
    false,
  ),
  heading(
    'II.3',
    'Kết quả thực hiện trách nhiệm của Ủy ban Mặt trận và các tổ chức chính trị - xã hội trong huyện',
  ),
  section(
    'II.3.1',
    'Mặt trận Tổ quốc Việt Nam các xã, thị trấn',
    ['MTTQ'],
    'Giám sát, phản biện xã hội; hiệp thương bầu trưởng thôn; Ngày hội Đại đoàn kết toàn dân tộc.',
  ),
  section(
    'II.3.2',
    'Các tổ chức chính trị - xã hội các xã, thị trấn',
    ['DTCT'],
    'Đổi mới nội dung, phương thức hoạt động; các phong trào thi đua, mô hình tiêu biểu.',
  ),
  section(
    'II.4',
    'Kết quả thực hiện phương thức công tác dân vận',
    ['BDVHU'],
    'Lấy ý kiến Nhân dân, giải quyết khiếu nại, chế độ báo cáo, giao ban, kiện toàn bộ máy.',
  ),
  heading('III', 'ĐÁNH GIÁ CHUNG, TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN, MỘT SỐ KINH NGHIỆM'),
  heading('III.1', 'Đánh giá chung'),
  section('III.1.1', 'Ưu điểm', ['BDVHU'], 'Đánh giá chung những kết quả nổi bật.'),
  section('III.1.2', 'Hạn chế, tồn tại', ['BDVHU'], 'Những hạn chế, tồn tại chủ yếu.'),
  section('III.2', 'Nguyên nhân của hạn chế, tồn tại', ['BDVHU'], 'Mỗi nguyên nhân một dòng, bắt đầu bằng "- ".'),
  section('III.3', 'Bài học kinh nghiệm', ['BDVHU'], 'Một là …, Hai là …, Ba là …'),
  section(
    'IV',
    'NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI',
    ['BDVHU'],
    'Mỗi nhiệm vụ, giải pháp một dòng, bắt đầu bằng số thứ tự "1. ", "2. " …',
  ),
];

function indicator(
  code: string,
  label: string,
  measure: string,
  reporters: string[],
  options: { aggregation?: IndicatorDraft['aggregation']; numberKind?: IndicatorDraft['numberKind']; note?: string } = {},
): IndicatorDraft {
  return {
    code,
    label,
    measure,
    reporters,
    aggregation: options.aggregation ?? 'sum',
    numberKind: options.numberKind ?? 'integer',
    note: options.note ?? null,
  };
}

const decimal = { numberKind: 'decimal' } as const;
/** A standard per commune, reported once by the district: not to be added up. */
const perCommune = { aggregation: 'none', note: 'Định mức cho mỗi xã, thị trấn' } as const;

/** Every figure the report prints, by the unit that reports it. */
export const INDICATORS: ReadonlyArray<IndicatorDraft> = [
  // Ban Dân vận Huyện ủy: sections I.1 and I.2, footnotes (2) and (3).
  indicator('HN_QUAN_TRIET_CB', 'Cán bộ chủ chốt dự hội nghị quán triệt', 'người', ['BDVHU']),
  indicator('DOAN_KT', 'Đoàn kiểm tra thành lập từ năm 2022', 'đoàn', ['BDVHU']),
  indicator('DOAN_KT_BTV', 'Đoàn kiểm tra do Ban Thường vụ Huyện ủy thành lập', 'đoàn', ['BDVHU']),
  indicator('DANG_UY_XA_KT', 'Đảng ủy xã được Ban Dân vận kiểm tra theo kế hoạch', 'đảng ủy', ['BDVHU']),
  indicator('DANG_UY_XA_KT_2022', 'Đảng ủy xã được kiểm tra theo kế hoạch năm 2022', 'đảng ủy', ['BDVHU']),
  indicator('DANG_UY_XA_KT_2023', 'Đảng ủy xã được kiểm tra theo kế hoạch năm 2023', 'đảng ủy', ['BDVHU']),
  indicator('KT_BTV_2022_DOAN', 'Năm 2022: đoàn kiểm tra của Ban Thường vụ', 'đoàn', ['BDVHU']),
  indicator('KT_BTV_2022_TCD', 'Năm 2022: tổ chức đảng được kiểm tra', 'tổ chức', ['BDVHU']),
  indicator('KT_BTV_2022_DV', 'Năm 2022: đảng viên được kiểm tra', 'đảng viên', ['BDVHU']),
  indicator('KT_BTV_2023_TCD', 'Năm 2023: tổ chức đảng được kiểm tra', 'tổ chức', ['BDVHU']),
  indicator('KT_BTV_2023_DV', 'Năm 2023: đảng viên được kiểm tra', 'đảng viên', ['BDVHU']),

  // Thường trực HĐND huyện: footnotes (4) and (5).
  indicator('HDND_DOAN_GIAM_SAT', 'Đoàn giám sát chuyên đề của Thường trực HĐND', 'đoàn', ['HDND']),
  indicator('HDND_TXCT_DIEM', 'Điểm tiếp xúc cử tri', 'điểm', ['HDND']),
  indicator('HDND_TXCT_XA', 'Xã, thị trấn có điểm tiếp xúc cử tri', 'xã', ['HDND']),
  indicator('HDND_TXCT_LUOT', 'Lượt cử tri dự tiếp xúc', 'lượt', ['HDND']),
  indicator('HDND_KIEN_NGHI_HUYEN', 'Ý kiến, kiến nghị cử tri thuộc thẩm quyền huyện', 'ý kiến', ['HDND']),
  indicator('HDND_KY_HOP', 'Kỳ họp HĐND huyện từ đầu năm 2022', 'kỳ họp', ['HDND']),
  indicator('HDND_NGHI_QUYET', 'Nghị quyết HĐND huyện đã ban hành', 'nghị quyết', ['HDND']),

  // UBND huyện: section I.2 and footnotes (8) to (10).
  indicator('UBND_KT_NOI_VU_XA', 'Xã, thị trấn được kiểm tra công tác Nội vụ năm 2022', 'xã', ['UBND']),
  indicator('MC_XA_TIVI', 'Một cửa xã: tivi công khai kết quả', 'chiếc', ['UBND'], perCommune),
  indicator('MC_XA_MAY_TINH', 'Một cửa xã: bộ máy tính', 'bộ', ['UBND'], perCommune),
  indicator('MC_XA_MAY_SCAN', 'Một cửa xã: máy scan', 'chiếc', ['UBND'], perCommune),
  indicator('MC_XA_MAY_PHOTO', 'Một cửa xã: máy photo', 'chiếc', ['UBND'], perCommune),
  indicator('MC_XA_MAY_IN', 'Một cửa xã: máy in', 'chiếc', ['UBND'], perCommune),
  indicator('MC_HUYEN_KIOSK', 'Một cửa huyện: kiosk tra cứu thủ tục hành chính', 'chiếc', ['UBND']),
  indicator('MC_HUYEN_MAY_TINH_BANG', 'Một cửa huyện: máy tính bảng đánh giá hài lòng', 'chiếc', ['UBND']),
  indicator('DON_TIEP_NHAN', 'Đơn thư tiếp nhận năm 2022 (toàn huyện)', 'đơn', ['UBND']),
  indicator('DON_DA_GIAI_QUYET', 'Đơn thư đã giải quyết', 'đơn', ['UBND']),
  indicator('DON_DANG_GIAI_QUYET', 'Đơn thư đang giải quyết', 'đơn', ['UBND']),
  indicator('TIEP_LUOT', 'Lượt tiếp công dân năm 2022 (huyện và xã)', 'lượt', ['UBND']),
  indicator('TIEP_NGUOI', 'Người dân được tiếp năm 2022 (huyện và xã)', 'người', ['UBND']),
  indicator('TIEP_LUOT_HUYEN', 'Lượt tiếp công dân của cấp huyện', 'lượt', ['UBND']),
  indicator('TIEP_NGUOI_HUYEN', 'Người dân được cấp huyện tiếp', 'người', ['UBND']),
  indicator('TIEP_LUOT_XA', 'Lượt tiếp công dân của cấp xã', 'lượt', ['UBND']),
  indicator('TIEP_NGUOI_XA', 'Người dân được cấp xã tiếp', 'người', ['UBND']),

  // Ban Chỉ huy Quân sự huyện: footnote (11).
  indicator('LLVT_DOT_DV_TU', 'Đợt làm công tác dân vận khi huấn luyện (ít nhất)', 'đợt', ['BCHQS']),
  indicator('LLVT_DOT_DV_DEN', 'Đợt làm công tác dân vận khi huấn luyện (nhiều nhất)', 'đợt', ['BCHQS']),
  indicator('KENH_MUONG_KM', 'Kênh mương nội đồng được nạo vét', 'km', ['BCHQS'], decimal),
  indicator('BANH_CHUNG_HO', 'Hộ nghèo được tặng bánh chưng', 'hộ', ['BCHQS']),
  indicator('BANH_CHUNG_TIEN', 'Giá trị quà bánh chưng', 'triệu đồng', ['BCHQS'], decimal),
  indicator('QUA_QUAN_KHU_HO', 'Hộ dân nhận quà Quân khu', 'hộ', ['BCHQS']),
  indicator('QUA_QUAN_KHU_TIEN', 'Giá trị quà Quân khu', 'đồng', ['BCHQS']),
  indicator('NHA_DONG_DOI', 'Nhà đồng đội xây dựng', 'nhà', ['BCHQS']),
  indicator('DE_GIONG', 'Dê giống hỗ trợ hộ nghèo', 'con', ['BCHQS']),
  indicator('HO_NGHEO_GIUP', 'Hộ nghèo được giúp thoát nghèo', 'hộ', ['BCHQS']),
  indicator('HO_NGHEO_GIUP_TIEN', 'Giá trị hỗ trợ hộ nghèo', 'triệu đồng', ['BCHQS'], decimal),
  indicator('TN_NHAP_NGU', 'Thanh niên nhập ngũ được tặng quà', 'người', ['BCHQS']),
  indicator('TN_XUAT_NGU', 'Thanh niên xuất ngũ được tặng quà', 'người', ['BCHQS']),
  indicator('TN_QUA_TIEN', 'Giá trị quà tặng thanh niên, thăm chiến sĩ mới', 'đồng', ['BCHQS']),

  // Công an huyện: footnotes (12) and (13).
  indicator('TT_BUOI', 'Buổi tuyên truyền', 'buổi', ['CAH']),
  indicator('TT_LUOT', 'Lượt người dự tuyên truyền', 'lượt', ['CAH']),
  indicator('TT_TRUONG', 'Trường học được tuyên truyền', 'trường', ['CAH']),
  indicator('TT_TRUONG_NGUOI', 'Giáo viên, học sinh dự tuyên truyền', 'người', ['CAH']),
  indicator('BAI_VIET', 'Bài viết tuyên truyền về phương thức, thủ đoạn tội phạm', 'bài', ['CAH']),
  indicator('TIN_BAI_LOA', 'Tin bài phát trên loa truyền thanh', 'tin bài', ['CAH']),
  indicator('TT_CA_BIET_HO', 'Hộ dân được tuyên truyền cá biệt', 'hộ', ['CAH']),
  indicator('TT_CA_BIET_NGUOI', 'Người dự tuyên truyền cá biệt', 'người', ['CAH']),
  indicator('TT_HOI_THANH_NGUOI', 'Người dự tuyên truyền tại Hội thánh Plei Tung', 'người', ['CAH']),
  indicator('TT_GT_THON_BUOI', 'Buổi tuyên truyền giao thông tại thôn, làng', 'buổi', ['CAH']),
  indicator('TT_GT_THON_NGUOI', 'Người dự tuyên truyền giao thông tại thôn, làng', 'người', ['CAH']),
  indicator('MU_BAO_HIEM', 'Mũ bảo hiểm tặng', 'chiếc', ['CAH']),
  indicator('TO_TAC_CHIEN_MANG_TV', 'Thành viên Tổ Tác chiến mạng', 'người', ['CAH']),
  indicator('FANPAGE', 'Fanpage tuyên truyền', 'trang', ['CAH']),
  indicator('ZALO_OA', 'Tài khoản Zalo Official Account', 'tài khoản', ['CAH']),
  indicator('BAI_DANG', 'Bài viết đăng tải trên mạng xã hội', 'bài', ['CAH']),
  indicator('LUOT_TUONG_TAC', 'Lượt tương tác', 'lượt', ['CAH']),
  indicator('TO_TU_QUAN_THON', 'Tổ tự quản thôn, làng', 'tổ', ['CAH']),
  indicator('TO_TU_QUAN_ATGT', 'Tổ tự quản an toàn giao thông', 'tổ', ['CAH']),
  indicator('MH_ANH_SANG_CAMERA', 'Mô hình “Ánh sáng, Camera và tiếng kẻng an ninh”', 'mô hình', ['CAH']),
  indicator('MH_LIEN_GIA_PCCC', 'Mô hình “Tổ liên gia phòng cháy, chữa cháy”', 'mô hình', ['CAH']),
  indicator('LIEN_GIA_THANH_VIEN', 'Thành viên các mô hình tự quản', 'người', ['CAH']),
  indicator('HN_LANG_NGHE_XA', 'Xã, thị trấn tổ chức Hội nghị “Công an xã lắng nghe ý kiến nhân dân”', 'xã', ['CAH']),
  indicator('HN_LANG_NGHE_LUOT', 'Lượt người dự Hội nghị lắng nghe ý kiến nhân dân', 'lượt', ['CAH']),
  indicator('HN_LANG_NGHE_Y_KIEN', 'Ý kiến phản ánh tại Hội nghị', 'ý kiến', ['CAH']),

  // Xã, thị trấn: footnote (14) and the figures of sections II.1.3, II.2.2 and II.3.1.
  indicator('XA_TIEP_CONG_DAN_LUOT', 'Lượt công dân được tiếp từ đầu năm 2022', 'lượt', [COMMUNES]),
  indicator('XA_DON_TIEP_NHAN', 'Đơn kiến nghị, phản ánh tiếp nhận', 'đơn', [COMMUNES]),
  indicator('XA_DON_DA_GIAI_QUYET', 'Đơn đã giải quyết', 'đơn', [COMMUNES]),
  indicator('XA_DON_DANG_GIAI_QUYET', 'Đơn đang trong thời gian giải quyết', 'đơn', [COMMUNES]),
  indicator('XA_SO_THON', 'Số thôn, làng', 'thôn', [COMMUNES]),
  indicator('XA_TRUONG_THON_BAU', 'Trưởng thôn được bầu nhiệm kỳ 2022-2025', 'người', [COMMUNES]),
  indicator('XA_THON_PHAN_LE', 'Thôn, làng tổ chức phần lễ Ngày hội Đại đoàn kết 2022', 'thôn', [COMMUNES]),
  indicator('XA_THON_LE_HOI', 'Thôn, làng tổ chức cả phần lễ và phần hội', 'thôn', [COMMUNES]),
  indicator('XA_TO_DAN_VAN', 'Tổ dân vận thôn, làng', 'tổ', [COMMUNES]),
  indicator('XA_AP_DUNG_ISO', 'Áp dụng TCVN ISO 9001:2008 (1 = có, 0 = chưa)', 'xã', [COMMUNES]),
];

function rule(id: string, expression: string, severity: Rule['severity'], description: string): Rule {
  return { id, expression, severity, description };
}

export const RULES: ReadonlyArray<Rule> = [
  rule(
    'DON_CONG_DON',
    'DON_DA_GIAI_QUYET + DON_DANG_GIAI_QUYET = DON_TIEP_NHAN',
    'warning',
    'Số đơn đã giải quyết cộng số đơn đang giải quyết phải bằng số đơn đã tiếp nhận; nếu có đơn chuyển cơ quan khác hoặc lưu, hãy ghi rõ.',
  ),
  rule('DON_KHONG_VUOT', 'DON_DA_GIAI_QUYET <= DON_TIEP_NHAN', 'error', 'Số đơn đã giải quyết không thể vượt số đơn tiếp nhận.'),
  rule('TIEP_LUOT_CONG', 'TIEP_LUOT_HUYEN + TIEP_LUOT_XA = TIEP_LUOT', 'warning', 'Lượt tiếp của huyện và của xã cộng lại phải bằng tổng số lượt.'),
  rule('TIEP_NGUOI_CONG', 'TIEP_NGUOI_HUYEN + TIEP_NGUOI_XA = TIEP_NGUOI', 'warning', 'Số người được tiếp ở huyện và ở xã cộng lại phải bằng tổng số người.'),
  rule('TIEP_LUOT_NGUOI', 'TIEP_LUOT <= TIEP_NGUOI', 'error', 'Mỗi lượt tiếp có ít nhất một người dân.'),
  rule(
    'XA_DON_CONG_DON',
    'XA_DON_DA_GIAI_QUYET + XA_DON_DANG_GIAI_QUYET = XA_DON_TIEP_NHAN',
    'warning',
    'Ở mỗi xã, đơn đã giải quyết cộng đơn đang giải quyết phải bằng đơn tiếp nhận.',
  ),
  rule('XA_THON_LE_HOI', 'XA_THON_LE_HOI <= XA_THON_PHAN_LE', 'error', 'Thôn tổ chức cả lễ và hội phải nằm trong số thôn tổ chức phần lễ.'),
  rule('XA_THON_PHAN_LE', 'XA_THON_PHAN_LE <= XA_SO_THON', 'error', 'Số thôn tổ chức phần lễ không vượt số thôn, làng của xã.'),
  rule('XA_TRUONG_THON', 'XA_TRUONG_THON_BAU <= XA_SO_THON', 'error', 'Mỗi thôn, làng bầu một trưởng thôn.'),
  rule('XA_TO_DAN_VAN', 'XA_TO_DAN_VAN <= XA_SO_THON', 'error', 'Mỗi thôn, làng có một Tổ dân vận.'),
  rule(
    'TO_TU_QUAN_THON',
    'TO_TU_QUAN_THON <= XA_SO_THON',
    'error',
    'Tổ tự quản thôn, làng (Công an huyện báo cáo) không vượt tổng số thôn, làng (các xã báo cáo).',
  ),
  rule(
    'DANG_UY_XA_KT',
    'DANG_UY_XA_KT_2022 + DANG_UY_XA_KT_2023 = DANG_UY_XA_KT',
    'warning',
    'Số đảng ủy xã được kiểm tra là tổng của hai kế hoạch năm 2022 và năm 2023.',
  ),
  rule(
    'DOAN_KT',
    'DOAN_KT_BTV + DANG_UY_XA_KT = DOAN_KT',
    'warning',
    'Các đoàn kiểm tra gồm đoàn của Ban Thường vụ và các cuộc kiểm tra đảng ủy xã của Ban Dân vận.',
  ),
];

function doc(
  id: string,
  kind: string,
  numberSymbol: string,
  issuedOn: string | null,
  issuer: string,
  summary: string | null,
): DocumentRecord {
  return { id, kind, numberSymbol, issuedOn, issuer, summary };
}

/**
 * The register (tab "Văn bản"): Party and central documents cited in the report. UBND's own
 * plans and decisions are in its tab's part E.
 */
export const DOCUMENTS: ReadonlyArray<DocumentRecord> = [
  doc('QD529', 'Quyết định', '529-QĐ/HU', '2022-02-11', 'Ban Thường vụ Huyện ủy', 'về ban hành Quy chế công tác dân vận của hệ thống chính trị huyện'),
  doc('QD23', 'Quyết định', '23-QĐ/TW', '2021-07-30', 'Bộ Chính trị', 'về ban hành Quy chế công tác dân vận của hệ thống chính trị'),
  doc('QD400', 'Quyết định', '400-QĐ/TU', '2021-11-22', 'Ban Thường vụ Tỉnh ủy', 'về ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh'),
  doc('QD550', 'Quyết định', '550-QĐ/HU', '2016-10-13', 'Ban Thường vụ Huyện ủy', 'về ban hành “Quy chế công tác dân vận của hệ thống chính trị”'),
  doc(
    'QD553',
    'Quyết định',
    '553-QĐ/TU',
    '2017-03-14',
    'Ban Thường vụ Tỉnh ủy',
    'về ban hành Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền các cấp với nhân dân trên địa bàn tỉnh',
  ),
  doc('KH13', 'Kế hoạch', '13-KH/BDVHU', '2022-08-10', 'Ban Dân vận Huyện ủy', 'về kiểm tra công tác dân vận năm 2022'),
  doc('KH14', 'Kế hoạch', '14-KH/BDVHU', '2023-02-08', 'Ban Dân vận Huyện ủy', 'về kiểm tra công tác dân vận năm 2023'),
  doc('KH49', 'Kế hoạch', '49-KH/HU', '2022-02-10', 'Ban Thường vụ Huyện ủy', 'về việc triển khai thực hiện các nhiệm vụ trọng tâm năm 2022'),
  doc(
    'KL21',
    'Kết luận',
    '21-KL/TW',
    '2021-10-25',
    'Ban Chấp hành Trung ương khóa XIII',
    'về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”',
  ),
  doc(
    'KL01',
    'Kết luận',
    '01-KL/TW',
    '2021-05-18',
    'Bộ Chính trị',
    'về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  ),
  doc('CT05', 'Chỉ thị', '05-CT/TW', '2016-05-15', 'Bộ Chính trị khóa XII', 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'),
  doc(
    'HD01',
    'Hướng dẫn',
    '01/HDLB-TC-DV',
    '2000-05-25',
    'Ban Dân vận Trung ương và Ban Tổ chức Trung ương',
    'về chức năng, nhiệm vụ, tổ chức bộ máy và biên chế cán bộ của Ban Dân vận địa phương',
  ),
  doc(
    'HD80',
    'Hướng dẫn',
    '80-HD/BDVTW',
    '2012-02-28',
    'Ban Dân vận Trung ương',
    'về việc thành lập, hoạt động của tổ dân vận thôn, bản, khóm, ấp, tổ dân phố, khu dân cư',
  ),
  doc(
    'CTR05',
    'Chương trình phối hợp',
    '05-CTr/BDVHU-UBND',
    '2022-05-26',
    'Ban Dân vận Huyện ủy và Ủy ban nhân dân huyện',
    'về công tác dân vận chính quyền giai đoạn 2022 – 2026',
  ),
  doc(
    'CTR06',
    'Chương trình phối hợp',
    '06-CTr/BDVHU-BCHQSH-CAH',
    '2022-05-26',
    'Ban Dân vận Huyện ủy, Ban Chỉ huy Quân sự huyện và Công an huyện',
    'về công tác dân vận giai đoạn 2022 - 2026',
  ),
  doc('CT76', 'Chỉ thị', '76/CT-BQP', null, 'Bộ Quốc phòng', null),
  doc(
    'PL34',
    'Pháp lệnh',
    '34/2007/PL-UBTVQH11',
    '2007-04-20',
    'Ủy ban Thường vụ Quốc hội',
    'về thực hiện dân chủ ở xã, phường, thị trấn',
  ),
  doc(
    'CT33',
    'Chỉ thị',
    '33/CT-TTg',
    '2021-11-26',
    'Thủ tướng Chính phủ',
    'về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới',
  ),
  doc(
    'QD217',
    'Quyết định',
    '217-QĐ/TW',
    '2013-12-12',
    'Bộ Chính trị',
    'về ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội',
  ),
  doc(
    'QD218',
    'Quyết định',
    '218-QĐ/TW',
    '2013-12-12',
    'Bộ Chính trị',
    'về ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền',
  ),
  doc(
    'QDI124',
    'Quy định',
    '124-QĐ/TW',
    '2018-02-02',
    'Ban Bí thư',
    'về giám sát của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên',
  ),
  doc(
    'CV862',
    'Công văn',
    '862-CV/HU',
    '2022-08-30',
    'Ban Thường vụ Huyện ủy',
    'về tiếp tục thực hiện hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền trên địa bàn huyện',
  ),
  doc(
    'HD08',
    'Hướng dẫn',
    '08-HD/HU',
    '2023-02-09',
    'Ban Thường vụ Huyện ủy',
    'về hướng dẫn thực hiện chủ trương “Hàng tuần có ít nhất 01 ngày làm việc ở cơ sở”',
  ),
  doc(
    'CT06',
    'Chỉ thị',
    '06-CT/HU',
    '2023-01-17',
    'Ban Thường vụ Huyện ủy',
    'về phát huy vai trò nâng cao chất lượng, hiệu quả của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân trong công tác giám sát, phản biện xã hội, tham gia góp ý xây dựng đảng, xây dựng chính quyền',
  ),
  doc(
    'CV1109',
    'Công văn',
    '1109-CV/HU',
    '2023-02-07',
    'Ban Thường vụ Huyện ủy',
    'về việc nâng cao chất lượng, hiệu quả việc thực hiện các mô hình, phong trào, cuộc vận động trên địa bàn huyện',
  ),
];

export const RECIPIENTS: ReadonlyArray<Recipient> = [
  'Thường trực Tỉnh ủy (báo cáo)',
  'Ban Dân vận Tỉnh ủy (báo cáo)',
  'Thường trực Huyện ủy',
  'Các tổ chức cơ sở đảng',
  'Hội đồng nhân dân huyện',
  'Ủy ban nhân dân huyện',
  'Các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy',
  'Mặt trận và các tổ chức chính trị - xã hội huyện',
  'Đảng ủy các xã, thị trấn',
  'Các cơ quan, phòng, ban đơn vị của huyện',
  'Lưu Văn phòng Huyện ủy',
].map((recipient) => ({ recipient }));
