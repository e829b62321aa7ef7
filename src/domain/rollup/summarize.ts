/**
 * A child report summed up for its parent: the same validation and the same figures as the child
 * itself shows (validateWorkbook, computeStatus, aggregateFigure), kept to what a parent needs.
 * Totals are over every unit of the child that reports the indicator, combined as the child's
 * indicator says; units are counted without the child's secretariat, whose own tab being
 * submitted is the child report being submitted.
 */
import type { RawWorkbook } from '../cells';
import { CONFIG_TAB_NAMES, SETTINGS_TAB, UNITS_TAB } from '../contract/tabs';
import { aggregateFigure, countTasks } from '../figures';
import { countBySeverity, type Finding } from '../findings';
import { computeStatus, summarizeUnits } from '../status';
import { validateWorkbook } from '../validate/validate';
import { findTab } from '../workbook/read';
import { CHILD_SUMMARY_MAX_FINDINGS, CHILD_SUMMARY_MAX_PENDING, CHILD_SUMMARY_VERSION } from './limits';
import type { SourceContent, SourceReads } from './sources';
import type { ChildSummary } from './summary';

/** Errors first, then in the child's own order; each as the summary carries it. */
function briefFindings(findings: ReadonlyArray<Finding>): ChildSummary['findings'] {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity !== 'error');
  return [...errors, ...warnings]
    .slice(0, CHILD_SUMMARY_MAX_FINDINGS)
    .map((f) => ({ code: f.code, severity: f.severity, tab: f.tab, cell: f.cell, message: f.message }));
}

/**
 * The summary of a child report. `sources`: the child's own shards and children, when it has
 * any (a level below the child); the child's cache tab is used as everywhere.
 */
export function summarizeChild(raw: RawWorkbook, sources?: SourceReads): ChildSummary {
  const validation = validateWorkbook(raw, sources);
  const { lookup, workbook } = validation;
  const status = computeStatus(lookup, validation.findings);
  const settings = workbook.settings;
  const secretariat = settings?.secretariatUnit ?? null;
  // The child's own units in this period: its secretariat's tab is the report itself, and a unit
  // outside its active dates is not expected (D10's roster), as in the child's own status.
  const units = status.units.filter((u) => u.unitId !== secretariat && u.expected);
  const own = status.units.find((u) => u.unitId === secretariat);

  const totals: Record<string, number | null> = {};
  for (const code of lookup.indicatorsByCode.keys()) totals[code] = aggregateFigure(lookup, code).value;

  const tasks: Record<string, { done: number; total: number }> = {};
  const allTasks = [...[...workbook.unitSheets.values()].flatMap((s) => s.tasks), ...[...lookup.children.values()].flatMap((c) => c.tasks)];
  for (const group of new Set(allTasks.map((t) => t.group))) tasks[group] = countTasks(allTasks, group);

  const pending = units.filter((u) => u.state !== 'submitted');
  const counts = countBySeverity(validation.findings);
  const counted = summarizeUnits(units);
  const emails = settings?.secretariatEmails ?? [];
  return {
    version: CHILD_SUMMARY_VERSION,
    issuingBody: settings?.issuingBody ?? '',
    place: settings?.place ?? null,
    periodKey: lookup.period?.key ?? null,
    totals,
    tasks,
    units: { expected: counted.expected, submitted: counted.submitted, complete: counted.complete, onTime: counted.onTime },
    pendingUnits: pending.slice(0, CHILD_SUMMARY_MAX_PENDING).map((u) => ({ id: u.unitId, name: u.name })),
    submitted: own?.state === 'submitted',
    submittedAt: own?.state === 'submitted' ? own.submittedAt : null,
    errors: counts.errors,
    warnings: counts.warnings,
    findings: briefFindings(validation.findings),
    secretariatEmails: [...(emails.length > 0 ? emails : (own?.emails ?? []))],
  };
}

/**
 * What an adapter hands the parent for a workbook it read as a child report: its summary, or a
 * `not_baocao` failure when the workbook has neither a settings nor a units tab (someone's other
 * spreadsheet, or a baocao workbook whose tabs were renamed).
 */
export function readChild(raw: RawWorkbook, readAt: string | null, sources?: SourceReads): SourceContent {
  const missing = [SETTINGS_TAB.name, UNITS_TAB.name].filter((name) => findTab(raw, name) === undefined);
  if (missing.length > 0) {
    const known = CONFIG_TAB_NAMES.filter((name) => findTab(raw, name) !== undefined);
    const detail =
      known.length === 0
        ? 'bảng tính này không phải một báo cáo baocao (không có tab Thiết lập và tab Đơn vị). Hãy kiểm tra lại đường dẫn ở cột Nguồn dữ liệu.'
        : `bảng tính thiếu tab ${missing.map((m) => `"${m}"`).join(' và ')} (có thể đã bị đổi tên). Hãy nhờ cấp dưới đặt lại đúng tên tab.`;
    return { kind: 'failed', failure: { kind: known.length === 0 ? 'not_baocao' : 'tabs_missing', detail }, readAt };
  }
  return { kind: 'child', summary: summarizeChild(raw, sources), readAt };
}
