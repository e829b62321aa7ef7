/**
 * The placeholder language clerks type inside narrative and footnote cells, so that figures,
 * ratios and citations are computed, never retyped:
 *
 *   {{SL:DON_TIEP_NHAN}}        a figure: 124 (the writing unit's own, else the sum over units)
 *   {{SL:DON_TIEP_NHAN@UBND}}   the figure of one unit, or of a group: @Xã, @Xã, thị trấn
 *   {{SL:DK - CN}}              arithmetic between indicators (./expression.ts), each term scoped
 *   {{SL:X|kỳ trước}}           the figure of the previous period, |cùng kỳ the same period last
 *                               year, |lũy kế the year to date (earlier periods from the history tab)
 *   {{SS:X}}, {{SS:X|cùng kỳ}}  the change: "tăng 12 đơn (10,71%)", "bằng cùng kỳ"
 *   {{KY}}, {{KY|trước}}, {{KY|cùng kỳ}}  the period's name, and the compared periods' names
 *   {{TL:DON_DA_GQ/DON_TIEP_NHAN}}  a ratio: 106/124; a side may be #Xã (how many units in a group)
 *   {{PT:DON_DA_GQ/DON_TIEP_NHAN}}  a percentage: 85,48%
 *   {{NV:NVTT}}                 tasks of group NVTT done / assigned: 34/37 (@UNIT optional)
 *   {{VB:QD529}}                the full citation from the registry; |ngắn for "Quyết định số 529-QĐ/HU",
 *                               |ngày for the citation without its summary
 *   {{CT:CT1}}                  anchor of footnote CT1 of the writing unit (@UNIT for another's)
 *   {{DV:BCHQS}}                the narrative of unit BCHQS for this section (in a synthesis)
 *
 * Kinds are Vietnamese initials (số liệu, so sánh, kỳ, tỷ lệ, phần trăm, nhiệm vụ, văn bản, chú
 * thích, đơn vị), case-insensitive. Parsing is pure and reports malformed tokens instead of guessing.
 */
import type { CitationStyle, DateStyle } from '../documents';
import { makeFinding, type Finding, type Where } from '../findings';
import { matchPeriodOption, PERIOD_OPTIONS, type PeriodOption } from '../periods/calendar';
import type { ComparedPeriod } from '../periods/change';
import { optionKey } from '../text';
import { MAX_EXPRESSION_LENGTH, parseExpression, type ExpressionProblem, type ParsedExpression } from './expression';

export type Term =
  | { readonly type: 'indicator'; readonly code: string; readonly scope: string | null }
  | { readonly type: 'unitCount'; readonly group: string };

/** Which period {{KY}} names: this one, the one before ("trước") or the same one last year ("cùng kỳ"). */
export type PeriodReference = 'current' | Exclude<PeriodOption, 'yearToDate'>;

export type Placeholder =
  /** {{SL:…}}: an expression over indicators (a single code is the simplest), in this period or as its option says. */
  | { readonly kind: 'figure'; readonly expression: ParsedExpression }
  /** {{SS:…}}: how the expression moved against the compared period. */
  | { readonly kind: 'change'; readonly expression: ParsedExpression; readonly compared: ComparedPeriod }
  | { readonly kind: 'period'; readonly which: PeriodReference }
  | { readonly kind: 'ratio' | 'percent'; readonly part: Term; readonly whole: Term }
  | { readonly kind: 'tasks'; readonly group: string; readonly scope: string | null }
  | {
      readonly kind: 'document';
      readonly id: string;
      readonly style: CitationStyle;
      readonly dateStyle: DateStyle | null;
    }
  | { readonly kind: 'footnote'; readonly id: string; readonly unit: string | null }
  | { readonly kind: 'unitText'; readonly unit: string };

export type Segment =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'placeholder'; readonly token: string; readonly placeholder: Placeholder }
  | {
      readonly type: 'invalid';
      readonly token: string;
      /** `option`: an option after "|" that the kind does not take; `expression`: arithmetic that does not parse. */
      readonly problem: PlaceholderProblem;
      readonly kind: string;
      /** The option as typed, or why the expression does not parse (Vietnamese). */
      readonly detail?: string;
    };

export type PlaceholderProblem = 'syntax' | 'kind' | 'option' | 'expression';
export interface PlaceholderFailure {
  readonly problem: PlaceholderProblem;
  readonly kind: string;
  readonly detail?: string;
}

const TOKEN = /\{\{([^{}]*)\}\}/g;
const CODE = /^[A-Za-z0-9_.-]+$/;

export const PLACEHOLDER_KINDS = {
  SL: 'figure',
  SS: 'change',
  KY: 'period',
  TL: 'ratio',
  PT: 'percent',
  NV: 'tasks',
  VB: 'document',
  CT: 'footnote',
  DV: 'unitText',
} as const;

function parseScoped(text: string): { code: string; scope: string | null } | null {
  const [code = '', scope, extra] = text.split('@').map((s) => s.trim());
  if (extra !== undefined || !CODE.test(code)) return null;
  if (scope === undefined) return { code: code.toUpperCase(), scope: null };
  if (scope === '') return null;
  return { code: code.toUpperCase(), scope: CODE.test(scope) ? scope.toUpperCase() : scope };
}

function parseTerm(text: string): Term | null {
  const t = text.trim();
  if (t.startsWith('#')) {
    const group = t.slice(1).trim();
    return group === '' ? null : { type: 'unitCount', group };
  }
  const scoped = parseScoped(t);
  return scoped === null ? null : { type: 'indicator', code: scoped.code, scope: scoped.scope };
}

function parseDocumentOptions(options: string[]): { style: CitationStyle; dateStyle: DateStyle | null } | null {
  let style: CitationStyle = 'full';
  let dateStyle: DateStyle | null = null;
  for (const raw of options) {
    const key = optionKey(raw);
    if (key === 'ngan') style = 'short';
    else if (key === 'ngay') style = 'dated';
    else if (key === 'day du' || key === 'du') style = 'full';
    else if (key === 'ngay ngan' || key === 'dd/mm') dateStyle = 'short';
    else if (key === 'ngay dai' || key === 'chu') dateStyle = 'long';
    else return null;
  }
  return { style, dateStyle };
}

/** The options each kind takes after "|", as the findings list them. */
export const PLACEHOLDER_OPTIONS = {
  SL: PERIOD_OPTIONS.map((o) => o.label),
  SS: ['kỳ trước', 'cùng kỳ'],
  KY: ['trước', 'cùng kỳ'],
  VB: ['ngắn', 'ngày', 'ngày ngắn', 'ngày dài'],
} as const;

/** Zero-width spaces and joiners, word joiner, BOM, soft hyphen: invisible in a cell, never part of an option. */

/** Why an expression does not parse, in the clerk's words. */
export function expressionProblemText(problem: ExpressionProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'chưa có mã chỉ tiêu nào';
    case 'too-long':
      return `dài ${problem.length} ký tự, quá ${MAX_EXPRESSION_LENGTH} ký tự`;
    case 'too-deep':
      return `lồng quá ${problem.max} lớp ngoặc`;
    case 'unexpected':
      return problem.found === '' ? 'thiếu số hạng ở cuối' : `không hiểu "${problem.found}" (ký tự thứ ${problem.at + 1})`;
    case 'bad-number':
      return `"${problem.text}" không phải số`;
    case 'unknown-option':
      return `tùy chọn "${problem.option}" không có`;
  }
}

function parseFigureBody(kindText: string, body: string): ParsedExpression | PlaceholderFailure {
  const parsed = parseExpression(body);
  if (!parsed.ok) {
    if (parsed.problem.kind === 'unknown-option') return { problem: 'option', kind: kindText, detail: parsed.problem.option };
    return { problem: 'expression', kind: kindText, detail: expressionProblemText(parsed.problem) };
  }
  if (parsed.parsed.terms.length === 0) return { problem: 'expression', kind: kindText, detail: 'chưa có mã chỉ tiêu nào' };
  return parsed.parsed;
}

/** {{KY}}, {{KY|trước}}, {{KY|cùng kỳ}} (also "kỳ trước", "cùng kỳ năm trước"). */
function parsePeriodReference(options: ReadonlyArray<string>): { kind: 'period'; which: PeriodReference } | PlaceholderFailure {
  if (options.length === 0) return { kind: 'period', which: 'current' };
  const [option = '', ...extra] = options;
  const which = optionKey(option) === 'truoc' ? 'previous' : matchPeriodOption(option);
  if (extra.length > 0 || which === null || which === 'yearToDate') return { problem: 'option', kind: 'KY', detail: option };
  return { kind: 'period', which };
}

/** Parses the inside of one `{{…}}`; returns the reason when it cannot. */
export function parsePlaceholder(inner: string): Placeholder | PlaceholderFailure {
  const colon = inner.indexOf(':');
  if (colon < 0) {
    // {{KY}} alone needs no colon.
    const [head = '', ...options] = inner.split('|').map((s) => s.trim());
    return head.toUpperCase() === 'KY' ? parsePeriodReference(options) : { problem: 'syntax', kind: '' };
  }
  const kindText = inner.slice(0, colon).trim().toUpperCase();
  const kind = PLACEHOLDER_KINDS[kindText as keyof typeof PLACEHOLDER_KINDS];
  if (kind === undefined) return { problem: 'kind', kind: kindText };
  const rest = inner.slice(colon + 1);
  if (kind === 'figure') {
    const expression = parseFigureBody(kindText, rest);
    return 'problem' in expression ? expression : { kind, expression };
  }
  if (kind === 'change') {
    const expression = parseFigureBody(kindText, rest);
    if ('problem' in expression) return expression;
    if (expression.option === 'yearToDate') return { problem: 'option', kind: kindText, detail: rest.slice(rest.indexOf('|') + 1).trim() };
    return { kind, expression, compared: expression.option ?? 'previous' };
  }
  // Only citations take several options ("|ngắn, ngày ngắn"); elsewhere a comma belongs to a
  // group name ("@Xã, thị trấn").
  const [body = '', ...options] = rest.split(kind === 'document' ? /[|,]/ : '|').map((s) => s.trim());
  const syntax = { problem: 'syntax' as const, kind: kindText };
  if (kind === 'period') return options.length > 0 || body !== '' ? syntax : parsePeriodReference([]);
  if (kind !== 'document' && options.length > 0) return { problem: 'option', kind: kindText, detail: options.join(' | ') };
  switch (kind) {
    case 'ratio':
    case 'percent': {
      const sides = body.split('/');
      if (sides.length !== 2) return syntax;
      const part = parseTerm(sides[0] ?? '');
      const whole = parseTerm(sides[1] ?? '');
      return part === null || whole === null ? syntax : { kind, part, whole };
    }
    case 'tasks': {
      const scoped = parseScoped(body);
      return scoped === null ? syntax : { kind, group: scoped.code, scope: scoped.scope };
    }
    case 'document': {
      const parsedOptions = parseDocumentOptions(options);
      if (!CODE.test(body)) return syntax;
      if (parsedOptions === null) return { problem: 'option', kind: kindText, detail: options.join(', ') };
      return { kind, id: body.toUpperCase(), ...parsedOptions };
    }
    case 'footnote': {
      const scoped = parseScoped(body);
      return scoped === null ? syntax : { kind, id: scoped.code, unit: scoped.scope };
    }
    case 'unitText':
      return CODE.test(body) ? { kind, unit: body.toUpperCase() } : syntax;
  }
}

/** Splits a cell's text into literal text and placeholders, in order. */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    if (start > last) segments.push({ type: 'text', text: text.slice(last, start) });
    const token = m[0];
    const parsed = parsePlaceholder(m[1] ?? '');
    if ('problem' in parsed) {
      segments.push({ type: 'invalid', token, problem: parsed.problem, kind: parsed.kind, ...(parsed.detail !== undefined ? { detail: parsed.detail } : {}) });
    }
    else segments.push({ type: 'placeholder', token, placeholder: parsed });
    last = start + token.length;
  }
  if (last < text.length) segments.push({ type: 'text', text: text.slice(last) });
  // A lone "{{" or "}}" left in literal text is a placeholder the clerk did not finish.
  return segments.flatMap((s): Segment[] =>
    s.type === 'text' && /\{\{|\}\}/.test(s.text)
      ? [{ type: 'invalid', token: s.text.trim(), problem: 'syntax', kind: '' }]
      : [s],
  );
}

/** The finding for a placeholder that does not parse, saying what is wrong with it. */
export function invalidPlaceholderFinding(segment: Extract<Segment, { type: 'invalid' }>, where: Where): Finding {
  switch (segment.problem) {
    case 'kind':
      return makeFinding('UNKNOWN_PLACEHOLDER', where, { token: segment.token, kind: segment.kind });
    case 'option': {
      const allowed = PLACEHOLDER_OPTIONS[segment.kind as keyof typeof PLACEHOLDER_OPTIONS];
      return makeFinding('UNKNOWN_PLACEHOLDER_OPTION', where, {
        token: segment.token,
        option: segment.detail ?? '',
        allowed: allowed === undefined ? 'loại mã chèn này không có tùy chọn' : allowed.map((o) => `"${o}"`).join(', '),
      });
    }
    case 'expression':
      return makeFinding('EXPRESSION_SYNTAX', where, { token: segment.token, reason: segment.detail ?? '' });
    case 'syntax':
      return makeFinding('PLACEHOLDER_SYNTAX', where, { token: segment.token });
  }
}
