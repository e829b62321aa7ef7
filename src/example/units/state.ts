/**
 * The State bodies' tabs in the example: Thường trực HĐND huyện (II.2.1, footnotes 4–5), UBND
 * huyện (II.2.2, footnotes 6–10, plus the figure behind "kiểm tra 09/09 xã" in I.2 and its own
 * plans and decisions in part E), Phòng Nội vụ for the phòng, ban (II.2.3) and the Viện Kiểm sát
 * for the judicial bodies (II.2.4). UBND's petition figures keep the seed's 106 + 14 ≠ 124.
 */
import type { DocumentRecord } from '../../domain/contract/tables';
import { paragraphs, sheet } from './sheet';

export const HDND_SHEET = sheet({
  figures: {
    HDND_DOAN_GIAM_SAT: 18,
    HDND_TXCT_DIEM: 27,
    HDND_TXCT_XA: 9,
    HDND_TXCT_LUOT: 3500,
    HDND_KIEN_NGHI_HUYEN: 125,
    HDND_KY_HOP: 4,
    HDND_NGHI_QUYET: 37,
  },
  narratives: paragraphs(
    'II.2.1',
    'Căn cứ vào các nội dung của Điều 8, Quy chế công tác dân vận của hệ thống chính trị huyện, Hội đồng nhân dân huyện đã cụ thể hóa các nhiệm vụ liên quan đến công tác dân vận trong thực hiện chức năng, nhiệm vụ của Hội đồng nhân dân.',
    'Duy trì mối quan hệ chặt chẽ, thường xuyên với các cơ quan trong hệ thống chính trị; đồng thời, trao đổi hoạt động với các ngành chức năng, đảm bảo đúng quy định của Luật Tổ chức chính quyền địa phương năm 2015, Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương năm 2019, Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015. Đại biểu Hội đồng nhân dân các cấp đã chú trọng nâng cao chất lượng chương trình hoạt động, nội dung của các kỳ họp, chất vấn và trả lời chất vấn; tăng cường công tác giám sát theo chức năng, nhiệm vụ; tổ chức các cuộc giám sát, hội nghị tiếp xúc cử tri theo luật định. Qua các cuộc giám sát, tiếp xúc cử tri, Hội đồng nhân dân các cấp tập hợp được nhiều ý kiến, tâm tư, nguyện vọng của cử tri và kiến nghị gửi các cơ quan liên quan giải quyết những yêu cầu bức xúc của cử tri; làm tốt công tác theo dõi và giám sát Ủy ban nhân dân các cấp giải quyết kiến nghị của cử tri{{CT:GIAM_SAT}}. Tại các cuộc họp Hội đồng nhân dân với tinh thần dân chủ, cởi mở và thẳng thắn, đề cao trách nhiệm, đã nâng cao chất lượng nội dung các cuộc họp, giải quyết được nhiều vấn đề bức xúc trong nhân dân, đưa các chủ trương của Đảng và chính sách, pháp luật của Nhà nước thực sự đi vào đời sống xã hội, quyền làm chủ của nhân dân được phát huy.',
    'Phối hợp với Ủy ban Mặt trận Tổ quốc cấp huyện, xã tổ chức Hội nghị tiếp xúc cử tri đảm bảo nghiêm túc, dân chủ{{CT:TIEP_XUC_CU_TRI}}. Thông qua các kỳ họp, Hội đồng nhân dân đã tiếp thu, tổng hợp, nghiên cứu các ý kiến đóng góp của Mặt trận Tổ quốc và các tổ chức thành viên và Nhân dân để đưa ra các chủ trương, quyết sách hợp lòng dân. Thường trực Hội đồng nhân dân huyện xây dựng Kế hoạch tiếp công dân của Thường trực Hội đồng nhân dân huyện, đại biểu Hội đồng nhân dân huyện hằng tuần và ngày 15 hằng tháng và tổ chức thực hiện nghiêm Kế hoạch đề ra, theo đó đã phân công cụ thể lịch tiếp công dân cho các vị đại biểu Hội đồng nhân dân huyện. Thường xuyên theo dõi, đôn đốc các cơ quan giải quyết, trả lời các ý kiến, kiến nghị của cử tri và giải quyết đơn khiếu nại, tố cáo, kiến nghị của công dân.',
  ),
  footnotes: {
    GIAM_SAT: 'Từ năm 2022 đến nay, Thường trực Hội đồng nhân dân huyện đã thành lập {{SL:HDND_DOAN_GIAM_SAT}} đoàn giám sát chuyên đề.',
    TIEP_XUC_CU_TRI:
      'Từ năm 2022 đến nay, các đại biểu Hội đồng nhân dân huyện đã tiếp xúc cử tri {{SL:HDND_TXCT_DIEM}} điểm tại {{SL:HDND_TXCT_XA}} xã, thị trấn với khoảng {{SL:HDND_TXCT_LUOT}} lượt cử tri tham dự. Sau các đợt tiếp xúc cử tri, các Tổ đại biểu đã tổng hợp, phân loại các ý kiến của cử tri thuộc thẩm quyền của tỉnh, huyện, xã chuyển cho các cơ quan, ban ngành có liên quan giải quyết theo quy định; có {{SL:HDND_KIEN_NGHI_HUYEN}} ý kiến, kiến nghị cử tri thuộc thẩm quyền của huyện. Từ đầu năm 2022 đến nay, Hội đồng nhân dân huyện tổ chức {{SL:HDND_KY_HOP}} kỳ họp: kỳ họp thứ Năm, thứ Tám và kỳ họp thứ 6, thứ 7 (chuyên đề); ban hành kịp thời {{SL:HDND_NGHI_QUYET}} nghị quyết đúng quy định.',
  },
});

function ubndDoc(id: string, kind: string, numberSymbol: string, issuedOn: string | null, summary: string): DocumentRecord {
  return { id, kind, numberSymbol, issuedOn, issuer: 'Ủy ban nhân dân huyện', summary };
}

/** UBND's own documents, cited by itself and by the secretariat (part E of its tab). */
const UBND_DOCUMENTS: ReadonlyArray<DocumentRecord> = [
  ubndDoc('QD172', 'Quyết định', '172/QĐ-UBND', '2022-02-17', 'về kế hoạch kiểm tra công tác Nội vụ năm 2022'),
  ubndDoc(
    'QD282',
    'Quyết định',
    '282/QĐ-UBND',
    '2020-05-22',
    'về việc thành lập Tổ kiểm tra giờ giấc làm việc của cán bộ, công chức, viên chức',
  ),
  ubndDoc('KH141', 'Kế hoạch', '141/KH-UBND', '2022-05-27', 'về việc thực hiện công tác dân vận chính quyền năm 2022'),
  ubndDoc('QD4477', 'Quyết định', '4477/QĐ-UBND', null, 'về Kế hoạch cải cách hành chính năm 2022 của huyện Chư Pưh'),
  ubndDoc(
    'QD4478',
    'Quyết định',
    '4478/QĐ-UBND',
    '2021-12-30',
    'về ban hành Kế hoạch tuyên truyền công tác cải cách hành chính năm 2022 của huyện Chư Pưh',
  ),
  ubndDoc(
    'QD158',
    'Quyết định',
    '158/QĐ-UBND',
    '2021-12-29',
    'về ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2025 và định hướng đến năm 2030',
  ),
  ubndDoc(
    'KH11',
    'Kế hoạch',
    '11/KH-UBND',
    '2022-01-19',
    'về việc triển khai công tác văn bản quy phạm pháp luật năm 2022 trên địa bàn huyện Chư Pưh',
  ),
  ubndDoc(
    'KH69',
    'Kế hoạch',
    '69/KH-UBND',
    '2022-02-11',
    'về theo dõi thi hành pháp luật và quản lý về xử lý vi phạm hành chính năm 2022 trên địa bàn huyện Chư Pưh',
  ),
  ubndDoc('QD4472', 'Quyết định', '4472/QĐ-UBND', '2021-12-29', 'về việc ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2022'),
];

export const UBND_SHEET = sheet({
  figures: {
    UBND_KT_NOI_VU_XA: 9,
    MC_XA_TIVI: 1,
    MC_XA_MAY_TINH: 5,
    MC_XA_MAY_SCAN: 2,
    MC_XA_MAY_PHOTO: 1,
    MC_XA_MAY_IN: 5,
    MC_HUYEN_KIOSK: 1,
    MC_HUYEN_MAY_TINH_BANG: 5,
    DON_TIEP_NHAN: 124,
    DON_DA_GIAI_QUYET: 106,
    DON_DANG_GIAI_QUYET: 14,
    TIEP_LUOT: 184,
    TIEP_NGUOI: 207,
    TIEP_LUOT_HUYEN: 118,
    TIEP_NGUOI_HUYEN: 130,
    TIEP_LUOT_XA: 66,
    TIEP_NGUOI_XA: 77,
  },
  narratives: paragraphs(
    'II.2.2',
    'Sau khi {{VB:QD529|ngắn}} ban hành, Ủy ban nhân dân huyện đã xây dựng, tổ chức thực hiện chương trình, kế hoạch cụ thể triển khai chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước liên quan đến công tác dân vận, ban hành các văn bản chỉ đạo nâng cao hiệu quả, hiệu lực quản lý của các cơ quan nhà nước, chống quan liêu, cửa quyền, tham nhũng, lãng phí{{CT:VB_DAN_VAN}}; quán triệt các quy định của các cấp về thực hiện Quy chế dân chủ đến các cơ quan, đơn vị, các xã, thị trấn. Trên cơ sở kế hoạch đã ban hành, Ủy ban nhân dân huyện yêu cầu các đơn vị xây dựng kế hoạch cụ thể để thực hiện cho phù hợp với tình hình thực tế từng đơn vị.',
    'Thực hiện tốt cải cách hành chính theo hướng trong sạch, minh bạch, đáp ứng ngày càng cao nhu cầu của Nhân dân. Xây dựng kế hoạch đẩy mạnh cải cách hành chính, nâng cao hiệu quả, hiệu lực hoạt động của chính quyền cơ sở. Công khai, minh bạch chủ trương, chính sách, chương trình, dự án phát triển kinh tế - xã hội, ngân sách, nguồn lực nhà nước. Xây dựng và ban hành kế hoạch cải cách hành chính, kế hoạch tuyên truyền cải cách hành chính, kế hoạch rà soát, đánh giá thủ tục hành chính, kế hoạch kiểm tra công tác cải cách hành chính{{CT:VB_CCHC}}. Việc triển khai áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008 tiếp tục được thực hiện tại các phòng chuyên môn thuộc huyện và {{TL:XA_AP_DUNG_ISO/#Xã}} xã, thị trấn.',
    'Việc sử dụng Hệ thống quản lý văn bản và điều hành liên thông 4 cấp đã được huyện triển khai thực hiện thường xuyên; 100% cơ quan, đơn vị thuộc huyện và Ủy ban nhân dân xã, thị trấn đã sử dụng Hệ thống để nhận, gửi và trao đổi văn bản có hiệu quả. Trang thông tin điện tử của huyện và Trang thông tin điện tử thành phần các xã, thị trấn đăng tải đầy đủ, công khai các thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện, cấp xã, đồng thời đăng tải những thông tin về tình hình phát triển kinh tế, xã hội của huyện…',
    'Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân huyện và Ủy ban nhân dân các xã, thị trấn được trang bị đầy đủ cơ sở vật chất như tủ đựng hồ sơ, máy vi tính, máy in, máy scan, bàn ghi chép hồ sơ, máy tra cứu thông tin hồ sơ, màn hình thể hiện thông tin giải quyết hồ sơ, hệ thống camera giám sát… Tất cả được bố trí ngăn nắp, lịch sự, tạo thuận lợi cho tổ chức, công dân đến giao dịch. Thiết bị cấp huyện, cấp xã do Bưu điện huyện bố trí phù hợp với nhận diện thương hiệu của Bưu điện Việt Nam (VNPost){{CT:MOT_CUA}}. Thực hiện các quy định về dân chủ ở cơ sở; tiếp công dân, đối thoại, giải quyết khiếu nại, tố cáo, kiến nghị, những vấn đề bức xúc của nhân dân theo quy định của pháp luật; tạo điều kiện cho cơ quan, tổ chức, cá nhân tham gia đóng góp ý kiến, phản biện, giám sát thực hiện chính sách, pháp luật và hoạt động của chính quyền các cấp.',
    'Việc thực hiện Quy chế dân chủ được Ủy ban nhân dân huyện chỉ đạo các phòng, ban, đơn vị huyện và Ủy ban nhân dân các xã, thị trấn triển khai thực hiện. Thực hiện nghiêm túc chế độ tiếp xúc, đối thoại trực tiếp với nhân dân, tiếp thu ý kiến phê bình, góp ý của nhân dân về công tác quản lý, điều hành, thái độ, tác phong làm việc và đạo đức công vụ của cán bộ, công chức, viên chức; giải quyết kịp thời đơn thư khiếu nại, tố cáo của nhân dân{{CT:DON_THU}}. Ban Tiếp công dân của huyện hoạt động thường xuyên và có hiệu quả trong việc tiếp công dân, chú trọng và chỉ đạo Ủy ban nhân dân các xã, thị trấn thực hiện việc tiếp dân theo quy định vào ngày 01 và ngày 15 hằng tháng, bố trí lãnh đạo Hội đồng nhân dân, Ủy ban nhân dân huyện trực, tiếp dân và đối thoại với nhân dân nhằm nâng cao hiệu quả hoạt động của bộ máy và xây dựng niềm tin của quần chúng nhân dân vào chủ trương, chính sách của Đảng, pháp luật của Nhà nước{{CT:TIEP_DAN}}.',
    'Ủy ban nhân dân huyện đã chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin – Thể thao, Ủy ban nhân dân các xã, thị trấn thường xuyên tuyên truyền chủ trương, chính sách, nghị quyết, chỉ thị của các cấp về công tác dân vận; phản ánh, nêu gương điển hình tập thể và cá nhân thực hiện công tác dân vận của chính quyền các cấp. Nâng cao đạo đức công vụ, tinh thần trách nhiệm, ý thức phục vụ nhân dân của đội ngũ cán bộ, công chức, viên chức. Thanh tra, kiểm tra thực hiện chính sách pháp luật của Nhà nước, nhất là những vấn đề liên quan đến đời sống của nhân dân; xử lý tham nhũng, tiêu cực, hành vi xâm phạm quyền và lợi ích hợp pháp, chính đáng của công dân theo thẩm quyền: các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện công tác tăng cường quản lý công tác tổ chức bộ máy và siết chặt kỷ luật, kỷ cương hành chính, nâng cao đạo đức công vụ, tinh thần trách nhiệm, ý thức phục vụ nhân dân của đội ngũ cán bộ, công chức, viên chức trên địa bàn. Theo đó, giao trách nhiệm cho người đứng đầu các cơ quan, đơn vị, địa phương phải đổi mới phương thức lãnh đạo, điều hành; đồng thời đôn đốc, giám sát việc thực hiện kỷ luật, kỷ cương hành chính; kiên quyết xử lý nghiêm các hành vi vi phạm, gây nhũng nhiễu, phiền hà, vi phạm quy tắc ứng xử trong việc tiếp nhận và giải quyết công việc của người dân, tổ chức và doanh nghiệp, nhất là trong việc tiếp nhận và giải quyết các thủ tục hành chính theo quy định.',
    'Phối hợp với Ban Dân vận Huyện ủy, Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị - xã hội cùng cấp trong tham mưu, thực hiện công tác dân vận. Định kỳ 03 tháng đối với cấp huyện, hằng tháng đối với cấp xã, Ủy ban nhân dân có chương trình làm việc với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp về tình hình nhân dân và công tác dân vận. Trên cơ sở đề xuất của Ban Dân vận Huyện ủy, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội của huyện, Ủy ban nhân dân huyện luôn tạo điều kiện và phối hợp với Ban Dân vận Huyện ủy, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội của huyện thực hiện và hoàn thành nhiệm vụ chính trị được giao. Ủy ban nhân dân huyện đã phân công đồng chí Chủ tịch Ủy ban nhân dân phụ trách công tác dân vận và chỉ đạo thực hiện quy chế dân chủ ở cơ sở; chỉ đạo các cơ quan, đơn vị trực thuộc phân công một đồng chí lãnh đạo phụ trách công tác dân vận.',
  ),
  footnotes: {
    VB_DAN_VAN: '{{VB:KH141}}; {{VB:CTR05}}.',
    VB_CCHC: '{{VB:QD4477}}; {{VB:QD4478}}; {{VB:QD158}}; {{VB:KH11}}; {{VB:KH69}}; {{VB:QD4472}}.',
    MOT_CUA:
      'Bố trí mỗi xã, thị trấn {{SL:MC_XA_TIVI}} tivi công khai kết quả giải quyết, {{SL:MC_XA_MAY_TINH}} bộ máy tính, mạng internet, {{SL:MC_XA_MAY_SCAN}} máy scan, {{SL:MC_XA_MAY_PHOTO}} máy photo, camera giám sát có ghi âm, {{SL:MC_XA_MAY_IN}} máy in; riêng cấp huyện được bố trí thêm {{SL:MC_HUYEN_KIOSK}} kiosk tra cứu thủ tục hành chính, {{SL:MC_HUYEN_MAY_TINH_BANG}} máy tính bảng phục vụ đánh giá mức độ hài lòng của công dân tại Bộ phận một cửa huyện.',
    DON_THU:
      'Trong năm 2022, kết quả tiếp nhận và xử lý đơn thư: toàn huyện đã tiếp nhận {{SL:DON_TIEP_NHAN}} đơn. Trong đó, đã giải quyết {{TL:DON_DA_GIAI_QUYET/DON_TIEP_NHAN}} đơn, đạt tỷ lệ {{PT:DON_DA_GIAI_QUYET/DON_TIEP_NHAN}}, {{SL:DON_DANG_GIAI_QUYET}} đơn đang trong quá trình giải quyết. Tất cả các đơn thư trên địa bàn huyện đều được giải quyết đảm bảo theo quy định.',
    TIEP_DAN:
      'Trong năm 2022, Ủy ban nhân dân huyện, Thanh tra huyện, các ban ngành chức năng thuộc huyện; Ủy ban nhân dân các xã, thị trấn đã tiếp được {{SL:TIEP_LUOT}} lượt có {{SL:TIEP_NGUOI}} người dân đến phản ánh, kiến nghị, khiếu nại, tố cáo. Trong đó: Ủy ban nhân dân huyện, Thanh tra huyện, các ban ngành chức năng thuộc huyện tiếp được {{SL:TIEP_LUOT_HUYEN}} lượt với {{SL:TIEP_NGUOI_HUYEN}} người; Ủy ban nhân dân các xã, thị trấn tiếp được {{SL:TIEP_LUOT_XA}} lượt với {{SL:TIEP_NGUOI_XA}} người.',
  },
  documents: UBND_DOCUMENTS,
});

export const PNV_SHEET = sheet({
  narratives: paragraphs(
    'II.2.3',
    'Căn cứ vào {{VB:QD529|ngắn}}, các cơ quan, đơn vị hành chính sự nghiệp, lực lượng vũ trang đã ban hành các kế hoạch triển khai thực hiện công tác dân vận hằng năm gắn với thực hiện Quy chế dân chủ ở cơ sở. Qua đó tạo chuyển biến rõ nét trong phát huy dân chủ, giữ gìn đoàn kết nội bộ và thực hiện nhiệm vụ chính trị được giao. Các cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập đã nghiêm túc triển khai thực hiện gắn với nhiệm vụ chính trị và vai trò, trách nhiệm của người đứng đầu trong việc công khai, minh bạch các chủ trương của Đảng, chính sách, pháp luật của Nhà nước và các quy định của cơ quan, đơn vị đến cán bộ, công chức, viên chức. Phân công một đồng chí lãnh đạo phụ trách công tác dân vận. Tổ chức phổ biến, triển khai thực hiện các nghị quyết, chỉ thị của Đảng, Nhà nước về công tác dân vận trong hệ thống phòng, ban, ngành mình bằng nhiều hình thức như: lồng ghép phổ biến, quán triệt tại các cuộc họp chi bộ, họp cơ quan, hội nghị cán bộ, công chức, sao gửi văn bản đến các phòng, đơn vị trực thuộc. Việc thực hiện công tác dân vận gắn với thực hiện nhiệm vụ chính trị, chuyên môn; xây dựng và thực hiện Quy chế dân chủ ở cơ sở; đẩy mạnh cải cách hành chính; cải tiến nội dung, phương pháp làm việc; giáo dục đạo đức công vụ đối với cán bộ, công chức, viên chức, nâng cao tinh thần, trách nhiệm trước công việc và tinh thần, thái độ phục vụ nhân dân; tổ chức học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, các phong trào thi đua yêu nước, các hoạt động xã hội.',
    'Các phòng, ban, ngành của huyện đã công khai các nội dung, quy định về giải quyết thủ tục hành chính, tạo điều kiện thuận lợi để nhân dân biết và thực hiện. Thực hiện việc tiếp công dân theo quy định; lập hòm thư góp ý để nhân dân phản ánh, kiến nghị các vấn đề liên quan. Công tác tuyên truyền, giáo dục, nâng cao đạo đức công vụ, ý thức phục vụ nhân dân của đội ngũ cán bộ, công chức, viên chức, nhất là bộ phận thường xuyên tiếp xúc với người dân đã được lãnh đạo các phòng, ban, cơ quan, đơn vị chỉ đạo triển khai thực hiện. Công tác kiểm tra, giám sát việc thực thi nhiệm vụ, việc chấp hành kỷ luật, kỷ cương hành chính được tăng cường, phân công rõ trách nhiệm cho cán bộ, công chức, viên chức trong giải quyết công việc. Do đó, chất lượng công việc ngày càng được nâng lên. Bên cạnh việc kiểm tra cải cách hành chính theo kế hoạch, các cơ quan hành chính Nhà nước trên địa bàn huyện đều thành lập tổ thanh tra công vụ nhằm thực hiện việc thanh tra, kiểm tra chế độ công vụ của đội ngũ cán bộ, công chức, viên chức đối với việc chấp hành giờ giấc làm việc tại các cơ quan, đơn vị trên địa bàn huyện.',
  ),
});

export const VKS_SHEET = sheet({
  narratives: paragraphs(
    'II.2.4',
    'Các cơ quan tư pháp đã nâng cao chất lượng hoạt động điều tra, truy tố, xét xử đảm bảo công khai, dân chủ, đúng pháp luật, xây dựng hình ảnh cơ quan bảo vệ pháp luật là nơi bảo vệ công lý, bảo vệ quyền con người, quyền công dân, bảo vệ chế độ xã hội chủ nghĩa, bảo vệ lợi ích của Nhà nước, quyền và lợi ích hợp pháp của tổ chức và cá nhân. Giải quyết đúng thời hạn, đúng pháp luật các khiếu nại, tố cáo trong hoạt động tố tụng. Đồng thời, các cơ quan tư pháp huyện đã tham gia tích cực cùng hệ thống chính trị thực hiện công tác dân vận.',
  ),
});
