/**
 * Index bookkeeping for writing a new Google Doc body. The Docs API addresses everything by index
 * (UTF-16 code units, plus one index per footnote reference and per table, row and cell marker),
 * and each request sees the indexes left by the ones before it, in its batch and in earlier ones.
 * The writer only ever appends: every insertion happens at or after everything already written,
 * so the range recorded for a paragraph or run stays valid to the end of the plan. That lets all
 * styling be sent after all content, as few requests over merged ranges, with every index known
 * before anything is sent.
 *
 * The layout it relies on (Docs API v1): a new body is a section break at 0 and one empty
 * paragraph at 1; inserting "\n" + text before a paragraph's newline closes it and opens the
 * next; insertTable at index i first inserts a newline at i, so the table starts at i + 1, its
 * first row at +1, first cell at +2 and that cell's empty paragraph at +3; each cell is its cell
 * marker plus its paragraphs; after the table's end marker comes the paragraph that held the
 * insertion point; createFootnote puts a one-index reference at its location.
 */
import { documentNumberHyphens } from '../domain/report/model';
import { HAIRLINE_RUN, hairlineLayout, paragraphStyleOf, textStyleOf, type ParagraphLayout, type RunStyle } from './docs-styles';
import type { DocsRequest } from './surface';

/** Index of the empty paragraph of a new document (0 is its section break). */
export const FIRST_BODY_INDEX = 1;

/** A stretch of indexes [start, end) and the style it gets. */
export interface Span<T> {
  readonly start: number;
  readonly end: number;
  readonly style: T;
}

/** Characters the API drops from inserted text (C0 controls but \t \n \v, and the private use area). */
const DROPPED_BY_API = /[\u0000-\u0008\u000C-\u001F\uE000-\uF8FF]/g;
const VERTICAL_TAB = '\u000B';

/**
 * Text as it will stand in the document, so that its length is the number of indexes it takes:
 * NFC (Vietnamese typed in decomposed form would otherwise take extra indexes and render apart),
 * a line break typed inside a cell becomes Docs' in-paragraph line break (\v) as the .docx makes
 * it a w:br, what the API would silently drop is dropped here first, and document numbers are
 * made unbreakable.
 */
export function docsText(text: string): string {
  return withUnbreakableNumbers(text.normalize('NFC').replace(/\r\n?|\n/g, VERTICAL_TAB).replace(DROPPED_BY_API, ''));
}

/**
 * U+2060 WORD JOINER, which forbids a line break where it stands (Unicode line breaking, UAX #14,
 * class WJ) and draws nothing.
 */
export const WORD_JOINER = '\u2060';

/**
 * A word joiner after each hyphen inside a document number ("15/KH-⁠UBND"), so that Docs never
 * ends a line with "15/KH-". Not U+2011 NON-BREAKING HYPHEN: Times New Roman's metric twins
 * (Liberation Serif, Tinos, which Docs and Linux substitute for it) have no glyph for U+2011
 * (their hyphens stop at U+2010), so the hyphen would come from a fallback font; with the joiner
 * the hyphen stays the font's own. (The UAX #14 rules already forbid a break before a hyphen.)
 */
function withUnbreakableNumbers(text: string): string {
  const hyphens = documentNumberHyphens(text);
  if (hyphens.length === 0) return text;
  let out = '';
  let start = 0;
  for (const offset of hyphens) {
    out += `${text.slice(start, offset + 1)}${WORD_JOINER}`;
    start = offset + 1;
  }
  return out + text.slice(start);
}

/**
 * The longest text one insertText carries. Consecutive text is merged into one request, which
 * on a report without footnotes or tables would be the whole body; capped, each request stays
 * far inside the batch byte budget (3 UTF-8 bytes per code unit at most: 300 KB of JSON).
 */
export const MAX_INSERT_CODE_UNITS = 100_000;

/** `text` cut into pieces of at most MAX_INSERT_CODE_UNITS, never inside a surrogate pair. */
function piecesOf(text: string): string[] {
  if (text.length <= MAX_INSERT_CODE_UNITS) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + MAX_INSERT_CODE_UNITS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** Merges touching spans with the same style into one, so each gets one request. */
function mergeSpans<T>(spans: ReadonlyArray<Span<T>>, keyOf: (style: T) => string): Array<Span<T>> {
  const merged: Array<Span<T> & { key: string }> = [];
  for (const span of spans) {
    const key = keyOf(span.style);
    const last = merged[merged.length - 1];
    if (last !== undefined && last.end === span.start && last.key === key) merged[merged.length - 1] = { ...last, end: span.end };
    else merged.push({ ...span, key });
  }
  return merged.map(({ start, end, style }) => ({ start, end, style }));
}

export interface WrittenBody {
  /** Inserts, footnotes and tables, in the order they must run. */
  readonly contentRequests: DocsRequest[];
  /** Paragraph styles, then text styles, then table styles; all over final indexes. */
  readonly styleRequests: DocsRequest[];
  /** The model's footnote numbers, in the order of the createFootnote requests. */
  readonly anchoredFootnotes: number[];
}

export class BodyWriter {
  /** Where text goes next: the end of the open paragraph's text, i.e. the index of its newline. */
  private cursor = FIRST_BODY_INDEX;
  /** The open paragraph is one Docs made (document start, after a table, a new cell), still unused. */
  private fresh = true;
  private openParagraphStart = FIRST_BODY_INDEX;
  /** Text not yet sent; consecutive inserts at consecutive indexes become one insertText. */
  private pending: { at: number; text: string } | null = null;
  private readonly content: DocsRequest[] = [];
  private readonly tableStyles: DocsRequest[] = [];
  private readonly paragraphSpans: Array<Span<ParagraphLayout>> = [];
  private readonly textSpans: Array<Span<RunStyle>> = [];
  private readonly anchors: number[] = [];

  constructor(private readonly fontFamily: string) {}

  /** Opens a paragraph after the current one (or takes over the unused one Docs left). */
  beginParagraph(): void {
    if (this.fresh) this.fresh = false;
    else this.insert('\n');
    this.openParagraphStart = this.cursor;
  }

  text(text: string, style: RunStyle): void {
    const clean = docsText(text);
    if (clean === '') return;
    this.textSpans.push({ start: this.cursor, end: this.cursor + clean.length, style });
    this.insert(clean);
  }

  /** A real footnote reference here; its text is written in the second batch. */
  footnoteReference(footnoteNumber: number, style: RunStyle): void {
    this.flush();
    this.content.push({ createFootnote: { location: { index: this.cursor } } });
    this.textSpans.push({ start: this.cursor, end: this.cursor + 1, style });
    this.anchors.push(footnoteNumber);
    this.cursor += 1;
  }

  /** Closes the open paragraph: its newline (already at the cursor) takes `markStyle`. */
  endParagraph(layout: ParagraphLayout, markStyle: RunStyle): void {
    this.paragraphSpans.push({ start: this.openParagraphStart, end: this.cursor + 1, style: layout });
    this.textSpans.push({ start: this.cursor, end: this.cursor + 1, style: markStyle });
  }

  emptyParagraph(layout: ParagraphLayout, markStyle: RunStyle): void {
    this.beginParagraph();
    this.endParagraph(layout, markStyle);
  }

  /**
   * A table after the open paragraph, filled cell by cell by `fillCell` (which writes the cell's
   * paragraphs through this writer). An unused open paragraph stays in front of the table, as
   * the API requires one there, and becomes a hairline; a used one is closed by the newline the
   * API inserts. Returns the table's start index, for table style requests.
   */
  table(rows: number, columns: number, fillCell: (row: number, column: number) => void): number {
    this.flush();
    if (this.fresh) this.emptyParagraph(hairlineLayout(0), HAIRLINE_RUN);
    this.content.push({ insertTable: { location: { index: this.cursor }, rows, columns } });
    const tableStart = this.cursor + 1;
    let marker = tableStart + 1; // the first row marker
    for (let row = 0; row < rows; row++) {
      marker += 1; // past the row marker, onto the first cell marker
      for (let column = 0; column < columns; column++) {
        this.cursor = marker + 1;
        this.fresh = true;
        fillCell(row, column);
        if (this.fresh) this.emptyParagraph(hairlineLayout(0), HAIRLINE_RUN);
        this.flush();
        marker = this.cursor + 1; // the next cell or row marker, or the table's end marker
      }
    }
    this.cursor = marker + 1;
    this.fresh = true;
    return tableStart;
  }

  /** Requests that style a table by its start index; sent after the text styles. */
  styleTable(requests: ReadonlyArray<DocsRequest>): void {
    this.tableStyles.push(...requests);
  }

  /** Ends the body; an unused last paragraph (after a final table) becomes a hairline. */
  finish(): WrittenBody {
    this.flush();
    if (this.fresh) this.emptyParagraph(hairlineLayout(0), HAIRLINE_RUN);
    const paragraphStyles = mergeSpans(this.paragraphSpans, (layout) => JSON.stringify(layout)).map(
      (span): DocsRequest => ({ updateParagraphStyle: { range: { startIndex: span.start, endIndex: span.end }, ...paragraphStyleOf(span.style) } }),
    );
    const textStyles = mergeSpans(this.textSpans, (style) => JSON.stringify(style)).map(
      (span): DocsRequest => ({ updateTextStyle: { range: { startIndex: span.start, endIndex: span.end }, ...textStyleOf(span.style, this.fontFamily) } }),
    );
    return {
      contentRequests: [...this.content],
      // Paragraph styles first: setting a HEADING_n named style must not undo the explicit text style.
      styleRequests: [...paragraphStyles, ...textStyles, ...this.tableStyles],
      anchoredFootnotes: [...this.anchors],
    };
  }

  private insert(text: string): void {
    for (const piece of piecesOf(text)) {
      const pending = this.pending;
      const continues = pending !== null && pending.at + pending.text.length === this.cursor;
      if (continues && pending.text.length + piece.length <= MAX_INSERT_CODE_UNITS) pending.text += piece;
      else {
        this.flush();
        this.pending = { at: this.cursor, text: piece };
      }
      this.cursor += piece.length;
    }
  }

  private flush(): void {
    if (this.pending === null) return;
    this.content.push({ insertText: { location: { index: this.pending.at }, text: this.pending.text } });
    this.pending = null;
  }
}

/** Text style requests for one footnote segment (its indexes start at 0), merged like the body's. */
export function footnoteTextStyles(segmentId: string, spans: ReadonlyArray<Span<RunStyle>>, fontFamily: string): DocsRequest[] {
  return mergeSpans(spans, (style) => JSON.stringify(style)).map(
    (span): DocsRequest => ({
      updateTextStyle: { range: { segmentId, startIndex: span.start, endIndex: span.end }, ...textStyleOf(span.style, fontFamily) },
    }),
  );
}
