/**
 * The rows this period adds to the history tab when the next period is created from it: one per
 * expected unit and indicator it reports, and a total row per indicator (empty unit id), with the
 * figures the report uses (the cut-off snapshot when the settings use it, else the figures as they
 * stand). A blank figure stays blank, and a total over a blank figure is blank: the next period
 * then says the value is missing instead of comparing with 0. The inverse of ./history.ts.
 */
import type { HistoryRowDraft, HistorySource } from '../contract/tables';
import { cutoffOf, cutoffUseOf, lookupForReport } from '../cutoff';
import { aggregateFigure } from '../figures';
import type { Lookup } from '../workbook/lookup';

/** This period's history rows, or none when the settings describe no period (a finding says why). */
export function periodHistoryRows(lookup: Lookup): HistoryRowDraft[] {
  const period = lookup.period;
  if (period === null) return [];
  const report = lookupForReport(lookup);
  const source: HistorySource = cutoffOf(lookup.workbook) !== null && cutoffUseOf(lookup) === 'snapshot' ? 'snapshot' : 'final';
  const base = { periodKey: period.key, periodName: period.name, periodFrom: period.from, periodTo: period.to, source };
  const rows: HistoryRowDraft[] = [];
  for (const code of lookup.indicatorsByCode.keys()) {
    for (const unitId of lookup.reportersOf.get(code) ?? []) {
      if (lookup.sheet(unitId) === undefined) continue;
      rows.push({ ...base, unitId, code, value: report.figures.get(unitId)?.get(code) ?? null });
    }
  }
  for (const code of lookup.indicatorsByCode.keys()) rows.push({ ...base, unitId: null, code, value: aggregateFigure(report, code).value });
  return rows;
}
