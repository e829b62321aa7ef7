/**
 * A child report seen from its parent: the child unit's figures are the child's totals taken
 * through the mapping tab (this report's code ← the child's code, for one child, a group or every
 * child; without a row, the same code), its tasks are the child's task counts, and what could not
 * be used (not read, failed, another period, an indicator the child lacks) is a finding on the
 * child unit's row that says what to do. The other children go on; the report still comes out.
 */
import type { IndicatorMapping, Task } from '../contract/tables';
import { makeFinding, type Finding, type Where } from '../findings';
import { quoteForMessage, toneKey } from '../text';
import { resolveUnitRefs, type Lookup } from '../workbook/lookup';
import { cellOf, type Located } from '../workbook/model';
import { parsePeriodKey } from '../periods/period';
import type { SourceContent, SourceReads } from './sources';
import type { ChildSummary } from './summary';

export type ChildReadState = 'ok' | 'not_read' | 'failed' | 'wrong_period';

export interface ChildUnit {
  readonly unitId: string;
  /** As typed in the units tab, and its key. */
  readonly source: string;
  readonly key: string;
  readonly state: ChildReadState;
  /** The summary read (also for another period, to show what was found); null when none. */
  readonly summary: ChildSummary | null;
  readonly readAt: string | null;
  /** This report's indicator code → the child's mapped total, for the indicators the child unit reports. */
  readonly figures: ReadonlyMap<string, number | null>;
  /** The child's task counts as tasks (done ones and the rest), so {{NV:G@CHILD}} counts as for a unit. */
  readonly tasks: ReadonlyArray<Pick<Task, 'group' | 'status'>>;
}

export interface ResolvedChildren {
  readonly children: ReadonlyMap<string, ChildUnit>;
  readonly findings: ReadonlyArray<Finding>;
}

/** The child's code this report's `code` is taken from for `unitId`: the most specific mapping row wins. */
export interface MappingChoice {
  readonly childCode: string;
  readonly row: Located<IndicatorMapping> | null;
  /** Another row as specific as the chosen one, naming another child code. */
  readonly conflict: Located<IndicatorMapping> | null;
}

export function mappingFor(lookup: Pick<Lookup, 'workbook' | 'unitsById' | 'groups'>, code: string, unitId: string): MappingChoice {
  let best: { rank: number; row: Located<IndicatorMapping> } | null = null;
  let conflict: Located<IndicatorMapping> | null = null;
  for (const row of lookup.workbook.mappings) {
    if (row.code.toUpperCase() !== code.toUpperCase()) continue;
    const rank = mappingRank(lookup, row, unitId);
    if (rank === 0) continue;
    if (best === null || rank > best.rank) {
      best = { rank, row };
      conflict = null;
    } else if (rank === best.rank && conflict === null && row.childCode.toUpperCase() !== best.row.childCode.toUpperCase()) conflict = row;
  }
  return { childCode: best?.row.childCode ?? code, row: best?.row ?? null, conflict };
}

/** 3: the row names the unit; 2: a group holding it; 1: every child (blank); 0: not for it. */
function mappingRank(lookup: Pick<Lookup, 'unitsById' | 'groups'>, row: IndicatorMapping, unitId: string): number {
  const tokens = row.appliesTo ?? [];
  if (tokens.length === 0) return 1;
  let rank = 0;
  for (const token of tokens) {
    if (token.toUpperCase() === unitId) return 3;
    if ((lookup.groups.get(toneKey(token)) ?? []).includes(unitId)) rank = 2;
  }
  return rank;
}

/** The child's total for a code, matching codes without regard to case as the rest of the core does. */
function childTotal(summary: ChildSummary, code: string): { found: boolean; value: number | null } {
  if (Object.prototype.hasOwnProperty.call(summary.totals, code)) return { found: true, value: summary.totals[code] ?? null };
  const upper = code.toUpperCase();
  for (const [key, value] of Object.entries(summary.totals)) if (key.toUpperCase() === upper) return { found: true, value };
  return { found: false, value: null };
}

/** The child's task counts as task records, done ones first. */
export function tasksOfSummary(summary: ChildSummary | null): Array<Pick<Task, 'group' | 'status'>> {
  if (summary === null) return [];
  const tasks: Array<Pick<Task, 'group' | 'status'>> = [];
  for (const [group, count] of Object.entries(summary.tasks)) {
    for (let i = 0; i < count.total; i += 1) tasks.push({ group, status: i < count.done ? 'done' : 'not_started' });
  }
  return tasks;
}

function contentState(content: SourceContent | undefined, parentPeriod: string | null): ChildReadState {
  if (content === undefined || content.kind === 'shard') return 'not_read';
  if (content.kind === 'failed') return 'failed';
  const childPeriod = content.summary.periodKey;
  return parentPeriod !== null && childPeriod !== null && childPeriod !== parentPeriod ? 'wrong_period' : 'ok';
}

/** Every child unit of the workbook with what was read for it, and the findings about them. */
export function resolveChildren(lookup: Lookup, reads: SourceReads): ResolvedChildren {
  const { workbook } = lookup;
  const { period } = lookup;
  const children = new Map<string, ChildUnit>();
  const findings: Finding[] = [];
  const conflicts = new Set<Located<IndicatorMapping>>();
  for (const unit of lookup.unitsById.values()) {
    const origin = workbook.origins.get(unit.id);
    if (origin?.kind !== 'child') continue;
    const where: Where = { tab: unit.at.tab, cell: cellOf(unit.at, 'source'), unitId: unit.id };
    const content = reads.get(origin.key);
    const state = contentState(content, period?.key ?? null);
    const shownSource = quoteForMessage(origin.source, 80);
    const summary = content?.kind === 'child' ? content.summary : null;
    if (state === 'not_read') findings.push(makeFinding('SOURCE_NOT_READ', where, { unit: unit.name, source: shownSource }));
    if (content?.kind === 'failed') {
      findings.push(makeFinding('SOURCE_READ_FAILED', where, { unit: unit.name, source: shownSource, detail: content.failure.detail }));
    }
    if (state === 'wrong_period' && summary !== null) {
      const childPeriod = summary.periodKey === null ? '' : (parsePeriodKey(summary.periodKey)?.name ?? summary.periodKey);
      findings.push(makeFinding('CHILD_WRONG_PERIOD', where, { unit: unit.name, childPeriod, period: period?.name ?? '' }));
    }
    if (state === 'ok' && summary !== null && summary.periodKey === null && period !== null) {
      findings.push(makeFinding('CHILD_PERIOD_UNKNOWN', where, { unit: unit.name, period: period.name }));
    }
    if (state === 'ok' && summary !== null && summary.errors > 0) {
      const first = summary.findings.find((f) => f.severity === 'error');
      findings.push(makeFinding('CHILD_HAS_ERRORS', where, { unit: unit.name, errors: String(summary.errors), first: quoteForMessage(first?.message ?? '', 200) }));
    }
    const figures = new Map<string, number | null>();
    for (const [code, reporters] of lookup.reportersOf) {
      if (!reporters.includes(unit.id)) continue;
      const choice = mappingFor(lookup, code, unit.id);
      if (choice.conflict !== null && !conflicts.has(choice.conflict) && choice.row !== null) {
        conflicts.add(choice.conflict);
        findings.push(
          makeFinding('MAPPING_CONFLICT', { tab: choice.conflict.at.tab, cell: cellOf(choice.conflict.at, 'childCode') }, {
            code,
            unit: unit.name,
            first: `'${choice.row.at.tab}'!${cellOf(choice.row.at, 'childCode')}`,
          }),
        );
      }
      if (state !== 'ok' || summary === null) {
        figures.set(code, null);
        continue;
      }
      const total = childTotal(summary, choice.childCode);
      figures.set(code, total.value);
      if (!total.found) findings.push(makeFinding('CHILD_INDICATOR_MISSING', where, { unit: unit.name, code, childCode: choice.childCode }));
      else if (total.value !== null && total.value < 0) {
        // Only a hand-edited cache gets here: a child's own check refuses negative figures.
        findings.push(makeFinding('NEGATIVE_NUMBER', where, { label: `${code} của ${unit.name}`, value: String(total.value) }));
      }
      else if (total.value === null) findings.push(makeFinding('CHILD_FIGURE_UNAVAILABLE', where, { unit: unit.name, code, childCode: choice.childCode }));
    }
    children.set(unit.id, {
      unitId: unit.id,
      source: origin.source,
      key: origin.key,
      state,
      summary,
      readAt: content?.kind === 'child' || content?.kind === 'failed' ? (content.readAt ?? null) : null,
      figures,
      tasks: state === 'ok' ? tasksOfSummary(summary) : [],
    });
  }
  findings.push(...mappingRowFindings(lookup, children));
  return { children, findings };
}

/** Mapping rows that name a code this report lacks, or units that are neither children nor groups of children. */
function mappingRowFindings(lookup: Lookup, children: ReadonlyMap<string, ChildUnit>): Finding[] {
  const findings: Finding[] = [];
  for (const row of lookup.workbook.mappings) {
    const where: Where = { tab: row.at.tab, cell: cellOf(row.at, 'code') };
    if (!lookup.indicatorsByCode.has(row.code.toUpperCase()) && !lookup.indicatorsByCode.has(row.code)) {
      findings.push(makeFinding('UNKNOWN_INDICATOR', where, { value: quoteForMessage(row.code) }));
    }
    const appliesWhere: Where = { tab: row.at.tab, cell: cellOf(row.at, 'appliesTo') };
    for (const token of row.appliesTo ?? []) {
      const { ids, unknown } = resolveUnitRefs([token], lookup.unitsById, lookup.groups);
      if (unknown.length > 0) findings.push(makeFinding('UNKNOWN_UNIT', appliesWhere, { label: 'Áp dụng cho', value: quoteForMessage(token) }));
      else if (!ids.some((id) => children.has(id))) findings.push(makeFinding('MAPPING_NOT_CHILD', appliesWhere, { value: quoteForMessage(token) }));
    }
  }
  return findings;
}

/** The lookup with the child units' figures and tasks in it, and the findings about them. */
export function withChildren(lookup: Lookup, reads: SourceReads): { lookup: Lookup; findings: ReadonlyArray<Finding> } {
  const hasChildren = [...lookup.workbook.origins.values()].some((o) => o.kind === 'child');
  if (!hasChildren) return { lookup, findings: [] };
  const resolved = resolveChildren(lookup, reads);
  const figures = new Map(lookup.figures);
  for (const child of resolved.children.values()) figures.set(child.unitId, child.figures);
  return { lookup: { ...lookup, figures, children: resolved.children }, findings: resolved.findings };
}
