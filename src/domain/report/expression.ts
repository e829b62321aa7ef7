/**
 * Arithmetic between indicators inside a figure placeholder, so a clerk never types a computed
 * number: the text after "SL:" in `{{SL:DK - CN}}`, `{{SL:A + B - C@UBND}}`, `{{SL:(A + B) / C}}`,
 * `{{SL:A * 2}}`, `{{SL:DK - CN | cùng kỳ}}`.
 *
 * - A term is an indicator code, optionally scoped to a unit or group: `C@UBND`, `A@Xã, thị trấn`
 *   (a group name may hold spaces, commas and Vietnamese letters, not the operators).
 * - A constant is read as parse-cell reads a cell: "1.000" is 1000, "2,5" and "2.5" are 2,5.
 * - Operators: + − * / (also × ÷ and the typographic minus/dash), parentheses, unary minus.
 *   Codes may contain hyphens, so subtraction between codes is written with spaces: `DK - CN`;
 *   `DK-CN` is the code DK-CN (a hyphen directly between letters or digits belongs to the name).
 * - One period option after `|` applies to the whole expression (see PERIOD_OPTIONS).
 *
 * Safety: no eval; at most MAX_EXPRESSION_LENGTH characters and MAX_NESTING levels of brackets,
 * so the recursive parser and evaluator stay shallow; every failure is a typed problem. The AST
 * lists every term, so the validator can check each code and the compiler can fetch each value.
 */
import { matchPeriodOption, type PeriodOption } from '../periods/calendar';
import { nfc, removeInvisible } from '../text';
import { parseVietnameseNumber } from '../workbook/parse-cell';

export const MAX_EXPRESSION_LENGTH = 1000;
export const MAX_NESTING = 20;

export interface IndicatorTerm {
  readonly kind: 'indicator';
  readonly code: string;
  /** A unit code (upper case) or a group name (NFC), or null for the default scope. */
  readonly scope: string | null;
}

export type Expression =
  | { readonly kind: 'constant'; readonly value: number }
  | IndicatorTerm
  | { readonly kind: 'sum'; readonly parts: ReadonlyArray<{ readonly sign: 1 | -1; readonly operand: Expression }> }
  | { readonly kind: 'product'; readonly parts: ReadonlyArray<{ readonly op: 'multiply' | 'divide'; readonly operand: Expression }> };

export interface ParsedExpression {
  readonly expression: Expression;
  readonly option: PeriodOption | null;
  /** Every indicator term in the order written. */
  readonly terms: ReadonlyArray<IndicatorTerm>;
}

export type ExpressionProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number; readonly max: number }
  | { readonly kind: 'too-deep'; readonly max: number }
  /** `found` is '' at the end of the expression; `at` counts characters of the NFC text without invisible marks. */
  | { readonly kind: 'unexpected'; readonly at: number; readonly found: string }
  | { readonly kind: 'bad-number'; readonly text: string }
  | { readonly kind: 'unknown-option'; readonly option: string };

export type ExpressionParse = { readonly ok: true; readonly parsed: ParsedExpression } | { readonly ok: false; readonly problem: ExpressionProblem };

type Token =
  | { readonly type: 'plus' | 'minus' | 'times' | 'divide' | 'open' | 'close'; readonly at: number; readonly text: string }
  | { readonly type: 'number'; readonly at: number; readonly text: string; readonly value: number }
  | { readonly type: 'code'; readonly at: number; readonly text: string }
  | { readonly type: 'scope'; readonly at: number; readonly text: string; readonly name: string }
  | { readonly type: 'option'; readonly at: number; readonly text: string };

const SYMBOLS: Readonly<Record<string, Exclude<Token['type'], 'number' | 'code' | 'scope' | 'option'>>> = {
  '+': 'plus',
  '-': 'minus',
  '\u2212': 'minus',
  '\u2013': 'minus',
  '*': 'times',
  '\u00d7': 'times',
  '/': 'divide',
  '\u00f7': 'divide',
  '(': 'open',
  ')': 'close',
};
const CODE = /^[A-Za-z0-9_.-]+$/;
const WORD_CHAR = /[\p{L}\p{N}_.,]/u;
const NAME_CHAR = /[\p{L}\p{N}_]/u;
const SCOPE_STOP = /[+*/()|@\u2212\u2013\u00d7\u00f7]/;

class ParseFailure {
  constructor(readonly problem: ExpressionProblem) {}
}

const unexpected = (at: number, found: string): ParseFailure => new ParseFailure({ kind: 'unexpected', at, found });

/** A hyphen between two letters or digits is part of a name ("XA-IALE"), otherwise it is a minus. */
function joinsName(text: string, i: number, letters: RegExp): boolean {
  return text[i] === '-' && letters.test(text[i - 1] ?? '') && letters.test(text[i + 1] ?? '');
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '|') {
      tokens.push({ type: 'option', at: i, text: text.slice(i + 1).trim() });
      return tokens;
    } else if (ch === '@') {
      let end = i + 1;
      while (end < text.length && !SCOPE_STOP.test(text[end] ?? '') && (text[end] !== '-' || joinsName(text, end, NAME_CHAR))) end += 1;
      const raw = text.slice(i, end);
      const name = raw.slice(1).replace(/\s+/g, ' ').trim();
      if (name === '') throw unexpected(i, '@');
      tokens.push({ type: 'scope', at: i, text: raw, name: CODE.test(name) ? name.toUpperCase() : name });
      i = end;
    } else if (SYMBOLS[ch] !== undefined) {
      tokens.push({ type: SYMBOLS[ch], at: i, text: ch });
      i += 1;
    } else if (WORD_CHAR.test(ch)) {
      let end = i;
      // A hyphen joins a code ("CT-1") but not a number ("2-1" is two minus one).
      const joins = (at: number): boolean => joinsName(text, at, NAME_CHAR) && /[^\d.,]/.test(text.slice(i, at));
      while (end < text.length && (WORD_CHAR.test(text[end] ?? '') || joins(end))) end += 1;
      const word = text.slice(i, end);
      if (/^[\d.,]+$/.test(word)) {
        const value = parseVietnameseNumber(word);
        if (value === null || !Number.isFinite(value)) throw new ParseFailure({ kind: 'bad-number', text: word });
        tokens.push({ type: 'number', at: i, text: word, value });
      } else if (CODE.test(word)) {
        tokens.push({ type: 'code', at: i, text: word });
      } else {
        throw unexpected(i, word);
      }
      i = end;
    } else {
      throw unexpected(i, ch);
    }
  }
  return tokens;
}

/** Recursive descent over the tokens; depth counts brackets and stops at MAX_NESTING. */
class Parser {
  private position = 0;
  readonly terms: IndicatorTerm[] = [];

  constructor(
    private readonly tokens: ReadonlyArray<Token>,
    private readonly length: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private fail(): ParseFailure {
    const token = this.peek();
    return token === undefined ? unexpected(this.length, '') : unexpected(token.at, token.text);
  }

  parseAll(): { expression: Expression; optionText: string | null } {
    const expression = this.sum(0);
    const next = this.peek();
    if (next === undefined) return { expression, optionText: null };
    if (next.type === 'option') return { expression, optionText: next.text };
    throw this.fail();
  }

  private sum(depth: number): Expression {
    const parts: Array<{ sign: 1 | -1; operand: Expression }> = [{ sign: 1, operand: this.product(depth) }];
    for (let token = this.peek(); token?.type === 'plus' || token?.type === 'minus'; token = this.peek()) {
      this.position += 1;
      parts.push({ sign: token.type === 'plus' ? 1 : -1, operand: this.product(depth) });
    }
    const only = parts[0];
    return parts.length === 1 && only !== undefined ? only.operand : { kind: 'sum', parts };
  }

  private product(depth: number): Expression {
    const parts: Array<{ op: 'multiply' | 'divide'; operand: Expression }> = [{ op: 'multiply', operand: this.factor(depth) }];
    for (let token = this.peek(); token?.type === 'times' || token?.type === 'divide'; token = this.peek()) {
      this.position += 1;
      parts.push({ op: token.type === 'times' ? 'multiply' : 'divide', operand: this.factor(depth) });
    }
    const only = parts[0];
    return parts.length === 1 && only !== undefined ? only.operand : { kind: 'product', parts };
  }

  private factor(depth: number): Expression {
    // Signs are folded in a loop, so "- - - A" costs no recursion.
    let sign: 1 | -1 = 1;
    for (let token = this.peek(); token?.type === 'plus' || token?.type === 'minus'; token = this.peek()) {
      if (token.type === 'minus') sign = sign === 1 ? -1 : 1;
      this.position += 1;
    }
    const operand = this.primary(depth);
    return sign === 1 ? operand : { kind: 'sum', parts: [{ sign: -1, operand }] };
  }

  private primary(depth: number): Expression {
    const token = this.peek();
    if (token?.type === 'number') {
      this.position += 1;
      return { kind: 'constant', value: token.value };
    }
    if (token?.type === 'code') {
      this.position += 1;
      const scope = this.peek();
      const scoped = scope?.type === 'scope' ? scope.name : null;
      if (scoped !== null) this.position += 1;
      const term: IndicatorTerm = { kind: 'indicator', code: token.text.toUpperCase(), scope: scoped };
      this.terms.push(term);
      return term;
    }
    if (token?.type === 'open') {
      if (depth >= MAX_NESTING) throw new ParseFailure({ kind: 'too-deep', max: MAX_NESTING });
      this.position += 1;
      const inner = this.sum(depth + 1);
      if (this.peek()?.type !== 'close') throw this.fail();
      this.position += 1;
      return inner;
    }
    throw this.fail();
  }
}

/** Parses the text after "SL:"; never throws. */
export function parseExpression(source: string): ExpressionParse {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, problem: { kind: 'too-long', length: source.length, max: MAX_EXPRESSION_LENGTH } };
  }
  const text = removeInvisible(nfc(source));
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  try {
    const parser = new Parser(tokenize(text), text.length);
    const { expression, optionText } = parser.parseAll();
    const option = optionText === null ? null : matchPeriodOption(optionText);
    if (optionText !== null && option === null) return { ok: false, problem: { kind: 'unknown-option', option: optionText } };
    return { ok: true, parsed: { expression, option, terms: parser.terms } };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, problem: error.problem };
    throw error;
  }
}

export type EvaluationProblem =
  | { readonly kind: 'value-missing'; readonly terms: ReadonlyArray<IndicatorTerm> }
  | { readonly kind: 'division-by-zero' }
  | { readonly kind: 'not-finite' };

export type Evaluation =
  /** `count`: only whole numbers were combined, without division, so the result prints as a count. */
  | { readonly ok: true; readonly value: number; readonly count: boolean }
  | { readonly ok: false; readonly problem: EvaluationProblem };

class EvaluationFailure {
  constructor(readonly problem: EvaluationProblem) {}
}

/**
 * Computes a parsed expression with each term's value from `valueOf` (null when missing). Every
 * missing term is named at once; division by zero and overflow are problems, never Infinity.
 */
export function evaluateExpression(expression: Expression, valueOf: (term: IndicatorTerm) => number | null): Evaluation {
  const values = new Map<IndicatorTerm, number>();
  const missing: IndicatorTerm[] = [];
  let count = true;
  const collect = (node: Expression): void => {
    if (node.kind === 'indicator') {
      const value = valueOf(node);
      if (value === null) missing.push(node);
      else values.set(node, value);
    } else if (node.kind === 'constant') {
      if (!Number.isInteger(node.value)) count = false;
    } else {
      for (const part of node.parts) {
        if ('op' in part && part.op === 'divide') count = false;
        collect(part.operand);
      }
    }
  };
  collect(expression);
  if (missing.length > 0) return { ok: false, problem: { kind: 'value-missing', terms: missing } };
  if ([...values.values()].some((v) => !Number.isInteger(v))) count = false;

  const compute = (node: Expression): number => {
    let result: number;
    switch (node.kind) {
      case 'constant':
        result = node.value;
        break;
      case 'indicator':
        result = values.get(node) ?? Number.NaN;
        break;
      case 'sum':
        result = node.parts.reduce((total, part) => total + part.sign * compute(part.operand), 0);
        break;
      case 'product':
        result = node.parts.reduce((total, part) => {
          const operand = compute(part.operand);
          if (part.op === 'multiply') return total * operand;
          if (operand === 0) throw new EvaluationFailure({ kind: 'division-by-zero' });
          return total / operand;
        }, 1);
        break;
    }
    if (!Number.isFinite(result)) throw new EvaluationFailure({ kind: 'not-finite' });
    return result;
  };
  try {
    return { ok: true, value: compute(expression), count };
  } catch (error) {
    if (error instanceof EvaluationFailure) return { ok: false, problem: error.problem };
    throw error;
  }
}
