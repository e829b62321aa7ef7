/**
 * The .xlsx reader baocao used before its own (exceljs 4), kept for tests only: the parity test
 * reads the same files with both and expects the same RawWorkbook, so the new reader is known
 * to hand the core exactly what it was given before, wherever exceljs read a file right.
 */
import ExcelJS from 'exceljs';
import type { CellValue, DateCell, RawTab, RawWorkbook, Scalar } from '../../../src/domain/cells';

export async function readWithExcelJS(bytes: Uint8Array): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { tabs: workbook.worksheets.map(readWorksheet) };
}

function readWorksheet(worksheet: ExcelJS.Worksheet): RawTab {
  const rows: CellValue[][] = [];
  // Only rows and cells that exist in the file are visited, so a sheet formatted down to row
  // 1,048,576 costs nothing; the gaps become empty rows and nulls.
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = readCell(cell);
    });
    rows[rowNumber - 1] = withoutTrailingNulls(Array.from(cells, (value) => value ?? null));
  });
  const dense = Array.from(rows, (row) => row ?? []);
  while (dense.length > 0 && (dense[dense.length - 1] ?? []).length === 0) dense.pop();
  return { name: worksheet.name, rows: dense };
}

/** Styled but empty cells are not content; dropping them keeps rows as ragged as Sheets' data. */
function withoutTrailingNulls(cells: CellValue[]): CellValue[] {
  let length = cells.length;
  while (length > 0 && cells[length - 1] === null) length -= 1;
  return cells.slice(0, length);
}

function readCell(cell: ExcelJS.Cell): CellValue {
  // exceljs answers a merged cell's other cells with the top-left value; Sheets reports them
  // empty, and the core must not see a title or a figure twice.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const value: unknown = cell.value;
  if (isObject(value) && ('formula' in value || 'sharedFormula' in value)) {
    // cell.formula translates shared formulas to this cell; cell.result keeps 0, false and ""
    // (cell.value drops falsy results).
    const result: unknown = cell.result;
    // A shared formula whose master cell is missing has no text; keep the cell as a formula anyway.
    const formula = String((cell.formula as string | undefined) ?? '').replace(/^=/, '');
    return { formula: `=${formula}`, result: readPlainValue(result) };
  }
  return readPlainValue(value);
}

/** A stored value (or a formula's result) in the core's terms. */
function readPlainValue(value: unknown): Scalar | DateCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return dateCell(value);
  if (isObject(value)) {
    if ('richText' in value) return richTextToPlain(value.richText);
    if ('error' in value) return String(value.error);
    // A hyperlink cell: people see its text (itself possibly rich text), not the address.
    if ('hyperlink' in value) {
      const text: unknown = 'text' in value ? value.text : value.hyperlink;
      return isObject(text) && 'richText' in text ? richTextToPlain(text.richText) : String(text ?? '');
    }
    if ('text' in value) return String(value.text);
  }
  return null;
}

function richTextToPlain(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs.map((run: unknown) => (isObject(run) && typeof run.text === 'string' ? run.text : '')).join('');
}

/**
 * exceljs turns a date serial into a Date whose UTC fields are the wall-clock date and time
 * typed in the cell, so UTC getters give back exactly what the person sees. Serials carry
 * floating-point noise (08:30 may arrive as 08:29:59.999), so round to the second first, then
 * drop the seconds the core's IsoDateTime does not carry.
 */
function dateCell(date: Date): DateCell | null {
  const millis = date.getTime();
  if (Number.isNaN(millis)) return null;
  const rounded = new Date(Math.round(millis / 1000) * 1000);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const day = `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const hours = rounded.getUTCHours();
  const minutes = rounded.getUTCMinutes();
  return { date: hours === 0 && minutes === 0 ? day : `${day}T${pad(hours)}:${pad(minutes)}` };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
