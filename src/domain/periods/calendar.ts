/**
 * Moving between periods: the next period (what "Tạo kỳ báo cáo mới" creates), the previous one
 * and the same period last year (what "kỳ trước" and "cùng kỳ" compare with), the periods of the
 * year up to this one ("lũy kế"), a deadline or cut-off date carried to the next period, and
 * whether a unit that exists only part of the time belongs to a period.
 *
 * What "previous" means, per type (each keeps a shifted period's cut-off day):
 * - tháng, quý: the one before (tháng 1/2026 → tháng 12/2025; quý I/2026 → quý IV/2025);
 * - 6 tháng: the other half (6 tháng đầu năm 2026 → 6 tháng cuối năm 2025 → 6 tháng đầu năm 2025);
 * - 9 tháng, năm: the same period a year earlier (9 tháng năm 2026 → 9 tháng năm 2025);
 * - review: the same length just before it (by whole months when it spans whole months, as
 *   11/02/2022–10/3/2023 does, else by days); a moved review takes the derived name
 *   "từ ngày … đến ngày …", since its own name ("01 năm thực hiện …") cannot be guessed.
 * "Next" is the exact inverse of "previous" for every regular type and every review of whole
 * months. A review of days whose neighbour happens to span whole months moves by months from
 * there (a period carries no memory of how it was made); the tests show the case.
 */
import { addDays, daysBetween, daysInMonth, type IsoDate, isIsoDate, isoParts } from '../dates';
import { optionKey } from '../text';
import {
  calendarDate,
  fromMonthNumber,
  monthNumber,
  PERIOD_MONTHS,
  type Period,
  periodOfSlot,
  type RegularSlot,
  reviewOf,
  slotOf,
} from './period';

/** Which period a figure is taken from, relative to the report's own: the placeholder options. */
export const PERIOD_OPTIONS = [
  { value: 'previous', label: 'kỳ trước', aliases: ['kỳ liền trước'] },
  { value: 'sameLastYear', label: 'cùng kỳ', aliases: ['cùng kỳ năm trước'] },
  { value: 'yearToDate', label: 'lũy kế', aliases: ['lũy kế từ đầu năm', 'cộng dồn'] },
] as const;
export type PeriodOption = (typeof PERIOD_OPTIONS)[number]['value'];


/** Every spelling of every option, keyed once (a report may hold thousands of options). */
let optionsByKey: Map<string, PeriodOption> | null = null;

/** "Kỳ trước", "ky truoc", "LŨY KẾ", "luỹ kế" → the option; null for anything else. */
export function matchPeriodOption(text: string): PeriodOption | null {
  optionsByKey ??= new Map(PERIOD_OPTIONS.flatMap((o) => [o.label, ...o.aliases].map((name) => [optionKey(name), o.value] as const)));
  return optionsByKey.get(optionKey(text)) ?? null;
}

function monthsOf(date: IsoDate): number {
  const { year, month } = isoParts(date);
  return monthNumber(year, month);
}

/** The date `months` months later, its day clamped to the month's length (31/01 + 1 → 28/02 or 29/02). */
function addMonths(date: IsoDate, months: number, keepMonthEnd: boolean): IsoDate {
  const { year, month, day } = isoParts(date);
  const target = fromMonthNumber(monthNumber(year, month) + months);
  const last = daysInMonth(target.year, target.month);
  const monthEnd = keepMonthEnd && day === daysInMonth(year, month);
  return calendarDate(target.year, target.month, monthEnd ? last : Math.min(day, last));
}

/** Whole months a range spans (01/3–28/02, 11/02–10/3), or null when it does not. */
function wholeMonths(from: IsoDate, to: IsoDate): number | null {
  const end = addDays(to, 1);
  return isoParts(from).day === isoParts(end).day && isoParts(from).day <= 28 ? monthsOf(end) - monthsOf(from) : null;
}

function review(from: IsoDate, to: IsoDate): Period {
  // Only from a period periodFromDates refused, or two steps from the edge: past 1900–2200.
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`Kỳ ngoài phạm vi 1900–2200: ${from}..${to}`);
  return reviewOf(from, to);
}

/** A review moved by `steps` of its own length (−1 previous, +1 next). */
function moveReview(period: Period, steps: number): Period {
  const months = wholeMonths(period.from, period.to);
  if (months !== null) {
    const from = addMonths(period.from, months * steps, false);
    return review(from, addDays(addMonths(from, months, false), -1));
  }
  const length = daysBetween(period.from, period.to) + 1;
  return review(addDays(period.from, length * steps), addDays(period.to, length * steps));
}

function regular(period: Period): RegularSlot {
  const slot = slotOf(period);
  if (slot === null) throw new TypeError('Kỳ sơ kết, tổng kết không có vị trí trong năm.');
  return slot;
}

function moveRegular(slot: RegularSlot, steps: number): Period {
  const perYear = Math.max(1, Math.floor(12 / PERIOD_MONTHS[slot.type]));
  const position = slot.year * perYear + (slot.index - 1) + steps;
  return periodOfSlot({ ...slot, year: Math.floor(position / perYear), index: (position % perYear) + 1 });
}

export function nextPeriod(period: Period): Period {
  return period.type === 'review' ? moveReview(period, 1) : moveRegular(regular(period), 1);
}

export function previousPeriod(period: Period): Period {
  return period.type === 'review' ? moveReview(period, -1) : moveRegular(regular(period), -1);
}

/** "Cùng kỳ": the same period one year earlier; a review's dates move back twelve months. */
export function samePeriodLastYear(period: Period): Period {
  if (period.type !== 'review') {
    const slot = regular(period);
    return periodOfSlot({ ...slot, year: slot.year - 1 });
  }
  const months = wholeMonths(period.from, period.to);
  if (months !== null) {
    const from = addMonths(period.from, -12, false);
    return review(from, addDays(addMonths(from, months, false), -1));
  }
  return review(addMonths(period.from, -12, false), addMonths(period.to, -12, false));
}

/**
 * The periods whose figures add up to the year to date, in order, ending with this one: months
 * 1…m for tháng m, quarters I…q for quý q, 6 tháng đầu + cuối for 6 tháng cuối năm. 6 tháng đầu
 * năm, 9 tháng, năm and reviews already cover their whole span: they are their own year to date.
 */
export function yearToDatePeriods(period: Period): Period[] {
  if (period.type === 'review' || period.type === 'nine' || period.type === 'year') return [period];
  const slot = regular(period);
  return Array.from({ length: slot.index }, (_, i) => (i + 1 === slot.index ? period : periodOfSlot({ ...slot, index: i + 1 })));
}

/** The periods a placeholder option refers to (one, or the year-to-date list). */
export function periodsForOption(option: PeriodOption, period: Period): Period[] {
  switch (option) {
    case 'previous':
      return [previousPeriod(period)];
    case 'sameLastYear':
      return [samePeriodLastYear(period)];
    case 'yearToDate':
      return yearToDatePeriods(period);
  }
}

/**
 * Carries a deadline or cut-off date to another period at the same place relative to it: moved
 * by the months between the two periods' starts, its day clamped to the month's length, and a
 * month's last day kept as the last day (31/01 for tháng 1 → 28/02 or 29/02 for tháng 2 → 31/3 for
 * tháng 3; 25/01 → 25/02). A last day of February is read as the month end (28/02 → 31/3), the
 * usual meaning of a cut-off date. Reviews that do not span whole months move by days.
 */
export function shiftForNextPeriod(date: IsoDate, from: Period, to: Period): IsoDate {
  const sameDay = isoParts(from.from).day === isoParts(to.from).day;
  const monthly = from.type !== 'review' || wholeMonths(from.from, from.to) !== null;
  if (sameDay && monthly) return addMonths(date, monthsOf(to.from) - monthsOf(from.from), true);
  return addDays(date, daysBetween(from.from, to.from));
}

/**
 * Whether a unit active from `activeFrom` to `activeTo` (either open when null, both included)
 * exists during the period. An inverted range (to before from) overlaps nothing.
 */
export function periodOverlaps(period: Pick<Period, 'from' | 'to'>, activeFrom: IsoDate | null, activeTo: IsoDate | null): boolean {
  if (activeFrom !== null && activeTo !== null && activeTo < activeFrom) return false;
  return (activeFrom === null || activeFrom <= period.to) && (activeTo === null || activeTo >= period.from);
}
