/**
 * Appends the reminder log's rows to a workbook through exceljs (`appendRowsToTab`). New
 * workbooks and new tabs are written by ./xlsx/write-package.ts, which keeps every other part
 * byte-identical; this older path loads and saves the whole workbook and is kept only until
 * the reminder log moves out of the clerk's workbook (issue 8).
 */
import type ExcelJS from 'exceljs';
import { columnLetter, isDateCell, isFormulaCell, type CellValue, type DateCell, type Scalar } from '../domain/cells';
import type { CellRange, RowStyle, TabPlan } from '../domain/workbook/layout';
import { CHOICE_LIST_SHEET } from './xlsx/write-package';

/** Arial has every Vietnamese glyph in Excel and LibreOffice alike (Calibri lacks some on Linux). */
const BASE_FONT: Partial<ExcelJS.Font> = { name: 'Arial', size: 11 };

const COLOURS = {
  headerFill: 'FFD9D9D9',
  blockTitleFill: 'FFDDEBF7',
  inputFill: 'FFFFF2CC',
  infoText: 'FF595959',
  headerBorder: 'FF808080',
  inputBorder: 'FFBFBFBF',
} as const;

const NUMBER_FORMATS = {
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm',
  // "@" makes Excel keep what is typed as text, so codes like "01" and "350" keep their form.
  text: '@',
} as const;

/** Excel rejects an inline list ("a,b,c") longer than this. */
const INLINE_LIST_LIMIT = 255;

const DROPDOWN_ERROR = { title: 'Giá trị không hợp lệ', text: 'Hãy chọn trong danh sách.' } as const;

/** Writes one tab; says whether it holds formulas. */
function writeTab(workbook: ExcelJS.Workbook, plan: TabPlan, choiceLists: ChoiceLists): boolean {
  const frozen = plan.frozenRows > 0;
  const worksheet = workbook.addWorksheet(plan.name, {
    views: frozen
      ? [{ state: 'frozen', xSplit: 0, ySplit: plan.frozenRows, topLeftCell: `A${plan.frozenRows + 1}` }]
      : [{ state: 'normal' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      // Printed pages repeat the frozen header so each page can be read alone.
      ...(frozen ? { printTitlesRow: `1:${plan.frozenRows}` } : {}),
    },
  });

  const wrapColumns = new Set(plan.wrapColumns);
  plan.columnWidths.forEach((width, i) => {
    const column = worksheet.getColumn(i + 1);
    column.width = width;
    // Column styles reach the cells people add below the plan's rows too.
    column.style = { font: { ...BASE_FONT }, ...(wrapColumns.has(i + 1) ? { alignment: wrapAlignment() } : {}) };
  });

  const extent = planExtent(plan);
  const styleOfRow = new Map(plan.rowStyles.map((s) => [s.row, s.style]));
  let hasFormulas = false;
  for (let row = 1; row <= extent.rows; row += 1) {
    const rowStyle = styleOfRow.get(row);
    for (let col = 1; col <= extent.cols; col += 1) {
      const planned = plan.rows[row - 1]?.[col - 1] ?? null;
      // An empty string is no content: Excel and Sheets leave such a cell empty, and so do we.
      const value = planned === '' ? null : planned;
      const style = cellStyle(plan, row, col, value, rowStyle, wrapColumns, extent.cols);
      if (value === null && style === null) continue;
      const cell = worksheet.getCell(row, col);
      if (value !== null) cell.value = toExcelValue(value);
      if (isFormulaCell(value)) hasFormulas = true;
      cell.style = style ?? { font: { ...BASE_FONT } };
    }
  }

  for (const choice of plan.choices) {
    const validation = choiceLists.validationFor(choice.options);
    if (validation === null) continue;
    // One validation per cell: exceljs merges equal neighbours into ranges when it writes, and
    // cell.dataValidation then answers for every cell.
    forEachCell(choice.range, (row, col) => {
      worksheet.getCell(row, col).dataValidation = { ...validation };
    });
  }

  for (const note of plan.notes) worksheet.getCell(note.row, note.col).note = note.text;
  return hasFormulas;
}

/** How far the plan reaches: its rows, and every range, style and note it places. */
function planExtent(plan: TabPlan): { rows: number; cols: number } {
  let rows = plan.rows.length;
  let cols = Math.max(plan.columnWidths.length, ...plan.rows.map((r) => r.length));
  const ranges: CellRange[] = [
    ...plan.inputRanges,
    ...plan.choices.map((c) => c.range),
    ...plan.formats.map((f) => f.range),
  ];
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

/** The cell's full style, or null when it needs nothing beyond the column's default. */
function cellStyle(
  plan: TabPlan,
  row: number,
  col: number,
  value: CellValue,
  rowStyle: RowStyle | undefined,
  wrapColumns: ReadonlySet<number>,
  tabWidth: number,
): Partial<ExcelJS.Style> | null {
  const style: Partial<ExcelJS.Style> = { font: { ...BASE_FONT } };
  let special = false;

  if (wrapColumns.has(col)) {
    style.alignment = wrapAlignment();
    special = true;
  }
  const format = lastFormatAt(plan, row, col);
  const numFmt = format === 'date' || format === 'dateTime' || format === 'text' ? NUMBER_FORMATS[format] : undefined;
  if (numFmt !== undefined) {
    style.numFmt = numFmt;
    special = true;
  }
  // A date outside any date column still has to look like a date, not a serial number.
  const date = dateOf(value);
  if (date !== null && (numFmt === undefined || numFmt === NUMBER_FORMATS.text)) {
    style.numFmt = date.date.includes('T') ? NUMBER_FORMATS.dateTime : NUMBER_FORMATS.date;
    special = true;
  }
  if (plan.inputRanges.some((r) => contains(r, row, col))) {
    style.fill = solidFill(COLOURS.inputFill);
    style.border = thinBorder(COLOURS.inputBorder);
    // Input cells hold sentences in some columns; top alignment keeps a row's cells readable
    // side by side when one of them wraps to several lines.
    style.alignment = { ...style.alignment, vertical: 'top' };
    special = true;
  }

  if (rowStyle !== undefined) {
    const styled = applyRowStyle(style, rowStyle, row, col, plan, tabWidth);
    special = special || styled;
  }
  return special ? style : null;
}

/** Adds the row's look to the cell's style; says whether this cell is part of it. */
function applyRowStyle(
  style: Partial<ExcelJS.Style>,
  rowStyle: RowStyle,
  row: number,
  col: number,
  plan: TabPlan,
  tabWidth: number,
): boolean {
  switch (rowStyle) {
    case 'header': {
      // The header band spans the labels written in the row (one per column of the table).
      if (col > (plan.rows[row - 1]?.length ?? 0)) return false;
      style.font = { ...BASE_FONT, bold: true };
      style.fill = solidFill(COLOURS.headerFill);
      style.border = thinBorder(COLOURS.headerBorder);
      style.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      return true;
    }
    case 'blockTitle': {
      // A coloured band across the tab's width marks where each block starts.
      const bandWidth = Math.max(plan.columnWidths.length, plan.rows[row - 1]?.length ?? 0, 1);
      if (col > Math.min(bandWidth, tabWidth)) return false;
      style.font = { ...BASE_FONT, bold: true, size: 12 };
      style.fill = solidFill(COLOURS.blockTitleFill);
      // The title overflows into the empty cells beside it; wrapping would squeeze it into column A.
      style.alignment = { vertical: 'middle' };
      return true;
    }
    case 'unitTitle':
      if (col !== 1) return false;
      style.font = { ...BASE_FONT, bold: true, size: 14 };
      style.alignment = { vertical: 'middle' };
      return true;
    case 'info':
      if (col !== 1) return false;
      style.font = { ...BASE_FONT, italic: true, color: { argb: COLOURS.infoText } };
      style.alignment = { vertical: 'middle' };
      return true;
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

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (isFormulaCell(value)) {
    const result = scalarOrDate(value.result);
    // exceljs writes formulas without the leading "=" (the file format has none).
    const formula = value.formula.replace(/^=/, '');
    return result === null ? { formula } : { formula, result };
  }
  return scalarOrDate(value);
}

function scalarOrDate(value: Scalar | DateCell): string | number | boolean | Date | null {
  if (isDateCell(value)) return dateFromIso(value.date) ?? value.date;
  return value;
}

/**
 * exceljs turns a Date into a serial from its UTC fields, so the wall-clock date and time go
 * into the UTC fields, whatever the machine's time zone.
 */
function dateFromIso(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (match === null) return null;
  const [, year, month, day, hours, minutes] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours ?? 0), Number(minutes ?? 0)));
}

function dateOf(value: CellValue): DateCell | null {
  if (isDateCell(value)) return value;
  if (isFormulaCell(value) && isDateCell(value.result)) return value.result;
  return null;
}

/**
 * Dropdown lists. Short lists go inline in the validation ("a,b,c"); a list whose options hold
 * a comma (which Excel would split) or that is too long for Excel's inline limit is written
 * once to a hidden sheet and referenced from there.
 */
class ChoiceLists {
  private readonly sheetName: string;
  private readonly columns: string[][] = [];
  private readonly columnOfList = new Map<string, number>();

  constructor(tabNames: ReadonlyArray<string>) {
    let name = CHOICE_LIST_SHEET;
    for (let n = 2; tabNames.includes(name); n += 1) name = `${CHOICE_LIST_SHEET}${n}`;
    this.sheetName = name;
  }

  validationFor(options: ReadonlyArray<string>): ExcelJS.DataValidation | null {
    const items = options.filter((o) => o !== '');
    if (items.length === 0) return null;
    const inline = items.join(',');
    const fitsInline = items.every((o) => !o.includes(',')) && inline.length <= INLINE_LIST_LIMIT;
    const source = fitsInline ? `"${inline.replace(/"/g, '""')}"` : this.rangeFor(items);
    return {
      type: 'list',
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: DROPDOWN_ERROR.title,
      error: DROPDOWN_ERROR.text,
    };
  }

  /** Absolute reference to the list on the hidden sheet, writing it there the first time. */
  private rangeFor(items: ReadonlyArray<string>): string {
    const key = JSON.stringify(items);
    let col = this.columnOfList.get(key);
    if (col === undefined) {
      this.columns.push([...items]);
      col = this.columns.length;
      this.columnOfList.set(key, col);
    }
    const letter = columnLetter(col);
    return `'${this.sheetName}'!$${letter}$1:$${letter}$${items.length}`;
  }

  writeSheet(workbook: ExcelJS.Workbook): void {
    if (this.columns.length === 0) return;
    // Hidden rather than "very hidden", so a curious person can still find where options live.
    const sheet = workbook.addWorksheet(this.sheetName, { state: 'hidden' });
    this.columns.forEach((items, i) => {
      items.forEach((item, j) => {
        const cell = sheet.getCell(j + 1, i + 1);
        cell.value = item;
        cell.style = { font: { ...BASE_FONT }, numFmt: NUMBER_FORMATS.text };
      });
      sheet.getColumn(i + 1).width = Math.min(60, Math.max(12, ...items.map((o) => o.length + 2)));
    });
  }
}

function contains(range: CellRange, row: number, col: number): boolean {
  return row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols;
}

function forEachCell(range: CellRange, visit: (row: number, col: number) => void): void {
  for (let row = range.row; row < range.row + range.rows; row += 1) {
    for (let col = range.col; col < range.col + range.cols; col += 1) visit(row, col);
  }
}

function wrapAlignment(): Partial<ExcelJS.Alignment> {
  return { wrapText: true, vertical: 'top' };
}

function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function thinBorder(argb: string): Partial<ExcelJS.Borders> {
  const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb } };
  return { top: side, left: side, bottom: side, right: side };
}

/**
 * Appends rows to one tab of an existing workbook (the reminder log), creating the tab from its
 * plan when it is not there yet. Every other tab is loaded and saved unchanged; the caller
 * writes the result atomically, so a failure never leaves a half-written file.
 */
export async function appendRowsToTab(
  input: Buffer,
  plan: TabPlan,
  rows: ReadonlyArray<ReadonlyArray<CellValue>>,
): Promise<Buffer> {
  // Loaded only here, so reading and writing workbooks never pay for exceljs.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(input as unknown as ExcelJS.Buffer);
  const existing = workbook.getWorksheet(plan.name);
  if (existing === undefined) {
    const choiceLists = new ChoiceLists(workbook.worksheets.map((w) => w.name));
    writeTab(workbook, { ...plan, rows: [...plan.rows, ...rows.map((r) => [...r])] }, choiceLists);
    choiceLists.writeSheet(workbook);
  } else {
    const dateColumns = new Map<number, 'date' | 'dateTime'>();
    for (const f of plan.formats) if (f.format === 'date' || f.format === 'dateTime') dateColumns.set(f.range.col, f.format);
    let rowNumber = existing.rowCount;
    for (const values of rows) {
      rowNumber += 1;
      values.forEach((value, i) => {
        if (value === null) return;
        const cell = existing.getCell(rowNumber, i + 1);
        cell.value = toExcelValue(value);
        const format = dateColumns.get(i + 1);
        cell.style = { font: { ...BASE_FONT }, ...(format !== undefined ? { numFmt: NUMBER_FORMATS[format] } : {}) };
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
