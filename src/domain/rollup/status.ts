/**
 * Progress through the hierarchy: a child unit's status as its parent shows it (the child's task
 * counts, the mapped figures it has, what it still lacks, its own submission), and the counts a
 * province shows over its children: "128/135 xã đã nộp" and, inside them, "2.140/2.300 chi bộ"
 * (the children's own units). The CLI status text, the dashboard and the digest show these
 * through `formatChildCompleteness`.
 */
import type { Unit } from '../contract/tables';
import { countTasks } from '../figures';
import { countBySeverity, type Finding } from '../findings';
import { formatNumber, formatRatio } from '../format';
import { nfc, toneKey } from '../text';
import { timelinessOf } from '../timeliness';
import type { UnitStatus, WorkbookStatus } from '../status';
import type { MissingPart } from '../validate/unit-checks';
import type { Lookup } from '../workbook/lookup';
import { cellOf, type Located } from '../workbook/model';
import type { ChildReadState, ChildUnit } from './children';
import { shardTabName } from './origins';

/** What a unit's status says about where its data came from. */
export interface UnitRollup {
  readonly kind: 'shard' | 'child';
  readonly source: string;
  readonly key: string;
  /** For a child: what was read; for a shard: whether its tab was found there. */
  readonly state: ChildReadState;
  readonly readAt: string | null;
  /** A child's own units (its secretariat's tab not counted); null when nothing usable was read. */
  readonly units: { readonly expected: number; readonly submitted: number; readonly complete: number; readonly onTime: number } | null;
  /** The child's own errors and warnings. */
  readonly childErrors: number;
  readonly childWarnings: number;
  /**
   * The child's first findings (up to CHILD_SUMMARY_MAX_FINDINGS) with the tab names of its own
   * workbook, as a reminder to its secretariat quotes them; UnitStatus.findings holds the same
   * ones named "[source]tab", so that nothing in the parent mistakes them for its own tabs.
   */
  readonly childFindings: ReadonlyArray<Finding>;
  /** A child's own units not yet submitted (those listed in `missing` may be fewer). */
  readonly pendingUnits: number;
  /** The child report itself is submitted. */
  readonly reportSubmitted: boolean;
}

/** The status of a child unit, built like a unit's so that the dashboard, CLI and reminders need no special case. */
export function childUnitStatus(
  lookup: Lookup,
  unit: Located<Unit>,
  child: ChildUnit,
  own: ReadonlyArray<Finding>,
  deadline: string | null,
): UnitStatus {
  const summary = child.state === 'ok' ? child.summary : null;
  const where = { tab: unit.at.tab, cell: cellOf(unit.at, 'source'), unitId: unit.id };
  const missing: MissingPart[] = [];
  for (const [code, value] of child.figures) {
    if (value !== null) continue;
    missing.push({ kind: 'figure', id: code, label: lookup.indicatorsByCode.get(code)?.label ?? code, where });
  }
  for (const pending of summary?.pendingUnits ?? []) {
    missing.push({ kind: 'unit', id: pending.id, label: pending.name, where: { tab: null, cell: null, unitId: unit.id } });
  }
  const childFindings: Finding[] = (summary?.findings ?? []).map((f) => ({
    code: f.code as Finding['code'],
    severity: f.severity,
    tab: f.tab,
    cell: f.cell,
    message: f.message,
    unitId: unit.id,
  }));
  const shown = childFindings.map((f) => ({ ...f, tab: f.tab === null ? shardTabName(child.key, '') : shardTabName(child.key, f.tab) }));
  const ownCounts = countBySeverity(own);
  const errors = ownCounts.errors + (summary?.errors ?? 0);
  const warnings = ownCounts.warnings + (summary?.warnings ?? 0);
  const unsubmittedUnits = summary === null ? 0 : summary.units.expected - summary.units.submitted;
  const complete = summary !== null && missing.length === 0 && unsubmittedUnits === 0 && errors === 0;
  const submitted = summary?.submitted === true;
  const filled = [...child.figures.values()].filter((v) => v !== null).length;
  return {
    unitId: unit.id,
    name: unit.name,
    tab: unit.tab,
    group: unit.group,
    emails: summary !== null && summary.secretariatEmails.length > 0 ? summary.secretariatEmails : (unit.emails ?? []),
    tasks: countTasks(child.tasks),
    figures: { filled, required: child.figures.size },
    texts: { filled: 0, required: 0 },
    missing,
    errors,
    warnings,
    complete,
    submittedAt: submitted ? (summary?.submittedAt ?? null) : null,
    submittedBy: null,
    deadline,
    state: summary === null ? 'no_tab' : submitted ? 'submitted' : complete ? 'complete' : 'incomplete',
    timeliness: timelinessOf(submitted ? (summary?.submittedAt ?? null) : null, deadline),
    expected: !lookup.notExpected.has(unit.id),
    changedAfterCutoff: 0,
    findings: [...own, ...shown].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)),
    rollup: {
      kind: 'child',
      source: child.source,
      key: child.key,
      state: child.state,
      readAt: child.readAt,
      units: summary === null ? null : summary.units,
      childErrors: summary?.errors ?? 0,
      childWarnings: summary?.warnings ?? 0,
      childFindings,
      pendingUnits: unsubmittedUnits,
      reportSubmitted: submitted,
    },
  };
}

/** The shard a unit's tab was read from, for its status line. */
export function shardRollup(lookup: Lookup, unitId: string): UnitRollup | undefined {
  const origin = lookup.workbook.origins.get(unitId);
  if (origin?.kind !== 'shard') return undefined;
  const read = lookup.workbook.unitSheets.has(unitId);
  return {
    kind: 'shard',
    source: origin.source,
    key: origin.key,
    state: read ? 'ok' : 'not_read',
    readAt: null,
    units: null,
    childErrors: 0,
    childWarnings: 0,
    childFindings: [],
    pendingUnits: 0,
    reportSubmitted: false,
  };
}

/** Completeness over the child reports of a workbook. */
export interface ChildCompleteness {
  /** Child units expected (every child unit of the units tab). */
  readonly expected: number;
  /** Children whose report is submitted (their secretariat's tab). */
  readonly submitted: number;
  /** Children read with a usable summary (this period). */
  readonly read: number;
  /** Sums over the children read: their own units expected, submitted, complete, on time. */
  readonly units: { readonly expected: number; readonly submitted: number; readonly complete: number; readonly onTime: number };
}

/** The completeness over children, or null when the workbook has none. */
export function childCompleteness(units: ReadonlyArray<UnitStatus>): ChildCompleteness | null {
  const children = units.filter((u) => u.rollup?.kind === 'child');
  if (children.length === 0) return null;
  const sum = { expected: 0, submitted: 0, complete: 0, onTime: 0 };
  let read = 0;
  for (const child of children) {
    const own = child.rollup?.units;
    if (own === null || own === undefined) continue;
    read += 1;
    sum.expected += own.expected;
    sum.submitted += own.submitted;
    sum.complete += own.complete;
    sum.onTime += own.onTime;
  }
  return { expected: children.length, submitted: children.filter((u) => u.state === 'submitted').length, read, units: sum };
}

export interface CompletenessWords {
  /** What the children are, e.g. "xã" (default "báo cáo cấp dưới"). */
  readonly children?: string;
  /** What the children's units are, e.g. "chi bộ" (default "đơn vị"). */
  readonly units?: string;
  readonly zeroPad?: boolean;
}

/**
 * "128/135 xã đã nộp; trong đó 2.140/2.300 chi bộ đã nộp", with "(chưa đọc được 2 xã)" when
 * some children could not be read (their units are not in the inner counts).
 */
export function formatChildCompleteness(c: ChildCompleteness, words: CompletenessWords = {}): string {
  const children = words.children ?? 'báo cáo cấp dưới';
  const units = words.units ?? 'đơn vị';
  const style = { zeroPad: words.zeroPad ?? false };
  const unread = c.expected - c.read;
  return (
    `${formatRatio(c.submitted, c.expected, style)} ${children} đã nộp; ` +
    `trong đó ${formatRatio(c.units.submitted, c.units.expected, style)} ${units} đã nộp` +
    (unread > 0 ? ` (chưa đọc được ${formatNumber(unread, style)} ${children})` : '')
  );
}

/** What a workbook's child units are called in the completeness line: their group ("xã") when they all share one. */
export function childrenWord(units: ReadonlyArray<UnitStatus>): string {
  const groups = units.filter((u) => u.rollup?.kind === 'child').map((u) => u.group ?? '');
  const first = groups[0];
  // Compared by toneKey ("Xã", "xã " and old-style tones are one group); shown as typed, in
  // lower case since it stands mid-sentence ("128/135 xã đã nộp").
  if (first === undefined || first.trim() === '' || new Set(groups.map(toneKey)).size !== 1) return 'báo cáo cấp dưới';
  return nfc(first).trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/**
 * "Báo cáo cấp dưới: 128/135 xã đã nộp; trong đó 2.140/2.300 đơn vị đã nộp", the one line the
 * CLI status, the dashboard and the digest show; null when the workbook has no child reports.
 */
export function childCompletenessLine(status: WorkbookStatus): string | null {
  if (status.children === undefined) return null;
  return `Báo cáo cấp dưới: ${formatChildCompleteness(status.children, { children: childrenWord(status.units) })}`;
}

/** The overall line's counts with the children's completeness added when there are children. */
export function withChildCompleteness(status: Omit<WorkbookStatus, 'children'>): WorkbookStatus {
  const children = childCompleteness(status.units);
  return children === null ? status : { ...status, children };
}
