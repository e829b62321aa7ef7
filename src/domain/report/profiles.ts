/**
 * Document profiles (thể thức) as data: the Party profile of Hướng dẫn 36-HD/VPTW (the default)
 * and the State profile of Nghị định 30/2020/NĐ-CP. Page, margins, font, sizes, the header and
 * signature blocks, heading styles, the distribution list and page numbers all come from here,
 * so a new rule (e.g. Quy định 399-QĐ/TW) is a new profile, not new code.
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
  readonly number: ParagraphStyle & { readonly prefix: string };
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
});

const centered = (size: number, extra: Partial<ParagraphStyle> = {}): ParagraphStyle => ({ size, align: 'center', ...extra });

const BODY: ParagraphStyle = { size: 14, align: 'justify', firstLineIndentCm: 1.27, spaceAfterPt: 6, lineSpacing: 1.0 };

export const PARTY_PROFILE: DocumentProfile = {
  id: 'party',
  name: 'Đảng (Hướng dẫn 36-HD/VPTW)',
  page: A4_PAGE(14),
  nationalTitle: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', ...centered(15, { bold: true, ruleBelow: { widthFraction: 0.75 } }) },
  motto: null,
  parentBody: centered(14),
  issuingBody: centered(14, { bold: true }),
  issuingBodyMark: 'star',
  number: { prefix: 'Số ', ...centered(14) },
  placeDate: centered(14, { italic: true }),
  placeDateSpacers: 2,
  headerWidths: [0.45, 0.55],
  documentType: centered(16, { bold: true, spaceBeforePt: 18, keepWithNext: true }),
  summary: centered(14, { bold: true, spaceAfterPt: 12, ruleBelow: { widthFraction: 0.25 }, keepWithNext: true }),
  body: BODY,
  headings: [
    { ...BODY, align: 'justify', bold: true, keepWithNext: true },
    { ...BODY, align: 'justify', bold: true, keepWithNext: true },
    { ...BODY, align: 'justify', bold: true, italic: true, keepWithNext: true },
    { ...BODY, align: 'justify', italic: true, keepWithNext: true },
  ],
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
  number: { prefix: 'Số: ', ...centered(13) },
  placeDate: centered(14, { italic: true }),
  placeDateSpacers: 0,
  headerWidths: [0.4, 0.6],
  documentType: centered(14, { bold: true, spaceBeforePt: 18, keepWithNext: true }),
  summary: centered(14, { bold: true, spaceAfterPt: 12, ruleBelow: { widthFraction: 0.25 }, keepWithNext: true }),
  body: BODY,
  headings: [
    { ...BODY, bold: true, keepWithNext: true },
    { ...BODY, bold: true, keepWithNext: true },
    { ...BODY, bold: true, italic: true, keepWithNext: true },
    { ...BODY, italic: true, keepWithNext: true },
  ],
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

export const PROFILES: Readonly<Record<ProfileId, DocumentProfile>> = { party: PARTY_PROFILE, state: STATE_PROFILE };
