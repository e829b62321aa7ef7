/** Behaviour of arithmetic between indicators in figure placeholders: what parses to what, what it computes, what is refused. */
import fc from 'fast-check';
import {
  evaluateExpression,
  type Expression,
  type ExpressionParse,
  type IndicatorTerm,
  MAX_EXPRESSION_LENGTH,
  MAX_NESTING,
  type ParsedExpression,
  parseExpression,
} from '../../../src/domain/report/expression';

const parsed = (source: string): ParsedExpression => {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`${source}: ${JSON.stringify(result.problem)}`);
  return result.parsed;
};
const problem = (source: string) => {
  const result: ExpressionParse = parseExpression(source);
  return result.ok ? null : result.problem;
};
const term = (code: string, scope: string | null = null): IndicatorTerm => ({ kind: 'indicator', code, scope });
const figures: Record<string, number> = { DK: 12, CN: 9, A: 10, B: 4, C: 2, 'C@UBND': 3, 'A@Xã, thị trấn': 7, D: 2.5, Z: 0 };
const valueOf = (t: IndicatorTerm): number | null => figures[t.scope === null ? t.code : `${t.code}@${t.scope}`] ?? null;
const compute = (source: string) => evaluateExpression(parsed(source).expression, valueOf);

describe('parsing arithmetic between indicators', () => {
  it('reads a difference of two codes as a sum with signs, listing each term', () => {
    expect(parsed('DK - CN')).toEqual({
      expression: { kind: 'sum', parts: [{ sign: 1, operand: term('DK') }, { sign: -1, operand: term('CN') }] },
      option: null,
      terms: [term('DK'), term('CN')],
    });
  });

  it('reads a single code as that term, upper-cased, so plain figures use the same parser', () => {
    expect(parsed(' don_tiep_nhan ')).toEqual({ expression: term('DON_TIEP_NHAN'), option: null, terms: [term('DON_TIEP_NHAN')] });
  });

  it('gives each term its own scope: a unit code or a group name with spaces, commas and Vietnamese letters', () => {
    expect(parsed('A + B - C@UBND').terms).toEqual([term('A'), term('B'), term('C', 'UBND')]);
    expect(parsed('A@Xã, thị trấn - B').terms).toEqual([term('A', 'Xã, thị trấn'), term('B')]);
    expect(parsed('A@xa1*2').terms).toEqual([term('A', 'XA1')]);
    expect(parsed('A@XA-IALE - B').terms).toEqual([term('A', 'XA-IALE'), term('B')]);
    expect(parsed('A@  Xã,   thị trấn ').terms).toEqual([term('A', 'Xã, thị trấn')]);
  });

  it('normalises a scope typed on a decomposing keyboard to NFC, and ignores invisible characters', () => {
    expect(parsed('A@Xã, thị trấn'.normalize('NFD')).terms).toEqual([term('A', 'Xã, thị trấn'.normalize('NFC'))]);
    expect(parsed('D\u200bK -\u00a0CN\ufeff').terms).toEqual([term('DK'), term('CN')]);
  });

  it('keeps operator precedence and brackets', () => {
    expect(parsed('(A + B) / C').expression).toEqual({
      kind: 'product',
      parts: [
        { op: 'multiply', operand: { kind: 'sum', parts: [{ sign: 1, operand: term('A') }, { sign: 1, operand: term('B') }] } },
        { op: 'divide', operand: term('C') },
      ],
    });
    expect(parsed('A + B * 2').expression).toEqual({
      kind: 'sum',
      parts: [
        { sign: 1, operand: term('A') },
        { sign: 1, operand: { kind: 'product', parts: [{ op: 'multiply', operand: term('B') }, { op: 'multiply', operand: { kind: 'constant', value: 2 } }] } },
      ],
    });
  });

  it('reads constants as parse-cell reads a cell: 1.000 is a thousand, 2,5 and 2.5 are two and a half', () => {
    const constant = (source: string): Expression => parsed(source).expression;
    expect(constant('1.000')).toEqual({ kind: 'constant', value: 1000 });
    expect(constant('2,5')).toEqual({ kind: 'constant', value: 2.5 });
    expect(constant('2.5')).toEqual({ kind: 'constant', value: 2.5 });
    expect(constant('1.234,5')).toEqual({ kind: 'constant', value: 1234.5 });
    expect(problem('1.2.3')).toEqual({ kind: 'bad-number', text: '1.2.3' });
    expect(problem('9'.repeat(400))).toEqual({ kind: 'bad-number', text: '9'.repeat(400) });
  });

  it('treats a hyphen inside a code as part of it, and a spaced hyphen, a dash or a minus sign as subtraction', () => {
    expect(parsed('DK-CN').terms).toEqual([term('DK-CN')]);
    expect(parsed('DK - CN').terms).toEqual([term('DK'), term('CN')]);
    expect(parsed('DK–CN').terms).toEqual([term('DK'), term('CN')]);
    expect(parsed('DK−CN').terms).toEqual([term('DK'), term('CN')]);
    expect(parsed('2-1').expression).toEqual({ kind: 'sum', parts: [{ sign: 1, operand: { kind: 'constant', value: 2 } }, { sign: -1, operand: { kind: 'constant', value: 1 } }] });
    expect(parsed('A×2÷B').terms).toEqual([term('A'), term('B')]);
  });

  it('reads one period option after "|" for the whole expression, without regard to diacritics or case', () => {
    expect(parsed('DK - CN | cùng kỳ')).toMatchObject({ option: 'sameLastYear', terms: [term('DK'), term('CN')] });
    expect(parsed('DK|Ky Truoc').option).toBe('previous');
    expect(parsed('A@Xã, thị trấn | lũy kế')).toMatchObject({ option: 'yearToDate', terms: [term('A', 'Xã, thị trấn')] });
    expect(problem('DK | tuần trước')).toEqual({ kind: 'unknown-option', option: 'tuần trước' });
    expect(problem('DK |')).toEqual({ kind: 'unknown-option', option: '' });
    expect(problem('(DK | cùng kỳ)')).toEqual({ kind: 'unexpected', at: 4, found: 'cùng kỳ)' });
  });

  it('reports where an expression goes wrong and what it found there', () => {
    expect(problem('')).toEqual({ kind: 'empty' });
    expect(problem(' \u200b ')).toEqual({ kind: 'empty' });
    expect(problem('A +')).toEqual({ kind: 'unexpected', at: 3, found: '' });
    expect(problem('A B')).toEqual({ kind: 'unexpected', at: 2, found: 'B' });
    expect(problem('(A + B')).toEqual({ kind: 'unexpected', at: 6, found: '' });
    expect(problem('A + B)')).toEqual({ kind: 'unexpected', at: 5, found: ')' });
    expect(problem('A@')).toEqual({ kind: 'unexpected', at: 1, found: '@' });
    expect(problem('A@UBND@X')).toEqual({ kind: 'unexpected', at: 6, found: '@X' });
    expect(problem('Số đơn - CN')).toEqual({ kind: 'unexpected', at: 0, found: 'Số' });
    expect(problem('A = B')).toEqual({ kind: 'unexpected', at: 2, found: '=' });
    expect(problem('A,B')).toEqual({ kind: 'unexpected', at: 0, found: 'A,B' });
  });

  it('refuses an expression longer than the stated limit, and brackets nested deeper than the stated limit', () => {
    expect(problem('A+'.repeat(25_000))).toEqual({ kind: 'too-long', length: 50_000, max: MAX_EXPRESSION_LENGTH });
    expect(problem('('.repeat(50_000))).toEqual({ kind: 'too-long', length: 50_000, max: MAX_EXPRESSION_LENGTH });
    expect(problem(`${'('.repeat(MAX_NESTING + 1)}A${')'.repeat(MAX_NESTING + 1)}`)).toEqual({ kind: 'too-deep', max: MAX_NESTING });
    expect(problem('('.repeat(MAX_EXPRESSION_LENGTH))).toEqual({ kind: 'too-deep', max: MAX_NESTING });
    expect(parsed(`${'('.repeat(MAX_NESTING)}A${')'.repeat(MAX_NESTING)}`).terms).toEqual([term('A')]);
    expect(parsed(`${'- '.repeat(400)}A`).terms).toEqual([term('A')]);
  });

  it('never throws, whatever the text', () => {
    const alphabet = fc.constantFrom('A', 'b', '1', '0', '.', ',', '-', '+', '*', '/', '(', ')', '@', '|', ' ', 'ã', 'Đ', '\u200b', '–', '×', 'e', '9', '_', 'kỳ trước');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join(''))), (source) => {
        const result = parseExpression(source);
        if (result.ok) {
          const evaluation = evaluateExpression(result.parsed.expression, () => 3);
          if (evaluation.ok) expect(Number.isFinite(evaluation.value)).toBe(true);
        } else {
          expect(typeof result.problem.kind).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('evaluating arithmetic between indicators', () => {
  it('computes with each term at its own scope', () => {
    expect(compute('DK - CN')).toEqual({ ok: true, value: 3, count: true });
    expect(compute('A + B - C@UBND')).toEqual({ ok: true, value: 11, count: true });
    expect(compute('A * 2')).toEqual({ ok: true, value: 20, count: true });
    expect(compute('A@Xã, thị trấn - C')).toEqual({ ok: true, value: 5, count: true });
    expect(compute('-A + B')).toEqual({ ok: true, value: -6, count: true });
    expect(compute('- - A')).toEqual({ ok: true, value: 10, count: true });
    expect(compute('2 - 3 - 4')).toEqual({ ok: true, value: -5, count: true });
    expect(compute('24 / 4 / 2')).toEqual({ ok: true, value: 3, count: false });
  });

  it('says the result is a count only when whole numbers were combined without division', () => {
    expect(compute('(A + B) / C')).toEqual({ ok: true, value: 7, count: false });
    expect(compute('A * 2,5')).toEqual({ ok: true, value: 25, count: false });
    expect(compute('A + D')).toEqual({ ok: true, value: 12.5, count: false });
    expect(compute('A * 1.000')).toEqual({ ok: true, value: 10000, count: true });
  });

  it('names every missing term at once, and asks for each term once', () => {
    const asked: string[] = [];
    const result = evaluateExpression(parsed('A + X - Y@UBND * B').expression, (t) => {
      asked.push(t.code);
      return valueOf(t);
    });
    expect(result).toEqual({ ok: false, problem: { kind: 'value-missing', terms: [term('X'), term('Y', 'UBND')] } });
    expect(asked).toEqual(['A', 'X', 'Y', 'B']);
  });

  it('keeps zero a value, distinct from missing', () => {
    expect(compute('A - Z')).toEqual({ ok: true, value: 10, count: true });
  });

  it('refuses division by zero and non-finite results instead of printing Infinity', () => {
    expect(compute('A / Z')).toEqual({ ok: false, problem: { kind: 'division-by-zero' } });
    expect(compute('A / (B - B)')).toEqual({ ok: false, problem: { kind: 'division-by-zero' } });
    const huge = '9'.repeat(300);
    expect(compute(`${huge} * ${huge}`)).toEqual({ ok: false, problem: { kind: 'not-finite' } });
    expect(evaluateExpression(term('A'), () => Number.POSITIVE_INFINITY)).toEqual({ ok: false, problem: { kind: 'not-finite' } });
  });
});
