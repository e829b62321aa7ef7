/**
 * The report's own period, read from the settings tab (loại kỳ, ngày bắt đầu, ngày kết thúc, tên
 * kỳ), and what is wrong with those settings when they do not make a period: a regular period
 * whose end does not match its type (the finding names the expected date), a start that is no
 * period's start, a review without dates. What {{KY}}, comparisons, year to date and the roster
 * over time all start from. Pure.
 */
import type { Settings } from '../contract/tables';
import { isIsoDate } from '../dates';
import { makeFinding, type Finding } from '../findings';
import { formatDateNumeric } from '../format';
import { nfc } from '../text';
import { PERIOD_TYPES, periodFromDates, type Period, type PeriodType } from './period';

/** The settings a period is read from; parsed Settings and hand-written SettingsData both fit. */
export interface PeriodSettings {
  readonly periodType?: PeriodType | null;
  readonly periodFrom?: string | null;
  readonly periodTo?: string | null;
  readonly periodName?: string | null;
}

/** Why the settings give no period, as the settings tab shows it. */
export type PeriodSettingsProblem =
  | { readonly kind: 'from-missing' }
  | { readonly kind: 'from-not-start'; readonly expectedFrom: string }
  | { readonly kind: 'to-mismatch'; readonly expectedTo: string; readonly periodName: string }
  | { readonly kind: 'to-before-from' }
  | { readonly kind: 'date-missing'; readonly field: 'periodFrom' | 'periodTo' }
  /** A review without dates: it may still have a name, but it cannot be compared or placed in time. */
  | { readonly kind: 'no-dates' }
  | { readonly kind: 'out-of-range' };

export interface PeriodReading {
  readonly period: Period | null;
  readonly problem: PeriodSettingsProblem | null;
}

const blank = (value: string | null | undefined): value is null | undefined | '' => value === null || value === undefined || value.trim() === '';

/** Reads the period the settings describe, or why they describe none. */
export function readPeriod(settings: PeriodSettings | null): PeriodReading {
  if (settings === null) return { period: null, problem: null };
  const type: PeriodType = settings.periodType ?? 'review';
  const from = blank(settings.periodFrom) ? null : settings.periodFrom;
  const to = blank(settings.periodTo) ? null : settings.periodTo;
  if (type === 'review') {
    if (from === null && to === null) return { period: null, problem: { kind: 'no-dates' } };
    if (from === null) return { period: null, problem: { kind: 'date-missing', field: 'periodFrom' } };
    if (to === null) return { period: null, problem: { kind: 'date-missing', field: 'periodTo' } };
  } else if (from === null) {
    return { period: null, problem: { kind: 'from-missing' } };
  }
  // A missing end of a regular period is a mismatch: the finding says which date it must be.
  const result = periodFromDates(type, from, to ?? from, settings.periodName);
  if (result.ok) return { period: result.period, problem: null };
  const problem = result.problem;
  switch (problem.kind) {
    case 'invalid-date':
      // Only hand-written settings get here: the cell parser reports an unreadable date cell and reads it as blank.
      return { period: null, problem: null };
    case 'from-not-period-start':
      return { period: null, problem: { kind: 'from-not-start', expectedFrom: problem.expectedFrom } };
    case 'to-mismatch':
      return { period: null, problem: { kind: 'to-mismatch', expectedTo: problem.expectedTo, periodName: problem.periodName } };
    case 'to-before-from':
      return { period: null, problem: { kind: 'to-before-from' } };
    case 'out-of-range':
      return { period: null, problem: { kind: 'out-of-range' } };
  }
}

/** The report's period, or null when the settings do not describe one (see readPeriod for why). */
export function periodOf(settings: PeriodSettings | null): Period | null {
  return readPeriod(settings).period;
}

/**
 * The period's name for {{KY}}: the period's own, or, for a review that has a name but no dates
 * yet, that name. Null when there is nothing to call it.
 */
export function periodNameOf(settings: PeriodSettings | null): string | null {
  const period = periodOf(settings);
  if (period !== null) return period.name;
  if (settings === null || (settings.periodType ?? 'review') !== 'review' || blank(settings.periodName)) return null;
  return nfc(settings.periodName).replace(/\s+/g, ' ').trim();
}

const typeLabel = (type: PeriodType): string => PERIOD_TYPES.find((t) => t.value === type)?.label ?? type;
const shown = (date: string | null | undefined): string => (date !== null && date !== undefined && isIsoDate(date) ? formatDateNumeric(date) : '');

/** What the workbook uses of its period: its name ({{KY}}), or its dates (comparisons, history, active dates). */
export interface PeriodNeeds {
  readonly name: boolean;
  readonly dates: boolean;
}

/**
 * The findings of the period settings, on the cell to fix. A review without dates is only a
 * finding when something needs them (or needs a name it does not have either), since a one-off
 * report may do without a period.
 */
export function checkPeriodSettings(
  settings: Settings,
  cells: Readonly<Partial<Record<keyof Settings, string>>>,
  needs: PeriodNeeds,
): Finding[] {
  const where = (field: keyof Settings) => ({ tab: 'Thiết lập', cell: cells[field] ?? cells.periodType ?? null });
  const { problem } = readPeriod(settings);
  if (problem === null) return [];
  switch (problem.kind) {
    case 'from-missing':
      return [makeFinding('PERIOD_FROM_MISSING', where('periodFrom'), { type: typeLabel(settings.periodType) })];
    case 'from-not-start':
      return [
        makeFinding('PERIOD_FROM_NOT_START', where('periodFrom'), {
          type: typeLabel(settings.periodType),
          value: shown(settings.periodFrom),
          expected: formatDateNumeric(problem.expectedFrom),
        }),
      ];
    case 'to-mismatch':
      return [
        makeFinding('PERIOD_TO_MISMATCH', where('periodTo'), {
          period: problem.periodName,
          value: shown(settings.periodTo),
          expected: formatDateNumeric(problem.expectedTo),
        }),
      ];
    case 'to-before-from':
      return [makeFinding('PERIOD_TO_BEFORE_FROM', where('periodTo'), { from: shown(settings.periodFrom), to: shown(settings.periodTo) })];
    case 'date-missing':
      return [
        makeFinding('PERIOD_DATE_MISSING', where(problem.field), {
          label: problem.field === 'periodFrom' ? 'Kỳ báo cáo từ ngày' : 'Kỳ báo cáo đến ngày',
        }),
      ];
    case 'no-dates':
      // With a name, {{KY}} still works; comparisons and the roster need the dates.
      return needs.dates || (needs.name && periodNameOf(settings) === null) ? [makeFinding('PERIOD_UNDEFINED', where('periodFrom'), {})] : [];
    case 'out-of-range':
      return [makeFinding('PERIOD_OUT_OF_RANGE', where('periodFrom'), {})];
  }
}
