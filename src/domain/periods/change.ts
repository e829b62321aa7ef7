/**
 * How a figure moved between periods, in the words of a report: the comparison phrase ("tăng 12
 * đơn (10,71%)", "giảm 03 mô hình (25,00%)", "bằng cùng kỳ", from zero "tăng 12 đơn" without a
 * percentage) and the year-to-date figure over the periods of the year, combined the way the
 * indicator accumulates over time. A missing value is a typed problem, never a silent 0.
 */
import type { Choice } from '../contract/columns';
import { combine } from '../figures';
import { formatNumber, type NumberStyle, roundHalfUp } from '../format';
import { PERIOD_OPTIONS, type PeriodOption } from './calendar';
import type { Period } from './period';

/** The indicator's "Cộng dồn theo thời gian": how its values of several periods make the year to date. */
export const TIME_AGGREGATIONS = [
  { value: 'sum', label: 'Cộng các kỳ' },
  { value: 'last', label: 'Lấy số cuối kỳ' },
  { value: 'none', label: 'Không cộng dồn' },
] as const satisfies ReadonlyArray<Choice<string>>;
export type TimeAggregation = (typeof TIME_AGGREGATIONS)[number]['value'];

/** The period a change is measured against: "kỳ trước" or "cùng kỳ". */
export type ComparedPeriod = Exclude<PeriodOption, 'yearToDate'>;

export interface ChangeOptions {
  /** "đơn", "mô hình"; null or blank for none. */
  readonly measure: string | null;
  readonly compared: ComparedPeriod;
  readonly style: NumberStyle;
  /** The report's one precision for percentages: 2 gives "10,71%" and "80,00%". */
  readonly percentDecimals: number;
}

export type ChangeProblem =
  | { readonly kind: 'value-missing'; readonly missing: ReadonlyArray<'current' | 'earlier'> }
  | { readonly kind: 'not-finite' };

export type Change =
  | {
      readonly ok: true;
      readonly text: string;
      readonly direction: 'up' | 'down' | 'same';
      /** current − earlier, unrounded. */
      readonly difference: number;
      /** |difference| as a percentage of |earlier|; null when earlier is 0 or the values are equal. */
      readonly percent: number | null;
    }
  | { readonly ok: false; readonly problem: ChangeProblem };

/**
 * "10,71%", "80,00%", "1.100,00%": a percentage with exactly `decimals` decimals, trailing zeros
 * kept, rounded half up once (formatNumber's fixed precision, as formatPercent uses);
 * formatPercent(done, total) itself cannot serve, since a rise may exceed 100% of the earlier value.
 */
export function formatPercentFixed(percent: number, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) throw new RangeError(`Số chữ số thập phân không hợp lệ: ${decimals}`);
  return `${formatNumber(percent, { zeroPad: false }, decimals, true)}%`;
}

/**
 * The change from `earlier` to `current` as a report writes it. The difference is compared at
 * the precision it is printed with (two decimals), so 100,001 against 100 is "bằng kỳ trước".
 */
export function describeChange(current: number | null, earlier: number | null, options: ChangeOptions): Change {
  const missing = [...(current === null ? ['current' as const] : []), ...(earlier === null ? ['earlier' as const] : [])];
  if (current === null || earlier === null) return { ok: false, problem: { kind: 'value-missing', missing } };
  if (!Number.isFinite(current) || !Number.isFinite(earlier)) return { ok: false, problem: { kind: 'not-finite' } };
  const difference = current - earlier;
  if (!Number.isFinite(difference)) return { ok: false, problem: { kind: 'not-finite' } };
  const compared = PERIOD_OPTIONS.find((o) => o.value === options.compared)?.label ?? '';
  if (roundHalfUp(Math.abs(difference), 2) === '0') {
    return { ok: true, text: `bằng ${compared}`, direction: 'same', difference, percent: null };
  }
  const direction = difference > 0 ? 'up' : 'down';
  const measure = options.measure?.trim() ? ` ${options.measure.trim()}` : '';
  const percent = earlier === 0 ? null : (Math.abs(difference) * 100) / Math.abs(earlier);
  const amount = `${direction === 'up' ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(difference), options.style)}${measure}`;
  const text = percent === null ? amount : `${amount} (${formatPercentFixed(percent, options.percentDecimals)})`;
  return { ok: true, text, direction, difference, percent };
}

export interface PeriodValue {
  readonly period: Period;
  /** null when the period's figure is missing (no history row, or an empty one). */
  readonly value: number | null;
}

export type YearToDateProblem =
  | { readonly kind: 'values-missing'; readonly periods: ReadonlyArray<Period> }
  /** The indicator is "Không cộng dồn" and the year to date spans several periods. */
  | { readonly kind: 'not-cumulative' }
  | { readonly kind: 'no-periods' };

export type YearToDate = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: YearToDateProblem };

/**
 * The year-to-date figure from the values of yearToDatePeriods(…), in order: `sum` adds them
 * all, `last` takes the last (a stock such as số đảng viên at the end of the span), `none` only
 * allows a period that is its own year to date. Every missing period the result needs is named.
 */
export function accumulateYearToDate(values: ReadonlyArray<PeriodValue>, how: TimeAggregation): YearToDate {
  const last = values[values.length - 1];
  if (last === undefined) return { ok: false, problem: { kind: 'no-periods' } };
  if (how === 'none' && values.length > 1) return { ok: false, problem: { kind: 'not-cumulative' } };
  const needed = how === 'sum' ? values : [last];
  const numbers: number[] = [];
  const missing: Period[] = [];
  for (const { period, value } of needed) {
    if (value === null || !Number.isFinite(value)) missing.push(period);
    else numbers.push(value);
  }
  if (missing.length > 0) return { ok: false, problem: { kind: 'values-missing', periods: missing } };
  const value = combine(numbers, 'sum');
  return value === null ? { ok: false, problem: { kind: 'no-periods' } } : { ok: true, value };
}
