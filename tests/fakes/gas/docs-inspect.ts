/**
 * Readers for Docs API document JSON, for assertions in tests: the plain text of the body,
 * the footnotes in reference order, every paragraph with its style and runs, and each table
 * as a grid of cell texts. They read the JSON (not the fake's internals), so they work on any
 * document returned by Docs.Documents.get, fake or recorded from the real API. Text reads as it
 * shows: the invisible word joiners that keep document numbers whole are left out unless `raw`.
 */
import type {
  DocsDocument,
  DocsParagraph,
  DocsParagraphStyle,
  DocsStructuralElement,
  DocsTextStyle,
} from '../../../src/gas/surface';

export interface TextOptions {
  /** Render footnote references as "[n]" (by default they contribute no text). */
  footnoteMarkers?: boolean;
  /** Keep U+2060 WORD JOINER, which draws nothing (by default the text reads as it shows). */
  raw?: boolean;
}

const WORD_JOINERS = /\u2060/g;

function paragraphText(paragraph: DocsParagraph, options: TextOptions = {}): string {
  const text = (paragraph.elements ?? [])
    .map((e) => {
      if (e.textRun) return e.textRun.content ?? '';
      if (e.footnoteReference && options.footnoteMarkers) return `[${e.footnoteReference.footnoteNumber ?? '?'}]`;
      return '';
    })
    .join('');
  return options.raw === true ? text : text.replace(WORD_JOINERS, '');
}

/** The text of a list of structural elements, tables included cell by cell. */
export function contentText(content: readonly DocsStructuralElement[] | undefined, options: TextOptions = {}): string {
  return (content ?? [])
    .map((element) => {
      if (element.paragraph) return paragraphText(element.paragraph, options);
      if (element.table) {
        return (element.table.tableRows ?? [])
          .flatMap((row) => (row.tableCells ?? []).map((cell) => contentText(cell.content, options)))
          .join('');
      }
      return '';
    })
    .join('');
}

/** The plain text of the body, newlines included. */
export function bodyText(doc: DocsDocument, options: TextOptions = {}): string {
  return contentText(doc.body?.content, options);
}

export interface FootnoteText {
  id: string;
  number: string;
  /** The footnote's text without its final newline (a new footnote starts as a single space). */
  text: string;
}

/** The footnotes in the order their references appear in the body. */
export function footnotesInOrder(doc: DocsDocument): FootnoteText[] {
  const out: FootnoteText[] = [];
  const visit = (content: readonly DocsStructuralElement[] | undefined): void => {
    for (const element of content ?? []) {
      for (const e of element.paragraph?.elements ?? []) {
        const ref = e.footnoteReference;
        if (ref?.footnoteId) {
          const text = contentText(doc.footnotes?.[ref.footnoteId]?.content);
          out.push({ id: ref.footnoteId, number: ref.footnoteNumber ?? '', text: text.replace(/\n$/, '') });
        }
      }
      for (const row of element.table?.tableRows ?? []) for (const cell of row.tableCells ?? []) visit(cell.content);
    }
  };
  visit(doc.body?.content);
  return out;
}

export interface ParagraphInfo {
  text: string;
  startIndex: number;
  endIndex: number;
  style: DocsParagraphStyle;
  runs: Array<{ text: string; style: DocsTextStyle }>;
  inTable: boolean;
  bulleted: boolean;
}

/** Every paragraph of the body in order, those in table cells included (flagged). */
export function paragraphsOf(doc: DocsDocument): ParagraphInfo[] {
  const out: ParagraphInfo[] = [];
  const visit = (content: readonly DocsStructuralElement[] | undefined, inTable: boolean): void => {
    for (const element of content ?? []) {
      if (element.paragraph) {
        out.push({
          text: paragraphText(element.paragraph).replace(/\n$/, ''),
          startIndex: element.startIndex ?? 0,
          endIndex: element.endIndex ?? 0,
          style: element.paragraph.paragraphStyle ?? {},
          runs: (element.paragraph.elements ?? [])
            .filter((e) => e.textRun)
            .map((e) => ({ text: e.textRun?.content ?? '', style: e.textRun?.textStyle ?? {} })),
          inTable,
          bulleted: element.paragraph.bullet !== undefined,
        });
      }
      for (const row of element.table?.tableRows ?? []) for (const cell of row.tableCells ?? []) visit(cell.content, true);
    }
  };
  visit(doc.body?.content, false);
  return out;
}

/** Each top-level table of the body as rows of cell texts (a cell's paragraphs joined by '\n'). */
export function tablesOf(doc: DocsDocument): string[][][] {
  return (doc.body?.content ?? [])
    .filter((element) => element.table)
    .map((element) =>
      (element.table?.tableRows ?? []).map((row) =>
        (row.tableCells ?? []).map((cell) => contentText(cell.content).replace(/\n$/, '')),
      ),
    );
}

/** The body's end index: one past the last element. */
export function bodyEndIndex(doc: DocsDocument): number {
  const content = doc.body?.content ?? [];
  return content[content.length - 1]?.endIndex ?? 0;
}
