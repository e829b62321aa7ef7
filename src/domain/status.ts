/**
 * Progress of a report, per unit and overall: tasks done / assigned, required figures and texts
 * filled, errors and warnings in the unit's tab, submitted or not, deadline and whether it has
 * passed, on time or late, expected in this period or not (outside its active dates). What the
 * "Tiến độ" dashboard, `baocao status` and the reminder planner all show.
 */
import { dayNumber, type IsoDate, type IsoDateTime } from './dates';
import { countTasks, type TaskCount } from './figures';
import type { Finding } from './findings';
import { progressSeries, type ProgressSeries } from './progress-series';
import { timelinessOf, type Timeliness } from './timeliness';
import { assignmentsOf, missingParts, type MissingPart } from './validate/unit-checks';
import type { Lookup } from './workbook/lookup';
import { childUnitStatus, shardRollup, withChildCompleteness, type ChildCompleteness, type UnitRollup } from './rollup/status';

export type UnitState = 'submitted' | 'complete' | 'incomplete' | 'no_tab';

export const UNIT_STATE_LABEL: Record<UnitState, string> = {
  submitted: 'Đã nộp',
  complete: 'Đủ, chưa nộp',
  incomplete: 'Chưa đủ',
  no_tab: 'Thiếu tab',
};

/** A unit outside its active dates for the period: listed, never counted. */
export const NOT_EXPECTED_LABEL = 'Không thuộc kỳ này';

/** Why a shard's or child's data is missing, said instead of "Thiếu tab". */
const NOT_READ_LABEL: Record<Exclude<UnitRollup['state'], 'ok'>, string> = {
  not_read: 'Chưa đọc',
  failed: 'Không đọc được',
  wrong_period: 'Khác kỳ báo cáo',
};

/** The state of a unit as a person reads it, the one label the dashboard, the CLI and mails use. */
export function unitStateLabel(unit: Pick<UnitStatus, 'state' | 'expected' | 'rollup'>): string {
  if (!unit.expected) return NOT_EXPECTED_LABEL;
  const rollup = unit.rollup;
  if (unit.state === 'no_tab' && rollup !== undefined && rollup.state !== 'ok') return NOT_READ_LABEL[rollup.state];
  return UNIT_STATE_LABEL[unit.state];
}

export interface UnitStatus {
  readonly unitId: string;
  readonly name: string;
  readonly tab: string;
  readonly group: string | null;
  readonly emails: ReadonlyArray<string>;
  readonly tasks: TaskCount;
  readonly figures: { readonly filled: number; readonly required: number };
  readonly texts: { readonly filled: number; readonly required: number };
  readonly missing: ReadonlyArray<MissingPart>;
  readonly errors: number;
  readonly warnings: number;
  /** Everything required is filled and the tab has no errors. */
  readonly complete: boolean;
  readonly submittedAt: IsoDateTime | null;
  readonly submittedBy: string | null;
  readonly deadline: IsoDate | null;
  readonly state: UnitState;
  /** Submitted by its deadline, after it, or not (yet). */
  readonly timeliness: Timeliness;
  /**
   * False for a unit outside its active dates for the period: listed, but not counted in any
   * total, not reminded, no tab required (src/domain/periods/roster.ts).
   */
  readonly expected: boolean;
  /** Figure cells whose value differs from the data cut-off (0 without a cut-off). */
  readonly changedAfterCutoff: number;
  /** Findings of this unit's tab (and of its row in the units tab), errors first. */
  readonly findings: ReadonlyArray<Finding>;
  /** Set when the unit's data lives in another workbook (a shard, a child report). */
  readonly rollup?: UnitRollup;
}

export interface WorkbookStatus {
  /** Every unit of the units tab, expected in the period or not. */
  readonly units: ReadonlyArray<UnitStatus>;
  /** The counts below are over the expected units only. */
  readonly expected: number;
  readonly complete: number;
  readonly submitted: number;
  /** Submitted and still without errors. */
  readonly done: number;
  /** Submitted by their own deadline: "18/21 đơn vị nộp đúng hạn". */
  readonly onTime: number;
  /** Units listed but outside their active dates for this period. */
  readonly notExpected: number;
  /** What the progress tab charts; absent when the status was put together from unit statuses alone. */
  readonly series?: ProgressSeries;
  /** Over the child reports, when there are any: "128/135 xã đã nộp", inside them "2.140/2.300 chi bộ". */
  readonly children?: ChildCompleteness;
}

/** Submitted and not reopened since: the one rule for a unit's report counting as handed in. */
export function isSubmitted(record: { readonly submittedAt: string | null; readonly reopenedAt: string | null } | undefined): boolean {
  if (record === undefined || record.submittedAt === null) return false;
  return record.reopenedAt === null || record.reopenedAt < record.submittedAt;
}

export function computeStatus(lookup: Lookup, findings: ReadonlyArray<Finding>): WorkbookStatus {
  const settings = lookup.workbook.settings;
  const byUnit = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.unitId === undefined) continue;
    const list = byUnit.get(finding.unitId) ?? [];
    list.push(finding);
    byUnit.set(finding.unitId, list);
  }
  const units: UnitStatus[] = [];
  for (const unit of lookup.unitsById.values()) {
    const sheet = lookup.sheet(unit.id);
    const own = (byUnit.get(unit.id) ?? []).slice().sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const child = lookup.children.get(unit.id);
    if (child !== undefined) {
      units.push(childUnitStatus(lookup, unit, child, own, unit.deadline ?? settings?.deadline ?? null));
      continue;
    }
    const rollup = shardRollup(lookup, unit.id);
    const errors = own.filter((f) => f.severity === 'error').length;
    const warnings = own.length - errors;
    const { sections, indicators } = assignmentsOf(lookup, unit.id);
    const requiredTexts = sections.filter((id) => lookup.sectionsById.get(id)?.textRequired !== false);
    const missing = sheet === undefined ? [] : missingParts(lookup, sheet);
    const missingFigures = missing.filter((m) => m.kind === 'figure').length;
    const missingTexts = missing.filter((m) => m.kind === 'text').length;
    const complete = sheet !== undefined && missing.length === 0 && errors === 0;
    const submitted = isSubmitted(unit);
    const deadline = unit.deadline ?? settings?.deadline ?? null;
    units.push({
      unitId: unit.id,
      name: unit.name,
      tab: unit.tab,
      group: unit.group,
      emails: unit.emails ?? [],
      tasks: countTasks(sheet?.tasks ?? []),
      figures: { filled: indicators.length - (sheet === undefined ? indicators.length : missingFigures), required: indicators.length },
      texts: { filled: requiredTexts.length - (sheet === undefined ? requiredTexts.length : missingTexts), required: requiredTexts.length },
      missing,
      errors,
      warnings,
      complete,
      submittedAt: submitted ? unit.submittedAt : null,
      submittedBy: submitted ? unit.submittedBy : null,
      deadline,
      state: sheet === undefined ? 'no_tab' : submitted ? 'submitted' : complete ? 'complete' : 'incomplete',
      timeliness: timelinessOf(submitted ? unit.submittedAt : null, deadline),
      expected: !lookup.notExpected.has(unit.id),
      changedAfterCutoff: own.filter((f) => f.code === 'FIGURE_CHANGED_AFTER_CUTOFF').length,
      findings: own,
      ...(rollup !== undefined ? { rollup } : {}),
    });
  }
  return { ...summarizeUnits(units), series: progressSeries(lookup, units) };
}

/** Overall counts over unit statuses. */
export function summarizeUnits(units: ReadonlyArray<UnitStatus>): WorkbookStatus {
  const expected = units.filter((u) => u.expected);
  return withChildCompleteness({
    units,
    expected: expected.length,
    complete: expected.filter((u) => u.complete).length,
    submitted: expected.filter((u) => u.state === 'submitted').length,
    done: expected.filter((u) => u.state === 'submitted' && u.complete).length,
    onTime: expected.filter((u) => u.state === 'submitted' && u.timeliness === 'on_time').length,
    notExpected: units.length - expected.length,
  });
}

/** Days past the unit's deadline on `today` (0 or less when not late). */
export function daysOverdue(status: Pick<UnitStatus, 'deadline'>, today: IsoDate): number {
  if (status.deadline === null) return 0;
  return dayNumber(today) - dayNumber(status.deadline);
}
