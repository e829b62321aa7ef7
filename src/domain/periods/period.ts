/**
 * The reporting period as a first-class value: its type (tháng, quý, 6 tháng, 9 tháng, năm, or a
 * free sơ kết / tổng kết review), its dates, the stable key that stores its figures in the history
 * tab ("2023-03", "2023-Q1", "2026-H1", "2026-9M", "2026", "R:2022-03-01..2023-03-10") and its
 * name as official reports write it ("tháng 3 năm 2023", "quý I năm 2023", "6 tháng đầu năm
 * 2026"). For regular types `from` decides the period and `to` must match it; a mismatch is a typed
 * problem carrying the expected date, never an exception.
 *
 * A regular period either follows the calendar (from the 1st of its first month to the end of its
 * last month) or is shifted to a cut-off day d (2–28): from day d of the month before to day d − 1
 * of its last month, as Nghị định 09/2019/NĐ-CP Điều 12 sets for state reports (tháng 3 = 15/02 to
 * 14/3; năm 2023 = 15/12/2022 to 14/12/2023). Both forms have the same key and name; the history
 * tab keeps the dates beside the key. Pure: runs unchanged in Apps Script.
 */
import type { Choice } from '../contract/columns';
import { dayNumber, daysInMonth, type IsoDate, isIsoDate, isoParts, makeIsoDate } from '../dates';
import { formatDateShort, officialDayMonth } from '../format';
import { nfc } from '../text';

export const PERIOD_TYPES = [
  { value: 'month', label: 'Tháng' },
  { value: 'quarter', label: 'Quý' },
  { value: 'half', label: '6 tháng' },
  { value: 'nine', label: '9 tháng' },
  { value: 'year', label: 'Năm' },
  { value: 'review', label: 'Sơ kết / tổng kết / chuyên đề' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type PeriodType = (typeof PERIOD_TYPES)[number]['value'];
export type RegularPeriodType = Exclude<PeriodType, 'review'>;

export interface Period {
  readonly type: PeriodType;
  /** Stable identity across workbooks: where the history tab files this period's figures. */
  readonly key: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Vietnamese name for running text, lower case: "quý I năm 2023". */
  readonly name: string;
}

export type PeriodProblem =
  | { readonly kind: 'invalid-date'; readonly field: 'from' | 'to'; readonly value: string }
  /** A regular period must start on the 1st of its first month, or on its cut-off day the month before. */
  | { readonly kind: 'from-not-period-start'; readonly expectedFrom: IsoDate }
  | { readonly kind: 'to-mismatch'; readonly expectedTo: IsoDate; readonly periodName: string }
  | { readonly kind: 'to-before-from' }
  /** The period or one of its neighbours (next, previous, same period last year) leaves 1900–2200. */
  | { readonly kind: 'out-of-range' };

export type PeriodResult = { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly problem: PeriodProblem };

/** Where a regular period sits: the `index`-th period of its type in `year`, starting on `startDay`. */
export interface RegularSlot {
  readonly type: RegularPeriodType;
  readonly year: number;
  /** 1-based: month 1–12, quarter 1–4, half 1–2, always 1 for nine and year. */
  readonly index: number;
  /** 1 for calendar periods; the cut-off day (2–28) for shifted ones. */
  readonly startDay: number;
}

/** How many months each regular type spans. */
export const PERIOD_MONTHS: Readonly<Record<RegularPeriodType, number>> = { month: 1, quarter: 3, half: 6, nine: 9, year: 12 };

/** The last cut-off day that exists in every month, so a shifted period never needs clamping. */
const MAX_START_DAY = 28;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
/** Regular periods whose previous, next and last-year neighbours all stay inside 1900–2200. */
const FIRST_REGULAR_YEAR = FIRST_YEAR + 2;
const LAST_REGULAR_YEAR = LAST_YEAR - 1;

// The module's API is PERIOD_TYPES, Period, periodFromDates and parsePeriodKey; the helpers below
// are exported for calendar.ts and the test generators.

/**
 * makeIsoDate, for dates the period core computes itself. Navigation only leaves 1900–2200 for a
 * period periodFromDates refused, so this throws only on a programming error.
 */
export function calendarDate(year: number, month: number, day: number): IsoDate {
  const date = makeIsoDate(year, month, day);
  if (date === null) throw new RangeError(`Ngày ngoài phạm vi 1900–2200: ${year}-${month}-${day}`);
  return date;
}

/** Month counted from year 0, so month arithmetic is integer addition. */
export function monthNumber(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthNumber(n: number): { year: number; month: number } {
  return { year: Math.floor(n / 12), month: (n % 12) + 1 };
}

function slotDates(slot: RegularSlot): { from: IsoDate; to: IsoDate } {
  const months = PERIOD_MONTHS[slot.type];
  const first = monthNumber(slot.year, (slot.index - 1) * months + 1);
  const last = fromMonthNumber(first + months - 1);
  if (slot.startDay === 1) {
    const start = fromMonthNumber(first);
    return { from: calendarDate(start.year, start.month, 1), to: calendarDate(last.year, last.month, daysInMonth(last.year, last.month)) };
  }
  const before = fromMonthNumber(first - 1);
  return { from: calendarDate(before.year, before.month, slot.startDay), to: calendarDate(last.year, last.month, slot.startDay - 1) };
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** The derived Vietnamese name of a regular period: "tháng 3 năm 2023", "quý I năm 2023" … */
function slotName(slot: RegularSlot): string {
  const year = String(slot.year);
  switch (slot.type) {
    case 'month':
      // Months 1 and 2 take a leading zero, as in the document's own date line ("tháng 02 năm 2023").
      return `tháng ${officialDayMonth(calendarDate(slot.year, slot.index, 1)).month} năm ${year}`;
    case 'quarter':
      return `quý ${ROMAN_QUARTERS[slot.index - 1] ?? ''} năm ${year}`;
    case 'half':
      return `6 tháng ${slot.index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'nine':
      return `9 tháng năm ${year}`;
    case 'year':
      return `năm ${year}`;
  }
}

function slotKey(slot: RegularSlot): string {
  const year = String(slot.year);
  switch (slot.type) {
    case 'month':
      return `${year}-${String(slot.index).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${slot.index}`;
    case 'half':
      return `${year}-H${slot.index}`;
    case 'nine':
      return `${year}-9M`;
    case 'year':
      return year;
  }
}

/** "từ ngày 01/3/2022 đến ngày 10/3/2023": a review's name when it has none of its own. */
function reviewDefaultName(from: IsoDate, to: IsoDate): string {
  return `từ ngày ${formatDateShort(from)} đến ngày ${formatDateShort(to)}`;
}

function reviewKey(from: IsoDate, to: IsoDate): string {
  return `R:${from}..${to}`;
}

/** The period a slot denotes, with its derived name unless `customName` (trimmed) is given. */
export function periodOfSlot(slot: RegularSlot, customName?: string | null): Period {
  const { from, to } = slotDates(slot);
  return { type: slot.type, key: slotKey(slot), from, to, name: cleanName(customName) ?? slotName(slot) };
}

/** A review from dates already checked, named by `customName` or by its dates. */
export function reviewOf(from: IsoDate, to: IsoDate, customName?: string | null): Period {
  return { type: 'review', key: reviewKey(from, to), from, to, name: cleanName(customName) ?? reviewDefaultName(from, to) };
}

/** The slot of a regular period, read back from its type and dates; null for reviews. */
export function slotOf(period: Period): RegularSlot | null {
  if (period.type === 'review') return null;
  const start = slotFromStart(period.type, period.from);
  if ('expectedFrom' in start) throw new RangeError(`Kỳ không bắt đầu đúng ngày: ${period.from}`);
  return start.slot;
}

function cleanName(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const text = nfc(name).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** The slot `from` decides for a regular type, or the start it should have had. */
function slotFromStart(type: RegularPeriodType, from: IsoDate): { slot: RegularSlot } | { expectedFrom: IsoDate } {
  const { year, month, day } = isoParts(from);
  const months = PERIOD_MONTHS[type];
  const startDay = day <= MAX_START_DAY ? day : 1;
  // A shifted period starts the month before its first month; a day past 28 most likely meant the 1st of the next month.
  const first = fromMonthNumber(day === 1 ? monthNumber(year, month) : monthNumber(year, month) + 1);
  const fits = (first.month - 1) % months === 0 && first.month - 1 + months <= 12;
  if (fits && day <= MAX_START_DAY) {
    return { slot: { type, year: first.year, index: (first.month - 1) / months + 1, startDay } };
  }
  // The period of this type that holds that first month (9 tháng always starts in January).
  const index = Math.min(Math.floor((first.month - 1) / months), Math.floor((12 - months) / months)) + 1;
  const expected = slotDates({ type, year: first.year, index, startDay });
  return { expectedFrom: expected.from };
}

/**
 * Reads a period from its type and dates, as settings give them. `customName` is a review's own
 * name ("01 năm thực hiện Quy chế"); for regular types it replaces the derived name.
 */
export function periodFromDates(type: PeriodType, from: IsoDate, to: IsoDate, customName?: string | null): PeriodResult {
  if (!isIsoDate(from)) return { ok: false, problem: { kind: 'invalid-date', field: 'from', value: from } };
  if (!isIsoDate(to)) return { ok: false, problem: { kind: 'invalid-date', field: 'to', value: to } };
  if (type === 'review') {
    if (to < from) return { ok: false, problem: { kind: 'to-before-from' } };
    // Next, previous and last year's review move by the review's own length (or a year): keep them in range.
    const length = dayNumber(to) - dayNumber(from) + 1;
    const margin = 400;
    if (dayNumber(from) - length - margin < dayNumber(calendarDate(FIRST_YEAR, 1, 1)) || dayNumber(to) + length + margin > dayNumber(calendarDate(LAST_YEAR, 12, 31))) {
      return { ok: false, problem: { kind: 'out-of-range' } };
    }
    return { ok: true, period: reviewOf(from, to, customName) };
  }
  const start = slotFromStart(type, from);
  if ('expectedFrom' in start) return { ok: false, problem: { kind: 'from-not-period-start', expectedFrom: start.expectedFrom } };
  if (start.slot.year < FIRST_REGULAR_YEAR || start.slot.year > LAST_REGULAR_YEAR) return { ok: false, problem: { kind: 'out-of-range' } };
  const period = periodOfSlot(start.slot, customName);
  if (period.to !== to) return { ok: false, problem: { kind: 'to-mismatch', expectedTo: period.to, periodName: slotName(start.slot) } };
  return { ok: true, period };
}

const KEY_PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Omit<RegularSlot, 'startDay'> | null]> = [
  [/^(\d{4})-(\d{2})$/, (m) => ({ type: 'month', year: Number(m[1]), index: Number(m[2]) })],
  [/^(\d{4})-Q(\d)$/, (m) => ({ type: 'quarter', year: Number(m[1]), index: Number(m[2]) })],
  [/^(\d{4})-H(\d)$/, (m) => ({ type: 'half', year: Number(m[1]), index: Number(m[2]) })],
  [/^(\d{4})-9M$/, (m) => ({ type: 'nine', year: Number(m[1]), index: 1 })],
  [/^(\d{4})$/, (m) => ({ type: 'year', year: Number(m[1]), index: 1 })],
];
const REVIEW_KEY = /^R:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/**
 * The period a key names, with calendar dates and the derived name (a shifted period's own dates
 * and a review's own name live in its history row, not in the key); null when it names none.
 */
export function parsePeriodKey(key: string): Period | null {
  const text = key.trim().toUpperCase();
  const review = REVIEW_KEY.exec(text);
  if (review) {
    const result = periodFromDates('review', review[1] ?? '', review[2] ?? '');
    return result.ok ? result.period : null;
  }
  for (const [pattern, read] of KEY_PATTERNS) {
    const match = pattern.exec(text);
    const slot = match ? read(match) : null;
    if (slot === null) continue;
    const perYear = 12 / PERIOD_MONTHS[slot.type];
    if (slot.index < 1 || slot.index > Math.floor(perYear) || slot.year < FIRST_REGULAR_YEAR || slot.year > LAST_REGULAR_YEAR) return null;
    const { from, to } = slotDates({ ...slot, startDay: 1 });
    const result = periodFromDates(slot.type, from, to);
    return result.ok ? result.period : null;
  }
  return null;
}
