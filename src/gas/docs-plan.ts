/**
 * Pure planning of a Google Doc from the report model: the Docs API batchUpdate requests, in two
 * phases, with every index computed here and nothing read back from the document.
 *
 * Phase 1 (on the new, empty document): page size and margins, then the whole body (paragraphs,
 * the header and signature blocks as borderless 1×2 tables, data tables, rules, a footnote
 * reference at each anchor), then the styles over the final indexes. Phase 2: the text and style
 * of each footnote, which can only be addressed once phase 1's replies have given the footnote
 * ids. Each request's indexes assume only that every request before it has been applied, so the
 * phases can be sent in as many batches as the batch limit needs (docs-batches.ts).
 *
 * The mapping follows the .docx renderer (src/local/docx-blocks.ts) wherever Docs allows it.
 * Where Docs differs: a table needs a paragraph before it, so the header block is preceded by a
 * 1 pt empty paragraph; the footnote mark is Docs' own superscript number (Docs has no way to
 * wrap its automatic number in the Party "(n)"); page numbers cannot be inserted (see
 * PAGE_NUMBER_NOTE in docs-renderer.ts).
 */
import { blocksForLayout, type Columns, type Footnote, type Inline, type Paragraph, type ParagraphStyle, type ReportModel, type Table } from '../domain/report/model';
import { BodyWriter, docsText, footnoteTextStyles, type Span } from './docs-writer';
import {
  HAIRLINE_RUN,
  borderedCellStyle,
  borderlessCellStyle,
  columnWidthsPt,
  footnoteParagraphStyle,
  hairlineLayout,
  mmToPt,
  paragraphLayoutOf,
  paragraphRunStyle,
  pt,
  ruleLayout,
  type RunStyle,
} from './docs-styles';
import type { DocsDocumentStyle, DocsNamedStyleType, DocsRequest, DocsResponse } from './surface';

export interface BodyPlan {
  /** Phase 1, in the order it must be applied. */
  readonly requests: DocsRequest[];
  /** The model's footnote numbers in the order their createFootnote requests appear (= body order). */
  readonly anchoredFootnotes: number[];
}

/** The same as the space after a body paragraph in both profiles (the .docx gap under a data table). */
const GAP_AFTER_DATA_TABLE_PT = 6;

/** What the block writers need besides the block. */
interface BlockContext {
  readonly writer: BodyWriter;
  readonly footnoteNumbers: ReadonlySet<number>;
  /** Footnotes already anchored: Docs, like Word, allows one reference per footnote. */
  readonly anchored: Set<number>;
}

/* ------------------------------------------------------------------ phase 1 */

export function planBody(model: ReportModel): BodyPlan {
  const { page } = model;
  const textWidthPt = mmToPt(page.widthMm - page.marginsMm.left - page.marginsMm.right);
  const context: BlockContext = {
    writer: new BodyWriter(page.font),
    footnoteNumbers: new Set(model.footnotes.map((f) => f.number)),
    anchored: new Set<number>(),
  };
  for (const block of blocksForLayout(model.blocks)) {
    switch (block.type) {
      case 'paragraph':
        writeParagraph(block, textWidthPt, context);
        break;
      case 'columns':
        // The paragraph Docs leaves after the table takes the next model paragraph; if the next
        // block is a table or nothing, the writer turns it into a hairline (the .docx does the same).
        writeColumns(block, textWidthPt, context);
        break;
      case 'table':
        if (writeDataTable(block, textWidthPt, context)) {
          context.writer.emptyParagraph(hairlineLayout(GAP_AFTER_DATA_TABLE_PT), HAIRLINE_RUN);
        }
        break;
    }
  }
  const body = context.writer.finish();
  return {
    requests: [documentStyleRequest(model), ...body.contentRequests, ...body.styleRequests],
    anchoredFootnotes: body.anchoredFootnotes,
  };
}

function documentStyleRequest(model: ReportModel): DocsRequest {
  const { page } = model;
  const documentStyle: DocsDocumentStyle = {
    pageSize: { width: pt(mmToPt(page.widthMm)), height: pt(mmToPt(page.heightMm)) },
    marginTop: pt(mmToPt(page.marginsMm.top)),
    marginBottom: pt(mmToPt(page.marginsMm.bottom)),
    marginLeft: pt(mmToPt(page.marginsMm.left)),
    marginRight: pt(mmToPt(page.marginsMm.right)),
    // Where the page-number header sits, as in the .docx. Docs has no mirrored margins: a
    // two-sided profile gets its inside margin on the left of every page (see docsLayoutNotes).
    marginHeader: pt(mmToPt(page.headerDistanceMm)),
    marginFooter: pt(mmToPt(page.headerDistanceMm)),
    // Page 1 carries no number in either profile; a separate first-page header lets one be added
    // from page 2 on (by hand, as the API cannot insert the page-number field).
    useFirstPageHeaderFooter: page.pageNumbers.fromPage > 1,
  };
  return {
    updateDocumentStyle: {
      documentStyle,
      fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight,marginHeader,marginFooter,useFirstPageHeaderFooter',
    },
  };
}

/** Headings use Docs' HEADING_n styles so they show in the document outline; their look is set explicitly. */
function namedStyleOf(paragraph: Paragraph): DocsNamedStyleType {
  if (paragraph.role !== 'heading') return 'NORMAL_TEXT';
  const level = Math.min(Math.max(paragraph.level ?? 1, 1), 6);
  return `HEADING_${level}` as DocsNamedStyleType;
}

function runStyleOf(run: Extract<Inline, { type: 'text' }>, style: ParagraphStyle): RunStyle {
  return {
    sizePt: style.size,
    bold: run.bold ?? style.bold ?? false,
    italic: run.italic ?? style.italic ?? false,
    underline: run.underline ?? style.underline ?? false,
    superscript: false,
  };
}

/**
 * A paragraph, and under it its rule when it has one (a separate empty paragraph with a bottom
 * border, centred by side indents measured against `columnWidthPt`).
 */
function writeParagraph(paragraph: Paragraph, columnWidthPt: number, context: BlockContext): void {
  const { writer } = context;
  const { style } = paragraph;
  const base = paragraphRunStyle(style);
  writer.beginParagraph();
  for (const run of paragraph.runs) {
    if (run.type === 'text') writer.text(run.text, runStyleOf(run, style));
    else if (context.footnoteNumbers.has(run.number) && !context.anchored.has(run.number)) {
      context.anchored.add(run.number);
      // The Party mark "⁽¹⁾": superscript parentheses around Docs' own number, as in the .docx.
      // The reference is superscript anyway; styled alike, the three take one style request.
      const mark: RunStyle = { ...base, superscript: true };
      writer.text('(', mark);
      writer.footnoteReference(run.number, mark);
      writer.text(')', mark);
    } else {
      // A second anchor, or one without its footnote, stays visible as "(n)" so the slip can be fixed.
      writer.text(`(${run.number})`, { ...base, superscript: true });
    }
  }
  const layout = paragraphLayoutOf(style, namedStyleOf(paragraph));
  const rule = style.ruleBelow;
  if (rule === undefined) {
    writer.endParagraph(layout, base);
    return;
  }
  // The text keeps its rule on the same page and hands its space-after to the rule.
  writer.endParagraph({ ...layout, spaceBelowPt: 0, keepWithNext: true }, base);
  writer.emptyParagraph(ruleLayout(columnWidthPt, rule.widthFraction, style.spaceAfterPt ?? 0, style.keepWithNext ?? false), HAIRLINE_RUN);
}

function columnRequests(tableStart: number, widthsPt: ReadonlyArray<number>): DocsRequest[] {
  return widthsPt.map(
    (width, column): DocsRequest => ({
      updateTableColumnProperties: {
        tableStartLocation: { index: tableStart },
        columnIndices: [column],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(width) },
        fields: 'widthType,width',
      },
    }),
  );
}

/**
 * Rows that never break across a page (TableRowStyle.preventOverflow), as the .docx rows that
 * cannot split: the signature block moves whole, with the paragraph kept before it.
 */
function unbreakableRows(tableStart: number): DocsRequest {
  return { updateTableRowStyle: { tableStartLocation: { index: tableStart }, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } };
}

/** The header or signature block: a 1×2 table with hidden borders and no padding. */
function writeColumns(columns: Columns, textWidthPt: number, context: BlockContext): void {
  const widths = columnWidthsPt(columns.widths, textWidthPt);
  const sides = [columns.left, columns.right] as const;
  const tableStart = context.writer.table(1, 2, (_row, column) => {
    for (const paragraph of sides[column] ?? []) writeParagraph({ ...paragraph, style: { ...paragraph.style, pageBreakBefore: undefined } }, widths[column] ?? textWidthPt, context);
  });
  context.writer.styleTable([
    { updateTableCellStyle: { tableStartLocation: { index: tableStart }, ...borderlessCellStyle() } },
    ...columnRequests(tableStart, widths),
    unbreakableRows(tableStart),
  ]);
}

/**
 * A data table with thin borders; the header row is bold and centred, the other rows aligned as
 * `columnAlign` says for each column (an appendix: STT centred, names left, figures right), and
 * a total row ("Tổng cộng") bold. Widths are proportions of the text width (equal columns when
 * they do not fit the header); short rows are padded, as in the .docx. Returns false when there
 * is nothing to draw (Docs cannot make a table without rows).
 */
function writeDataTable(table: Table, textWidthPt: number, context: BlockContext): boolean {
  const rows = table.header.length > 0 ? [table.header, ...table.rows] : [...table.rows];
  if (rows.length === 0) return false;
  const columnCount = Math.max(table.header.length, ...table.rows.map((r) => r.length), 1);
  const weights = table.widths.length === columnCount && table.widths.every((w) => w > 0) ? table.widths : Array<number>(columnCount).fill(1);
  const widths = columnWidthsPt(weights, textWidthPt);
  const cellStyle: ParagraphStyle = { ...table.style, keepWithNext: false, ruleBelow: undefined, pageBreakBefore: undefined };
  const headerStyle: ParagraphStyle = { ...cellStyle, bold: true, align: 'center', firstLineIndentCm: undefined };
  const totalRow = table.totalRow === true ? rows.length - 1 : -1;
  const tableStart = context.writer.table(rows.length, columnCount, (row, column) => {
    const header = table.header.length > 0 && row === 0;
    const align = table.columnAlign?.[column] ?? cellStyle.align;
    const style = header ? headerStyle : { ...cellStyle, align, ...(row === totalRow ? { bold: true } : {}) };
    const text = rows[row]?.[column] ?? '';
    writeParagraph({ type: 'paragraph', role: 'body', runs: [{ type: 'text', text }], style }, widths[column] ?? textWidthPt, context);
  });
  context.writer.styleTable([
    { updateTableCellStyle: { tableStartLocation: { index: tableStart }, ...borderedCellStyle() } },
    ...columnRequests(tableStart, widths),
    unbreakableRows(tableStart),
  ]);
  return true;
}

/* ------------------------------------------------------------------ between the phases */

/**
 * The footnote ids phase 1 created, in anchor order. Replies come one per request in request
 * order, and the createFootnote requests were planned in anchor order.
 */
export function footnoteIdsFromReplies(plan: BodyPlan, replies: ReadonlyArray<DocsResponse>): string[] {
  const ids = replies.flatMap((reply) => {
    const id = reply.createFootnote?.footnoteId;
    return typeof id === 'string' ? [id] : [];
  });
  if (ids.length !== plan.anchoredFootnotes.length) {
    throw new Error(`Google Docs trả về ${ids.length} chú thích, nhưng báo cáo có ${plan.anchoredFootnotes.length} chú thích.`);
  }
  return ids;
}

/* ------------------------------------------------------------------ phase 2 */

/**
 * The text and style of every anchored footnote. A new footnote holds " \n": the text goes in at
 * index 1, after that space, which stays as the gap between Docs' number and the text (the .docx
 * writes the same space). Footnotes cannot hold footnotes, so an anchor inside one is its "(n)".
 */
export function planFootnotes(model: ReportModel, anchoredFootnotes: ReadonlyArray<number>, footnoteIds: ReadonlyArray<string>): DocsRequest[] {
  const byNumber = new Map<number, Footnote>(model.footnotes.map((f) => [f.number, f]));
  const sizePt = model.page.footnoteSize;
  const plain: RunStyle = { sizePt, bold: false, italic: false, underline: false, superscript: false };
  return anchoredFootnotes.flatMap((number, i): DocsRequest[] => {
    const footnote = byNumber.get(number);
    const segmentId = footnoteIds[i];
    if (footnote === undefined || segmentId === undefined) return [];
    const spans: Array<Span<RunStyle>> = [{ start: 0, end: 1, style: plain }];
    let text = '';
    for (const run of footnote.runs) {
      const piece = docsText(run.type === 'text' ? run.text : `(${run.number})`);
      if (piece === '') continue;
      const style = run.type === 'text' ? { ...plain, bold: run.bold ?? false, italic: run.italic ?? false, underline: run.underline ?? false } : plain;
      spans.push({ start: 1 + text.length, end: 1 + text.length + piece.length, style });
      text += piece;
    }
    const end = 1 + text.length + 1; // the space, the text, the footnote's final newline
    spans.push({ start: end - 1, end, style: plain });
    return [
      ...(text === '' ? [] : [{ insertText: { location: { segmentId, index: 1 }, text } }]),
      { updateParagraphStyle: { range: { segmentId, startIndex: 0, endIndex: end }, ...footnoteParagraphStyle() } },
      ...footnoteTextStyles(segmentId, spans, model.page.font),
    ];
  });
}
