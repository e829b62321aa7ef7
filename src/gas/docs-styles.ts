/**
 * Unit conversions and Docs API style objects for the Google Docs renderer. The report model
 * speaks millimetres, centimetres, points and line multiples; the Docs API speaks points
 * (`{ magnitude, unit: 'PT' }`) and line spacing in percent. Every style object is written out in
 * full, with its field mask, so that nothing a paragraph or run shows depends on what Docs
 * inherited from the text next to it or from its named style. The border, padding and gap values
 * mirror the .docx renderer (src/local/docx-blocks.ts) so both outputs look alike.
 */
import type { Alignment, ParagraphStyle } from '../domain/report/model';
import type {
  DocsAlignment,
  DocsDimension,
  DocsNamedStyleType,
  DocsOptionalColor,
  DocsParagraphBorder,
  DocsParagraphStyle,
  DocsTableCellBorder,
  DocsTableCellStyle,
  DocsTextStyle,
} from './surface';

const POINTS_PER_INCH = 72;
const MM_PER_INCH = 25.4;
const CM_PER_INCH = 2.54;

/** Two decimals are finer than any printer and keep the request JSON readable. */
function roundPt(value: number): number {
  return Math.round(value * 100) / 100;
}

/** 210 mm → 595.28 pt, 30 mm → 85.04 pt. */
export function mmToPt(mm: number): number {
  return roundPt((mm * POINTS_PER_INCH) / MM_PER_INCH);
}

/** 1.27 cm → 36 pt. */
export function cmToPt(cm: number): number {
  return roundPt((cm * POINTS_PER_INCH) / CM_PER_INCH);
}

export function pt(magnitude: number): DocsDimension {
  return { magnitude, unit: 'PT' };
}

/** Docs counts line spacing in percent of single spacing: 1.0 → 100, 1.5 → 150. */
export function lineSpacingPercent(multiple: number): number {
  return Math.round(multiple * 100);
}

/**
 * Docs' single spacing, as a multiple of the font size: Times New Roman's line height (ascent
 * 0.891 + descent 0.216 of the em, from the font's own metrics, as Docs uses them).
 */
const SINGLE_LINE_EM = 1.107;

/**
 * Docs has no exact line spacing (ParagraphStyle.lineSpacing is a percentage of single spacing
 * only), so an exact spacing is approximated by the percentage that gives the same height at the
 * paragraph's font size: 18 pt for 14 pt text → 116%. docsLayoutNotes tells the user.
 */
export function lineSpacingPercentOf(style: ParagraphStyle): number {
  if (style.lineSpacingExactPt !== undefined) return Math.round((style.lineSpacingExactPt / (style.size * SINGLE_LINE_EM)) * 100);
  return lineSpacingPercent(style.lineSpacing ?? 1);
}

/** Splits a width by fractions (or weights); the last column takes the rounding rest. */
export function columnWidthsPt(weights: ReadonlyArray<number>, totalPt: number): number[] {
  const sum = weights.reduce((total, w) => total + w, 0);
  const widths = weights.map((w) => roundPt((totalPt * w) / sum));
  const rest = roundPt(totalPt - widths.slice(0, -1).reduce((total, w) => total + w, 0));
  return [...widths.slice(0, -1), rest];
}

const BLACK: DocsOptionalColor = { color: { rgbColor: { red: 0, green: 0, blue: 0 } } };

/* ------------------------------------------------------------------ text */

/** How a stretch of text looks; everything else (font, colour) is the same for the whole report. */
export interface RunStyle {
  readonly sizePt: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** Only for footnote marks: the parentheses of "⁽¹⁾" with their reference, or a stray "(n)". */
  readonly superscript: boolean;
}

/** The run style a paragraph gives its text (and its paragraph mark) unless a run says otherwise. */
export function paragraphRunStyle(style: ParagraphStyle): RunStyle {
  return { sizePt: style.size, bold: style.bold ?? false, italic: style.italic ?? false, underline: style.underline ?? false, superscript: false };
}

/** Height of the empty paragraphs the layout needs but should not show (rules, separators). */
export const HAIRLINE_PT = 1;
export const HAIRLINE_RUN: RunStyle = { sizePt: HAIRLINE_PT, bold: false, italic: false, underline: false, superscript: false };

/**
 * The full text style of a run. The colour is set to black on purpose: headings use Docs'
 * HEADING_n named styles (for the document outline), and those are grey by default.
 * baselineOffset is left alone except for footnote marks (the "(", the reference and the ")" of
 * "⁽¹⁾", and stray marks kept as text), because Docs draws footnote references superscript on its
 * own and an explicit NONE could flatten them.
 */
export function textStyleOf(style: RunStyle, fontFamily: string): { textStyle: DocsTextStyle; fields: string } {
  const textStyle: DocsTextStyle = {
    weightedFontFamily: { fontFamily, weight: 400 },
    fontSize: pt(style.sizePt),
    bold: style.bold,
    italic: style.italic,
    underline: style.underline,
    foregroundColor: BLACK,
  };
  const fields = ['weightedFontFamily', 'fontSize', 'bold', 'italic', 'underline', 'foregroundColor'];
  if (style.superscript) {
    textStyle.baselineOffset = 'SUPERSCRIPT';
    fields.push('baselineOffset');
  }
  return { textStyle, fields: fields.join(',') };
}

/* ------------------------------------------------------------------ paragraphs */

const ALIGNMENTS: Readonly<Record<Alignment, DocsAlignment>> = {
  left: 'START',
  center: 'CENTER',
  right: 'END',
  justify: 'JUSTIFIED',
};

/** Everything a paragraph's layout can vary in; converted to a Docs paragraph style in one place. */
export interface ParagraphLayout {
  readonly namedStyleType: DocsNamedStyleType;
  readonly alignment: DocsAlignment;
  readonly firstLineIndentPt: number;
  /** Side indents; only rules use them, to centre a short line. */
  readonly sideIndentPt: number;
  readonly spaceAbovePt: number;
  readonly spaceBelowPt: number;
  readonly lineSpacingPercent: number;
  readonly keepWithNext: boolean;
  readonly keepLinesTogether: boolean;
  /**
   * Start on a new page (the appendix heading). Only ever sent for a paragraph of the body
   * proper: Docs answers 400 to pageBreakBefore "for paragraphs in unsupported regions,
   * including Table, Header, Footer and Footnote" (ParagraphStyle, Docs v1 schema).
   */
  readonly pageBreakBefore?: boolean;
  /** Draw a thin line under this (empty) paragraph. */
  readonly ruleBelow: boolean;
}

/** The layout of a model paragraph, as the compiler styled it. */
export function paragraphLayoutOf(style: ParagraphStyle, namedStyleType: DocsNamedStyleType = 'NORMAL_TEXT'): ParagraphLayout {
  return {
    namedStyleType,
    alignment: ALIGNMENTS[style.align],
    firstLineIndentPt: style.firstLineIndentCm !== undefined ? cmToPt(style.firstLineIndentCm) : 0,
    sideIndentPt: 0,
    spaceAbovePt: style.spaceBeforePt ?? 0,
    spaceBelowPt: style.spaceAfterPt ?? 0,
    lineSpacingPercent: lineSpacingPercentOf(style),
    keepWithNext: style.keepWithNext ?? false,
    keepLinesTogether: style.keepLinesTogether ?? false,
    ...(style.pageBreakBefore === true ? { pageBreakBefore: true } : {}),
    ruleBelow: false,
  };
}

/** An empty 1 pt paragraph where Docs needs a paragraph but the layout none (next to tables). */
export function hairlineLayout(spaceBelowPt: number): ParagraphLayout {
  return {
    namedStyleType: 'NORMAL_TEXT',
    alignment: 'START',
    firstLineIndentPt: 0,
    sideIndentPt: 0,
    spaceAbovePt: 0,
    spaceBelowPt: spaceBelowPt,
    lineSpacingPercent: 100,
    keepWithNext: false,
    keepLinesTogether: false,
    ruleBelow: false,
  };
}

/**
 * The empty paragraph that carries a rule: indented on both sides so its bottom border is
 * centred and `widthFraction` of the column wide, as in the .docx. A border on the text paragraph
 * itself would need the same indents and squeeze the text.
 */
export function ruleLayout(columnWidthPt: number, widthFraction: number, spaceBelowPt: number, keepWithNext: boolean): ParagraphLayout {
  return {
    ...hairlineLayout(spaceBelowPt),
    alignment: 'CENTER',
    sideIndentPt: roundPt((columnWidthPt * (1 - widthFraction)) / 2),
    keepWithNext,
    ruleBelow: true,
  };
}

/** A thin solid line (¾ pt, the weight of the rules in printed Party and State documents). */
const RULE_BORDER: DocsParagraphBorder = { color: BLACK, width: pt(0.75), padding: pt(2), dashStyle: 'SOLID' };

/**
 * The full paragraph style. Paragraph borders cannot be partly updated in the API, so the rule
 * border is always sent whole; other paragraphs leave borderBottom out of the mask (no border).
 */
export function paragraphStyleOf(layout: ParagraphLayout): { paragraphStyle: DocsParagraphStyle; fields: string } {
  const paragraphStyle: DocsParagraphStyle = {
    namedStyleType: layout.namedStyleType,
    alignment: layout.alignment,
    indentFirstLine: pt(layout.firstLineIndentPt),
    indentStart: pt(layout.sideIndentPt),
    indentEnd: pt(layout.sideIndentPt),
    spaceAbove: pt(layout.spaceAbovePt),
    spaceBelow: pt(layout.spaceBelowPt),
    lineSpacing: layout.lineSpacingPercent,
    keepWithNext: layout.keepWithNext,
    keepLinesTogether: layout.keepLinesTogether,
  };
  const fields = ['namedStyleType', 'alignment', 'indentFirstLine', 'indentStart', 'indentEnd', 'spaceAbove', 'spaceBelow', 'lineSpacing', 'keepWithNext', 'keepLinesTogether'];
  if (layout.pageBreakBefore === true) {
    paragraphStyle.pageBreakBefore = true;
    fields.push('pageBreakBefore');
  }
  if (layout.ruleBelow) {
    paragraphStyle.borderBottom = RULE_BORDER;
    fields.push('borderBottom');
  }
  return { paragraphStyle, fields: fields.join(',') };
}

/** Footnote text: justified, single-spaced, no indents (the .docx footnote style). */
export function footnoteParagraphStyle(): { paragraphStyle: DocsParagraphStyle; fields: string } {
  return {
    paragraphStyle: {
      alignment: 'JUSTIFIED',
      indentFirstLine: pt(0),
      indentStart: pt(0),
      indentEnd: pt(0),
      spaceAbove: pt(0),
      spaceBelow: pt(0),
      lineSpacing: 100,
    },
    fields: 'alignment,indentFirstLine,indentStart,indentEnd,spaceAbove,spaceBelow,lineSpacing',
  };
}

/* ------------------------------------------------------------------ tables */

/** Docs cannot make a cell border transparent; a width of 0 is how the API hides one. */
const HIDDEN_BORDER: DocsTableCellBorder = { color: BLACK, width: pt(0), dashStyle: 'SOLID' };
/** ½ pt, the data tables' thin rules in the .docx. */
const DATA_BORDER: DocsTableCellBorder = { color: BLACK, width: pt(0.5), dashStyle: 'SOLID' };
/** Word's default cell padding (0.19 cm), as the .docx writes it for data tables. */
const DATA_CELL_SIDE_PADDING_PT = 5.4;

const CELL_STYLE_FIELDS = 'borderTop,borderBottom,borderLeft,borderRight,paddingTop,paddingBottom,paddingLeft,paddingRight,contentAlignment';

/** Header and signature blocks: no borders and no padding, so the columns span exactly the text width. */
export function borderlessCellStyle(): { tableCellStyle: DocsTableCellStyle; fields: string } {
  return {
    tableCellStyle: {
      borderTop: HIDDEN_BORDER,
      borderBottom: HIDDEN_BORDER,
      borderLeft: HIDDEN_BORDER,
      borderRight: HIDDEN_BORDER,
      paddingTop: pt(0),
      paddingBottom: pt(0),
      paddingLeft: pt(0),
      paddingRight: pt(0),
      contentAlignment: 'TOP',
    },
    fields: CELL_STYLE_FIELDS,
  };
}

/** Data tables: thin black borders on every side, text centred vertically. */
export function borderedCellStyle(): { tableCellStyle: DocsTableCellStyle; fields: string } {
  return {
    tableCellStyle: {
      borderTop: DATA_BORDER,
      borderBottom: DATA_BORDER,
      borderLeft: DATA_BORDER,
      borderRight: DATA_BORDER,
      paddingTop: pt(0),
      paddingBottom: pt(0),
      paddingLeft: pt(DATA_CELL_SIDE_PADDING_PT),
      paddingRight: pt(DATA_CELL_SIDE_PADDING_PT),
      contentAlignment: 'MIDDLE',
    },
    fields: CELL_STYLE_FIELDS,
  };
}
