/**
 * Turns one clerk-written text (a narrative paragraph, a footnote, the summary) into runs:
 * *italic* and **bold** marks become styled runs, placeholders become computed figures, ratios,
 * percentages, task counts and citations, and footnote anchors take the next number. Anything
 * that cannot be computed becomes a finding on the text's cell and a visible "[?]" in the draft.
 */
import { formatCitation } from '../documents';
import { aggregateFigure, countTasks } from '../figures';
import { checkRatio, formatNumber, formatPercent, formatRatio, RatioError } from '../format';
import { makeFinding, type Finding, type Where } from '../findings';
import { toneKey } from '../text';
import type { Lookup } from '../workbook/lookup';
import { cellOf } from '../workbook/model';
import type { Inline, TextRun } from './model';
import { segmentText, type Placeholder, type Term } from './placeholders';

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
}

/** Shared across one compilation: footnote numbering and collected findings. */
export interface ExpansionState {
  readonly lookup: Lookup;
  readonly numbers: NumberSettings;
  readonly findings: Finding[];
  readonly footnotes: Array<{ number: number; runs: Inline[]; source: { unitId: string; footnoteId: string } }>;
  /** "UNIT/ID" → number, so a footnote is numbered once. */
  readonly footnoteNumbers: Map<string, number>;
}

export const UNAVAILABLE = '[?]';

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

/** Merges neighbouring runs of the same style, so renderers and tests see whole phrases. */
export function mergeRuns(runs: ReadonlyArray<Inline>): Inline[] {
  const merged: Inline[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (r.type === 'text' && last?.type === 'text' && !!last.bold === !!r.bold && !!last.italic === !!r.italic && !!last.underline === !!r.underline) {
      merged[merged.length - 1] = { ...last, text: last.text + r.text };
    } else if (!(r.type === 'text' && r.text === '')) merged.push(r);
  }
  return merged;
}

function termValue(term: Term, ctx: TextContext, state: ExpansionState, token: string): number | null {
  const { lookup } = state;
  if (term.type === 'unitCount') {
    const units = lookup.groups.get(toneKey(term.group));
    return units === undefined ? null : units.length;
  }
  const reporters = lookup.reportersOf.get(term.code) ?? [];
  let units: ReadonlyArray<string> | undefined;
  if (term.scope !== null) {
    units = lookup.unitsById.has(term.scope) ? [term.scope] : (lookup.groups.get(toneKey(term.scope)) ?? []);
  } else if (reporters.includes(ctx.unitId)) {
    units = [ctx.unitId];
  }
  if (!lookup.indicatorsByCode.has(term.code)) return null;
  const aggregate = aggregateFigure(lookup, term.code, units);
  if (aggregate.value === null) {
    const { unitId: _writer, ...where } = ctx.where;
    state.findings.push(makeFinding('FIGURE_UNAVAILABLE', where, { code: `${term.code} (${token})` }));
  }
  return aggregate.value;
}

function formatFigure(code: string | null, value: number, state: ExpansionState): string {
  const kind = code === null ? 'integer' : (state.lookup.indicatorsByCode.get(code)?.numberKind ?? 'integer');
  return kind === 'integer' && Number.isInteger(value)
    ? formatNumber(value, { zeroPad: state.numbers.zeroPad })
    : formatNumber(value, { zeroPad: false }, 2);
}

function tasksOf(state: ExpansionState, unitIds: ReadonlyArray<string>, group: string) {
  const own = unitIds.flatMap((id) => state.lookup.sheet(id)?.tasks ?? []);
  if (own.some((t) => t.group === group)) return countTasks(own, group);
  return countTasks([...state.lookup.workbook.unitSheets.values()].flatMap((s) => s.tasks), group);
}

function expandPlaceholder(p: Placeholder, token: string, ctx: TextContext, state: ExpansionState, style: Style): Inline[] {
  const { lookup } = state;
  const unavailable = [run(UNAVAILABLE, style)];
  switch (p.kind) {
    case 'figure': {
      const value = termValue(p.term, ctx, state, token);
      return value === null ? unavailable : [run(formatFigure(p.term.code, value, state), style)];
    }
    case 'ratio':
    case 'percent': {
      const part = termValue(p.part, ctx, state, token);
      const whole = termValue(p.whole, ctx, state, token);
      if (part === null || whole === null) return unavailable;
      try {
        checkRatio(part, whole, p.kind === 'percent');
      } catch (error) {
        if (!(error instanceof RatioError)) throw error;
        state.findings.push(makeFinding('RATIO_INVALID', ctx.where, { token, reason: error.message }));
        return unavailable;
      }
      if (p.kind === 'percent') return [run(formatPercent(part, whole, state.numbers.percentDecimals), style)];
      const partCode = p.part.type === 'indicator' ? p.part.code : null;
      const wholeCode = p.whole.type === 'indicator' ? p.whole.code : null;
      return [run(`${formatFigure(partCode, part, state)}/${formatFigure(wholeCode, whole, state)}`, style)];
    }
    case 'tasks': {
      const count = tasksOf(state, [p.scope ?? ctx.unitId], p.group);
      if (count.total === 0) return unavailable;
      return [run(formatRatio(count.done, count.total, { zeroPad: state.numbers.zeroPad }), style)];
    }
    case 'document': {
      const doc = lookup.documentsById.get(p.id);
      if (doc === undefined) return unavailable;
      return [run(formatCitation(doc, p.style, p.dateStyle ?? (ctx.inFootnote ? 'short' : 'long')), style)];
    }
    case 'footnote': {
      if (ctx.inFootnote) return [];
      const owner = p.unit ?? ctx.unitId;
      const key = `${owner}/${p.id}`;
      if (state.footnoteNumbers.has(key)) return [];
      const footnote = lookup.sheet(owner)?.footnotes.find((f) => f.id === p.id);
      if (footnote === undefined) return unavailable;
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
      const texts = unitParagraphTexts(lookup, p.unit, ctx.sectionId);
      if (texts.length === 0) {
        state.findings.push(makeFinding('UNIT_TEXT_NOT_FOUND', ctx.where, { unit: p.unit, section: ctx.sectionId ?? '' }));
        return unavailable;
      }
      return texts.flatMap((t, i) => [
        ...(i > 0 ? [run(' ', style)] : []),
        ...expandText(t.text, { ...ctx, unitId: p.unit, where: t.where }, state),
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
      else if (segment.type === 'invalid') runs.push(run(UNAVAILABLE, span.style));
      else runs.push(...expandPlaceholder(segment.placeholder, segment.token, ctx, state, span.style));
    }
  }
  return mergeRuns(runs);
}
