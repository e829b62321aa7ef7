/**
 * The Party bodies' tabs in the example: Văn phòng Huyện ủy (for the advisory bodies, II.1.1),
 * the Chi bộ Mặt trận và các đoàn thể (II.1.2, whose "34/37" and "53/55" are counted from its
 * task list) and Ban Tổ chức Huyện ủy (for the grassroots Party organisations, II.1.3).
 * The task titles are short plausible stand-ins, not quotations of real documents.
 */
import type { TaskDraft, TaskStatus } from '../../domain/contract/tables';
import { paragraphs, sheet } from './sheet';

export const VPHU_SHEET = sheet({
  narratives: paragraphs(
    'II.1.1',
    'Thường xuyên phối hợp làm tốt công tác tham mưu cho Huyện ủy, Ban Thường vụ Huyện ủy quán triệt, xây dựng chương trình hành động, kế hoạch thực hiện, đôn đốc, kiểm tra, giám sát, sơ kết, tổng kết các nghị quyết, chỉ thị của Đảng về công tác dân vận. Phối hợp theo dõi, nắm tình hình diễn biến tư tưởng các tầng lớp Nhân dân; hướng dẫn, chỉ đạo, theo dõi thực hiện các phong trào thi đua yêu nước, tuyên dương, khen thưởng các điển hình tiên tiến về công tác dân vận. Phối hợp đề xuất quy định về biên chế cán bộ Khối Dân vận các xã, thị trấn và Tổ Dân vận thôn, làng; xây dựng cơ chế, chính sách và công tác quy hoạch, đào tạo, bồi dưỡng, bố trí, bổ nhiệm cán bộ làm công tác dân vận.',
    'Kịp thời củng cố, kiện toàn Ban Chỉ đạo huyện về thực hiện Quy chế dân chủ ở cơ sở, Ban Chỉ đạo huyện về công tác tôn giáo; tích cực phối hợp với các cơ quan chức năng liên quan tham mưu, đề xuất với Ban Chấp hành Đảng bộ huyện, Ban Thường vụ Huyện ủy, Thường trực Huyện ủy về chủ trương, chính sách đối với công tác dân vận phù hợp với tình hình của huyện.',
  ),
});

/** Nhiệm vụ trọng tâm of the khối under Kế hoạch 49-KH/HU, in plan order. */
const FOCUS_TASKS: ReadonlyArray<readonly [string, TaskStatus]> = [
  ['Quán triệt Quy chế công tác dân vận của hệ thống chính trị huyện trong khối', 'done'],
  ['Xây dựng kế hoạch công tác dân vận năm 2022 của các cơ quan trong khối', 'done'],
  ['Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư', 'done'],
  ['Vận động ủng hộ Quỹ “Vì người nghèo” năm 2022', 'done'],
  ['Hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo', 'done'],
  ['Giám sát thực hiện chính sách hỗ trợ hộ nghèo, hộ cận nghèo', 'done'],
  ['Tổ chức hội nghị phản biện xã hội dự thảo văn bản của huyện', 'done'],
  ['Tổ chức góp ý xây dựng Đảng, xây dựng chính quyền năm 2022', 'done'],
  ['Tổng hợp ý kiến, kiến nghị cử tri trước và sau các kỳ họp', 'done'],
  ['Triển khai cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”', 'done'],
  ['Duy trì mô hình “Ánh sáng, Camera và tiếng kẻng an ninh” ở khu dân cư', 'done'],
  ['Tuyên truyền phòng, chống dịch Covid-19 trong đoàn viên, hội viên', 'done'],
  ['Vận động đồng bào dân tộc thiểu số thay đổi nếp nghĩ, cách làm', 'done'],
  ['Tổ chức các hoạt động Tháng Thanh niên năm 2022', 'done'],
  ['Triển khai phong trào thi đua của Hội Liên hiệp Phụ nữ năm 2022', 'done'],
  ['Phát động phong trào nông dân thi đua sản xuất, kinh doanh giỏi', 'done'],
  ['Phát triển đoàn viên, hội viên mới theo chỉ tiêu', 'done'],
  ['Kiện toàn Ban Công tác Mặt trận ở thôn, làng', 'done'],
  ['Tập huấn nghiệp vụ cho cán bộ Mặt trận, đoàn thể cơ sở', 'done'],
  ['Thăm, tặng quà gia đình chính sách, hộ nghèo dịp Tết Nguyên đán', 'done'],
  ['Tổ chức hoạt động “đền ơn đáp nghĩa” nhân ngày Thương binh - Liệt sĩ', 'done'],
  ['Giám sát hoạt động của Ban Thanh tra nhân dân xã, thị trấn', 'done'],
  ['Giám sát đầu tư của cộng đồng đối với công trình tại thôn, làng', 'done'],
  ['Tổ chức đối thoại giữa người đứng đầu với đoàn viên, hội viên', 'done'],
  ['Thực hiện chủ trương “Hàng tuần có ít nhất 01 ngày làm việc ở cơ sở”', 'done'],
  ['Nắm tình hình tư tưởng đoàn viên, hội viên và Nhân dân hằng tháng', 'done'],
  ['Vận động Nhân dân tham gia bảo vệ an ninh trật tự ở khu dân cư', 'done'],
  ['Hướng dẫn xây dựng mô hình “Dân vận khéo” trong các cơ quan của khối', 'in_progress'],
  ['Sơ kết 06 tháng công tác Mặt trận và các đoàn thể', 'done'],
  ['Tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023', 'done'],
  ['Phối hợp tuyên truyền pháp luật cho đồng bào dân tộc thiểu số', 'done'],
  ['Vận động thanh niên thực hiện nghĩa vụ quân sự năm 2023', 'done'],
  ['Hỗ trợ hội viên vay vốn phát triển sản xuất', 'done'],
  ['Xây dựng mô hình kinh tế tập thể của hội viên', 'in_progress'],
  ['Chuẩn bị Đại hội Công đoàn khối nhiệm kỳ 2023-2028', 'done'],
  ['Kiện toàn Ban Chấp hành Công đoàn khối', 'done'],
  ['Kiểm tra việc thực hiện điều lệ tại các tổ chức cơ sở hội', 'not_started'],
];

/** Kết luận, văn bản chỉ đạo of the Thường trực and Ban Thường vụ Huyện ủy assigned to the khối. */
const DIRECTIVES: ReadonlyArray<readonly [string, TaskStatus]> = [
  ['Kết luận giao ban Thường trực Huyện ủy với Mặt trận, đoàn thể quý I/2022', 'done'],
  ['Kết luận giao ban Thường trực Huyện ủy với Mặt trận, đoàn thể quý II/2022', 'done'],
  ['Kết luận giao ban Thường trực Huyện ủy với Mặt trận, đoàn thể quý III/2022', 'done'],
  ['Kết luận giao ban Thường trực Huyện ủy với Mặt trận, đoàn thể quý IV/2022', 'done'],
  ['Kết luận giao ban Thường trực Huyện ủy với Mặt trận, đoàn thể quý I/2023', 'in_progress'],
  ['Chỉ đạo triển khai Quy chế công tác dân vận của hệ thống chính trị huyện', 'done'],
  ['Chỉ đạo tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022', 'done'],
  ['Chỉ đạo vận động Quỹ “Vì người nghèo” năm 2022', 'done'],
  ['Chỉ đạo hiệp thương bầu trưởng thôn nhiệm kỳ 2022-2025', 'done'],
  ['Chỉ đạo tổ chức Tết Nguyên đán Nhâm Dần an toàn, tiết kiệm', 'done'],
  ['Chỉ đạo tổ chức Tết Nguyên đán Quý Mão an toàn, tiết kiệm', 'done'],
  ['Chỉ đạo phòng, chống dịch Covid-19 trong tình hình mới', 'done'],
  ['Chỉ đạo phòng, chống dịch sốt xuất huyết', 'done'],
  ['Chỉ đạo tuyên truyền kỷ niệm các ngày lễ lớn năm 2022', 'done'],
  ['Chỉ đạo góp ý dự thảo văn bản của Ban Thường vụ Huyện ủy', 'done'],
  ['Chỉ đạo giám sát việc thực hiện chính sách đối với người có công', 'done'],
  ['Chỉ đạo giám sát việc giải quyết kiến nghị của cử tri', 'done'],
  ['Chỉ đạo phản biện xã hội dự thảo kế hoạch phát triển kinh tế - xã hội', 'done'],
  ['Chỉ đạo nắm tình hình tôn giáo, dân tộc trên địa bàn', 'done'],
  ['Chỉ đạo vận động Nhân dân tham gia xây dựng nông thôn mới', 'done'],
  ['Chỉ đạo vận động hiến đất làm đường giao thông nông thôn', 'done'],
  ['Chỉ đạo vận động Nhân dân đăng ký cấp căn cước công dân', 'done'],
  ['Chỉ đạo tuyên truyền tuyển chọn công dân nhập ngũ năm 2022', 'done'],
  ['Chỉ đạo tuyên truyền tuyển chọn công dân nhập ngũ năm 2023', 'done'],
  ['Chỉ đạo tổ chức đối thoại giữa Bí thư Huyện ủy với đoàn viên thanh niên', 'done'],
  ['Chỉ đạo tổ chức đối thoại giữa Chủ tịch Ủy ban nhân dân huyện với phụ nữ', 'done'],
  ['Chỉ đạo tổ chức đối thoại với nông dân về sản xuất nông nghiệp', 'done'],
  ['Chỉ đạo kiện toàn tổ chức bộ máy Mặt trận, đoàn thể cấp xã', 'done'],
  ['Chỉ đạo bồi dưỡng cán bộ Mặt trận, đoàn thể cơ sở', 'done'],
  ['Chỉ đạo tổng kết công tác Mặt trận, đoàn thể năm 2022', 'done'],
  ['Chỉ đạo xây dựng chương trình công tác năm 2023 của khối', 'done'],
  ['Chỉ đạo thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”', 'done'],
  ['Chỉ đạo học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2022', 'done'],
  ['Chỉ đạo sơ kết phong trào thi đua “Dân vận khéo”', 'done'],
  ['Chỉ đạo thực hiện chủ trương “Hàng tuần có ít nhất 01 ngày làm việc ở cơ sở”', 'done'],
  ['Chỉ đạo rà soát hộ nghèo, hộ cận nghèo năm 2022', 'done'],
  ['Chỉ đạo hỗ trợ hộ nghèo là đồng bào dân tộc thiểu số thoát nghèo', 'done'],
  ['Chỉ đạo thăm hỏi, hỗ trợ gia đình bị thiệt hại do thiên tai', 'done'],
  ['Chỉ đạo phối hợp giải quyết đơn thư, kiến nghị của công dân', 'done'],
  ['Chỉ đạo tuyên truyền phòng, chống tội phạm và tệ nạn xã hội', 'done'],
  ['Chỉ đạo tuyên truyền bảo đảm trật tự an toàn giao thông', 'done'],
  ['Chỉ đạo tuyên truyền phòng, chống bạo lực gia đình', 'done'],
  ['Chỉ đạo vận động thanh niên lập nghiệp tại địa phương', 'done'],
  ['Chỉ đạo tổ chức các giải thể thao quần chúng dịp lễ, Tết', 'done'],
  ['Chỉ đạo bảo vệ rừng và phòng, chống cháy rừng mùa khô', 'done'],
  ['Chỉ đạo tham gia giám sát bầu cử trưởng thôn', 'done'],
  ['Chỉ đạo tham gia giám sát công tác bảo vệ môi trường', 'done'],
  ['Chỉ đạo chuẩn bị Đại hội Công đoàn khối nhiệm kỳ 2023-2028', 'done'],
  ['Chỉ đạo chuẩn bị đại hội các chi hội, chi đoàn', 'done'],
  ['Chỉ đạo kiểm tra công tác dân vận tại các cơ quan trong khối', 'in_progress'],
  ['Chỉ đạo phát triển đảng viên trong đoàn viên, hội viên ưu tú', 'done'],
  ['Chỉ đạo thực hiện nếp sống văn minh trong việc cưới, việc tang', 'done'],
  ['Chỉ đạo tuyên truyền chính sách bảo hiểm xã hội, bảo hiểm y tế', 'done'],
  ['Chỉ đạo vận động Nhân dân chuyển đổi cơ cấu cây trồng', 'done'],
  ['Chỉ đạo sơ kết 01 năm thực hiện Quy chế công tác dân vận của hệ thống chính trị huyện', 'done'],
];

function numbered(group: string, list: ReadonlyArray<readonly [string, TaskStatus]>): TaskDraft[] {
  return list.map(([title, status], i) => ({
    group,
    title: `${String(i + 1).padStart(2, '0')}. ${title}`,
    status,
    note: null,
  }));
}

export const CBMT_SHEET = sheet({
  tasks: [...numbered('NVTT', FOCUS_TASKS), ...numbered('KL', DIRECTIVES)],
  narratives: paragraphs(
    'II.1.2',
    'Đã lãnh đạo tổ chức thực hiện có hiệu quả các chương trình, kế hoạch; phát huy vai trò giám sát, phản biện xã hội, bảo vệ quyền và lợi ích hợp pháp của đoàn viên, hội viên và Nhân dân; tham gia xây dựng Đảng, chính quyền, động viên Nhân dân chấp hành các quy ước, hương ước, Pháp lệnh dân chủ ở cơ sở; chỉ đạo các cơ quan trong khối phối hợp triển khai có hiệu quả cuộc vận động làm thay đổi nếp nghĩ, cách làm trong đồng bào dân tộc thiểu số. Tích cực triển khai các phong trào thi đua yêu nước gắn với các phong trào, cuộc vận động toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh. Quan tâm chăm lo người nghèo, tham gia các hoạt động nhân đạo, từ thiện, đền ơn đáp nghĩa trong dịp Tết. Chỉ đạo đoàn viên, hội viên thực hiện tốt chủ trương “Hàng tuần có ít nhất 01 ngày làm việc ở cơ sở”, kịp thời tham mưu cấp ủy lãnh đạo, chỉ đạo các vấn đề phát sinh. Chi ủy đã kiện toàn, bổ sung kịp thời quy chế làm việc của Chi ủy, phân công nhiệm vụ cụ thể cho các đồng chí Chi ủy viên, xây dựng chương trình công tác năm và các kế hoạch lãnh đạo, triển khai công việc trong năm đầy đủ.',
    'Trong năm 2022, chi bộ đã chỉ đạo các cơ quan trong khối thực hiện {{VB:KH49}}, hoàn thành {{NV:NVTT}} nhiệm vụ trọng tâm theo kế hoạch; hoàn thành {{NV:KL}} kết luận, văn bản chỉ đạo của Thường trực, Ban Thường vụ Huyện ủy. Kết quả, cơ quan Mặt trận và các đoàn thể đã tổ chức tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện tốt chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước, các phong trào thi đua lập thành tích chào mừng các ngày lễ lớn của đất nước, của tỉnh và của huyện. Tham gia tích cực các cuộc vận động, phong trào thi đua yêu nước, chương trình mục tiêu quốc gia, thành lập và duy trì các câu lạc bộ, mô hình hay; thường xuyên nắm bắt tình hình về an ninh chính trị, tư tưởng, nguyện vọng chính đáng của hội viên và nhân dân. Chỉ đạo Công đoàn khối kiện toàn Ban Chấp hành Công đoàn khối và tổ chức thành công Đại hội Công đoàn khối nhiệm kỳ 2023-2028.',
  ),
});

export const BTCHU_SHEET = sheet({
  narratives: paragraphs(
    'II.1.3',
    'Trên cơ sở {{VB:QD529|ngắn}}, các tổ chức cơ sở đảng trực thuộc tập trung quán triệt đến cán bộ, đảng viên và Nhân dân tại cơ quan, địa phương; triển khai thực hiện các nghị quyết, chỉ thị của Đảng các cấp về công tác dân vận. Lãnh đạo, chỉ đạo thực hiện công tác dân vận gắn với thực hiện nội dung {{VB:KL21}}; {{VB:KL01|ngày}} về tiếp tục thực hiện {{VB:CT05}} và các cuộc vận động, các phong trào thi đua yêu nước tại địa phương. Đồng thời, gắn với lãnh đạo thực hiện tốt công tác dân vận trong xây dựng nông thôn mới, tham gia quy hoạch, xây dựng và thực hiện các dự án đầu tư phát triển kinh tế, công tác đền bù, giải phóng mặt bằng, thu hồi đất. Hằng năm, các tổ chức cơ sở đảng đã tổ chức sơ kết, tổng kết đầy đủ các nghị quyết, chỉ thị của Trung ương, của tỉnh, của huyện về công tác dân vận khi có yêu cầu.',
    'Khối Dân vận các xã, thị trấn tiếp tục duy trì cơ cấu tổ chức bộ máy theo {{VB:HD01|ngày}} về *chức năng, nhiệm vụ, tổ chức bộ máy và biên chế cán bộ của Ban Dân vận địa phương*. Cấp ủy xã, thị trấn phân công đồng chí Phó Bí thư Thường trực Đảng ủy trực tiếp làm Trưởng Khối Dân vận, bố trí một đồng chí cán bộ không chuyên trách, cán bộ tuyên giáo - dân vận hoặc bố trí đồng chí Chủ tịch Ủy ban Mặt trận Tổ quốc xã, thị trấn làm công tác dân vận của xã, thị trấn. Tổ dân vận các thôn, làng thực hiện theo {{VB:HD80|ngày}} về *việc thành lập, hoạt động của tổ dân vận thôn, bản, khóm, ấp, tổ dân phố, khu dân cư*, đến nay toàn huyện có {{SL:XA_TO_DAN_VAN}} Tổ dân vận thôn, làng do đồng chí Bí thư chi bộ làm Tổ trưởng, thành viên là các đồng chí Phó Bí thư chi bộ, thôn trưởng, Trưởng ban Công tác Mặt trận, chi hội trưởng các chi hội đoàn thể. Các xã, thị trấn tập trung củng cố, kiện toàn Tổ dân vận thôn, làng đảm bảo đi vào hoạt động có hiệu quả.',
  ),
});
