/**
 * Reads an .xlsx file into the core's RawWorkbook, the same shape the Google Sheets adapter
 * produces: tabs in workbook order, rows from row 1, dates as `{ date }`, formulas as
 * `{ formula, result }`. Values are handed over exactly as stored (no trimming, no Unicode
 * normalisation, no length limit): deciding what they mean is the core's job. Anything that
 * is not a readable workbook becomes a NotAWorkbookError with a Vietnamese explanation.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellValue, DateCell, RawTab, RawWorkbook, Scalar } from '../domain/cells';
import { TEXT } from '../domain/messages';
import { NOT_WORKBOOK_REASONS, sniffWorkbookBytes, type NotWorkbookKind } from './xlsx-sniff';

/** The file cannot be read as a workbook; `message` is the Vietnamese sentence for the clerk. */
export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';

  constructor(
    /** The file as the person named it (a path, or a label for uploaded bytes). */
    readonly file: string,
    /** What the file is instead, for programs (exit codes, JSON output). */
    readonly kind: NotWorkbookKind,
    /** The Vietnamese clause inside `message`. */
    readonly reason: string,
    options?: { readonly cause?: unknown },
  ) {
    super(kind === 'notFound' ? TEXT.fileNotFound(file) : TEXT.notAWorkbook(file, reason), options);
  }
}

export function isNotAWorkbookError(error: unknown): error is NotAWorkbookError {
  return error instanceof NotAWorkbookError;
}

export interface ReadXlsxOptions {
  /** How to name the file in messages when reading bytes (a path names itself). */
  readonly fileLabel?: string;
}

const DEFAULT_BUFFER_LABEL = 'tệp tải lên';

/** Reads a workbook from a path or from the file's bytes; the file itself is only read, never written. */
export async function readXlsx(input: string | Buffer, options: ReadXlsxOptions = {}): Promise<RawWorkbook> {
  const fileLabel = options.fileLabel ?? (typeof input === 'string' ? input : DEFAULT_BUFFER_LABEL);
  const bytes = typeof input === 'string' ? await readFileBytes(input, fileLabel) : input;

  const problem = sniffWorkbookBytes(bytes);
  if (problem !== null) throw new NotAWorkbookError(fileLabel, problem.kind, problem.reason);

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); at run time it takes Node's Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new NotAWorkbookError(fileLabel, 'unreadable', NOT_WORKBOOK_REASONS.unreadable, { cause });
  }
  return { tabs: workbook.worksheets.map(readWorksheet) };
}

async function readFileBytes(path: string, fileLabel: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new NotAWorkbookError(fileLabel, 'notFound', NOT_WORKBOOK_REASONS.notFound, { cause });
    }
    if (code === 'EISDIR') throw new NotAWorkbookError(fileLabel, 'notAFile', NOT_WORKBOOK_REASONS.notAFile, { cause });
    throw cause;
  }
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
