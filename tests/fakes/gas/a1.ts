/**
 * A1 notation for the spreadsheet fakes: column letters, cell and range references with open
 * ends ("A:C", "2:5", "B2:D"), and the optional sheet prefix ("'Xã Ia Le'!A1:C3") that the
 * Sheets API uses. Row and column numbers are 1-based, as in Apps Script.
 */
import { columnLetter } from '../../../src/domain/cells';

export interface A1Reference {
  sheetName: string | null;
  /** First row, or null when the reference is columns only ("A:C"). */
  startRow: number | null;
  startColumn: number | null;
  /** Last row, or null when open-ended ("A2:C" or "A:C"). */
  endRow: number | null;
  endColumn: number | null;
}

export function columnLetters(column: number): string {
  return columnLetter(column);
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = cellA1(row, column);
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

/** The sheet name as the Sheets API prints it: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function splitSheetPrefix(text: string): { sheetName: string | null; rest: string } {
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === "'") {
        if (text.charAt(i + 1) === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    const rest = text.slice(i + 1);
    if (rest === '') return { sheetName: name, rest: '' };
    if (!rest.startsWith('!')) throw new Error(`Unable to parse range: ${text}`);
    return { sheetName: name, rest: rest.slice(1) };
  }
  const bang = text.lastIndexOf('!');
  if (bang >= 0) return { sheetName: text.slice(0, bang), rest: text.slice(bang + 1) };
  return { sheetName: null, rest: text };
}

const CELL = /^([A-Za-z]*)(\d*)$/;

/**
 * Parses "A1", "A1:C3", "A:C", "2:5", "B2:D", optionally prefixed by a sheet name. A bare
 * word that is not a cell reference is taken as a whole-sheet reference when `allowBareSheet`.
 */
export function parseA1(text: string, allowBareSheet = false): A1Reference {
  const { sheetName, rest } = splitSheetPrefix(text.trim());
  if (rest === '') {
    if (sheetName === null) throw new Error(`Unable to parse range: ${text}`);
    return { sheetName, startRow: null, startColumn: null, endRow: null, endColumn: null };
  }
  const [first = '', second, extra] = rest.split(':');
  if (extra !== undefined) throw new Error(`Unable to parse range: ${text}`);
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b || (a[1] === '' && a[2] === '') || (b[1] === '' && b[2] === '')) {
    if (allowBareSheet && sheetName === null && second === undefined) {
      return { sheetName: rest, startRow: null, startColumn: null, endRow: null, endColumn: null };
    }
    throw new Error(`Unable to parse range: ${text}`);
  }
  if (second === undefined && (a[1] === '' || a[2] === '')) {
    if (allowBareSheet && sheetName === null) {
      return { sheetName: rest, startRow: null, startColumn: null, endRow: null, endColumn: null };
    }
    throw new Error(`Unable to parse range: ${text}`);
  }
  const number = (s: string | undefined): number | null => (s ? Number(s) : null);
  const column = (s: string | undefined): number | null => (s ? columnNumber(s) : null);
  const ref: A1Reference = {
    sheetName,
    startRow: number(a[2]),
    startColumn: column(a[1]),
    endRow: number(b[2]),
    endColumn: column(b[1]),
  };
  if (ref.startRow === 0 || ref.endRow === 0) throw new Error(`Unable to parse range: ${text}`);
  return ref;
}
