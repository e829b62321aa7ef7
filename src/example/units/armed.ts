/**
 * The armed forces' tabs in the example: Ban Chỉ huy Quân sự huyện (footnote 11) and Công an
 * huyện (footnotes 12–13). Both write section II.2.5; the secretariat's opening paragraph pulls
 * their texts in with {{DV:BCHQS}} and {{DV:CAH}}. Money and lengths keep the seed's units
 * (2,4 km, 6,5 and 15,7 triệu đồng as decimals; 25.000.000 and 189.880.000 đồng as integers).
 */
import { paragraphs, sheet } from './sheet';

export const BCHQS_SHEET = sheet({
  figures: {
    LLVT_DOT_DV_TU: 3,
    LLVT_DOT_DV_DEN: 4,
    KENH_MUONG_KM: 2.4,
    BANH_CHUNG_HO: 63,
    BANH_CHUNG_TIEN: 6.5,
    QUA_QUAN_KHU_HO: 50,
    QUA_QUAN_KHU_TIEN: 25000000,
    NHA_DONG_DOI: 1,
    DE_GIONG: 5,
    HO_NGHEO_GIUP: 1,
    HO_NGHEO_GIUP_TIEN: 15.7,
    TN_NHAP_NGU: 150,
    TN_XUAT_NGU: 109,
    TN_QUA_TIEN: 189880000,
  },
  narratives: paragraphs(
    'II.2.5',
    'Ban Chỉ huy Quân sự huyện đã chỉ đạo triển khai thực hiện tốt nội dung “Dân quân tự vệ làm công tác dân vận”, tổ chức tổ công tác dân vận ở địa phương, cơ sở chủ động phối hợp với cấp ủy, chính quyền cơ sở bám địa bàn, nắm tình hình gắn với công tác dân vận, hướng dẫn, giúp đỡ đồng bào dân tộc thiểu số cải tạo vườn tạp, giữ vệ sinh môi trường; chú trọng công tác tuyên truyền Luật Nghĩa vụ quân sự, động viên thanh niên đăng ký khám tuyển, lên đường nhập ngũ đảm bảo chất lượng, đạt 100% chỉ tiêu quân số trên giao, đồng thời thực hiện tốt chính sách hậu phương quân đội. Tích cực tăng gia sản xuất cải thiện đời sống cho bộ đội. Phối hợp với Mặt trận và các tổ chức chính trị - xã hội từ huyện đến cơ sở làm tốt công tác vận động, tuyên truyền về công tác tuyển chọn công dân nhập ngũ năm 2022, năm 2023. Triển khai thực hiện có hiệu quả phong trào thi đua “Dân vận khéo”, xây dựng “Đơn vị dân vận tốt”, gắn với phong trào thi đua “Lực lượng vũ trang huyện tham gia xây dựng nông thôn mới”, “Hũ gạo vì người nghèo” đạt được kết quả tích cực, mang lại hiệu quả cao{{CT:DAN_VAN_LLVT}}.',
  ),
  footnotes: {
    DAN_VAN_LLVT:
      'Trong năm 2022, lực lượng dân quân tự vệ, dự bị động viên tổ chức từ {{SL:LLVT_DOT_DV_TU}} đến {{SL:LLVT_DOT_DV_DEN}} đợt làm công tác dân vận trong dịp tập trung huấn luyện theo {{VB:CT76|ngày}}, trong đó giúp nhân dân dọn vệ sinh đường liên thôn, nạo vét kênh mương nội đồng {{SL:KENH_MUONG_KM}} km; nhân dịp Tết Nguyên đán Quý Mão tổ chức tặng quà bánh chưng xanh cho {{SL:BANH_CHUNG_HO}} hộ nghèo tại làng Plei Ngăng, xã Chư Don với số tiền trên {{SL:BANH_CHUNG_TIEN}} triệu đồng, chuyển quà Quân khu cho {{SL:QUA_QUAN_KHU_HO}} hộ dân xã Chư Don trị giá {{SL:QUA_QUAN_KHU_TIEN}} đồng; cùng kinh phí của cấp trên, kinh phí cơ quan và gia đình xây dựng {{SL:NHA_DONG_DOI}} nhà đồng đội cho cán bộ đang công tác tại cơ quan có hoàn cảnh khó khăn; thực hiện chủ trương “Giảm hộ nghèo bền vững”, Ban Chỉ huy Quân sự huyện hỗ trợ {{SL:DE_GIONG}} con dê giống và cây trồng, phân bón giúp đỡ {{SL:HO_NGHEO_GIUP}} hộ nghèo (dân quân xã Ia Hla) thoát nghèo bền vững trị giá gần {{SL:HO_NGHEO_GIUP_TIEN}} triệu đồng; tặng quà {{SL:TN_NHAP_NGU}} thanh niên lên đường nhập ngũ và {{SL:TN_XUAT_NGU}} thanh niên hoàn thành nghĩa vụ quân sự trở về địa phương, thăm chiến sĩ mới với số tiền {{SL:TN_QUA_TIEN}} đồng.',
  },
});

export const CAH_SHEET = sheet({
  figures: {
    TT_BUOI: 45,
    TT_LUOT: 11245,
    TT_TRUONG: 11,
    TT_TRUONG_NGUOI: 7840,
    BAI_VIET: 7,
    TIN_BAI_LOA: 12,
    TT_CA_BIET_HO: 86,
    TT_CA_BIET_NGUOI: 145,
    TT_HOI_THANH_NGUOI: 1900,
    TT_GT_THON_BUOI: 32,
    TT_GT_THON_NGUOI: 8463,
    MU_BAO_HIEM: 172,
    TO_TAC_CHIEN_MANG_TV: 106,
    FANPAGE: 2,
    ZALO_OA: 1,
    BAI_DANG: 660,
    LUOT_TUONG_TAC: 390500,
    TO_TU_QUAN_THON: 70,
    TO_TU_QUAN_ATGT: 9,
    MH_ANH_SANG_CAMERA: 9,
    MH_LIEN_GIA_PCCC: 9,
    LIEN_GIA_THANH_VIEN: 820,
    HN_LANG_NGHE_XA: 8,
    HN_LANG_NGHE_LUOT: 2725,
    HN_LANG_NGHE_Y_KIEN: 62,
  },
  narratives: paragraphs(
    'II.2.5',
    'Công an huyện đã phối hợp với Đảng ủy, chính quyền chỉ đạo các ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng Công an xã, thị trấn tổ chức tuyên truyền{{CT:TUYEN_TRUYEN}}, phát động phong trào toàn dân bảo vệ an ninh Tổ quốc, phòng, chống tội phạm, tệ nạn xã hội, bảo đảm trật tự an toàn giao thông trên địa bàn huyện.',
    'Tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo”{{CT:MO_HINH}}; chú trọng công khai quy trình giải quyết công việc, niêm yết các thủ tục, tiêu chuẩn, lệ phí rõ ràng; thực hiện nghiêm túc lịch tiếp công dân, tiếp nhận đơn, thư khiếu nại, tố cáo, có biện pháp giải quyết kịp thời, nhanh chóng, không để tình trạng khiếu kiện kéo dài; thường xuyên rà soát, sửa đổi, đơn giản hóa thủ tục, giảm phiền hà cho Nhân dân và doanh nghiệp.',
  ),
  footnotes: {
    TUYEN_TRUYEN:
      'Tổ chức tuyên truyền {{SL:TT_BUOI}} buổi với hơn {{SL:TT_LUOT}} lượt người tham dự. Tổ chức phát động phong trào toàn dân bảo vệ an ninh Tổ quốc và tuyên truyền Luật Giao thông đường bộ, phòng, chống bạo lực học đường tại {{SL:TT_TRUONG}} trường học, thu hút hơn {{SL:TT_TRUONG_NGUOI}} giáo viên, học sinh tham dự. Tổ chức biên soạn {{SL:BAI_VIET}} bài viết tuyên truyền về phương thức, thủ đoạn hoạt động của các loại tội phạm gửi đến Ban Tuyên giáo Huyện ủy, Trung tâm Văn hóa, Thông tin – Thể thao huyện và Ủy ban nhân dân các xã, thị trấn nhằm tuyên truyền rộng rãi đến cán bộ, công nhân, viên chức và quần chúng nhân dân để nâng cao cảnh giác, tích cực tham gia phát hiện, đấu tranh, tố giác tội phạm. Phối hợp với Trung tâm Văn hóa, Thông tin – Thể thao huyện đưa {{SL:TIN_BAI_LOA}} tin bài tuyên truyền các quy định của pháp luật về quản lý vũ khí, vật liệu nổ, công cụ hỗ trợ, Luật Cư trú, Luật Căn cước công dân trên hệ thống loa truyền thanh không dây trên địa bàn huyện; phối hợp với Công an các xã, thị trấn tổ chức tuyên truyền cá biệt về Luật Cư trú và Dự án Cơ sở dữ liệu quốc gia về dân cư, Dự án sản xuất, cấp và quản lý Căn cước công dân tại {{SL:TT_CA_BIET_HO}} hộ dân với {{SL:TT_CA_BIET_NGUOI}} người tham dự. Tổ chức tuyên truyền pháp luật giao thông tại Hội thánh Tin lành miền Nam Việt Nam Plei Tung, xã Ia Dreng với {{SL:TT_HOI_THANH_NGUOI}} người tham dự. Phối hợp Đoàn nghệ thuật Đam San, Huyện đoàn, Phòng Văn hóa và Thông tin huyện, Công an các xã, thị trấn tổ chức {{SL:TT_GT_THON_BUOI}} buổi tuyên truyền pháp luật giao thông đường bộ tại các thôn, làng với {{SL:TT_GT_THON_NGUOI}} người tham dự, tặng {{SL:MU_BAO_HIEM}} mũ bảo hiểm. Duy trì hoạt động của “Tổ Tác chiến mạng” theo chỉ đạo của Ban Chỉ đạo 35 Công an tỉnh (Ban Chỉ đạo bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch) với {{SL:TO_TAC_CHIEN_MANG_TV}} thành viên là cán bộ, chiến sĩ Công an huyện tham gia nhằm định hướng tuyên truyền các chủ trương, đường lối của Đảng, pháp luật của Nhà nước rộng rãi đến quần chúng nhân dân, cán bộ, công chức, viên chức, đảng viên trên địa bàn huyện, nâng cao cảnh giác trước hoạt động chống phá của các thế lực thù địch. Sử dụng {{SL:FANPAGE}} Fanpage “Kênh thông tin 360 Chư Pưh” và “Công an huyện Chư Pưh”, {{SL:ZALO_OA}} tài khoản Zalo Official Account “Công an huyện Chư Pưh” đăng tải, chia sẻ các nội dung tuyên truyền; kết quả: đăng tải {{SL:BAI_DANG}} bài viết với hơn {{SL:LUOT_TUONG_TAC}} lượt tương tác.',
    MO_HINH:
      'Xây dựng được {{SL:TO_TU_QUAN_THON}} tổ tự quản thôn, làng, {{SL:TO_TU_QUAN_ATGT}} tổ tự quản an toàn giao thông, {{SL:MH_ANH_SANG_CAMERA}} mô hình “Ánh sáng, Camera và tiếng kẻng an ninh” và {{SL:MH_LIEN_GIA_PCCC}} mô hình “Tổ liên gia phòng cháy, chữa cháy” tại các xã, thị trấn với {{SL:LIEN_GIA_THANH_VIEN}} thành viên; có {{SL:HN_LANG_NGHE_XA}} xã, thị trấn tổ chức Hội nghị “Công an xã lắng nghe ý kiến nhân dân” năm 2022, thu hút {{SL:HN_LANG_NGHE_LUOT}} lượt người tham dự, đóng góp {{SL:HN_LANG_NGHE_Y_KIEN}} ý kiến phản ánh về công tác đảm bảo trật tự an toàn giao thông, công tác cấp căn cước công dân và xây dựng lực lượng Công an xã, thị trấn.',
  },
});
