/**
 * The values of a placeholder's indicator terms in other periods: "kỳ trước" and "cùng kỳ" read
 * from the history tab, "lũy kế" combines the earlier periods of the year with this one the way
 * each indicator accumulates over time (timeAggregation). The expander prints them; the
 * validator calls the same functions so both report exactly the same findings (deduplicated),
 * whether or not the text ends up in the report. A missing period or value is a finding on the
 * text's cell and a null value, never 0.
 */
import { tidy } from '../figures';
import { makeFinding, type Finding, type Where } from '../findings';
import { formatNumber, NUMBER_MAX } from '../format';
import { yearToDatePeriods, type PeriodOption } from '../periods/calendar';
import { accumulateYearToDate, type PeriodValue } from '../periods/change';
import { comparedPeriod, historyOf, historyValue, storedPeriod, TOTAL_ROW, type HistoryProblem } from '../periods/history';
import type { Period } from '../periods/period';
import { unitsInScopeAt } from '../periods/roster';
import { unitsInScope, type Lookup } from '../workbook/lookup';
import type { IndicatorTerm } from './expression';

/**
 * The units a term's figure comes from in this period: its "@…" scope, else the writing unit's
 * own figure when it reports the indicator, else undefined (every unit that reports it).
 */
export function currentTermUnits(lookup: Lookup, term: Pick<IndicatorTerm, 'code' | 'scope'>, writer: string | null): ReadonlyArray<string> | undefined {
  if (term.scope !== null) return unitsInScope(lookup, term.scope) ?? [];
  const reporters = lookup.reportersOf.get(term.code) ?? [];
  return writer !== null && reporters.includes(writer) ? [writer] : undefined;
}

/** The same in an earlier period: a group counts the units that existed then; no scope is the period's total row. */
export function earlierTermUnits(lookup: Lookup, term: IndicatorTerm, writer: string | null, period: Period): ReadonlyArray<string> | undefined {
  if (term.scope !== null) return unitsInScopeAt(historyOf(lookup.workbook).roster, term.scope, period) ?? [];
  const reporters = lookup.reportersOf.get(term.code) ?? [];
  return writer !== null && reporters.includes(writer) ? [writer] : undefined;
}

export interface PeriodTermValues {
  /** Each term's value; null where it could not be had (a finding says why). */
  readonly values: ReadonlyMap<IndicatorTerm, number | null>;
  readonly findings: ReadonlyArray<Finding>;
  /** The period compared with ("kỳ trước", "cùng kỳ"), or null for the year to date or without a period. */
  readonly compared: Period | null;
}

/** Findings about history belong to the text's cell, not to its unit: a clerk cannot fix the history tab. */
function textCell(where: Where): Where {
  const { unitId: _unit, ...rest } = where;
  return rest;
}

function termLabel(term: IndicatorTerm): string {
  return term.scope === null ? term.code : `${term.code}@${term.scope}`;
}

/** "DON_TN", "DON_TN của Ủy ban nhân dân xã Ia Le": what a PERIOD_VALUE_MISSING names. */
function missingWhat(lookup: Lookup, term: IndicatorTerm, problem: Extract<HistoryProblem, { kind: 'value-missing' }>): string {
  if (problem.units.length === 0) return `${termLabel(term)} (không đơn vị nào trong phạm vi này hoạt động trong kỳ đó)`;
  if (problem.units.length === 1 && problem.units[0] === TOTAL_ROW) return `${term.code} (dòng tổng)`;
  const names = problem.units.map((id) => lookup.unitsById.get(id)?.name ?? id);
  const shown = names.length > 5 ? [...names.slice(0, 5), `và ${names.length - 5} đơn vị khác`] : names;
  return `${term.code} của ${shown.join(', ')}`;
}

const joinNames = (periods: ReadonlyArray<Period>): string => periods.map((p) => p.name).join(', ');

/**
 * The terms' values in the period `option` names, relative to the report's period. For the year
 * to date, `currentOf` gives a term's value in this period (null when missing: already reported
 * where the current value is read); the validator passes null to check only the history.
 */
export function periodTermValues(
  lookup: Lookup,
  terms: ReadonlyArray<IndicatorTerm>,
  option: PeriodOption,
  writer: string | null,
  token: string,
  where: Where,
  currentOf: ((term: IndicatorTerm) => number | null) | null,
): PeriodTermValues {
  const values = new Map<IndicatorTerm, number | null>(terms.map((t) => [t, null]));
  const findings: Finding[] = [];
  const cell = textCell(where);
  const period = lookup.period;
  if (period === null) return { values, findings: [makeFinding('PERIOD_NEEDED', cell, { token })], compared: null };

  const tooLarge = (): Finding =>
    makeFinding('SUM_TOO_LARGE', cell, { what: `"${token}"`, max: formatNumber(NUMBER_MAX, { zeroPad: false }) });

  if (option === 'previous' || option === 'sameLastYear') {
    const compared = comparedPeriod(lookup.workbook, period, option);
    if (!compared.stored) return { values, findings: [makeFinding('PERIOD_MISSING', cell, { token, periods: compared.period.name })], compared: compared.period };
    const missing: string[] = [];
    for (const term of terms) {
      // An unknown code is reported where it is written; it has no history to look for.
      if (!lookup.indicatorsByCode.has(term.code)) continue;
      const result = historyValue(lookup, term.code, compared.period, earlierTermUnits(lookup, term, writer, compared.period));
      if (result.ok) values.set(term, result.value);
      else if (result.problem.kind === 'value-missing') missing.push(missingWhat(lookup, term, result.problem));
      else if (result.problem.kind === 'too-large') findings.push(tooLarge());
    }
    if (missing.length > 0) findings.push(makeFinding('PERIOD_VALUE_MISSING', cell, { token, period: compared.period.name, what: missing.join('; ') }));
    return { values, findings, compared: compared.period };
  }

  // Year to date: the earlier periods of the year from history, then this one.
  const periods = yearToDatePeriods(period);
  const earlier = periods.slice(0, -1);
  const howOf = (term: IndicatorTerm) => lookup.indicatorsByCode.get(term.code)?.timeAggregation ?? 'sum';
  const summed = terms.filter((t) => lookup.indicatorsByCode.has(t.code) && howOf(t) === 'sum');
  const absent = summed.length === 0 ? [] : earlier.filter((p) => storedPeriod(lookup.workbook, p) === null);
  if (absent.length > 0) findings.push(makeFinding('PERIOD_MISSING', cell, { token, periods: joinNames(absent) }));
  const missingByPeriod = new Map<string, { period: Period; what: string[] }>();
  for (const term of terms) {
    if (!lookup.indicatorsByCode.has(term.code)) continue;
    const how = howOf(term);
    if (how === 'none' && periods.length > 1) {
      findings.push(makeFinding('PERIOD_NOT_CUMULATIVE', cell, { token, code: term.code }));
      continue;
    }
    const series: PeriodValue[] = [];
    let usable = true;
    for (const p of earlier) {
      if (how !== 'sum') {
        series.push({ period: p, value: null });
        continue;
      }
      const stored = storedPeriod(lookup.workbook, p);
      if (stored === null) {
        usable = false;
        continue;
      }
      const result = historyValue(lookup, term.code, stored, earlierTermUnits(lookup, term, writer, stored));
      if (result.ok) series.push({ period: stored, value: result.value });
      else {
        usable = false;
        if (result.problem.kind === 'value-missing') {
          const entry = missingByPeriod.get(stored.key) ?? { period: stored, what: [] };
          entry.what.push(missingWhat(lookup, term, result.problem));
          missingByPeriod.set(stored.key, entry);
        } else if (result.problem.kind === 'too-large') findings.push(tooLarge());
      }
    }
    if (currentOf === null) continue;
    const current = currentOf(term);
    if (current === null || !usable) continue;
    series.push({ period, value: current });
    const total = accumulateYearToDate(series, how);
    if (total.ok) {
      if (Math.abs(total.value) > NUMBER_MAX) findings.push(tooLarge());
      else values.set(term, tidy(total.value));
    }
  }
  for (const { period: p, what } of missingByPeriod.values()) {
    findings.push(makeFinding('PERIOD_VALUE_MISSING', cell, { token, period: p.name, what: what.join('; ') }));
  }
  return { values, findings, compared: null };
}
