/**
 * The figures of earlier periods, as the history tab ("Số liệu các kỳ") stores them: one row per
 * period, unit and indicator, plus a total row per period and indicator (empty unit id). Indexed
 * once per parsed workbook; asked which periods exist, which period "kỳ trước" and "cùng kỳ"
 * name for this report, and the value of an indicator in a period, for one unit, a group or the
 * total. A period or a value that is not there is a typed problem, never a silent 0: zero is a
 * value, an empty cell is not.
 */
import type { HistoryRow } from '../contract/tables';
import { combine, isExact, tidy } from '../figures';
import { resolveUnitRefs, type Lookup } from '../workbook/lookup';
import type { Located, ParsedWorkbook } from '../workbook/model';
import { previousPeriod, samePeriodLastYear, type PeriodOption } from './calendar';
import { parsePeriodKey, type Period } from './period';
import { fullRoster, unitActiveIn, type FullRoster } from './roster';

/** The unit id of a period's total row. */
export const TOTAL_ROW = '';

export interface HistoryIndex {
  /** Stored periods by key, with the dates and name their rows carry. */
  readonly periods: ReadonlyMap<string, Period>;
  /** Period key → unit id (TOTAL_ROW for the total) → indicator code → value (null: stored blank). */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number | null>>>;
  /** Rows whose period key names no period (reported as HISTORY_KEY_INVALID, never used). */
  readonly invalid: ReadonlyArray<Located<HistoryRow>>;
  /** Every unit and group of the units tab, whatever the period, to read earlier periods against. */
  readonly roster: FullRoster;
}

const cache = new WeakMap<ParsedWorkbook, HistoryIndex>();

/** The history of a workbook, indexed once. */
export function historyOf(workbook: ParsedWorkbook): HistoryIndex {
  const cached = cache.get(workbook);
  if (cached !== undefined) return cached;
  const periods = new Map<string, Period>();
  const values = new Map<string, Map<string, Map<string, number | null>>>();
  const invalid: Array<Located<HistoryRow>> = [];
  for (const row of workbook.history) {
    const parsed = parsePeriodKey(row.periodKey);
    if (parsed === null) {
      invalid.push(row);
      continue;
    }
    if (!periods.has(parsed.key)) {
      const name = row.periodName?.trim();
      periods.set(parsed.key, {
        ...parsed,
        from: row.periodFrom ?? parsed.from,
        to: row.periodTo ?? parsed.to,
        name: name === undefined || name === '' ? parsed.name : name,
      });
    }
    const byUnit = values.get(parsed.key) ?? new Map<string, Map<string, number | null>>();
    values.set(parsed.key, byUnit);
    const unitId = (row.unitId ?? '').trim().toUpperCase();
    const byCode = byUnit.get(unitId) ?? new Map<string, number | null>();
    byUnit.set(unitId, byCode);
    // The first row of a figure is the one used, like everywhere else in the workbook.
    const code = row.code.toUpperCase();
    if (!byCode.has(code)) byCode.set(code, row.value);
  }
  const index: HistoryIndex = { periods, values, invalid, roster: fullRoster(workbook.units) };
  cache.set(workbook, index);
  return index;
}

/** Stored periods in time order (by start, then end). */
export function storedPeriods(workbook: ParsedWorkbook): Period[] {
  return [...historyOf(workbook).periods.values()].sort((a, b) => (a.from === b.from ? a.to.localeCompare(b.to) : a.from.localeCompare(b.from)));
}

export interface ComparedPeriod {
  /** The period compared with: as stored when it is, else as computed from this one. */
  readonly period: Period;
  /** Whether the history tab holds it. */
  readonly stored: boolean;
}

/**
 * The period "kỳ trước" or "cùng kỳ" names for a report of `current`. A regular period's
 * neighbour is found by its key. A review's "kỳ trước" is the review of the same length just
 * before it when stored, else the latest stored review that ends before it starts (sơ kết rarely
 * follow each other at exactly the same length).
 */
export function comparedPeriod(workbook: ParsedWorkbook, current: Period, option: Exclude<PeriodOption, 'yearToDate'>): ComparedPeriod {
  const { periods } = historyOf(workbook);
  const computed = option === 'previous' ? previousPeriod(current) : samePeriodLastYear(current);
  const exact = periods.get(computed.key);
  if (exact !== undefined) return { period: exact, stored: true };
  if (current.type === 'review' && option === 'previous') {
    const before = [...periods.values()].filter((p) => p.type === 'review' && p.to < current.from).sort((a, b) => a.to.localeCompare(b.to));
    const latest = before[before.length - 1];
    if (latest !== undefined) return { period: latest, stored: true };
  }
  return { period: computed, stored: false };
}

/** The stored version of `period` (its own dates and name), or null when the history lacks it. */
export function storedPeriod(workbook: ParsedWorkbook, period: Pick<Period, 'key'>): Period | null {
  return historyOf(workbook).periods.get(period.key) ?? null;
}

export type HistoryProblem =
  | { readonly kind: 'period-missing'; readonly period: Period }
  /** `units`: the units whose value is missing (TOTAL_ROW for the total); empty when no unit of the scope existed then. */
  | { readonly kind: 'value-missing'; readonly period: Period; readonly units: ReadonlyArray<string> }
  | { readonly kind: 'too-large'; readonly period: Period };

export type HistoryValue = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: HistoryProblem };

const reporterCache = new WeakMap<HistoryIndex, Map<string, ReadonlySet<string>>>();

/** Units that report `code` in any period (the indicator's reporters against the whole roster), resolved once. */
function reportersEver(lookup: Pick<Lookup, 'indicatorsByCode'>, index: HistoryIndex, code: string): ReadonlySet<string> {
  const byCode = reporterCache.get(index) ?? new Map<string, ReadonlySet<string>>();
  reporterCache.set(index, byCode);
  let reporters = byCode.get(code);
  if (reporters === undefined) {
    const indicator = lookup.indicatorsByCode.get(code);
    reporters = new Set(indicator === undefined ? [] : resolveUnitRefs(indicator.reporters, index.roster.unitsById, index.roster.groups).ids);
    byCode.set(code, reporters);
  }
  return reporters;
}

/**
 * The value of indicator `code` in an earlier `period`: the total row when `unitIds` is absent
 * (or, without a total row, the stored unit rows combined), else the stored values of those units
 * that report the indicator and existed in that period, combined the way the indicator declares.
 */
export function historyValue(
  lookup: Pick<Lookup, 'workbook' | 'indicatorsByCode'>,
  code: string,
  period: Period,
  unitIds?: ReadonlyArray<string>,
): HistoryValue {
  const index = historyOf(lookup.workbook);
  const stored = index.periods.get(period.key);
  if (stored === undefined) return { ok: false, problem: { kind: 'period-missing', period } };
  const byUnit = index.values.get(period.key);
  const how = lookup.indicatorsByCode.get(code)?.aggregation ?? 'sum';
  let units: ReadonlyArray<string>;
  if (unitIds === undefined) {
    const total = byUnit?.get(TOTAL_ROW)?.get(code);
    if (total !== undefined) {
      return total === null ? { ok: false, problem: { kind: 'value-missing', period: stored, units: [TOTAL_ROW] } } : { ok: true, value: total };
    }
    units = [...(byUnit?.keys() ?? [])].filter((u) => u !== TOTAL_ROW && byUnit?.get(u)?.has(code) === true);
    if (units.length === 0) return { ok: false, problem: { kind: 'value-missing', period: stored, units: [TOTAL_ROW] } };
  } else {
    const reporters = reportersEver(lookup, index, code);
    units = unitIds.filter((id) => reporters.has(id) && unitActiveIn(index.roster.unitsById.get(id) ?? {}, stored));
    if (units.length === 0) return { ok: false, problem: { kind: 'value-missing', period: stored, units: [] } };
  }
  const numbers: number[] = [];
  const missing: string[] = [];
  for (const unitId of units) {
    const value = byUnit?.get(unitId)?.get(code);
    if (value === null || value === undefined) missing.push(unitId);
    else numbers.push(value);
  }
  if (missing.length > 0) return { ok: false, problem: { kind: 'value-missing', period: stored, units: missing } };
  const combined = combine(numbers, how);
  if (combined === null) return { ok: false, problem: { kind: 'value-missing', period: stored, units } };
  if (!isExact(combined)) return { ok: false, problem: { kind: 'too-large', period: stored } };
  return { ok: true, value: tidy(combined) };
}
