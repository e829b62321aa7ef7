/**
 * One tab plan (src/domain/workbook/layout.ts) as the parts of a worksheet: the sheet XML
 * (values, looks, widths, row heights, frozen panes, dropdowns, print setup), its notes
 * (comments part and the VML drawing Excel needs to show them) and its relationships. The plan
 * decides what goes where; this file translates it into SpreadsheetML. Text goes in as inline
 * strings, so adding a tab never touches the workbook's shared string table.
 */
import { columnLetter, isDateCell, isFormulaCell, type CellValue, type DateCell } from '../../domain/cells';
import type { CellRange, RowStyle, TabPlan } from '../../domain/workbook/layout';
import type { Namespaces } from './package';
import type { CellLook, StyleRegistry } from './write-styles';
import { escapeAttribute, escapeText, toXstring } from './xml';

export const COLOURS = {
  headerFill: 'FFD9D9D9',
  blockTitleFill: 'FFDDEBF7',
  inputFill: 'FFFFF2CC',
  infoText: 'FF595959',
  headerBorder: 'FF808080',
  inputBorder: 'FFBFBFBF',
} as const;

export const NUMBER_FORMATS = {
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm',
  // "@" makes Excel keep what is typed as text, so codes like "01" and "350" keep their form.
  text: '@',
} as const;

const BASE_SIZE = 11;
const DROPDOWN_ERROR = { title: 'Giá trị không hợp lệ', text: 'Hãy chọn trong danh sách.' } as const;
/** Excel rejects an inline list ("a,b,c") longer than this. */
const INLINE_LIST_LIMIT = 255;

export interface SheetParts {
  readonly sheet: string;
  /** Comments part and VML drawing, when the plan has notes. */
  readonly notes: { readonly comments: string; readonly vml: string } | null;
  readonly hasFormulas: boolean;
}

/**
 * Dropdown lists. Short lists go inline in the validation ("a,b,c"); a list whose options hold
 * a comma (which Excel would split) or that is too long for Excel's inline limit is written
 * once to a hidden tab and referenced from there.
 */
export class ChoiceLists {
  readonly sheetName: string;
  private readonly columns: string[][] = [];
  private readonly columnOfList = new Map<string, number>();

  constructor(takenNames: ReadonlyArray<string>, baseName: string) {
    const taken = new Set(takenNames.map((n) => n.toLowerCase()));
    let name = baseName;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${baseName}${n}`;
    this.sheetName = name;
  }

  /** The formula a list validation uses, or null for a list of nothing. */
  sourceFor(options: ReadonlyArray<string>): string | null {
    const items = options.filter((o) => o !== '');
    if (items.length === 0) return null;
    const inline = items.join(',');
    if (items.every((o) => !o.includes(',')) && inline.length <= INLINE_LIST_LIMIT) return `"${inline.replace(/"/g, '""')}"`;
    const key = JSON.stringify(items);
    let col = this.columnOfList.get(key);
    if (col === undefined) {
      this.columns.push([...items]);
      col = this.columns.length;
      this.columnOfList.set(key, col);
    }
    const letter = columnLetter(col);
    return `'${this.sheetName.replace(/'/g, "''")}'!$${letter}$1:$${letter}$${items.length}`;
  }

  /** The hidden tab holding the long lists, or null when every list fitted inline. */
  plan(): TabPlan | null {
    if (this.columns.length === 0) return null;
    const height = Math.max(...this.columns.map((c) => c.length));
    const rows: CellValue[][] = Array.from({ length: height }, (_, r) => this.columns.map((c) => c[r] ?? null));
    return {
      name: this.sheetName,
      role: 'system',
      rows,
      columnWidths: this.columns.map((items) => Math.min(60, Math.max(12, ...items.map((o) => o.length + 2)))),
      frozenRows: 0,
      rowStyles: [],
      inputRanges: [],
      choices: [],
      notes: [],
      formats: [{ range: { row: 1, col: 1, rows: height, cols: this.columns.length }, format: 'text' }],
      wrapColumns: [],
    };
  }
}

/**
 * The shared string table of a new workbook: each text is stored once and cells point at it,
 * as Excel writes files (smaller, and faster to read back). Tabs added to an existing workbook
 * use inline strings instead, so its table is never touched.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  indexOf(text: string): number {
    this.references += 1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  part(ns: Namespaces): string {
    const items = this.texts.map((t) => `<si><t${/^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : ''}>${escapeText(toXstring(t))}</t></si>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="${ns.main}" count="${this.references}" uniqueCount="${this.texts.length}">${items.join('')}</sst>`
    );
  }
}

export function renderSheet(
  plan: TabPlan,
  styles: StyleRegistry,
  choices: ChoiceLists,
  ns: Namespaces,
  noteBlock: number,
  strings: SharedStrings | null = null,
): SheetParts {
  const extent = planExtent(plan);
  const wrapColumns = new Set(plan.wrapColumns);
  const styleOfRow = new Map(plan.rowStyles.map((s) => [s.row, s.style]));
  const heightOfRow = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  // Top alignment keeps a row's cells readable side by side when one of them wraps to several lines.
  const baseLook: CellLook = { font: { size: BASE_SIZE }, vertical: 'top' };
  const baseStyle = styles.indexOf(baseLook);
  let hasFormulas = false;

  const cols = plan.columnWidths.map((width, i) => {
    const style = wrapColumns.has(i + 1) ? styles.indexOf({ ...baseLook, wrap: true }) : baseStyle;
    return `<col min="${i + 1}" max="${i + 1}" width="${width}" style="${style}" customWidth="1"/>`;
  });

  const rows: string[] = [];
  for (let row = 1; row <= extent.rows; row += 1) {
    const rowStyle = styleOfRow.get(row);
    const cells: string[] = [];
    for (let col = 1; col <= extent.cols; col += 1) {
      const planned = plan.rows[row - 1]?.[col - 1] ?? null;
      // An empty string is no content: Excel and Sheets leave such a cell empty, and so do we.
      const value = planned === '' ? null : planned;
      const look = cellLook(plan, row, col, value, rowStyle, wrapColumns, extent.cols);
      if (value === null && look === null) continue;
      if (isFormulaCell(value)) hasFormulas = true;
      cells.push(cellXml(`${columnLetter(col)}${row}`, value, look === null ? baseStyle : styles.indexOf(look), strings));
    }
    const height = heightOfRow.get(row);
    const heightAttributes = height === undefined ? '' : ` ht="${height}"`;
    if (cells.length > 0 || height !== undefined) rows.push(`<row r="${row}"${heightAttributes}>${cells.join('')}</row>`);
  }

  const validations = dataValidations(plan, choices);
  const frozenRows = plan.frozenRows;
  const frozenCols = plan.frozenColumns ?? 0;
  const notes = plan.notes.length > 0 ? renderNotes(plan, ns, noteBlock) : null;
  const lastCell = `${columnLetter(Math.max(1, extent.cols))}${Math.max(1, extent.rows)}`;
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${lastCell}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${paneXml(frozenRows, frozenCols)}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
    (rows.length > 0 ? `<sheetData>${rows.join('')}</sheetData>` : '<sheetData/>') +
    validations +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    // A4 landscape, one page wide: printed unit tabs keep every column.
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    (notes !== null ? '<legacyDrawing r:id="rIdVml"/>' : '') +
    '</worksheet>';
  return { sheet, notes, hasFormulas };
}

function paneXml(rows: number, cols: number): string {
  if (rows <= 0 && cols <= 0) return '';
  const topLeft = `${columnLetter(cols + 1)}${rows + 1}`;
  const active = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

function cellXml(ref: string, value: CellValue, style: number, strings: SharedStrings | null): string {
  if (value === null) return `<c r="${ref}" s="${style}"/>`;
  if (isFormulaCell(value)) {
    const formula = `<f>${escapeText(toXstring(value.formula.replace(/^=/, '')))}</f>`;
    const result = value.result;
    if (result === null) return `<c r="${ref}" s="${style}">${formula}</c>`;
    if (typeof result === 'string') return `<c r="${ref}" s="${style}" t="str">${formula}<v>${escapeText(toXstring(result))}</v></c>`;
    if (typeof result === 'boolean') return `<c r="${ref}" s="${style}" t="b">${formula}<v>${result ? 1 : 0}</v></c>`;
    const number = typeof result === 'number' ? result : serialOf(result);
    return number === null || !Number.isFinite(number) ? `<c r="${ref}" s="${style}">${formula}</c>` : `<c r="${ref}" s="${style}">${formula}<v>${number}</v></c>`;
  }
  if (isDateCell(value)) {
    const serial = serialOf(value);
    return serial === null ? textCell(ref, style, value.date, strings) : `<c r="${ref}" s="${style}"><v>${serial}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}" s="${style}" t="b"><v>${value ? 1 : 0}</v></c>`;
  // Excel has no Infinity or NaN; such a value is kept as the text people would read.
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : textCell(ref, style, String(value), strings);
  return textCell(ref, style, value, strings);
}

function textCell(ref: string, style: number, text: string, strings: SharedStrings | null): string {
  if (strings !== null) return `<c r="${ref}" s="${style}" t="s"><v>${strings.indexOf(text)}</v></c>`;
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${preserve}>${escapeText(toXstring(text))}</t></is></c>`;
}

const DAY_MS = 86_400_000;
/** Serial 25569 is 1 January 1970 in the 1900 date system (Lotus' leap-year bug included). */
const UNIX_EPOCH_SERIAL = 25569;

/** The wall-clock date and time of an ISO date cell as a 1900-system serial. */
export function serialOf(cell: DateCell): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(cell.date);
  if (match === null) return null;
  const [, year, month, day, hours, minutes] = match;
  const millis = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours ?? 0), Number(minutes ?? 0));
  // Round away floating-point tails (1/1440 of a day is not exact in binary).
  return Math.round((millis / DAY_MS + UNIX_EPOCH_SERIAL) * 1e10) / 1e10;
}

/** How far the plan reaches: its rows, and every range, style and note it places. */
export function planExtent(plan: TabPlan): { rows: number; cols: number } {
  let rows = plan.rows.length;
  let cols = Math.max(plan.columnWidths.length, ...plan.rows.map((r) => r.length));
  const ranges: CellRange[] = [...plan.inputRanges, ...plan.choices.map((c) => c.range), ...plan.formats.map((f) => f.range)];
  for (const range of ranges) {
    rows = Math.max(rows, range.row + range.rows - 1);
    cols = Math.max(cols, range.col + range.cols - 1);
  }
  for (const { row, col } of plan.notes) {
    rows = Math.max(rows, row);
    cols = Math.max(cols, col);
  }
  for (const { row } of plan.rowStyles) rows = Math.max(rows, row);
  return { rows, cols };
}

/** The cell's full look, or null when it needs nothing beyond the base look (font, top alignment). */
function cellLook(
  plan: TabPlan,
  row: number,
  col: number,
  value: CellValue,
  rowStyle: RowStyle | undefined,
  wrapColumns: ReadonlySet<number>,
  tabWidth: number,
): CellLook | null {
  let look: { -readonly [K in keyof CellLook]: CellLook[K] } = { font: { size: BASE_SIZE }, vertical: 'top' };
  let special = false;
  if (wrapColumns.has(col)) {
    look.wrap = true;
    special = true;
  }
  const format = lastFormatAt(plan, row, col);
  const numFmt = format === 'date' || format === 'dateTime' || format === 'text' ? NUMBER_FORMATS[format] : undefined;
  if (numFmt !== undefined) {
    look.numFmt = numFmt;
    special = true;
  }
  // A date outside any date column still has to look like a date, not a serial number.
  const date = dateOf(value);
  if (date !== null && (numFmt === undefined || numFmt === NUMBER_FORMATS.text)) {
    look.numFmt = date.date.includes('T') ? NUMBER_FORMATS.dateTime : NUMBER_FORMATS.date;
    special = true;
  }
  if (plan.inputRanges.some((r) => contains(r, row, col))) {
    look.fill = COLOURS.inputFill;
    look.border = COLOURS.inputBorder;
    special = true;
  }
  if (rowStyle !== undefined) {
    const styled = rowLook(look, rowStyle, row, col, plan, tabWidth);
    if (styled !== null) {
      look = styled;
      special = true;
    }
  }
  return special ? look : null;
}

/** The row's look over the cell's, or null when this cell is not part of it. */
function rowLook(look: CellLook, rowStyle: RowStyle, row: number, col: number, plan: TabPlan, tabWidth: number): CellLook | null {
  switch (rowStyle) {
    case 'header':
      // The header band spans the labels written in the row (one per column of the table).
      if (col > (plan.rows[row - 1]?.length ?? 0)) return null;
      return { ...look, font: { size: BASE_SIZE, bold: true }, fill: COLOURS.headerFill, border: COLOURS.headerBorder, wrap: true, vertical: 'center', horizontal: 'center' };
    case 'blockTitle': {
      // A coloured band across the tab's width marks where each block starts.
      const bandWidth = Math.max(plan.columnWidths.length, plan.rows[row - 1]?.length ?? 0, 1);
      if (col > Math.min(bandWidth, tabWidth)) return null;
      // The title overflows into the empty cells beside it; wrapping would squeeze it into column A.
      return { font: { size: 12, bold: true }, fill: COLOURS.blockTitleFill, vertical: 'center' };
    }
    case 'unitTitle':
      return col === 1 ? { font: { size: 14, bold: true }, vertical: 'center' } : null;
    case 'info':
      return col === 1 ? { font: { size: BASE_SIZE, italic: true, color: COLOURS.infoText }, vertical: 'center' } : null;
  }
}

/** The format of the last range that covers the cell: later plan entries refine earlier ones. */
function lastFormatAt(plan: TabPlan, row: number, col: number): TabPlan['formats'][number]['format'] | undefined {
  for (let i = plan.formats.length - 1; i >= 0; i -= 1) {
    const entry = plan.formats[i];
    if (entry !== undefined && contains(entry.range, row, col)) return entry.format;
  }
  return undefined;
}

function dateOf(value: CellValue): DateCell | null {
  if (isDateCell(value)) return value;
  if (isFormulaCell(value) && isDateCell(value.result)) return value.result;
  return null;
}

function contains(range: CellRange, row: number, col: number): boolean {
  return row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols;
}

function rangeRef(range: CellRange): string {
  const first = `${columnLetter(range.col)}${range.row}`;
  const last = `${columnLetter(range.col + range.cols - 1)}${range.row + range.rows - 1}`;
  return first === last ? first : `${first}:${last}`;
}

/** One validation per list, covering exactly the plan's ranges for it (never overlapping ones). */
function dataValidations(plan: TabPlan, choices: ChoiceLists): string {
  const rangesOfSource = new Map<string, string[]>();
  for (const choice of plan.choices) {
    const source = choices.sourceFor(choice.options);
    if (source === null || choice.range.rows < 1 || choice.range.cols < 1) continue;
    rangesOfSource.set(source, [...(rangesOfSource.get(source) ?? []), rangeRef(choice.range)]);
  }
  if (rangesOfSource.size === 0) return '';
  const items = [...rangesOfSource].map(
    ([source, refs]) =>
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="${escapeAttribute(DROPDOWN_ERROR.title)}" error="${escapeAttribute(DROPDOWN_ERROR.text)}" sqref="${refs.join(' ')}"><formula1>${escapeText(source)}</formula1></dataValidation>`,
  );
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/** The comments part and the VML drawing that shows each note (hidden until pointed at). */
function renderNotes(plan: TabPlan, ns: Namespaces, block: number): { comments: string; vml: string } {
  const comments = plan.notes.map(
    (note) =>
      `<comment ref="${columnLetter(note.col)}${note.row}" authorId="0"><text><r><t xml:space="preserve">${escapeText(toXstring(note.text))}</t></r></text></comment>`,
  );
  const shapes = plan.notes.map((note, i) => {
    const [col, row] = [note.col - 1, note.row - 1];
    return (
      `<v:shape id="_x0000_s${block * 1024 + 1 + i}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 5}, 2</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
    );
  });
  return {
    comments:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<comments xmlns="${ns.main}"><authors><author>baocao</author></authors><commentList>${comments.join('')}</commentList></comments>`,
    vml:
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
      `${shapes.join('')}</xml>`,
  };
}
