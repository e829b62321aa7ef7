/**
 * Completion ratios and figures: tasks done / assigned per unit ("34/37"), indicator values
 * summed (or maxed …) across the units that report them ("09/09 xã"), and the consistency rules
 * between indicators ("DON_DA_GQ + DON_DANG_GQ = DON_TIEP_NHAN"). Pure arithmetic over the lookup.
 */
import type { Aggregation, Task } from './contract/tables';
import { NUMBER_MAX } from './format';
import type { Lookup } from './workbook/lookup';

export interface TaskCount {
  readonly done: number;
  readonly total: number;
}

/**
 * The tasks {{NV:GROUP}} counts: those of the scoped units when "@…" is given; else the writer's
 * own tasks of that group, or every unit's when the writer has none (the secretariat's synthesis).
 */
export function taskPool(
  lookup: Lookup,
  scoped: ReadonlyArray<string> | null,
  writer: string | null,
  group: string,
): ReadonlyArray<Pick<Task, 'status' | 'group'>> {
  // A child report's tasks are its task counts (roll-up), counted like a unit's own.
  const tasksOf = (id: string) => lookup.sheet(id)?.tasks ?? lookup.children.get(id)?.tasks ?? [];
  if (scoped !== null) return scoped.flatMap(tasksOf);
  const own = writer === null ? [] : tasksOf(writer);
  if (own.some((t) => t.group === group)) return own;
  return [...[...lookup.workbook.unitSheets.values()].flatMap((s) => s.tasks), ...[...lookup.children.values()].flatMap((c) => c.tasks)];
}

/** Tasks done / assigned, optionally for one task group. */
export function countTasks(tasks: ReadonlyArray<Pick<Task, 'status' | 'group'>>, group?: string): TaskCount {
  let done = 0;
  let total = 0;
  for (const task of tasks) {
    if (group !== undefined && task.group !== group) continue;
    total += 1;
    if (task.status === 'done') done += 1;
  }
  return { done, total };
}

export interface Aggregate {
  /** The combined value, or null when some reporting unit has no usable value or the sum is too large. */
  readonly value: number | null;
  /** Units whose value is missing or unreadable. */
  readonly missing: ReadonlyArray<string>;
  /** Units whose values were combined. */
  readonly units: ReadonlyArray<string>;
  /** The sum went past NUMBER_MAX, where it can no longer be computed exactly. */
  readonly tooLarge: boolean;
}

/** True when a computed value can be trusted to the unit: finite and within NUMBER_MAX. */
export function isExact(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= NUMBER_MAX;
}

export function combine(values: ReadonlyArray<number>, how: Aggregation): number | null {
  if (values.length === 0) return null;
  switch (how) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'max':
      return Math.max(...values);
    case 'min':
      return Math.min(...values);
    case 'none':
      return values.length === 1 ? (values[0] ?? null) : null;
  }
}

/** Adds up integers exactly and decimals without binary noise (0.1 + 0.2 → 0.3). */
function tidy(value: number): number {
  return Number(value.toFixed(10));
}

/**
 * The value of an indicator over some units (default: every unit that reports it), combined the
 * way the indicator declares.
 */
export function aggregateFigure(lookup: Lookup, code: string, unitIds?: ReadonlyArray<string>): Aggregate {
  const indicator = lookup.indicatorsByCode.get(code);
  const reporters = lookup.reportersOf.get(code) ?? [];
  const units = unitIds === undefined ? reporters : unitIds.filter((id) => reporters.includes(id));
  const values: number[] = [];
  const missing: string[] = [];
  for (const unitId of units) {
    const value = lookup.figures.get(unitId)?.get(code);
    if (value === null || value === undefined) missing.push(unitId);
    else values.push(value);
  }
  const combined = combine(values, indicator?.aggregation ?? 'sum');
  const tooLarge = combined !== null && !isExact(combined);
  return {
    value: missing.length > 0 || combined === null || tooLarge ? null : tidy(combined),
    missing,
    units,
    tooLarge,
  };
}

export type Comparison = '=' | '<=' | '>=' | '<' | '>';

export interface RuleSide {
  readonly codes: ReadonlyArray<string>;
  readonly constant: number;
}

export interface RuleExpression {
  readonly left: RuleSide;
  readonly op: Comparison;
  readonly right: RuleSide;
}

function parseSide(text: string): RuleSide | null {
  const codes: string[] = [];
  let constant = 0;
  for (const part of text.split('+').map((p) => p.trim())) {
    if (/^\d{1,15}(?:[.,]\d{1,6})?$/.test(part)) constant += Number(part.replace(',', '.'));
    else if (/^[A-Za-z0-9_.-]+$/.test(part)) codes.push(part.toUpperCase());
    else return null;
  }
  return codes.length === 0 ? null : { codes, constant };
}

/** "A + B = C", "A <= C", "A ≤ C": sums of indicator codes (and constants) compared. */
export function parseRuleExpression(text: string): RuleExpression | null {
  const normal = text.replace(/≤/g, '<=').replace(/≥/g, '>=').replace(/==/g, '=');
  const match = /^(.+?)(<=|>=|=|<|>)(.+)$/.exec(normal);
  if (!match) return null;
  const left = parseSide(match[1] ?? '');
  const right = parseSide(match[3] ?? '');
  if (left === null || right === null) return null;
  return { left, op: match[2] as Comparison, right };
}

export function compare(left: number, op: Comparison, right: number): boolean {
  const l = tidy(left);
  const r = tidy(right);
  switch (op) {
    case '=':
      return l === r;
    case '<=':
      return l <= r;
    case '>=':
      return l >= r;
    case '<':
      return l < r;
    case '>':
      return l > r;
  }
}

/** The sum of one side; null when a term has no value. Check the result with `isExact`. */
export function sideValue(side: RuleSide, valueOf: (code: string) => number | null): number | null {
  let total = side.constant;
  for (const code of side.codes) {
    const value = valueOf(code);
    if (value === null) return null;
    total += value;
  }
  return total;
}
