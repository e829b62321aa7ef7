/**
 * Maps the blocks of the report model (paragraphs, two-column blocks, data tables) onto docx
 * library objects. Every size, weight, alignment and spacing comes from the model; this file only
 * translates units and chooses the WordprocessingML construct that renders the same in Word and
 * LibreOffice.
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LineRuleType,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { blocksForLayout, type Alignment, type Block, type Columns, type Inline, type Paragraph, type ParagraphStyle, type Table, type TextRun as ModelTextRun } from '../domain/report/model';
import { footnoteReferenceRuns } from './docx-footnotes';
import { textChildren } from './docx-text';
import { cmToTwips, lineMultipleTo240ths, ptToHalfPoints, ptToTwips } from './docx-units';

/** What block rendering needs to know beyond the block itself. */
export interface BlockContext {
  /** Page width minus left and right margins, in twips. */
  readonly textWidthTwips: number;
  /** Footnote numbers the model defines. */
  readonly footnoteNumbers: ReadonlySet<number>;
  /** Footnote numbers already anchored, so that each footnote gets exactly one reference. */
  readonly anchoredFootnotes: Set<number>;
}

type DocxBlock = DocxParagraph | DocxTable;

const ALIGNMENTS: Readonly<Record<Alignment, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/**
 * A thin solid line (¾ pt, the weight of the rules in printed Party and State documents), drawn
 * 2 pt below its empty paragraph so it clears the descenders of the text above.
 */
const RULE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 };
/**
 * Height of the empty paragraphs the layout needs but should not show: the one whose bottom
 * border is a rule, and the one after a final table. An exact height keeps a rule close under
 * its text in both Word and LibreOffice, whatever the default font size is.
 */
const HAIRLINE_PT = 1;

const DATA_TABLE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NIL, size: 0, color: 'auto' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;
const NO_CELL_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } as const;
/** The same as the space after a body paragraph in both profiles. */
const GAP_AFTER_DATA_TABLE_PT = 6;
/** Word's own default cell padding (0.19 cm), written out so LibreOffice uses the same. */
const DATA_CELL_MARGIN_TWIPS = 108;

/** Word's built-in heading styles by outline level; docx-renderer.ts gives them the profile's look. */
export const HEADING_STYLES = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

export function headingLevelOf(paragraph: Paragraph): number | null {
  if (paragraph.role !== 'heading') return null;
  return Math.min(Math.max(paragraph.level ?? 1, 1), HEADING_STYLES.length);
}

export function renderBlocks(modelBlocks: ReadonlyArray<Block>, context: BlockContext): DocxBlock[] {
  const rendered: DocxBlock[] = [];
  const blocks = blocksForLayout(modelBlocks);
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'paragraph':
        rendered.push(...renderParagraph(block, context.textWidthTwips, context));
        break;
      case 'columns':
        rendered.push(renderColumns(block, context));
        break;
      case 'table':
        rendered.push(renderTable(block, context));
        break;
    }
    // Word merges two adjacent tables into one and does not let a document end in a table, so a
    // table is always followed by a paragraph: a hairline one where the model has none. A data
    // table also gets room under it, as the paragraph after it has no space before.
    if (block.type === 'table') rendered.push(hairlineParagraph(GAP_AFTER_DATA_TABLE_PT));
    else if (block.type === 'columns' && blocks[index + 1]?.type !== 'paragraph') rendered.push(hairlineParagraph(0));
  });
  return rendered;
}

/** An empty paragraph 1 pt tall, where WordprocessingML needs a paragraph but the layout none. */
function hairlineParagraph(spaceAfterPt: number): DocxParagraph {
  return new DocxParagraph({
    spacing: { before: 0, after: ptToTwips(spaceAfterPt), line: ptToTwips(HAIRLINE_PT), lineRule: LineRuleType.EXACT },
    run: { size: ptToHalfPoints(HAIRLINE_PT) },
  });
}

function runSize(style: ParagraphStyle): number {
  return ptToHalfPoints(style.size);
}

function renderTextRun(run: ModelTextRun, style: ParagraphStyle): TextRun[] {
  // A line break typed inside a cell arrives as "\n"; Word would show it as a space.
  return run.text
    .normalize('NFC')
    .split('\n')
    .filter((line, index) => line !== '' || index > 0)
    .map(
      (line, index) =>
        new TextRun({
          children: textChildren(line),
          break: index > 0 ? 1 : undefined,
          size: runSize(style),
          bold: run.bold ?? style.bold,
          italics: run.italic ?? style.italic,
          underline: (run.underline ?? style.underline) ? { type: UnderlineType.SINGLE } : undefined,
        }),
    );
}

function renderInlines(runs: ReadonlyArray<Inline>, style: ParagraphStyle, context: BlockContext): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => {
    if (run.type === 'text') return renderTextRun(run, style);
    // A second anchor, or one without its footnote, would make Word report the file as damaged;
    // the number stays visible as text so the slip can still be seen and fixed.
    if (!context.footnoteNumbers.has(run.number) || context.anchoredFootnotes.has(run.number)) {
      return [new TextRun({ text: `(${run.number})`, superScript: true, size: runSize(style) })];
    }
    context.anchoredFootnotes.add(run.number);
    return footnoteReferenceRuns(run.number);
  });
}

/** Line spacing: exact points when the style says so, else a multiple of single spacing. */
export function lineSpacingOf(style: ParagraphStyle): { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] } {
  if (style.lineSpacingExactPt !== undefined) return { line: ptToTwips(style.lineSpacingExactPt), lineRule: LineRuleType.EXACT };
  return { line: lineMultipleTo240ths(style.lineSpacing ?? 1), lineRule: LineRuleType.AUTO };
}

function paragraphOptions(style: ParagraphStyle, headingLevel: number | null = null): IParagraphOptions {
  return {
    heading: headingLevel === null ? undefined : HEADING_STYLES[headingLevel - 1],
    alignment: ALIGNMENTS[style.align],
    indent: style.firstLineIndentCm !== undefined ? { firstLine: cmToTwips(style.firstLineIndentCm) } : undefined,
    spacing: {
      before: ptToTwips(style.spaceBeforePt ?? 0),
      after: ptToTwips(style.spaceAfterPt ?? 0),
      ...lineSpacingOf(style),
    },
    keepNext: style.keepWithNext,
    keepLines: style.keepLinesTogether,
    pageBreakBefore: style.pageBreakBefore,
    // Word's own default: no single line of a paragraph alone at the top or foot of a page.
    widowControl: true,
    // The paragraph mark's size sets the height of an empty paragraph (the signature spacers).
    run: { size: runSize(style), bold: style.bold, italics: style.italic },
  };
}

/**
 * A paragraph, and under it its rule when it has one. The rule is a separate empty paragraph
 * with a bottom border, indented on both sides so the line is centred and as wide as the given
 * fraction of the column. A border on the text paragraph itself would need the same indents and
 * squeeze the text (the summary would wrap at a quarter of the page).
 */
function renderParagraph(paragraph: Paragraph, columnWidthTwips: number, context: BlockContext): DocxParagraph[] {
  const { style } = paragraph;
  const options = paragraphOptions(style, headingLevelOf(paragraph));
  const children = renderInlines(paragraph.runs, style, context);
  if (style.ruleBelow === undefined) return [new DocxParagraph({ ...options, children })];

  const sideIndent = Math.round((columnWidthTwips * (1 - style.ruleBelow.widthFraction)) / 2);
  const text = new DocxParagraph({
    ...options,
    spacing: { ...options.spacing, after: 0 },
    keepNext: true,
    children,
  });
  const rule = new DocxParagraph({
    alignment: AlignmentType.CENTER,
    indent: { left: sideIndent, right: sideIndent },
    spacing: { before: 0, after: ptToTwips(style.spaceAfterPt ?? 0), line: ptToTwips(HAIRLINE_PT), lineRule: LineRuleType.EXACT },
    border: { bottom: RULE_BORDER },
    keepNext: style.keepWithNext,
    run: { size: ptToHalfPoints(HAIRLINE_PT) },
  });
  return [text, rule];
}

/** Splits the text width by fractions; the last column takes the rounding rest. */
function columnWidthsTwips(fractions: ReadonlyArray<number>, textWidthTwips: number): number[] {
  const total = fractions.reduce((sum, f) => sum + f, 0);
  const widths = fractions.map((f) => Math.round((textWidthTwips * f) / total));
  const rest = textWidthTwips - widths.slice(0, -1).reduce((sum, w) => sum + w, 0);
  return [...widths.slice(0, -1), rest];
}

/**
 * The header or signature block: one row, two cells, no borders anywhere and no cell padding,
 * so the columns span exactly the text width and the rules can be measured against them.
 */
function renderColumns(columns: Columns, context: BlockContext): DocxTable {
  const widths = columnWidthsTwips(columns.widths, context.textWidthTwips);
  const cell = (paragraphs: ReadonlyArray<Paragraph>, width: number): TableCell => {
    const children = paragraphs.flatMap((p) => renderParagraph(p, width, context));
    return new TableCell({
      // A cell must end with a paragraph, even when its side of the block is empty.
      children: children.length > 0 ? children : [new DocxParagraph({})],
      width: { size: width, type: WidthType.DXA },
      borders: NO_CELL_BORDERS,
      verticalAlign: VerticalAlign.TOP,
    });
  };
  return new DocxTable({
    // One row that never splits, so a signature block is not torn from its signer's name.
    rows: [new TableRow({ cantSplit: true, children: [cell(columns.left, widths[0] ?? 0), cell(columns.right, widths[1] ?? 0)] })],
    width: { size: context.textWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

/**
 * A data table with thin borders; the header row is bold, centred and repeated on each page.
 * Widths are read as proportions of the text width (equal columns when they do not fit the
 * header); short rows are padded so every row has a cell under each header.
 */
function renderTable(table: Table, context: BlockContext): DocxTable {
  const columnCount = Math.max(table.header.length, ...table.rows.map((r) => r.length), 1);
  const weights = table.widths.length === columnCount && table.widths.every((w) => w > 0) ? table.widths : Array(columnCount).fill(1);
  const widths = columnWidthsTwips(weights, context.textWidthTwips);
  const cellStyle: ParagraphStyle = { ...table.style, keepWithNext: false, ruleBelow: undefined, pageBreakBefore: undefined };
  const headerStyle: ParagraphStyle = { ...cellStyle, bold: true, align: 'center', firstLineIndentCm: undefined };
  // An appendix aligns each column its own way (STT centred, names left, figures right) and
  // draws its "Tổng cộng" row bold; the header row stays centred.
  const totalRow = table.totalRow === true ? table.rows.length - 1 : -1;
  const styleOf = (style: ParagraphStyle, isHeader: boolean, rowIndex: number, column: number): ParagraphStyle =>
    isHeader ? style : { ...style, align: table.columnAlign?.[column] ?? style.align, ...(rowIndex === totalRow ? { bold: true } : {}) };

  const row = (cells: ReadonlyArray<string>, style: ParagraphStyle, isHeader: boolean, rowIndex = -1): TableRow =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: widths.map(
        (width, i) =>
          new TableCell({
            children: renderParagraph(
              { type: 'paragraph', role: 'body', runs: [{ type: 'text', text: cells[i] ?? '' }], style: styleOf(style, isHeader, rowIndex, i) },
              width,
              context,
            ),
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
          }),
      ),
    });

  const rows = [...(table.header.length > 0 ? [row(table.header, headerStyle, true)] : []), ...table.rows.map((r, i) => row(r, cellStyle, false, i))];
  return new DocxTable({
    rows,
    width: { size: context.textWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: DATA_TABLE_BORDER,
      bottom: DATA_TABLE_BORDER,
      left: DATA_TABLE_BORDER,
      right: DATA_TABLE_BORDER,
      insideHorizontal: DATA_TABLE_BORDER,
      insideVertical: DATA_TABLE_BORDER,
    },
    margins: { top: 0, bottom: 0, left: DATA_CELL_MARGIN_TWIPS, right: DATA_CELL_MARGIN_TWIPS },
  });
}
