/**
 * Turns one clerk-written text (a narrative paragraph, a footnote, the summary) into runs:
 * *italic* and **bold** marks become styled runs, placeholders become computed figures, ratios,
 * percentages, task counts and citations, and footnote anchors take the next number. Anything
 * that cannot be computed becomes a finding on the text's cell and a visible "[?]" in the draft;
 * a figure taken from figures that break an error-level rule is printed followed by "[!]", with a
 * finding on the text's cell. Both marks carry a DraftMark, so what the draft says can be counted.
 */
import { formatCitation } from '../documents';
import { aggregateFigure, countTasks, taskPool } from '../figures';
import { checkRatio, formatNumber, formatPercent, formatRatio, NUMBER_MAX, RatioError } from '../format';
import { makeFinding, type Finding, type Where } from '../findings';
import { describeChange } from '../periods/change';
import { comparedPeriod } from '../periods/history';
import { periodNameOf } from '../periods/of-settings';
import type { RuleViolation } from '../rules';
import { toneKey } from '../text';
import { unitsInScope, type Lookup } from '../workbook/lookup';
import { cellOf } from '../workbook/model';
import { evaluateExpression, type IndicatorTerm, type ParsedExpression } from './expression';
import type { DraftMark, Inline, TextRun } from './model';
import { currentTermUnits, periodTermValues } from './period-terms';
import { invalidPlaceholderFinding, segmentText, type Placeholder, type Term } from './placeholders';

export interface NumberSettings {
  readonly zeroPad: boolean;
  readonly percentDecimals: number;
}

/** Who wrote the text and where it sits, which decides what "{{SL:X}}" means and where errors point. */
export interface TextContext {
  readonly unitId: string;
  readonly sectionId: string | null;
  readonly inFootnote: boolean;
  readonly where: Where;
  /** Units whose text is being expanded around this one ({{DV:…}} inside {{DV:…}}), outermost first. */
  readonly including?: ReadonlyArray<string>;
}

/** Shared across one compilation: footnote numbering and collected findings. */
export interface ExpansionState {
  readonly lookup: Lookup;
  readonly numbers: NumberSettings;
  readonly findings: Finding[];
  readonly footnotes: Array<{ number: number; runs: Inline[]; source: { unitId: string; footnoteId: string } }>;
  /** "UNIT/ID" → number, so a footnote is numbered once. */
  readonly footnoteNumbers: Map<string, number>;
  /** Error-level rule violations by "UNIT|CODE" (one unit's figure) and "*|CODE" (the total over units). */
  readonly suspects?: ReadonlyMap<string, RuleViolation>;
}

export const UNAVAILABLE = '[?]';
/** Written right after a figure taken from figures that break an error-level rule. */
export const FAILS_RULE = '[!]';
/** How deep {{DV:…}} may nest: enough for a synthesis of syntheses, never an explosion of copies. */
export const MAX_INCLUSION_DEPTH = 3;

/** The error-level violations a compilation marks, keyed for lookup by unit and code. */
export function suspectsOf(violations: ReadonlyArray<RuleViolation>): Map<string, RuleViolation> {
  const suspects = new Map<string, RuleViolation>();
  for (const v of violations) {
    if (v.severity !== 'error') continue;
    for (const code of new Set([...v.expression.left.codes, ...v.expression.right.codes])) {
      const key = `${v.unitId ?? '*'}|${code}`;
      if (!suspects.has(key)) suspects.set(key, v);
    }
  }
  return suspects;
}

interface Style {
  readonly bold: boolean;
  readonly italic: boolean;
}

/** Splits on ** and * outside placeholders; an unmatched mark stays literal. */
function emphasisSpans(text: string): Array<{ text: string; style: Style }> {
  const tokens = text.split(/(\{\{[^{}]*\}\}|\*\*|\*)/);
  const count = (mark: string) => tokens.filter((t) => t === mark).length;
  const boldPairs = count('**') % 2 === 0;
  const italicPairs = count('*') % 2 === 0;
  const spans: Array<{ text: string; style: Style }> = [];
  let bold = false;
  let italic = false;
  for (const token of tokens) {
    if (token === '') continue;
    if (token === '**' && boldPairs) bold = !bold;
    else if (token === '*' && italicPairs) italic = !italic;
    else spans.push({ text: token, style: { bold, italic } });
  }
  return spans;
}

function run(text: string, style: Style): TextRun {
  return {
    type: 'text',
    text,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
  };
}

/** Merges neighbouring runs of the same style, so renderers and tests see whole phrases; marks stay apart. */
export function mergeRuns(runs: ReadonlyArray<Inline>): Inline[] {
  const merged: Inline[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (
      r.type === 'text' &&
      last?.type === 'text' &&
      r.mark === undefined &&
      last.mark === undefined &&
      !!last.bold === !!r.bold &&
      !!last.italic === !!r.italic &&
      !!last.underline === !!r.underline
    ) {
      merged[merged.length - 1] = { ...last, text: last.text + r.text };
    } else if (!(r.type === 'text' && r.text === '')) merged.push(r);
  }
  return merged;
}

interface TermValue {
  readonly value: number | null;
  /** An error-level rule broken by the figures this value was computed from. */
  readonly violation: RuleViolation | null;
}

function termValue(term: Term, ctx: TextContext, state: ExpansionState, token: string): TermValue {
  const { lookup } = state;
  if (term.type === 'unitCount') {
    const units = lookup.groups.get(toneKey(term.group));
    return { value: units === undefined ? null : units.length, violation: null };
  }
  const units = currentTermUnits(lookup, term, ctx.unitId);
  if (!lookup.indicatorsByCode.has(term.code)) return { value: null, violation: null };
  const aggregate = aggregateFigure(lookup, term.code, units);
  const { unitId: _writer, ...where } = ctx.where;
  if (aggregate.tooLarge) {
    state.findings.push(makeFinding('SUM_TOO_LARGE', where, { what: `"${token}" (tổng ${term.code})`, max: formatNumber(NUMBER_MAX, { zeroPad: false }) }));
  } else if (aggregate.value === null) {
    state.findings.push(makeFinding('FIGURE_UNAVAILABLE', where, { code: `${term.code} (${token})` }));
  }
  const suspects = state.suspects;
  let violation: RuleViolation | null = null;
  if (suspects !== undefined) {
    for (const unitId of aggregate.units) violation ??= suspects.get(`${unitId}|${term.code}`) ?? null;
    if (aggregate.units.length > 1) violation ??= suspects.get(`*|${term.code}`) ?? null;
  }
  return { value: aggregate.value, violation };
}

function formatFigure(code: string | null, value: number, state: ExpansionState): string {
  const kind = code === null ? 'integer' : (state.lookup.indicatorsByCode.get(code)?.numberKind ?? 'integer');
  return kind === 'integer' && Number.isInteger(value)
    ? formatNumber(value, { zeroPad: state.numbers.zeroPad })
    : formatNumber(value, { zeroPad: false }, 2);
}

const asTerm = (term: IndicatorTerm): Term => ({ type: 'indicator', code: term.code, scope: term.scope });

/** Each term's value in this period, with the first rule its figures break (for "[!]"). */
function currentValues(terms: ReadonlyArray<IndicatorTerm>, ctx: TextContext, state: ExpansionState, token: string): { values: Map<IndicatorTerm, number | null>; violation: RuleViolation | null; code: string } {
  const values = new Map<IndicatorTerm, number | null>();
  let violation: RuleViolation | null = null;
  let code = '';
  for (const term of terms) {
    const result = termValue(asTerm(term), ctx, state, token);
    values.set(term, result.value);
    if (violation === null && result.violation !== null) {
      violation = result.violation;
      code = term.code;
    }
  }
  return { values, violation, code };
}

type Computed = { readonly ok: true; readonly value: number; readonly text: string } | { readonly ok: false };

/**
 * An expression computed from its terms' values and printed: a single code as that indicator
 * prints, whole-number arithmetic as a count, anything with division or decimals with two
 * decimals. A missing value has already raised its finding; division by zero and overflow raise one here.
 */
function compute(parsed: ParsedExpression, values: ReadonlyMap<IndicatorTerm, number | null>, ctx: TextContext, state: ExpansionState, token: string): Computed {
  const evaluation = evaluateExpression(parsed.expression, (term) => values.get(term) ?? null);
  if (!evaluation.ok) {
    if (evaluation.problem.kind === 'division-by-zero') {
      state.findings.push(makeFinding('RATIO_INVALID', ctx.where, { token, reason: 'phép tính chia cho 0.' }));
    } else if (evaluation.problem.kind === 'not-finite') {
      state.findings.push(makeFinding('SUM_TOO_LARGE', ctx.where, { what: `"${token}"`, max: formatNumber(NUMBER_MAX, { zeroPad: false }) }));
    }
    return { ok: false };
  }
  const value = evaluation.value;
  if (Math.abs(value) > NUMBER_MAX) {
    state.findings.push(makeFinding('SUM_TOO_LARGE', ctx.where, { what: `"${token}"`, max: formatNumber(NUMBER_MAX, { zeroPad: false }) }));
    return { ok: false };
  }
  const single = parsed.expression.kind === 'indicator' ? parsed.expression.code : null;
  const text =
    single !== null || evaluation.count ? formatFigure(single, value, state) : formatNumber(value, { zeroPad: false }, 2);
  return { ok: true, value, text };
}

/** The measure ("đơn") a change is counted in: the terms' common one, or none when they differ. */
function commonMeasure(terms: ReadonlyArray<IndicatorTerm>, lookup: Lookup): string | null {
  const measures = new Set(terms.map((t) => lookup.indicatorsByCode.get(t.code)?.measure?.trim() ?? ''));
  const [only] = [...measures];
  return measures.size === 1 && only !== undefined && only !== '' ? only : null;
}

function markRun(text: string, style: Style, mark: DraftMark): TextRun {
  return { ...run(text, style), mark };
}

function expandPlaceholder(p: Placeholder, token: string, ctx: TextContext, state: ExpansionState, style: Style): Inline[] {
  const before = state.findings.length;
  const mark = (kind: DraftMark['kind'], reason: string): DraftMark => ({
    kind,
    tab: ctx.where.tab,
    cell: ctx.where.cell,
    token,
    reason,
  });
  /** "[?]", saying why: the finding this placeholder just raised, or that it could not be computed. */
  const unavailable = (): Inline[] => {
    const reason = state.findings[before]?.message ?? `Chưa tính được "${token}".`;
    return [markRun(UNAVAILABLE, style, mark('unavailable', reason))];
  };
  /** The figure as computed, then "[!]" when it comes from figures that break an error-level rule. */
  const checked = (text: string, violation: RuleViolation | null, code: string): Inline[] => {
    if (violation === null) return [run(text, style)];
    const first = violation.cells[0];
    const scope =
      violation.unitId === null ? 'của tổng các đơn vị' : `của ${state.lookup.unitsById.get(violation.unitId)?.name ?? violation.unitId}`;
    const finding = makeFinding('FIGURE_FAILS_RULE', ctx.where, {
      token,
      code,
      scope,
      expression: violation.rule.expression,
      where: first === undefined ? `tab ${violation.rule.at.tab}` : `'${first.tab}'!${first.cell}`,
    });
    state.findings.push(finding);
    return [run(text, style), markRun(FAILS_RULE, style, mark('failsRule', finding.message))];
  };
  return expandPlaceholderWith(p, token, ctx, state, style, unavailable, checked);
}

function expandPlaceholderWith(
  p: Placeholder,
  token: string,
  ctx: TextContext,
  state: ExpansionState,
  style: Style,
  unavailable: () => Inline[],
  checked: (text: string, violation: RuleViolation | null, code: string) => Inline[],
): Inline[] {
  const { lookup } = state;
  switch (p.kind) {
    case 'figure': {
      const { option, terms } = p.expression;
      const writer = ctx.unitId;
      let values: ReadonlyMap<IndicatorTerm, number | null>;
      let violation: RuleViolation | null = null;
      let code = '';
      if (option === null) {
        ({ values, violation, code } = currentValues(terms, ctx, state, token));
      } else {
        const current = option === 'yearToDate' ? currentValues(terms, ctx, state, token) : null;
        if (current !== null) ({ violation, code } = current);
        const earlier = periodTermValues(lookup, terms, option, writer, token, ctx.where, current === null ? null : (t) => current.values.get(t) ?? null);
        state.findings.push(...earlier.findings);
        values = earlier.values;
      }
      const result = compute(p.expression, values, ctx, state, token);
      if (!result.ok) return unavailable();
      if (result.value < 0) state.findings.push(makeFinding('EXPRESSION_NEGATIVE', ctx.where, { token, value: result.text }));
      return checked(result.text, violation, code);
    }
    case 'change': {
      const current = currentValues(p.expression.terms, ctx, state, token);
      const earlier = periodTermValues(lookup, p.expression.terms, p.compared, ctx.unitId, token, ctx.where, null);
      state.findings.push(...earlier.findings);
      const now = compute(p.expression, current.values, ctx, state, token);
      const then = compute(p.expression, earlier.values, ctx, state, token);
      if (!now.ok || !then.ok) return unavailable();
      const change = describeChange(now.value, then.value, {
        measure: commonMeasure(p.expression.terms, lookup),
        compared: p.compared,
        style: { zeroPad: state.numbers.zeroPad },
        percentDecimals: state.numbers.percentDecimals,
      });
      return change.ok ? checked(change.text, current.violation, current.code) : unavailable();
    }
    case 'period': {
      const period = lookup.period;
      const name =
        p.which === 'current'
          ? periodNameOf(lookup.workbook.settings)
          : period === null
            ? null
            : comparedPeriod(lookup.workbook, period, p.which).period.name;
      if (name === null) {
        const { unitId: _unit, ...where } = ctx.where;
        state.findings.push(makeFinding('PERIOD_NEEDED', where, { token }));
        return unavailable();
      }
      return [run(name, style)];
    }
    case 'ratio':
    case 'percent': {
      const part = termValue(p.part, ctx, state, token);
      const whole = termValue(p.whole, ctx, state, token);
      if (part.value === null || whole.value === null) return unavailable();
      try {
        checkRatio(part.value, whole.value, p.kind === 'percent');
      } catch (error) {
        if (!(error instanceof RatioError)) throw error;
        state.findings.push(makeFinding('RATIO_INVALID', ctx.where, { token, reason: error.message }));
        return unavailable();
      }
      const violation = part.violation ?? whole.violation;
      const code = part.violation !== null && p.part.type === 'indicator' ? p.part.code : p.whole.type === 'indicator' ? p.whole.code : '';
      if (p.kind === 'percent') return checked(formatPercent(part.value, whole.value, state.numbers.percentDecimals), violation, code);
      const partCode = p.part.type === 'indicator' ? p.part.code : null;
      const wholeCode = p.whole.type === 'indicator' ? p.whole.code : null;
      return checked(`${formatFigure(partCode, part.value, state)}/${formatFigure(wholeCode, whole.value, state)}`, violation, code);
    }
    case 'tasks': {
      const scoped = p.scope === null ? null : unitsInScope(lookup, p.scope);
      if (p.scope !== null && scoped === null) return unavailable();
      const count = countTasks(taskPool(lookup, scoped, ctx.unitId, p.group), p.group);
      if (count.total === 0) return unavailable();
      return [run(formatRatio(count.done, count.total, { zeroPad: state.numbers.zeroPad }), style)];
    }
    case 'document': {
      const doc = lookup.documentsById.get(p.id);
      if (doc === undefined) return unavailable();
      return [run(formatCitation(doc, p.style, p.dateStyle ?? (ctx.inFootnote ? 'short' : 'long')), style)];
    }
    case 'footnote': {
      if (ctx.inFootnote) return [];
      const owner = p.unit ?? ctx.unitId;
      const key = `${owner}/${p.id}`;
      if (state.footnoteNumbers.has(key)) return [];
      const footnote = lookup.sheet(owner)?.footnotes.find((f) => f.id === p.id);
      if (footnote === undefined) return unavailable();
      const number = state.footnoteNumbers.size + 1;
      state.footnoteNumbers.set(key, number);
      // Reserve the slot first so that numbering follows the order of anchors in the text.
      const entry = { number, runs: [] as Inline[], source: { unitId: owner, footnoteId: p.id } };
      state.footnotes.push(entry);
      const sheet = lookup.sheet(owner);
      const where: Where = {
        tab: footnote.at.tab,
        cell: cellOf(footnote.at, 'text'),
        ...(sheet ? { unitId: owner } : {}),
      };
      entry.runs = expandText(footnote.text.replace(/\s*\n+\s*/g, ' '), { unitId: owner, sectionId: ctx.sectionId, inFootnote: true, where }, state);
      return [{ type: 'footnote', number }];
    }
    case 'unitText': {
      if (ctx.inFootnote) return unavailable();
      const chain = [...(ctx.including ?? []), ctx.unitId];
      if (chain.includes(p.unit)) {
        state.findings.push(makeFinding('UNIT_TEXT_CYCLE', ctx.where, { token, chain: [...chain, p.unit].join(' → ') }));
        return unavailable();
      }
      if (chain.length > MAX_INCLUSION_DEPTH) {
        state.findings.push(makeFinding('UNIT_TEXT_CYCLE', ctx.where, { token, chain: [...chain, p.unit].join(' → ') + ', lồng quá ' + String(MAX_INCLUSION_DEPTH) + ' lớp' }));
        return unavailable();
      }
      const texts = unitParagraphTexts(lookup, p.unit, ctx.sectionId);
      if (texts.length === 0) {
        state.findings.push(makeFinding('UNIT_TEXT_NOT_FOUND', ctx.where, { unit: p.unit, section: ctx.sectionId ?? '' }));
        return unavailable();
      }
      return texts.flatMap((t, i) => [
        ...(i > 0 ? [run(' ', style)] : []),
        ...expandText(t.text, { ...ctx, unitId: p.unit, where: t.where, including: chain }, state),
      ]);
    }
  }
}

/** A unit's paragraphs for a section, each with the cell it came from. */
export function unitParagraphTexts(
  lookup: Lookup,
  unitId: string,
  sectionId: string | null,
): Array<{ text: string; where: Where }> {
  const sheet = lookup.sheet(unitId);
  if (sheet === undefined || sectionId === null) return [];
  const paragraphs: Array<{ text: string; where: Where }> = [];
  for (const narrative of sheet.narratives) {
    if (narrative.section !== sectionId || narrative.text === null) continue;
    const where: Where = {
      tab: narrative.at.tab,
      cell: cellOf(narrative.at, 'text'),
      unitId,
    };
    for (const text of narrative.text.split(/\n+/)) {
      if (text.trim() !== '') paragraphs.push({ text: text.trim(), where });
    }
  }
  return paragraphs;
}

/** Expands one paragraph's text into runs. */
export function expandText(text: string, ctx: TextContext, state: ExpansionState): Inline[] {
  const runs: Inline[] = [];
  for (const span of emphasisSpans(text)) {
    for (const segment of segmentText(span.text)) {
      if (segment.type === 'text') runs.push(run(segment.text, span.style));
      else if (segment.type === 'invalid') {
        const reason = invalidPlaceholderFinding(segment, ctx.where).message;
        runs.push(markRun(UNAVAILABLE, span.style, { kind: 'unavailable', tab: ctx.where.tab, cell: ctx.where.cell, token: segment.token, reason }));
      } else runs.push(...expandPlaceholder(segment.placeholder, segment.token, ctx, state, span.style));
    }
  }
  return mergeRuns(runs);
}
