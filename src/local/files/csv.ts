/**
 * CSV as RFC 4180 writes it (https://www.rfc-editor.org/rfc/rfc4180): comma-separated, CRLF
 * line ends, fields with a comma, a quote or a line break in double quotes, quotes doubled. A
 * UTF-8 byte-order mark at the start makes Excel read the Vietnamese text as UTF-8 instead of
 * the Windows code page. A field that starts like a formula (= + - @) gets a leading apostrophe,
 * so that opening the log in a spreadsheet shows text rather than running something a unit
 * typed into its name (OWASP "CSV Injection"); reading takes the apostrophe off again.
 */

export const UTF8_BOM = '\uFEFF';

/** Formula-like values, also after apostrophes, so that the escape round-trips exactly. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

function field(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: ReadonlyArray<string>): string {
  return values.map(field).join(',') + '\r\n';
}

/** Parses CSV text (with or without the BOM) into rows of fields; a last line cut short is kept as read. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  const endField = () => {
    row.push(ESCAPED_FORMULA.test(current) ? current.slice(1) : current);
    current = '';
    started = false;
  };
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        current += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"' && current === '') {
      quoted = true;
      started = true;
    } else if (ch === ',') {
      started = true;
      endField();
      started = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      endField();
      rows.push(row);
      row = [];
    } else {
      current += ch;
      started = true;
    }
  }
  if (started || current !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
