/**
 * A small but representative Party report model, built by hand from PARTY_PROFILE so it stays in
 * step with the profile: header block, title, summary, headings, body with bold and italic runs
 * and four footnotes, a data table, and the recipients and signature block. Long enough to run
 * onto a second page, where the page number first shows.
 */
import type { Block, Columns, Footnote, Inline, Paragraph, ParagraphStyle, ReportModel, Table } from '../../src/domain/report/model';
import { PARTY_PROFILE as P } from '../../src/domain/report/profiles';

/** A profile entry without its extra fields (text, prefix, line ends): just the paragraph style. */
function styleOf(entry: ParagraphStyle): ParagraphStyle {
  const { size, align, bold, italic, underline, firstLineIndentCm, spaceBeforePt, spaceAfterPt, lineSpacing, ruleBelow, keepWithNext } = entry;
  return { size, align, bold, italic, underline, firstLineIndentCm, spaceBeforePt, spaceAfterPt, lineSpacing, ruleBelow, keepWithNext };
}

const t = (text: string, extra: { bold?: boolean; italic?: boolean; underline?: boolean } = {}): Inline => ({ type: 'text', text, ...extra });
const fn = (number: number): Inline => ({ type: 'footnote', number });

function para(role: Paragraph['role'], runs: ReadonlyArray<Inline>, style: ParagraphStyle, extra: Partial<Paragraph> = {}): Paragraph {
  return { type: 'paragraph', role, runs, style: styleOf(style), ...extra };
}

const body = (sectionId: string, ...runs: Inline[]): Paragraph => para('body', runs, P.body, { sectionId });
const heading = (sectionId: string, level: number, text: string): Paragraph =>
  para('heading', [t(text)], P.headings[level - 1] ?? P.body, { level, sectionId });

function headerBlock(): Columns {
  return {
    type: 'columns',
    role: 'header',
    widths: P.headerWidths,
    left: [
      para('header', [t('ĐẢNG BỘ TỈNH GIA LAI')], P.parentBody),
      para('header', [t('HUYỆN ỦY CHƯ PƯH')], P.issuingBody),
      para('header', [t('*')], P.parentBody),
      para('header', [t(`${P.number.prefix}350-BC/HU`)], P.number),
    ],
    right: [
      para('header', [t(P.nationalTitle.text)], P.nationalTitle),
      para('header', [t('Chư Pưh, ngày 16 tháng 3 năm 2023')], P.placeDate),
    ],
  };
}

function closingBlock(): Columns {
  const recipients = ['Ban Thường vụ Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Các đồng chí Huyện ủy viên', 'Lưu Văn phòng Huyện ủy'];
  return {
    type: 'columns',
    role: 'closing',
    widths: P.closingWidths,
    left: [
      para('closing', [t(P.recipientsTitle.text)], P.recipientsTitle),
      ...recipients.map((name, i) =>
        para('closing', [t(`- ${name}${i === recipients.length - 1 ? P.recipient.lastLineEnd : P.recipient.lineEnd}`)], P.recipient),
      ),
    ],
    right: [
      para('closing', [t('T/M BAN THƯỜNG VỤ')], P.signingAuthority),
      para('closing', [t('PHÓ BÍ THƯ')], P.signerTitle),
      ...Array.from({ length: P.signatureSpaceLines }, () => para('spacer', [], P.signerTitle)),
      para('closing', [t('Nguyễn Huy Châu')], P.signerName),
    ],
  };
}

function figuresTable(): Table {
  return {
    type: 'table',
    header: ['TT', 'Đơn vị', 'Lượt tiếp công dân', 'Đơn tiếp nhận', 'Đã giải quyết'],
    rows: [
      ['1', 'Ủy ban nhân dân huyện', '42', '37', '35'],
      ['2', 'Thanh tra huyện', '18', '12', '12'],
      ['3', 'Ủy ban nhân dân xã Ia Hrú', '9', '6', '5'],
      ['', 'Tổng cộng', '69', '55', '52'],
    ],
    widths: [0.08, 0.38, 0.2, 0.17, 0.17],
    style: { size: 13, align: 'center', spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1.0 },
  };
}

const FOOTNOTES: ReadonlyArray<Footnote> = [
  {
    number: 1,
    runs: [t('Kế hoạch số 12-KH/HU, ngày 05/01/2023 của Ban Thường vụ Huyện ủy về công tác tiếp công dân năm 2023.')],
    source: { unitId: 'VPHU', footnoteId: 'CT1' },
  },
  {
    number: 2,
    runs: [t('Trong đó: '), t('khiếu nại 21 đơn', { italic: true }), t(', tố cáo 6 đơn, kiến nghị, phản ánh 28 đơn.')],
    source: { unitId: 'UBND', footnoteId: 'CT2' },
  },
  {
    number: 3,
    runs: [t('Quyết định số 529/QĐ-UBND, ngày 20/02/2023 của Ủy ban nhân dân huyện.')],
    source: { unitId: 'UBND', footnoteId: 'CT3' },
  },
  {
    number: 4,
    runs: [t('Gồm các xã: Ia Hrú, Ia Dreng, Ia Phang và thị trấn Nhơn Hòa.')],
    source: { unitId: 'TTRA', footnoteId: 'CT4' },
  },
];

function bodyBlocks(): Block[] {
  return [
    heading('I', 1, 'I- TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN'),
    heading('I.1', 2, '1. Công tác lãnh đạo, chỉ đạo'),
    body(
      'I.1',
      t('Ngay từ đầu năm, Ban Thường vụ Huyện ủy đã ban hành kế hoạch'),
      fn(1),
      t(' và chỉ đạo các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội '),
      t('tập trung thực hiện nghiêm', { bold: true }),
      t(' công tác tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh ngay từ cơ sở.'),
    ),
    body(
      'I.1',
      t('Người đứng đầu cấp ủy, chính quyền các cấp đã duy trì '),
      t('tiếp công dân định kỳ', { italic: true }),
      t(' theo quy định; chủ động đối thoại, nắm bắt tâm tư, nguyện vọng của Nhân dân, không để phát sinh điểm nóng về an ninh, trật tự.'),
    ),
    heading('I.2', 2, '2. Kết quả tiếp công dân, tiếp nhận và xử lý đơn'),
    body(
      'I.2',
      t('Trong quý I năm 2023, các cơ quan, đơn vị trên địa bàn huyện đã tiếp '),
      t('69 lượt', { bold: true }),
      t(' công dân, tiếp nhận '),
      t('55 đơn', { bold: true }),
      fn(2),
      t('; đã giải quyết 52 đơn, đạt 94,5%. Kết quả cụ thể theo từng đơn vị như sau:'),
    ),
    figuresTable(),
    body(
      'I.2',
      t('Ủy ban nhân dân huyện đã ban hành quyết định thành lập tổ công tác liên ngành'),
      fn(3),
      t(' để kiểm tra, xác minh các vụ việc phức tạp, kéo dài; đến nay đã giải quyết dứt điểm 3/4 vụ việc.'),
    ),
    heading('I.3', 2, '3. Hạn chế, khuyết điểm và nguyên nhân'),
    body(
      'I.3',
      t('Một số cấp ủy, chính quyền cơ sở'),
      fn(4),
      t(' chưa quan tâm đúng mức đến công tác hòa giải ở cơ sở; việc cập nhật, theo dõi kết quả giải quyết đơn thư có lúc chưa kịp thời; một số vụ việc còn để kéo dài, vượt quá thời hạn theo quy định.'),
    ),
    body(
      'I.3',
      t('Nguyên nhân chủ yếu là do năng lực, trình độ của một bộ phận cán bộ làm công tác tiếp công dân còn hạn chế; sự phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ, thiếu đồng bộ.'),
    ),
    heading('II', 1, 'II- PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2023'),
    body(
      'II',
      t('1. Tiếp tục quán triệt, thực hiện nghiêm các chỉ thị, kết luận của Trung ương, của Tỉnh ủy về công tác tiếp công dân, giải quyết khiếu nại, tố cáo; nâng cao trách nhiệm của người đứng đầu.'),
    ),
    body(
      'II',
      t('2. Tập trung giải quyết dứt điểm các vụ việc tồn đọng, kéo dài; '),
      t('không để phát sinh khiếu kiện đông người, vượt cấp', { bold: true, italic: true }),
      t('; tăng cường kiểm tra, giám sát việc thực hiện các quyết định giải quyết đã có hiệu lực pháp luật.'),
    ),
    body('II', t('3. Kiện toàn, bồi dưỡng đội ngũ cán bộ làm công tác tiếp công dân, xử lý đơn thư ở các cấp.')),
    body('II', t('Trên đây là báo cáo kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý I năm 2023 của Ban Thường vụ Huyện ủy.')),
  ];
}

export function reportFixture(): ReportModel {
  return {
    title: 'Báo cáo 350-BC/HU',
    page: P.page,
    blocks: [
      headerBlock(),
      para('title', [t('BÁO CÁO')], P.documentType),
      para('summary', [t('kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý I năm 2023')], P.summary),
      ...bodyBlocks(),
      closingBlock(),
    ],
    footnotes: FOOTNOTES,
  };
}
