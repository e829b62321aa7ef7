/**
 * One worksheet part (`<worksheet>`) to rows of cell values, the way Google Sheets would hand
 * them over: rows from row 1, the gaps as empty rows and nulls, trailing empty cells and rows
 * dropped (a sheet formatted down to row 1,048,576 costs nothing), the covered cells of a merged
 * block empty, formulas with what they last computed, and dates decided by the cell's format.
 * Values keep exactly what is stored: no trimming, no normalising, no length limit.
 */
import type { CellValue, DateCell, Scalar } from '../../domain/cells';
import { isoToDateCell, serialToDateCell } from './dates';
import { moveFormula } from './shared-formula';
import type { DateStyles } from './styles';
import { CLOSE, END, XmlCursor, fromXstring } from './xml';

export interface SheetContext {
  readonly sharedStrings: ReadonlyArray<string>;
  readonly dateStyles: DateStyles;
  readonly date1904: boolean;
}

/** A cell whose content cannot be read; the caller names the tab. */
export class CellReadError extends Error {
  override readonly name = 'CellReadError';
  constructor(
    readonly cell: string,
    readonly problem: 'missingSharedString',
  ) {
    super(`${problem} at ${cell}`);
  }
}

interface SharedFormula {
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

/** Parses "AB12" (or "$AB$12") into row and column; null when it is not a cell reference. */
function parseCellRef(ref: string): { row: number; col: number } | null {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  let col = 0;
  const lettersStart = i;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === lettersStart || i - lettersStart > 3 || col > MAX_COLUMN) return null;
  if (ref.charCodeAt(i) === 36) i += 1;
  let row = 0;
  const digitsStart = i;
  for (; i < ref.length; i += 1) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    row = row * 10 + digit;
  }
  if (i === digitsStart || row < 1 || row > MAX_ROW) return null;
  return { row, col };
}

export function readSheetRows(xml: string, context: SheetContext): CellValue[][] {
  const cursor = new XmlCursor(xml);
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const sharedFormulas = new Map<string, SharedFormula>();
  let inSheetData = false;
  let rowNumber = 0;
  let col = 0;

  for (let kind = cursor.next(); kind !== END; kind = cursor.next()) {
    if (kind === CLOSE) {
      if (cursor.name === 'sheetData') inSheetData = false;
      continue;
    }
    const name = cursor.name;
    if (name === 'sheetData') {
      inSheetData = !cursor.selfClosing;
    } else if (inSheetData && name === 'row') {
      const r = cursor.attrInt('r');
      // Rows and cells may leave out their position; they then follow the previous one.
      rowNumber = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r : rowNumber + 1;
      col = 0;
    } else if (inSheetData && name === 'c') {
      const ref = cursor.attr('r');
      const at = ref === undefined ? null : parseCellRef(ref);
      let row = rowNumber;
      if (at !== null) {
        row = at.row;
        col = at.col;
      } else {
        col += 1;
      }
      if (row < 1) row = rowNumber = 1;
      const value = readCell(cursor, row, col, context, sharedFormulas);
      if (value !== null) place(rows, row, col, value);
    } else if (name === 'mergeCell') {
      const ref = cursor.attr('ref');
      if (ref !== undefined) merges.push(ref);
    } else if (name === 'extLst') {
      cursor.skipElement();
    }
  }

  for (const ref of merges) clearCoveredCells(rows, ref);
  return trimmed(rows, merges.length > 0);
}

/**
 * Puts a value at its place, filling the gaps before it with empty rows and nulls as it goes,
 * so rows come out dense without a second copy (cells arrive in order in every real file).
 */
function place(rows: CellValue[][], row: number, col: number, value: CellValue): void {
  while (rows.length < row) rows.push([]);
  const cells = rows[row - 1]!;
  while (cells.length < col - 1) cells.push(null);
  cells[col - 1] = value;
}

/** Reads one `<c>` (the cursor is on its start tag) up to its end tag. */
function readCell(
  cursor: XmlCursor,
  row: number,
  col: number,
  context: SheetContext,
  sharedFormulas: Map<string, SharedFormula>,
): CellValue {
  const type = cursor.attr('t') ?? 'n';
  const styleIndex = cursor.attrInt('s') || 0;
  if (cursor.selfClosing) return null;
  let value: string | undefined;
  let inline: string | undefined;
  let formula: string | undefined;
  let formulaType: string | undefined;
  let sharedIndex: string | undefined;
  let sharedRef: string | undefined;
  for (let kind = cursor.next(); kind !== END; kind = cursor.next()) {
    if (kind === CLOSE) {
      if (cursor.name === 'c') break;
      continue;
    }
    switch (cursor.name) {
      case 'v':
        value = cursor.text();
        break;
      case 'f':
        formulaType = cursor.attr('t');
        sharedIndex = cursor.attr('si');
        sharedRef = cursor.attr('ref');
        formula = cursor.text();
        break;
      case 'is':
        inline = readInlineString(cursor);
        break;
      default:
        cursor.skipElement();
        break;
    }
  }

  const isDate = context.dateStyles[styleIndex] === true;
  // A formula is there when it has text or is part of a shared, array or data-table formula.
  if ((formula !== undefined && formula !== '') || formulaType !== undefined) {
    let text = formula ?? '';
    if (formulaType === 'shared' && sharedIndex !== undefined) {
      const master = sharedFormulas.get(sharedIndex);
      if (text !== '') {
        if (sharedRef !== undefined || master === undefined) sharedFormulas.set(sharedIndex, { text, row, col });
      } else if (master !== undefined) {
        text = moveFormula(master.text, row - master.row, col - master.col);
      }
    }
    // An empty cached value is no result (a formula not yet computed).
    const result = value === undefined || value === '' ? null : typedValue(type, value, isDate, context, row, col);
    return { formula: `=${text.replace(/^=/, '')}`, result };
  }
  if (type === 'inlineStr') return inline === undefined || inline === '' ? null : inline;
  if (value === undefined) return null;
  return typedValue(type, value, isDate, context, row, col);
}

/** A stored value by its cell type (ECMA-376 Part 1, 18.18.11 ST_CellType). */
function typedValue(type: string, value: string, isDate: boolean, context: SheetContext, row: number, col: number): Scalar | DateCell {
  switch (type) {
    case 's': {
      const text = context.sharedStrings[parseInt(value, 10)];
      if (text === undefined) throw new CellReadError(`${letters(col)}${row}`, 'missingSharedString');
      return text;
    }
    case 'str':
    case 'inlineStr':
      return fromXstring(value);
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'e':
      return value;
    case 'd':
      return isoToDateCell(value) ?? value;
    default: {
      const number = parseFloat(value);
      // Text where a number should be is handed over as text: the core says what is wrong.
      if (!Number.isFinite(number)) return value;
      return isDate ? (serialToDateCell(number, context.date1904) ?? number) : number;
    }
  }
}

/** The text of an inline string (`<is>`): plain or rich, phonetic guides left out. */
function readInlineString(cursor: XmlCursor): string {
  if (cursor.selfClosing) return '';
  let text = '';
  for (let kind = cursor.next(); kind !== END; kind = cursor.next()) {
    if (kind === CLOSE) {
      if (cursor.name === 'is') break;
      continue;
    }
    if (cursor.name === 't') text += fromXstring(cursor.text());
    else if (cursor.name === 'rPh' || cursor.name === 'rPr') cursor.skipElement();
  }
  return text;
}

function letters(col: number): string {
  let out = '';
  for (let rest = col; rest > 0; rest = Math.floor((rest - 1) / 26)) out = String.fromCharCode(65 + ((rest - 1) % 26)) + out;
  return out;
}

/**
 * Google Sheets reports the covered cells of a merged block as empty, and the core must not see
 * a title or a figure twice; only cells that exist are visited, so a huge merge costs nothing.
 */
function clearCoveredCells(rows: CellValue[][], ref: string): void {
  const [first, last] = ref.split(':');
  const from = first === undefined ? null : parseCellRef(first);
  const to = last === undefined ? from : parseCellRef(last);
  if (from === null || to === null) return;
  const lastRow = Math.min(to.row, rows.length);
  for (let row = from.row; row <= lastRow; row += 1) {
    const cells = rows[row - 1];
    if (cells === undefined) continue;
    const lastCol = Math.min(to.col, cells.length);
    for (let col = from.col; col <= lastCol; col += 1) {
      if (row === from.row && col === from.col) continue;
      if (cells[col - 1] !== undefined) cells[col - 1] = null;
    }
  }
}

/** Drops trailing empty cells (left by merged blocks) and trailing empty rows. */
function trimmed(rows: CellValue[][], merged: boolean): CellValue[][] {
  if (merged) {
    for (const cells of rows) while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}
