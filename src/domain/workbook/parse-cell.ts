/**
 * Turns one raw cell into the typed value its column declares, or into findings. Generous with
 * what people actually type ("3.500", "16/3/2023", "có", NFD text) and strict with what would
 * silently change meaning (words for numbers, 31/02, formulas where text belongs). Never drops
 * or truncates text: an over-long cell is reported, and its whole value is kept.
 */
import { type CellValue, cellText, isDateCell, isFormulaCell, type Scalar, type DateCell } from '../cells';
import type { ColumnDef } from '../contract/columns';
import { DATE_RANGE, fromSerial, isIsoDate, isIsoDateTime, parseDateText, toSerial } from '../dates';
import { checkEmailAddress } from '../email-address';
import { formatDateNumeric, formatNumber, NUMBER_MAX } from '../format';
import type { FindingCode, MessageParams } from '../messages';
import { charLength, nfc, quoteForMessage, stripInvisible, toneKey } from '../text';

/** The most characters a cell may hold and still open in Excel (Google Sheets allows 50,000). */
export const CELL_MAX_CHARS = 32767;
/** Beyond this, a one-line field (a name, a title) is probably a paste gone wrong. */
export const SHORT_TEXT_MAX_CHARS = 1000;
/** Beyond this, a code (an id, a group name) is no code a person would type twice. */
export const CODE_MAX_CHARS = 64;

export interface CellIssue<C extends FindingCode = FindingCode> {
  readonly code: C;
  readonly params: MessageParams<C>;
}

export interface ParsedCell<V> {
  /** The typed value, or null when blank or unreadable. */
  readonly value: V | null;
  readonly blank: boolean;
  readonly issues: ReadonlyArray<CellIssue>;
}

const ERROR_VALUES = /^#(REF!|NAME\?|VALUE!|DIV\/0!|N\/A|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;
const CODE_PATTERN = /^[A-Za-z0-9_.-]+$/;
/** Serial numbers of the first and last day a date cell may hold (see DATE_RANGE). */
const SERIAL_RANGE = { min: toSerial(DATE_RANGE.min), max: toSerial(DATE_RANGE.max) + 1 } as const;

function issue<C extends FindingCode>(code: C, params: MessageParams<C>): CellIssue {
  return { code, params } as CellIssue;
}

/** Reads "3.500", "3500", "2,4", "1.234,5", "-7" the vi-VN way; null when it is not a number. */
export function parseVietnameseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (/^-?\d+$/.test(t)) return Number(t);
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  // "2.4" is not vi-VN, but a decimal point with other than three digits after it is unambiguous.
  if (/^-?\d+\.(\d{1,2}|\d{4,})$/.test(t)) return Number(t);
  return null;
}

/** Unwraps formulas: the core reads what the formula computed; text columns report it. */
function effective(value: CellValue): Scalar | DateCell {
  return isFormulaCell(value) ? value.result : value;
}

function textOf(value: Scalar | DateCell): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberForMessage(value);
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return dateForMessage(value.date);
}

/** A number as a message quotes it: vi-VN digits when exact, else as JavaScript spells it ("1e+308"). */
export function numberForMessage(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) > NUMBER_MAX) return String(value);
  return Number.isInteger(value) ? String(value) : formatNumber(value, { zeroPad: false }, 6);
}

function dateForMessage(date: string): string {
  const day = date.slice(0, 10);
  return isIsoDate(day) || /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDateNumeric(day) + date.slice(10).replace('T', ' ') : date;
}

function cleanText(raw: string, multiline: boolean): string {
  const normal = nfc(raw).replace(/\r\n?/g, '\n');
  if (!multiline) return normal.replace(/\s+/g, ' ').trim();
  return normal
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function lengthIssues(text: string, def: ColumnDef, label: string): CellIssue[] {
  const length = charLength(text);
  if (length > CELL_MAX_CHARS) {
    return [
      issue('CELL_TOO_LONG', {
        label,
        length: formatNumber(length, { zeroPad: false }),
        max: formatNumber(CELL_MAX_CHARS, { zeroPad: false }),
      }),
    ];
  }
  if (def.kind !== 'longText' && length > SHORT_TEXT_MAX_CHARS) {
    return [
      issue('TEXT_TOO_LONG', {
        label,
        length: formatNumber(length, { zeroPad: false }),
        max: formatNumber(SHORT_TEXT_MAX_CHARS, { zeroPad: false }),
      }),
    ];
  }
  return [];
}

function splitList(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Matches a typed choice against labels and values, ignoring case, spacing and tone placement. */
export function matchChoice(def: ColumnDef, typed: string): string | null {
  const key = toneKey(typed);
  for (const choice of def.choices) {
    if (toneKey(choice.label) === key || choice.value === typed.trim()) return choice.value;
  }
  return null;
}

function parseBool(value: Scalar | DateCell): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string') return null;
  const key = toneKey(value);
  if (['có', 'co', 'x', 'yes', 'true', 'đúng', '1', 'bật'].includes(key)) return true;
  if (['không', 'khong', 'no', 'false', 'sai', '0', 'tắt'].includes(key)) return false;
  return null;
}

/**
 * Parses one cell for one column. `label` is how messages name the field (the column header,
 * or the settings row).
 */
export function parseCell<V>(def: ColumnDef<V>, raw: CellValue, label = def.label): ParsedCell<NonNullable<V>> {
  const issues: CellIssue[] = [];
  const value = effective(raw);

  if (typeof value === 'string' && ERROR_VALUES.test(value.trim())) {
    return { value: null, blank: false, issues: [issue('CELL_ERROR_VALUE', { label, value: value.trim() })] };
  }
  const isTextKind = def.kind === 'text' || def.kind === 'longText';
  if (isFormulaCell(raw) && isTextKind) {
    issues.push(issue('FORMULA_IN_TEXT', { label, formula: quoteForMessage(cellText(raw), 60) }));
  }
  const blank = value === null || (typeof value === 'string' && value.trim() === '');
  if (blank) {
    if (def.required && def.fallback === null) issues.push(issue('REQUIRED_MISSING', { label }));
    return { value: (def.fallback as NonNullable<V> | null) ?? null, blank: true, issues };
  }

  const ok = (v: unknown): ParsedCell<NonNullable<V>> => ({ value: v as NonNullable<V>, blank: false, issues });
  const fail = (code: FindingCode, params: object): ParsedCell<NonNullable<V>> => {
    issues.push({ code, params } as CellIssue);
    return { value: null, blank: false, issues };
  };
  // Zero-width spaces and byte-order marks come with text copied from web pages: invisible in the
  // cell, yet they make "XA1" a different code. Outside free text they are dropped and reported.
  const visible = (text: string): string => {
    const { text: clean, removed } = stripInvisible(text);
    if (removed.length > 0) issues.push(issue('INVISIBLE_CHARACTERS', { label, characters: removed.join(', ') }));
    return clean;
  };

  switch (def.kind) {
    case 'text':
    case 'longText': {
      const text = cleanText(textOf(value), def.kind === 'longText');
      issues.push(...lengthIssues(text, def, label));
      if (!isFormulaCell(raw) && text.startsWith('=')) issues.push(issue('TEXT_STARTS_WITH_EQUALS', { label }));
      return ok(text);
    }
    case 'code':
    case 'codeList': {
      // "Infinity" and "NaN" spell like codes, but a cell holding them holds no code.
      if (typeof value === 'number' && !Number.isFinite(value)) return fail('INVALID_CODE', { label, value: textOf(value) });
      const clean = cleanText(visible(textOf(value)), false);
      const parts = def.kind === 'code' ? [clean].filter((p) => p !== '') : splitList(clean);
      if (parts.length === 0) return blankAfterCleaning();
      const bad = parts.find((p) => !CODE_PATTERN.test(p) && (def.kind === 'code' || !isGroupName(p)));
      if (bad !== undefined) return fail('INVALID_CODE', { label, value: quoteForMessage(bad) });
      const long = parts.find((p) => charLength(p) > CODE_MAX_CHARS);
      if (long !== undefined) issues.push(issue('TEXT_TOO_LONG', { label, length: String(charLength(long)), max: String(CODE_MAX_CHARS) }));
      const codes = parts.map((p) => (CODE_PATTERN.test(p) ? p.toUpperCase() : p));
      return ok(def.kind === 'code' ? codes[0] : codes);
    }
    case 'number':
    case 'integer': {
      if (isDateCell(value)) return fail('DATE_IN_NUMBER', { label, value: textOf(value) });
      let n: number | null = null;
      if (typeof value === 'number') n = Number.isFinite(value) ? value : null;
      else if (typeof value === 'string') {
        const typed = visible(value);
        if (typed.trim() === '') return blankAfterCleaning();
        n = parseVietnameseNumber(typed);
      }
      if (n === null) return fail('NOT_A_NUMBER', { label, value: quoteForMessage(textOf(value)) });
      if (Math.abs(n) > NUMBER_MAX) {
        return fail('NUMBER_TOO_LARGE', { label, value: numberForMessage(n), max: formatNumber(NUMBER_MAX, { zeroPad: false }) });
      }
      if (def.kind === 'integer' && !Number.isInteger(n)) {
        return fail('NOT_AN_INTEGER', { label, value: formatNumber(n, { zeroPad: false }, 6) });
      }
      if (def.range !== null && (n < def.range.min || n > def.range.max)) {
        return fail('NUMBER_OUT_OF_RANGE', { label, value: numberForMessage(n), min: def.range.min, max: def.range.max });
      }
      // -0 is a value JavaScript keeps apart from 0; a clerk's "-0" is zero.
      return ok(n === 0 ? 0 : n);
    }
    case 'date':
    case 'dateTime': {
      let iso: string | null = null;
      let shown = textOf(value);
      if (isDateCell(value)) iso = def.kind === 'date' ? value.date.slice(0, 10) : value.date;
      else if (typeof value === 'number' && Number.isFinite(value)) {
        // A serial outside the years a report can mention is a number typed in a date cell ("2023"),
        // not a date: say which day it would be rather than silently reading 15/07/1905.
        if (value < SERIAL_RANGE.min || value >= SERIAL_RANGE.max) {
          const day = value > 0 && value < 2958466 ? ` (tức ngày ${formatDateNumeric(fromSerial(value).date)})` : '';
          return outOfRange(`số ${numberForMessage(value)}${day}`);
        }
        const { date, time } = fromSerial(value);
        iso = def.kind === 'date' || time === '00:00' ? date : `${date}T${time}`;
        shown = formatDateNumeric(date);
      } else if (typeof value === 'string') {
        const t = visible(value).trim();
        if (t === '') return blankAfterCleaning();
        const withTime = /^(.+?)[ T](\d{1,2}):(\d{2})(?::\d{2})?$/.exec(t);
        if (def.kind === 'dateTime' && withTime) {
          const d = parseDateText(withTime[1] ?? '');
          if (d !== null) iso = `${d}T${(withTime[2] ?? '').padStart(2, '0')}:${withTime[3] ?? '00'}`;
        } else {
          iso = parseDateText(t);
        }
      }
      const valid = iso !== null && (isIsoDate(iso) || (def.kind === 'dateTime' && isIsoDateTime(iso)));
      if (!valid || iso === null) return fail('INVALID_DATE', { label, value: quoteForMessage(shown) });
      if (iso.slice(0, 10) < DATE_RANGE.min || iso.slice(0, 10) > DATE_RANGE.max) return outOfRange(formatDateNumeric(iso.slice(0, 10)));
      return ok(iso);
    }
    case 'bool': {
      const b = parseBool(typeof value === 'string' ? visible(value) : value);
      if (b === null) return fail('INVALID_CHOICE', { label, value: quoteForMessage(textOf(value)), choices: 'Có, Không' });
      return ok(b);
    }
    case 'choice': {
      const choice = matchChoice(def, visible(textOf(value)));
      if (choice === null) {
        return fail('INVALID_CHOICE', {
          label,
          value: quoteForMessage(textOf(value)),
          choices: def.choices.map((c) => c.label).join(', '),
        });
      }
      return ok(choice);
    }
    case 'emails': {
      const parts = splitList(visible(textOf(value))).map((p) => nfc(p).toLowerCase());
      if (parts.length === 0) return blankAfterCleaning();
      for (const part of parts) {
        const check = checkEmailAddress(part);
        if (check === 'not-ascii') return fail('EMAIL_NOT_ASCII', { label, value: quoteForMessage(part) });
        if (check === 'invalid') return fail('INVALID_EMAIL', { label, value: quoteForMessage(part) });
      }
      return ok(parts);
    }
  }

  function outOfRange(shownValue: string): ParsedCell<NonNullable<V>> {
    return fail('DATE_OUT_OF_RANGE', {
      label,
      value: shownValue,
      min: formatDateNumeric(DATE_RANGE.min),
      max: formatDateNumeric(DATE_RANGE.max),
    });
  }

  /** Only invisible characters were typed: the cell is blank, and is reported as one. */
  function blankAfterCleaning(): ParsedCell<NonNullable<V>> {
    if (def.required && def.fallback === null) issues.push(issue('REQUIRED_MISSING', { label }));
    return { value: (def.fallback as NonNullable<V> | null) ?? null, blank: true, issues };
  }
}

/** Group names may carry Vietnamese letters and spaces, but no commas (commas separate the list). */
function isGroupName(text: string): boolean {
  return /^[\p{L}\p{N} _.-]+$/u.test(text);
}
