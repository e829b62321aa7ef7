/**
 * The report as a plain data tree, the one thing every renderer reads (.docx, Google Docs,
 * Markdown). The compiler has already applied the document profile: every line carries its size,
 * weight and alignment, header and signature blocks are two-column borderless tables, footnotes
 * are numbered and anchored in runs. Renderers map this tree; they make no layout decisions.
 */

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
  /** A horizontal rule under the paragraph, centred, as wide as a fraction of the column. */
  readonly ruleBelow?: { readonly widthFraction: number };
  /** Keep this paragraph on the same page as the next (headings, titles). */
  readonly keepWithNext?: boolean;
}

export interface Paragraph {
  readonly type: 'paragraph';
  readonly role: 'body' | 'heading' | 'title' | 'summary' | 'header' | 'closing' | 'spacer';
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
}

export interface ReportModel {
  readonly title: string;
  readonly page: PageSetup;
  readonly blocks: ReadonlyArray<Block>;
  readonly footnotes: ReadonlyArray<Footnote>;
}

/** Plain text of a run list (footnote anchors as "(n)"), for tests, previews and search. */
export function plainText(runs: ReadonlyArray<Inline>): string {
  return runs.map((r) => (r.type === 'text' ? r.text : `(${r.number})`)).join('');
}
