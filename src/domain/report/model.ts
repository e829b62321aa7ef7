/**
 * The report as a plain data tree, the one thing every renderer reads (.docx, Google Docs,
 * Markdown). The compiler has already applied the document profile: every line carries its size,
 * weight and alignment, header and signature blocks are two-column borderless tables, footnotes
 * are numbered and anchored in runs. Renderers map this tree; they make no layout decisions.
 */
import type { Settings } from '../contract/tables';

export interface TextRun {
  readonly type: 'text';
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Set on the "[?]" and "[!]" the compiler writes into a draft: what is wrong, and where to fix it. */
  readonly mark?: DraftMark;
}

/**
 * A place where the draft cannot be trusted as it stands. `unavailable`: a figure, ratio,
 * citation or inclusion could not be computed, and "[?]" stands in its place. `failsRule`: the
 * figure printed just before the "[!]" comes from figures that break an error-level rule.
 * Renderers may highlight marked runs; draftNotes() lists them for the person who made the draft.
 */
export interface DraftMark {
  readonly kind: 'unavailable' | 'failsRule';
  /** The cell whose text holds the placeholder. */
  readonly tab: string | null;
  readonly cell: string | null;
  /** The placeholder as typed, e.g. "{{PT:DT_GQ/DT_NHAN}}". */
  readonly token: string;
  /** Why, in Vietnamese (the message of the finding on that cell). */
  readonly reason: string;
}

/** Anchor of a footnote: renderers put the footnote reference mark here. */
export interface FootnoteRef {
  readonly type: 'footnote';
  /** 1-based number through the whole report. */
  readonly number: number;
}

export type Inline = TextRun | FootnoteRef;

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphStyle {
  /** Font size in points. */
  readonly size: number;
  readonly align: Alignment;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** First-line indent in centimetres. */
  readonly firstLineIndentCm?: number;
  /** Space before and after in points. */
  readonly spaceBeforePt?: number;
  readonly spaceAfterPt?: number;
  /** Line spacing as a multiple of single spacing. */
  readonly lineSpacing?: number;
  /** Line spacing of exactly this many points; when set, `lineSpacing` is ignored. */
  readonly lineSpacingExactPt?: number;
  /** A horizontal rule under the paragraph, centred, as wide as a fraction of the column. */
  readonly ruleBelow?: { readonly widthFraction: number };
  /** Keep this paragraph on the same page as the next (headings, titles). */
  readonly keepWithNext?: boolean;
  /** Keep all lines of this paragraph on one page (headings). */
  readonly keepLinesTogether?: boolean;
  /** Start this paragraph on a new page (the appendix heading after the signature). */
  readonly pageBreakBefore?: boolean;
}

export interface Paragraph {
  readonly type: 'paragraph';
  readonly role: 'body' | 'heading' | 'title' | 'summary' | 'header' | 'closing' | 'spacer' | 'appendix';
  /** Heading level (1–4) when role is 'heading'. */
  readonly level?: number;
  /** The outline section this paragraph belongs to, for tests and navigation. */
  readonly sectionId?: string;
  readonly runs: ReadonlyArray<Inline>;
  readonly style: ParagraphStyle;
}

/** A borderless two-column table: the header block and the signature block. */
export interface Columns {
  readonly type: 'columns';
  readonly role: 'header' | 'closing';
  /** Column widths as fractions of the text width; they add up to 1. */
  readonly widths: readonly [number, number];
  readonly left: ReadonlyArray<Paragraph>;
  readonly right: ReadonlyArray<Paragraph>;
}

/** A data table inside the body (e.g. figures by unit). */
export interface Table {
  readonly type: 'table';
  readonly header: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  readonly widths: ReadonlyArray<number>;
  readonly style: ParagraphStyle;
  /** Alignment of each column's cells (the header row stays centred); absent: `style.align` everywhere. */
  readonly columnAlign?: ReadonlyArray<Alignment>;
  /** The last row is a total ("Tổng cộng"): drawn bold. */
  readonly totalRow?: boolean;
}

export type Block = Paragraph | Columns | Table;

export interface Footnote {
  readonly number: number;
  readonly runs: ReadonlyArray<Inline>;
  /** Where it came from, for tests and for pointing clerks to the cell. */
  readonly source: { readonly unitId: string; readonly footnoteId: string };
}

export interface PageSetup {
  readonly size: 'A4';
  readonly widthMm: number;
  readonly heightMm: number;
  readonly marginsMm: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly font: string;
  /** Default (body) font size in points. */
  readonly fontSize: number;
  readonly footnoteSize: number;
  /** Page number in the header, centred, from this page on (the first page has none). */
  readonly pageNumbers: { readonly fromPage: number; readonly size: number; readonly align: 'center' };
  /** Distance from the top edge of the page to the page number (and from the bottom edge to the footer). */
  readonly headerDistanceMm: number;
  /** Two-sided printing: `left` is the inside margin and `right` the outside one, mirrored on even pages. */
  readonly mirrorMargins?: boolean;
}

/** How footnotes are marked: the setting of the same name (Thiết lập tab). */
export type FootnoteMarks = Settings['footnoteMarks'];

export interface ReportModel {
  readonly title: string;
  readonly page: PageSetup;
  /**
   * 'plain' (the default): the mark in the text is a superscript "(1)", the mark before the
   * footnote's own text a superscript "1", alike in every application. 'parenthesised': "⁽¹⁾" at
   * the page foot too, which only Word shows so.
   */
  readonly footnoteMarks?: FootnoteMarks;
  readonly blocks: ReadonlyArray<Block>;
  readonly footnotes: ReadonlyArray<Footnote>;
}

/** Stretches of letters, digits, "-" and "/": the candidates for a document number (found in linear time). */
const NUMBER_CANDIDATE = /[\p{L}\p{N}/-]+/gu;
/**
 * A document number or symbol: letters and digits joined by "-" and "/", with a "/" or no
 * lower-case letter ("350-BC/HU", "15/KH-UBND", "30/2020/NĐ-CP", "06-CTr/BDVHU-BCHQSH-CAH",
 * "QĐ-UBND"), but not a hyphenated word ("Mác-Lênin") nor a spaced dash ("kinh tế - xã hội").
 * Anchored and tried once per candidate, so a 50,000-character cell costs linear time.
 */
const DOCUMENT_NUMBER = /^[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+$/u;

/**
 * Where the hyphens inside document numbers and symbols are (UTF-16 offsets into `text`), so that
 * renderers can make them non-breaking: a line never ends in "15/KH-" with "UBND" on the next.
 */
export function documentNumberHyphens(text: string): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(NUMBER_CANDIDATE)) {
    const raw = match[0];
    if (!raw.includes('-')) continue;
    // "I-" of a heading, or a number at the end of a clause ("… 350-BC/HU-"), loses its loose ends.
    const lead = raw.length - raw.replace(/^[-/]+/, '').length;
    const token = raw.slice(lead).replace(/[-/]+$/, '');
    if (!DOCUMENT_NUMBER.test(token) || (!token.includes('/') && /\p{Ll}/u.test(token))) continue;
    const start = (match.index ?? 0) + lead;
    for (let i = 0; i < token.length; i++) if (token[i] === '-') offsets.push(start + i);
  }
  return offsets;
}

/**
 * The blocks as renderers lay them out: the paragraph right before the signature block keeps
 * with it, so that the block never stands alone at the top of the last page (together with the
 * block's row that cannot split, the last lines of the text move over with it).
 */
export function blocksForLayout(blocks: ReadonlyArray<Block>): Block[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    if (block.type !== 'paragraph' || next?.type !== 'columns' || next.role !== 'closing') return block;
    return { ...block, style: { ...block.style, keepWithNext: true } };
  });
}

/** Plain text of a run list (footnote anchors as "(n)"), for tests, previews and search. */
export function plainText(runs: ReadonlyArray<Inline>): string {
  return runs.map((r) => (r.type === 'text' ? r.text : `(${r.number})`)).join('');
}
