/**
 * The two series the progress tab charts: how many expected units had submitted by each day, from
 * the first submission (or the period's start) to the deadline, and the totals of the settings'
 * "Chỉ tiêu theo dõi qua các kỳ" in each stored period of the report's type and in this one. Data
 * only: the dashboard plan lays them out and Sheets draws the charts; `baocao status` prints them.
 */
import { addDays, daysBetween, type IsoDate } from './dates';
import { lookupForReport } from './cutoff';
import { aggregateFigure } from './figures';
import { historyValue, storedPeriods } from './periods/history';
import type { Period } from './periods/period';
import type { Lookup } from './workbook/lookup';

/** Days the submissions series spans at most (the last ones, up to the deadline). */
export const SUBMISSION_DAYS_MAX = 120;
/** Periods the trend shows at most (the latest ones). */
export const TREND_PERIODS_MAX = 24;

export interface SubmissionPoint {
  readonly date: IsoDate;
  /** Expected units submitted on or before this day (their current submission). */
  readonly submitted: number;
}

export interface TrendPoint {
  readonly key: string;
  readonly name: string;
  /** One value per trend indicator, in `trendCodes` order; null when the period has none. */
  readonly values: ReadonlyArray<number | null>;
  readonly current: boolean;
}

export interface ProgressSeries {
  readonly expected: number;
  readonly deadline: IsoDate | null;
  readonly submissions: ReadonlyArray<SubmissionPoint>;
  readonly trendCodes: ReadonlyArray<{ readonly code: string; readonly label: string }>;
  readonly trend: ReadonlyArray<TrendPoint>;
}

interface UnitTimes {
  readonly expected: boolean;
  readonly submittedAt: string | null;
  readonly deadline: IsoDate | null;
}

function submissionSeries(lookup: Lookup, units: ReadonlyArray<UnitTimes>): { deadline: IsoDate | null; points: SubmissionPoint[] } {
  const expected = units.filter((u) => u.expected);
  const days = expected.flatMap((u) => (u.submittedAt === null ? [] : [u.submittedAt.slice(0, 10)])).sort();
  const deadlines = expected.flatMap((u) => (u.deadline === null ? [] : [u.deadline]));
  const deadline = lookup.workbook.settings?.deadline ?? deadlines.sort()[0] ?? null;
  const last = [...deadlines, ...days].sort().pop();
  const first = days[0] ?? lookup.period?.from ?? deadline;
  if (first === undefined || first === null || last === undefined) return { deadline, points: [] };
  const start = first > last ? last : first;
  const span = Math.min(daysBetween(start, last) + 1, SUBMISSION_DAYS_MAX);
  const points: SubmissionPoint[] = [];
  let index = 0;
  const from = addDays(last, -(span - 1));
  while (index < days.length && (days[index] ?? '') < from) index += 1;
  for (let i = 0; i < span; i += 1) {
    const date = addDays(from, i);
    while (index < days.length && (days[index] ?? '') <= date) index += 1;
    points.push({ date, submitted: index });
  }
  return { deadline, points };
}

function trendSeries(lookup: Lookup): { codes: Array<{ code: string; label: string }>; points: TrendPoint[] } {
  const codes = [...new Set((lookup.workbook.settings?.trendIndicators ?? []).map((c) => c.toUpperCase()))]
    .filter((code) => lookup.indicatorsByCode.has(code))
    .map((code) => ({ code, label: lookup.indicatorsByCode.get(code)?.label ?? code }));
  if (codes.length === 0) return { codes, points: [] };
  const current = lookup.period;
  const stored = storedPeriods(lookup.workbook).filter((p) => (current === null || p.type === current.type) && p.key !== current?.key);
  const report = lookupForReport(lookup);
  const earlier = stored.slice(-(TREND_PERIODS_MAX - 1)).map(
    (p: Period): TrendPoint => ({
      key: p.key,
      name: p.name,
      values: codes.map(({ code }) => {
        const value = historyValue(lookup, code, p);
        return value.ok ? value.value : null;
      }),
      current: false,
    }),
  );
  const now: TrendPoint = {
    key: current?.key ?? '',
    name: current?.name ?? 'Kỳ này',
    values: codes.map(({ code }) => aggregateFigure(report, code).value),
    current: true,
  };
  return { codes, points: [...earlier, now] };
}

/** Both series of the progress tab, from the lookup and the units' statuses. */
export function progressSeries(lookup: Lookup, units: ReadonlyArray<UnitTimes>): ProgressSeries {
  const submissions = submissionSeries(lookup, units);
  const trend = trendSeries(lookup);
  return {
    expected: units.filter((u) => u.expected).length,
    deadline: submissions.deadline,
    submissions: submissions.points,
    trendCodes: trend.codes,
    trend: trend.points,
  };
}
