/**
 * Turns one raw cell into the typed value its column declares, or into findings. Generous with
 * what people actually type ("3.500", "16/3/2023", "có", NFD text) and strict with what would
 * silently change meaning (words for numbers, 31/02, formulas where text belongs). Never drops
 * or truncates text: an over-long cell is reported, and its whole value is kept.
 */
import { type CellValue, cellText, isDateCell, isFormulaCell, type Scalar, type DateCell } from '../cells';
import type { ColumnDef } from '../contract/columns';
import { fromSerial, isIsoDate, isIsoDateTime, parseDateText } from '../dates';
import { formatNumber } from '../format';
import type { FindingCode, MessageParams } from '../messages';
import { charLength, nfc, quoteForMessage, toneKey } from '../text';

/** The most characters a cell may hold and still open in Excel (Google Sheets allows 50,000). */
export const CELL_MAX_CHARS = 32767;
/** Beyond this, a one-line field (a name, a title) is probably a paste gone wrong. */
export const SHORT_TEXT_MAX_CHARS = 1000;

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
const EMAIL_PATTERN = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[A-Za-z]{2,}$/;

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
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : formatNumber(value, { zeroPad: false }, 6);
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return value.date;
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

  switch (def.kind) {
    case 'text':
    case 'longText': {
      const text = cleanText(textOf(value), def.kind === 'longText');
      issues.push(...lengthIssues(text, def, label));
      if (!isFormulaCell(raw) && text.startsWith('=')) issues.push(issue('TEXT_STARTS_WITH_EQUALS', { label }));
      return ok(text);
    }
    case 'code': {
      const text = cleanText(textOf(value), false);
      if (!CODE_PATTERN.test(text)) return fail('INVALID_CODE', { label, value: quoteForMessage(text) });
      return ok(text.toUpperCase());
    }
    case 'codeList': {
      const parts = splitList(cleanText(textOf(value), false));
      const bad = parts.find((p) => !CODE_PATTERN.test(p) && !isGroupName(p));
      if (bad !== undefined) return fail('INVALID_CODE', { label, value: quoteForMessage(bad) });
      return ok(parts.map((p) => (CODE_PATTERN.test(p) ? p.toUpperCase() : p)));
    }
    case 'number':
    case 'integer': {
      let n: number | null = null;
      if (typeof value === 'number') n = Number.isFinite(value) ? value : null;
      else if (typeof value === 'string') n = parseVietnameseNumber(value);
      if (n === null) return fail('NOT_A_NUMBER', { label, value: quoteForMessage(textOf(value)) });
      if (def.kind === 'integer' && !Number.isInteger(n)) {
        return fail('NOT_AN_INTEGER', { label, value: formatNumber(n, { zeroPad: false }, 6) });
      }
      return ok(n);
    }
    case 'date':
    case 'dateTime': {
      let iso: string | null = null;
      if (isDateCell(value)) iso = def.kind === 'date' ? value.date.slice(0, 10) : value.date;
      else if (typeof value === 'number' && value > 0 && value < 110000) {
        const { date, time } = fromSerial(value);
        iso = def.kind === 'date' || time === '00:00' ? date : `${date}T${time}`;
      } else if (typeof value === 'string') {
        const t = value.trim();
        const withTime = /^(.+?)[ T](\d{1,2}):(\d{2})(?::\d{2})?$/.exec(t);
        if (def.kind === 'dateTime' && withTime) {
          const d = parseDateText(withTime[1] ?? '');
          if (d !== null) iso = `${d}T${(withTime[2] ?? '').padStart(2, '0')}:${withTime[3] ?? '00'}`;
        } else {
          iso = parseDateText(t);
        }
      }
      const valid = iso !== null && (isIsoDate(iso) || (def.kind === 'dateTime' && isIsoDateTime(iso)));
      if (!valid) return fail('INVALID_DATE', { label, value: quoteForMessage(textOf(value)) });
      return ok(iso);
    }
    case 'bool': {
      const b = parseBool(value);
      if (b === null) return fail('INVALID_CHOICE', { label, value: quoteForMessage(textOf(value)), choices: 'Có, Không' });
      return ok(b);
    }
    case 'choice': {
      const choice = matchChoice(def, textOf(value));
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
      const parts = splitList(textOf(value)).map((p) => p.toLowerCase());
      const bad = parts.find((p) => !EMAIL_PATTERN.test(p));
      if (bad !== undefined) return fail('INVALID_EMAIL', { label, value: quoteForMessage(bad) });
      return ok(parts);
    }
  }
}

/** Group names may carry Vietnamese letters and spaces, but no commas (commas separate the list). */
function isGroupName(text: string): boolean {
  return /^[\p{L}\p{N} _.-]+$/u.test(text);
}
