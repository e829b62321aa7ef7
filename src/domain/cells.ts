/**
 * The raw workbook as every source hands it to the core: tabs of rows of cell values, the same
 * whether they come from Google Sheets (`getValues`), the Sheets API or an .xlsx file. Adapters
 * turn spreadsheet dates into `{ date }` and keep formulas as `{ formula, result }` so that the
 * core can tell a typed "=..." from a computed value. Also A1 addressing.
 */
import type { IsoDate, IsoDateTime } from './dates';

export type Scalar = string | number | boolean | null;

/** A date cell; `date` is "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" (local time). */
export interface DateCell {
  readonly date: IsoDate | IsoDateTime;
}

/** A cell holding a formula, with the value it last computed (when the source knows it). */
export interface FormulaCell {
  readonly formula: string;
  readonly result: Scalar | DateCell;
}

export type CellValue = Scalar | DateCell | FormulaCell;

export interface RawTab {
  readonly name: string;
  /** Rows from the first row of the tab; ragged rows are allowed, missing cells are empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
}

export interface RawWorkbook {
  readonly tabs: ReadonlyArray<RawTab>;
}

export function isDateCell(value: CellValue): value is DateCell {
  return typeof value === 'object' && value !== null && 'date' in value;
}

export function isFormulaCell(value: CellValue): value is FormulaCell {
  return typeof value === 'object' && value !== null && 'formula' in value;
}

export function isBlank(value: CellValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

export function cellAt(tab: RawTab, row: number, col: number): CellValue {
  return tab.rows[row - 1]?.[col - 1] ?? null;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** (row 12, col 4) → "D12"; rows and columns count from 1. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function parseA1(ref: string): { row: number; col: number } | null {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) return null;
  let col = 0;
  for (const ch of match[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

/** Plain text of a cell for messages and loose matching. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isDateCell(value)) return value.date;
  return `=${value.formula.replace(/^=/, '')}`;
}
