/**
 * Document profiles (thể thức) as data: the Party profile of Hướng dẫn 36-HD/VPTW (the default),
 * the State profile of Nghị định 30/2020/NĐ-CP, and a provisional Party profile for the 2026 rules
 * (Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW) taken from summaries until the text is confirmed.
 * Page, margins, font, sizes, the header and signature blocks, heading styles, the distribution
 * list and page numbers all come from here, so a new rule is a new profile, not new code.
 */
import type { ProfileId } from '../contract/tables';
import type { PageSetup, ParagraphStyle } from './model';

export interface DocumentProfile {
  readonly id: ProfileId;
  readonly name: string;
  readonly page: PageSetup;
  /** The national title of the right header column and, for State documents, the motto. */
  readonly nationalTitle: ParagraphStyle & { readonly text: string };
  readonly motto: (ParagraphStyle & { readonly text: string }) | null;
  readonly parentBody: ParagraphStyle;
  readonly issuingBody: ParagraphStyle;
  /** Party documents put "*" under the issuing body; State documents a short rule. */
  readonly issuingBodyMark: 'star' | 'rule';
  /** "Số 350-BC/HU" (Party: no colon, a hyphen before the symbol) or "Số: 172/BC-UBND" (State). */
  readonly number: ParagraphStyle & { readonly prefix: string; readonly separator: '-' | '/' };
  readonly placeDate: ParagraphStyle;
  /** Blank lines above the place-and-date line so that it sits level with the "Số" line. */
  readonly placeDateSpacers: number;
  readonly headerWidths: readonly [number, number];
  readonly documentType: ParagraphStyle;
  readonly summary: ParagraphStyle;
  readonly body: ParagraphStyle;
  /** Heading styles for outline levels 1–4. */
  readonly headings: readonly [ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle];
  /** "-" in "I-" (Party) or "." in "I." (State). */
  readonly partSeparator: string;
  readonly recipientsTitle: ParagraphStyle & { readonly text: string };
  readonly recipient: ParagraphStyle & { readonly lineEnd: string; readonly lastLineEnd: string };
  readonly signingAuthority: ParagraphStyle;
  readonly signerTitle: ParagraphStyle;
  readonly signerName: ParagraphStyle;
  /** Blank lines left for the handwritten signature and the seal. */
  readonly signatureSpaceLines: number;
  readonly closingWidths: readonly [number, number];
  readonly footnote: ParagraphStyle;
}

const A4_PAGE = (fontSize: number): PageSetup => ({
  size: 'A4',
  widthMm: 210,
  heightMm: 297,
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  font: 'Times New Roman',
  fontSize,
  footnoteSize: 12,
  pageNumbers: { fromPage: 2, size: 13, align: 'center' },
  // Inside the 20 mm top margin, so a 13–14 pt number does not push the text down.
  headerDistanceMm: 10,
});

const centered = (size: number, extra: Partial<ParagraphStyle> = {}): ParagraphStyle => ({ size, align: 'center', ...extra });

const BODY: ParagraphStyle = { size: 14, align: 'justify', firstLineIndentCm: 1.27, spaceAfterPt: 6, lineSpacing: 1.0 };

/**
 * Headings I- / 1. / 1.1. / a): the body's size, spacing and justification, but no first-line
 * indent (the number starts at the margin), kept whole and with the text that follows.
 */
function headings(body: ParagraphStyle): DocumentProfile['headings'] {
  const heading = (extra: Partial<ParagraphStyle>): ParagraphStyle => ({
    ...body,
    firstLineIndentCm: 0,
    keepWithNext: true,
    keepLinesTogether: true,
    ...extra,
  });
  return [heading({ bold: true }), heading({ bold: true }), heading({ bold: true, italic: true }), heading({ italic: true })];
}

export const PARTY_PROFILE: DocumentProfile = {
  id: 'party',
  name: 'Đảng (Hướng dẫn 36-HD/VPTW)',
  page: A4_PAGE(14),
  nationalTitle: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', ...centered(15, { bold: true, ruleBelow: { widthFraction: 0.75 } }) },
  motto: null,
  parentBody: centered(14),
  issuingBody: centered(14, { bold: true }),
  issuingBodyMark: 'star',
  number: { prefix: 'Số ', separator: '-', ...centered(14) },
  placeDate: centered(14, { italic: true }),
  placeDateSpacers: 2,
  headerWidths: [0.45, 0.55],
  documentType: centered(16, { bold: true, spaceBeforePt: 18, keepWithNext: true }),
  summary: centered(14, { bold: true, spaceAfterPt: 12, ruleBelow: { widthFraction: 0.25 }, keepWithNext: true }),
  body: BODY,
  headings: headings(BODY),
  partSeparator: '-',
  recipientsTitle: { text: 'Nơi nhận:', size: 14, align: 'left', underline: true },
  recipient: { size: 12, align: 'left', lineEnd: ',', lastLineEnd: '.' },
  signingAuthority: centered(14, { bold: true }),
  signerTitle: centered(14),
  signerName: centered(14, { bold: true }),
  signatureSpaceLines: 4,
  closingWidths: [0.5, 0.5],
  footnote: { size: 12, align: 'justify' },
};

export const STATE_PROFILE: DocumentProfile = {
  id: 'state',
  name: 'Nhà nước (Nghị định 30/2020/NĐ-CP)',
  page: A4_PAGE(14),
  nationalTitle: { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ...centered(13, { bold: true }) },
  motto: { text: 'Độc lập - Tự do - Hạnh phúc', ...centered(14, { bold: true, ruleBelow: { widthFraction: 0.6 } }) },
  parentBody: centered(13),
  issuingBody: centered(13, { bold: true, ruleBelow: { widthFraction: 0.35 } }),
  issuingBodyMark: 'rule',
  number: { prefix: 'Số: ', separator: '/', ...centered(13) },
  placeDate: centered(14, { italic: true }),
  placeDateSpacers: 0,
  headerWidths: [0.4, 0.6],
  documentType: centered(14, { bold: true, spaceBeforePt: 18, keepWithNext: true }),
  summary: centered(14, { bold: true, spaceAfterPt: 12, ruleBelow: { widthFraction: 0.25 }, keepWithNext: true }),
  body: BODY,
  headings: headings(BODY),
  partSeparator: '.',
  recipientsTitle: { text: 'Nơi nhận:', size: 12, align: 'left', bold: true, italic: true },
  recipient: { size: 11, align: 'left', lineEnd: ';', lastLineEnd: '.' },
  signingAuthority: centered(14, { bold: true }),
  signerTitle: centered(14, { bold: true }),
  signerName: centered(14, { bold: true }),
  signatureSpaceLines: 4,
  closingWidths: [0.45, 0.55],
  footnote: { size: 12, align: 'justify' },
};

/**
 * Line spacing of the 2026 body. The summaries give "exactly 18–22 pt"; 18 pt is chosen because it
 * is nearest the single spacing that documents under 36-HD/VPTW were set in (about 16 pt for
 * Times New Roman 14 pt), so a report keeps roughly its length and its page breaks, while still
 * leaving 2 pt over the font's own line height: Word clips glyphs that do not fit an exact line,
 * and Vietnamese capitals with two stacked marks ("Ề", "Ỗ") and the superscript footnote marks
 * are the tallest things on the line. 22 pt would add a page in six.
 */
const BODY_2026_LINE_PT = 18;

const BODY_2026: ParagraphStyle = { ...BODY, firstLineIndentCm: 1.0, lineSpacing: undefined, lineSpacingExactPt: BODY_2026_LINE_PT };

/**
 * PROVISIONAL: Quy định 399-QĐ/TW (9/1/2026) and Hướng dẫn 05-HD/VPTW (27/5/2026) as two
 * independent summaries report them; the official text was not found, so every figure here is
 * to be checked against it. What changes from 36-HD/VPTW: first-line indent about 10 mm; body
 * line spacing exactly 18–22 pt (18 chosen, see above); page number 14 pt, centred, 10 mm from
 * the top edge, none on page 1; margins 20/20/30/15 mm mirrored for two-sided printing (30 mm
 * inside, 15 mm outside); the signer's title (chức vụ) in capitals, not bold. Everything else,
 * Nơi nhận included, is as in 36-HD/VPTW.
 */
export const PARTY_2026_PROFILE: DocumentProfile = {
  ...PARTY_PROFILE,
  id: 'party2026',
  name: 'Đảng 2026 (tạm theo Quy định 399-QĐ/TW và Hướng dẫn 05-HD/VPTW, chưa đối chiếu văn bản gốc)',
  page: { ...A4_PAGE(14), pageNumbers: { fromPage: 2, size: 14, align: 'center' }, headerDistanceMm: 10, mirrorMargins: true },
  body: BODY_2026,
  headings: headings(BODY_2026),
  signerTitle: centered(14, { bold: false }),
};

export const PROFILES: Readonly<Record<ProfileId, DocumentProfile>> = { party: PARTY_PROFILE, state: STATE_PROFILE, party2026: PARTY_2026_PROFILE };
