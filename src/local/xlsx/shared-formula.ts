/**
 * Shared formulas: Excel writes a formula filled down a column once, on its first cell, and
 * marks the others "same as there" (ECMA-376 Part 1, 18.3.1.40). Each cell's own text is the
 * first cell's with its relative references moved by the distance between the two cells, the
 * way Excel shows it in the formula bar. References inside text literals, structured references
 * and names are left alone; a reference moved off the sheet becomes #REF!, as in Excel.
 */

const MAX_COLUMN = 16384;
const MAX_ROW = 1048576;

/**
 * One token at a time: a text literal, a quoted sheet prefix, a bracketed part (structured or
 * external reference), a cell reference or whole-column/whole-row range, a name or number, or
 * any other single character. A reference must not run on into a name, a sheet prefix ("A1!")
 * or a function call ("LOG10(").
 */
const TOKEN =
  /("(?:[^"]|"")*")|('(?:[^']|'')*')|(\[[^\]]*\])|(\$?[A-Za-z]{1,3}\$?[0-9]{1,7}(?![A-Za-z0-9_.(!\\\u00C0-\uFFFF])|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![A-Za-z0-9_.(!\\\u00C0-\uFFFF])|\$?[0-9]{1,7}:\$?[0-9]{1,7}(?![0-9.]))|([A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*|[0-9][0-9.]*(?:[eE][+-]?[0-9]+)?)|([\s\S])/gy;

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})$/;
const COLUMNS = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$/;
const ROWS = /^(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i += 1) n = n * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return n;
}

function columnLetters(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The formula text of a shared formula's master moved by (rows, cols). */
export function moveFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  TOKEN.lastIndex = 0;
  let out = '';
  for (let match = TOKEN.exec(formula); match !== null; match = TOKEN.exec(formula)) {
    const reference = match[4];
    out += reference === undefined ? match[0] : moveReference(reference, rows, cols);
  }
  return out;
}

function moveReference(reference: string, rows: number, cols: number): string {
  const cell = CELL.exec(reference);
  if (cell !== null) {
    const [, colFixed, letters, rowFixed, digits] = cell;
    const col = columnNumber(letters!);
    const row = Number(digits);
    // Letters past XFD or a row past the last are a name that looks like a reference ("TAX2019").
    if (col > MAX_COLUMN || row > MAX_ROW || row < 1) return reference;
    const movedCol = colFixed === '$' ? col : col + cols;
    const movedRow = rowFixed === '$' ? row : row + rows;
    if (movedCol < 1 || movedCol > MAX_COLUMN || movedRow < 1 || movedRow > MAX_ROW) return '#REF!';
    return `${colFixed}${columnLetters(movedCol)}${rowFixed}${movedRow}`;
  }
  const columns = COLUMNS.exec(reference);
  if (columns !== null) {
    const [, firstFixed, first, lastFixed, last] = columns;
    const moved = [moveIndex(columnNumber(first!), firstFixed === '$', cols, MAX_COLUMN), moveIndex(columnNumber(last!), lastFixed === '$', cols, MAX_COLUMN)];
    if (moved.some((n) => n === null)) return columnNumber(first!) > MAX_COLUMN || columnNumber(last!) > MAX_COLUMN ? reference : '#REF!';
    return `${firstFixed}${columnLetters(moved[0]!)}:${lastFixed}${columnLetters(moved[1]!)}`;
  }
  const wholeRows = ROWS.exec(reference);
  if (wholeRows !== null) {
    const [, firstFixed, first, lastFixed, last] = wholeRows;
    const moved = [moveIndex(Number(first), firstFixed === '$', rows, MAX_ROW), moveIndex(Number(last), lastFixed === '$', rows, MAX_ROW)];
    if (moved.some((n) => n === null)) return '#REF!';
    return `${firstFixed}${moved[0]!}:${lastFixed}${moved[1]!}`;
  }
  return reference;
}

function moveIndex(index: number, fixed: boolean, by: number, max: number): number | null {
  if (index < 1 || index > max) return null;
  const moved = fixed ? index : index + by;
  return moved >= 1 && moved <= max ? moved : null;
}
