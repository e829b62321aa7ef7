/**
 * The Fatherland Front and mass organisations' tabs in the example: Ủy ban MTTQ Việt Nam huyện
 * (II.3.1, whose 74/74, 70/74 and 63/74 are ratios over the communes' figures) and the khối đoàn
 * thể chính trị - xã hội (II.3.2).
 */
import { paragraphs, sheet } from './sheet';

export const MTTQ_SHEET = sheet({
  narratives: paragraphs(
    'II.3.1',
    'Mặt trận Tổ quốc các xã, thị trấn đã nâng cao chất lượng, đổi mới phương thức hoạt động, mở rộng và đa dạng hóa các hình thức tập hợp Nhân dân. Công tác giám sát, phản biện xã hội, tham gia góp ý xây dựng Đảng, xây dựng chính quyền theo {{VB:QD217|ngắn}}, {{VB:QD218|ngắn}} của Bộ Chính trị (khóa XI) được quan tâm, thực hiện có hiệu quả. Triển khai thực hiện đầy đủ quyền và trách nhiệm khi tham gia đóng góp ý kiến với Ủy ban nhân dân xã, thị trấn trong công tác xây dựng các chương trình, dự án liên quan đến công tác dân vận; thực hiện tốt quy chế dân chủ ở cơ sở. Hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng các xã, thị trấn từng bước phát huy hiệu quả; phối hợp với Hội đồng nhân dân xã và các ngành tham gia giám sát việc thực hiện một số chính sách của Nhà nước, của tỉnh, huyện, xã liên quan đến người dân. Tăng cường công tác nắm tình hình Nhân dân, tìm hiểu tâm tư, nguyện vọng của nhân dân, tập hợp đầy đủ ý kiến của Nhân dân để phản ánh, kiến nghị với Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã. Phối hợp tổ chức tiếp xúc giữa cử tri với đại biểu Quốc hội, đại biểu Hội đồng nhân dân các cấp ở xã, thị trấn.',
    'Chú trọng phối hợp với Ủy ban nhân dân xã, thị trấn phát huy vai trò các cá nhân tiêu biểu, thu hút sự quan tâm của quần chúng Nhân dân, tiếp tục mở rộng tổ chức, giúp nhau phát triển kinh tế, đẩy mạnh các hoạt động “đền ơn đáp nghĩa”, nhân đạo, từ thiện, góp phần bảo đảm an sinh xã hội; phối hợp với các tổ chức chính trị - xã hội vận động các tầng lớp nhân dân đóng góp xây dựng Quỹ “Vì người nghèo”. Hiệp thương giới thiệu bầu cử {{TL:XA_TRUONG_THON_BAU/XA_SO_THON}} trưởng thôn nhiệm kỳ 2022-2025. Phối hợp tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc năm 2022, với {{TL:XA_THON_PHAN_LE/XA_SO_THON}} thôn, làng tổ chức được phần lễ và {{TL:XA_THON_LE_HOI/XA_SO_THON}} thôn, làng tổ chức được cả phần lễ và phần hội.',
  ),
});

export const DTCT_SHEET = sheet({
  narratives: paragraphs(
    'II.3.2',
    'Các tổ chức chính trị - xã hội xã, thị trấn tăng cường đổi mới về nội dung và phương thức hoạt động; nâng cao chất lượng các phong trào thi đua yêu nước, các cuộc vận động; thực hiện vai trò là cầu nối trong việc củng cố, xây dựng mối quan hệ mật thiết giữa Đảng, Nhà nước với Nhân dân. Hoạt động giám sát, phản biện của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã, thị trấn chú trọng thực hiện gắn với các nhiệm vụ trọng tâm của địa phương liên quan trực tiếp đến quyền, lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và các tầng lớp Nhân dân. Công tác tham gia góp ý xây dựng Đảng, xây dựng chính quyền được các tổ chức chính trị - xã hội phối hợp với Mặt trận Tổ quốc xã, thị trấn tích cực triển khai, với nhiều hình thức thiết thực, góp phần nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng, hiệu lực quản lý của chính quyền xã, thị trấn.',
    'Tổ chức phát động và duy trì các phong trào thi đua yêu nước trong đoàn viên, hội viên và quần chúng nhân dân nhằm thực hiện thắng lợi các chương trình kinh tế - xã hội, góp phần củng cố và giữ vững an ninh chính trị, trật tự an toàn xã hội ở địa phương. Trong thời gian qua, các đoàn thể chính trị - xã hội xã, thị trấn phối hợp triển khai thực hiện có hiệu quả các phong trào thi đua yêu nước như: cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, mô hình làng thanh niên “02 không, 03 có”; phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững”; mô hình “3 biết, 2 hỗ trợ”; mô hình “Ánh sáng, Camera và tiếng kẻng an ninh”…',
  ),
});
