/**
 * Evaluates the rules between indicators ("DT_GQ + DT_DANG = DT_NHAN") once per workbook, for
 * every unit that reports all of a rule's indicators and, when the indicators have different
 * reporters, for the total over all units. Each violation names every cell it is about, so that
 * validation can point at all of them and the report compiler can mark the figures it used from
 * them. Pure arithmetic over the lookup.
 */
import { parseA1 } from './cells';
import type { Rule } from './contract/tables';
import { aggregateFigure, compare, isExact, parseRuleExpression, sideValue, type RuleExpression } from './figures';
import { formatNumber, NUMBER_MAX } from './format';
import { makeFinding, type Finding, type FindingCell, type Severity, type Where } from './findings';
import type { Lookup } from './workbook/lookup';
import { cellOf, type Located } from './workbook/model';

/** The most cells one finding lists; an across-units total over hundreds of units stays readable. */
export const FINDING_CELLS_MAX = 50;

export interface RuleViolation {
  readonly rule: Located<Rule>;
  readonly expression: RuleExpression;
  readonly severity: Severity;
  /** The unit whose figures break the rule, or null for the total over all reporting units. */
  readonly unitId: string | null;
  readonly left: number;
  readonly right: number;
  /** Where the finding points: the unit's topmost term cell, or the rule's own cell; with every cell. */
  readonly where: Where;
  /** Every cell of the rule's terms (capped at FINDING_CELLS_MAX), in sheet order. */
  readonly cells: ReadonlyArray<FindingCell>;
  /** "DT_GQ: 'Xã A'!D14 = 14; …", in the order the expression names its terms. */
  readonly terms: string;
}

export interface RuleEvaluation {
  readonly violations: ReadonlyArray<RuleViolation>;
  /** Rules that cannot be read or computed: syntax, unknown codes, sums too large. */
  readonly findings: ReadonlyArray<Finding>;
}

const number = (value: number): string => formatNumber(value, { zeroPad: false }, 6);

/** Sheet order (tab order, then row, then column): the same cells in any term order give the same list. */
function inSheetOrder(cells: ReadonlyArray<FindingCell>, tabOrder: ReadonlyArray<string>): FindingCell[] {
  const key = (c: FindingCell): number[] => {
    const at = parseA1(c.cell);
    return [tabOrder.indexOf(c.tab), at?.row ?? 0, at?.col ?? 0];
  };
  return [...cells].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return (ka[0] ?? 0) - (kb[0] ?? 0) || (ka[1] ?? 0) - (kb[1] ?? 0) || (ka[2] ?? 0) - (kb[2] ?? 0);
  });
}

/** The value cell of each unit's figure for each code, as a finding names them. */
function figureCells(lookup: Lookup, pairs: ReadonlyArray<readonly [string, string]>): FindingCell[] {
  const cells: FindingCell[] = [];
  for (const [unitId, code] of pairs) {
    const sheet = lookup.sheet(unitId);
    const figure = sheet?.figures.find((f) => f.code === code);
    const value = lookup.figures.get(unitId)?.get(code);
    if (sheet && figure && value !== null && value !== undefined) {
      cells.push({ tab: sheet.tab, cell: cellOf(figure.at, 'value'), label: code, value: number(value) });
    }
  }
  return cells;
}

function evaluateRule(lookup: Lookup, rule: Located<Rule>, out: { violations: RuleViolation[]; findings: Finding[] }): void {
  const ruleWhere: Where = { tab: rule.at.tab, cell: cellOf(rule.at, 'expression') };
  const expression = parseRuleExpression(rule.expression);
  if (expression === null) {
    out.findings.push(makeFinding('RULE_SYNTAX', ruleWhere, { expression: rule.expression }));
    return;
  }
  const codes = [...new Set([...expression.left.codes, ...expression.right.codes])];
  const unknown = codes.filter((c) => !lookup.indicatorsByCode.has(c));
  for (const value of unknown) out.findings.push(makeFinding('UNKNOWN_INDICATOR', ruleWhere, { value }));
  if (unknown.length > 0) return;

  const tabOrder = lookup.workbook.tabNames;
  const max = formatNumber(NUMBER_MAX, { zeroPad: false });
  const reportersOf = (code: string): ReadonlyArray<string> => lookup.reportersOf.get(code) ?? [];
  /** Compares the two sides; records a violation, or a finding when a side is too large to compute. */
  const check = (valueOf: (code: string) => number | null, unitId: string | null, where: Where, cells: FindingCell[], terms: () => string, what: string): void => {
    const left = sideValue(expression.left, valueOf);
    const right = sideValue(expression.right, valueOf);
    if (left === null || right === null) return;
    if (!isExact(left) || !isExact(right)) out.findings.push(makeFinding('SUM_TOO_LARGE', where, { what, max }));
    else if (!compare(left, expression.op, right)) {
      out.violations.push({ rule, expression, severity: rule.severity, unitId, left, right, where, cells, terms: terms() });
    }
  };

  for (const unitId of reportersOf(codes[0] ?? '').filter((id) => codes.every((c) => reportersOf(c).includes(id)))) {
    const values = lookup.figures.get(unitId);
    const sheet = lookup.sheet(unitId);
    if (values === undefined || sheet === undefined) continue;
    const termCells = figureCells(lookup, codes.map((code) => [unitId, code] as const));
    const cells = inSheetOrder(termCells, tabOrder);
    const where: Where = { tab: sheet.tab, cell: cells[0]?.cell ?? null, unitId, cells };
    const terms = (): string => termCells.map((c) => `${c.label}: '${c.tab}'!${c.cell} = ${c.value}`).join('; ');
    check((code) => values.get(code) ?? null, unitId, where, cells, terms, `"${rule.expression}" (${unitId})`);
  }

  // Per-unit checks imply the total when every indicator has the same reporters; else check the total.
  if (new Set(codes.map((c) => [...reportersOf(c)].sort().join(','))).size <= 1) return;
  const aggregates = new Map(codes.map((code) => [code, aggregateFigure(lookup, code)]));
  const contributing = figureCells(lookup, codes.flatMap((code) => (aggregates.get(code)?.units ?? []).map((u) => [u, code] as const)));
  const ruleCell: FindingCell = { tab: rule.at.tab, cell: cellOf(rule.at, 'expression'), label: rule.id, value: rule.expression };
  const cells = [ruleCell, ...inSheetOrder(contributing, tabOrder)].slice(0, FINDING_CELLS_MAX);
  const where: Where = { ...ruleWhere, cells };
  const tooLarge = codes.filter((code) => aggregates.get(code)?.tooLarge === true);
  if (tooLarge.length > 0) {
    out.findings.push(makeFinding('SUM_TOO_LARGE', where, { what: `tổng ${tooLarge.join(', ')}`, max }));
    return;
  }
  const terms = (): string =>
    codes
      .map((code) => {
        const aggregate = aggregates.get(code);
        return aggregate === undefined || aggregate.value === null ? '' : `${code} = ${number(aggregate.value)} (tổng của ${aggregate.units.length} đơn vị)`;
      })
      .filter((t) => t !== '')
      .join('; ');
  check((code) => aggregates.get(code)?.value ?? null, null, where, cells, terms, `"${rule.expression}" (tổng các đơn vị)`);
}

const cache = new WeakMap<Lookup, RuleEvaluation>();

/** Every rule of the workbook, evaluated once per lookup (validation and the compiler share it). */
export function evaluateRules(lookup: Lookup): RuleEvaluation {
  let evaluation = cache.get(lookup);
  if (evaluation === undefined) {
    const out = { violations: [] as RuleViolation[], findings: [] as Finding[] };
    for (const rule of lookup.workbook.rules) evaluateRule(lookup, rule, out);
    evaluation = out;
    cache.set(lookup, evaluation);
  }
  return evaluation;
}

/** The RULE_VIOLATED finding of one violation, naming every term's cell and value. */
export function violationFinding(lookup: Lookup, v: RuleViolation): Finding {
  const scope = v.unitId === null ? 'tổng các đơn vị' : `của ${lookup.unitsById.get(v.unitId)?.name ?? v.unitId}`;
  return makeFinding(
    'RULE_VIOLATED',
    v.where,
    { expression: v.rule.expression, left: number(v.left), right: number(v.right), scope, description: v.rule.description ?? '', terms: v.terms },
    v.severity,
  );
}
