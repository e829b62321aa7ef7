/**
 * How the fake spreadsheet turns what a script writes into a cell value, and a cell value into
 * the text Sheets displays. Writing follows Sheets: a string that looks like a number, a
 * boolean, a percentage or a date becomes one ("001" becomes 1), unless the cell is formatted
 * as plain text ('@') or the string starts with an apostrophe. Display covers the number
 * formats baocao uses ('0', '0.00', '#,##0', '0%', '@', date patterns) and the en_US / vi_VN
 * defaults; anything else falls back to the plain value, which is good enough for tests.
 */
import type { CellValue } from '../../../src/gas/surface';
import { dateInZone, formatJavaDate, zonedParts } from './zoned-time';

export interface LocaleConventions {
  decimal: string;
  group: string;
  /** Java pattern for a date with no time, and with a time. */
  datePattern: string;
  dateTimePattern: string;
  /** Day-first (dd/MM/yyyy) when parsing typed dates. */
  dayFirst: boolean;
}

export function localeConventions(locale: string): LocaleConventions {
  switch (locale) {
    case 'vi_VN':
    case 'vi':
      return { decimal: ',', group: '.', datePattern: 'dd/MM/yyyy', dateTimePattern: 'dd/MM/yyyy HH:mm:ss', dayFirst: true };
    case 'en_GB':
      return { decimal: '.', group: ',', datePattern: 'dd/MM/yyyy', dateTimePattern: 'dd/MM/yyyy HH:mm:ss', dayFirst: true };
    default:
      return { decimal: '.', group: ',', datePattern: 'M/d/yyyy', dateTimePattern: 'M/d/yyyy H:mm:ss', dayFirst: false };
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export interface WrittenCell {
  value: CellValue;
  formula: string | null;
}

/** What Sheets stores when a script writes `input` into a cell with `numberFormat`. */
export function interpretWrite(input: unknown, numberFormat: string | undefined, timeZone: string, locale: string): WrittenCell {
  if (input === null || input === undefined) return { value: '', formula: null };
  if (input instanceof Date) return { value: new Date(input.getTime()), formula: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  const text = String(input);
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (numberFormat === '@') return { value: text, formula: null };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: null };
  const percent = PERCENT.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100, formula: null };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: null };
  const date = parseTypedDate(trimmed, timeZone, locale);
  if (date) return { value: date, formula: null };
  return { value: text, formula: null };
}

function parseTypedDate(text: string, timeZone: string, locale: string): Date | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss] = iso;
    return validDate(timeZone, Number(y), Number(m), Number(d), Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0));
  }
  const slash = SLASH_DATE.exec(text);
  if (slash) {
    const [, a, b, y, hh, mm, ss] = slash;
    const dayFirst = localeConventions(locale).dayFirst;
    const day = Number(dayFirst ? a : b);
    const month = Number(dayFirst ? b : a);
    return validDate(timeZone, Number(y), month, day, Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0));
  }
  return null;
}

function validDate(timeZone: string, y: number, m: number, d: number, hh: number, mm: number, ss: number): Date | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 59) return null;
  const date = dateInZone(timeZone, y, m, d, hh, mm, ss);
  const p = zonedParts(date, timeZone);
  return p.day === d && p.month === m ? date : null;
}

/** The text Sheets shows for a value under a number format. */
export function displayValue(value: CellValue, numberFormat: string | undefined, timeZone: string, locale: string): string {
  const conventions = localeConventions(locale);
  if (value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const javaPattern = numberFormat ? sheetsDatePatternToJava(numberFormat) : null;
    if (javaPattern) return formatJavaDate(value, timeZone, javaPattern);
    const p = zonedParts(value, timeZone);
    const hasTime = p.hour !== 0 || p.minute !== 0 || p.second !== 0;
    return formatJavaDate(value, timeZone, hasTime ? conventions.dateTimePattern : conventions.datePattern);
  }
  return displayNumber(value, numberFormat, conventions);
}

const NUMBER_PATTERN = /^([#,0]*0)(?:\.(0+))?(%?)$/;

function displayNumber(value: number, numberFormat: string | undefined, conventions: LocaleConventions): string {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') {
    return plainNumber(value).replace('.', conventions.decimal);
  }
  const match = NUMBER_PATTERN.exec(numberFormat);
  if (!match) return plainNumber(value).replace('.', conventions.decimal);
  const [, integerPart = '0', decimals = '', percent] = match;
  const scaled = percent ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(decimals.length);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = integerPart.includes(',') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, conventions.group) : whole;
  const sign = scaled < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? conventions.decimal + fraction : ''}${percent}`;
}

function plainNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

/**
 * Sheets date formats use 'm' for both months and minutes (minutes after an hour or before
 * seconds) and 'h' for 24-hour hours unless AM/PM is present; this rewrites them as Java
 * patterns. Returns null for formats that are not date formats.
 */
export function sheetsDatePatternToJava(format: string): string | null {
  if (!/[dyhs]/i.test(format) || /[#0]/.test(format)) return null;
  const tokens = format.match(/(y+|m+|d+|h+|s+|am\/pm|"[^"]*"|.)/gi) ?? [];
  const twelveHour = /am\/pm/i.test(format);
  let out = '';
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    if (lower.startsWith('m')) {
      const before = tokens.slice(0, i).reverse().find((t) => /^[a-z]/i.test(t));
      const after = tokens.slice(i + 1).find((t) => /^[a-z]/i.test(t));
      const isMinute = (before !== undefined && /^h/i.test(before)) || (after !== undefined && /^s/i.test(after));
      out += isMinute ? 'm'.repeat(Math.min(lower.length, 2)) : 'M'.repeat(lower.length);
    } else if (lower.startsWith('y')) out += lower.length <= 2 ? 'yy' : 'yyyy';
    else if (lower.startsWith('d')) out += lower.length <= 2 ? 'd'.repeat(lower.length) : 'E'.repeat(lower.length);
    else if (lower.startsWith('h')) out += (twelveHour ? 'h' : 'H').repeat(lower.length);
    else if (lower.startsWith('s')) out += 's'.repeat(lower.length);
    else if (lower === 'am/pm') out += 'a';
    else if (token.startsWith('"')) out += `'${token.slice(1, -1)}'`;
    else if (/[a-z]/i.test(token)) out += `'${token}'`;
    else out += token;
  });
  return out;
}
