/** Behaviour of the comparison phrase and of year-to-date figures: the words of the report, zero never confused with missing. */
import fc from 'fast-check';
import { parsePeriodKey, type Period } from '../../../src/domain/periods/period';
import { yearToDatePeriods } from '../../../src/domain/periods/calendar';
import {
  accumulateYearToDate,
  type ChangeOptions,
  describeChange,
  formatPercentFixed,
  TIME_AGGREGATIONS,
} from '../../../src/domain/periods/change';
import { parseVietnameseNumber } from '../../../src/domain/workbook/parse-cell';

const previous: ChangeOptions = { measure: 'đơn', compared: 'previous', style: { zeroPad: false }, percentDecimals: 2 };
const text = (current: number | null, earlier: number | null, options: Partial<ChangeOptions> = {}): string => {
  const change = describeChange(current, earlier, { ...previous, ...options });
  if (!change.ok) throw new Error(JSON.stringify(change.problem));
  return change.text;
};
const of = (key: string): Period => parsePeriodKey(key) ?? (() => { throw new Error(key); })();

describe('the comparison phrase', () => {
  it('says how much a figure rose or fell, with the measure and one fixed percent precision', () => {
    expect(describeChange(124, 112, previous)).toEqual({ ok: true, text: 'tăng 12 đơn (10,71%)', direction: 'up', difference: 12, percent: (12 * 100) / 112 });
    expect(text(9, 12, { measure: 'mô hình' })).toBe('giảm 3 mô hình (25,00%)');
    expect(text(9, 12, { measure: 'mô hình', style: { zeroPad: true } })).toBe('giảm 03 mô hình (25,00%)');
    expect(text(18, 10)).toBe('tăng 8 đơn (80,00%)');
    expect(text(0, 5)).toBe('giảm 5 đơn (100,00%)');
    expect(text(12, 1)).toBe('tăng 11 đơn (1.100,00%)');
    expect(text(3500, 2000, { measure: 'hộ' })).toBe('tăng 1.500 hộ (75,00%)');
  });

  it('keeps the report precision whatever it is', () => {
    expect(text(124, 112, { percentDecimals: 0 })).toBe('tăng 12 đơn (11%)');
    expect(text(124, 112, { percentDecimals: 1 })).toBe('tăng 12 đơn (10,7%)');
    expect(text(124, 112, { percentDecimals: 3 })).toBe('tăng 12 đơn (10,714%)');
  });

  it('says "bằng kỳ trước" or "bằng cùng kỳ" when nothing changed, also for two zeros', () => {
    expect(describeChange(12, 12, previous)).toEqual({ ok: true, text: 'bằng kỳ trước', direction: 'same', difference: 0, percent: null });
    expect(text(12, 12, { compared: 'sameLastYear' })).toBe('bằng cùng kỳ');
    expect(text(0, 0)).toBe('bằng kỳ trước');
    expect(text(100.001, 100)).toBe('bằng kỳ trước');
  });

  it('gives no percentage for a rise from zero', () => {
    expect(describeChange(12, 0, previous)).toEqual({ ok: true, text: 'tăng 12 đơn', direction: 'up', difference: 12, percent: null });
  });

  it('writes decimals the vi-VN way without binary noise, and no measure when there is none', () => {
    expect(text(2.4, 1.8, { measure: 'tỷ đồng' })).toBe('tăng 0,6 tỷ đồng (33,33%)');
    expect(text(124, 112, { measure: null })).toBe('tăng 12 (10,71%)');
    expect(text(124, 112, { measure: '  ' })).toBe('tăng 12 (10,71%)');
  });

  it('is a typed problem naming the missing side, never a silent zero', () => {
    expect(describeChange(null, 112, previous)).toEqual({ ok: false, problem: { kind: 'value-missing', missing: ['current'] } });
    expect(describeChange(124, null, previous)).toEqual({ ok: false, problem: { kind: 'value-missing', missing: ['earlier'] } });
    expect(describeChange(null, null, previous)).toEqual({ ok: false, problem: { kind: 'value-missing', missing: ['current', 'earlier'] } });
    expect(describeChange(Number.POSITIVE_INFINITY, 1, previous)).toEqual({ ok: false, problem: { kind: 'not-finite' } });
    expect(describeChange(Number.NaN, 1, previous)).toEqual({ ok: false, problem: { kind: 'not-finite' } });
    expect(describeChange(Number.MAX_VALUE, -Number.MAX_VALUE, previous)).toEqual({ ok: false, problem: { kind: 'not-finite' } });
  });

  it('states, for any two counts, the difference and the percentage a clerk would compute by hand', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (current, earlier) => {
        const phrase = text(current, earlier);
        if (current === earlier) return expect(phrase).toBe('bằng kỳ trước');
        const match = /^(tăng|giảm) ([\d.]+) đơn(?: \(([\d.]+,\d{2})%\))?$/u.exec(phrase);
        expect(match).not.toBeNull();
        expect(match?.[1]).toBe(current > earlier ? 'tăng' : 'giảm');
        expect(parseVietnameseNumber(match?.[2] ?? '')).toBe(Math.abs(current - earlier));
        if (earlier === 0) return expect(match?.[3]).toBeUndefined();
        // Exact half-up rounding in integers: floor((2·d·10⁴ + e) / 2e).
        const hundredths = Math.floor((2 * Math.abs(current - earlier) * 10000 + earlier) / (2 * earlier));
        expect(match?.[3]).toBe(`${Math.floor(hundredths / 100).toLocaleString('vi-VN')},${String(hundredths % 100).padStart(2, '0')}`);
      }),
    );
  });
});

describe('fixed-precision percentages', () => {
  it('keep trailing zeros, group thousands and round half up once', () => {
    expect(formatPercentFixed(80, 2)).toBe('80,00%');
    expect(formatPercentFixed((12 * 100) / 112, 2)).toBe('10,71%');
    expect(formatPercentFixed(0.005, 2)).toBe('0,01%');
    expect(formatPercentFixed(1100, 2)).toBe('1.100,00%');
    expect(formatPercentFixed(85.5, 0)).toBe('86%');
    expect(formatPercentFixed(0, 1)).toBe('0,0%');
  });

  it('refuse an impossible precision as a programming error', () => {
    expect(() => formatPercentFixed(1, -1)).toThrow(RangeError);
    expect(() => formatPercentFixed(1, 1.5)).toThrow(RangeError);
  });
});

describe('year-to-date figures', () => {
  const months = yearToDatePeriods(of('2023-03'));
  const values = (...numbers: Array<number | null>) => months.map((period, i) => ({ period, value: numbers[i] ?? null }));

  it('declare the three ways an indicator accumulates over time, for the contract', () => {
    expect(TIME_AGGREGATIONS).toEqual([
      { value: 'sum', label: 'Cộng các kỳ' },
      { value: 'last', label: 'Lấy số cuối kỳ' },
      { value: 'none', label: 'Không cộng dồn' },
    ]);
  });

  it('add the periods up, counting a zero as zero', () => {
    expect(accumulateYearToDate(values(10, 0, 5), 'sum')).toEqual({ ok: true, value: 15 });
  });

  it('name every missing period the sum needs', () => {
    expect(accumulateYearToDate(values(10, null, null), 'sum')).toEqual({ ok: false, problem: { kind: 'values-missing', periods: [months[1], months[2]] } });
  });

  it('take the last period for a stock, needing only that one', () => {
    expect(accumulateYearToDate(values(null, null, 1200), 'last')).toEqual({ ok: true, value: 1200 });
    expect(accumulateYearToDate(values(1100, 1150, null), 'last')).toEqual({ ok: false, problem: { kind: 'values-missing', periods: [months[2]] } });
  });

  it('refuse to accumulate an indicator that does not, unless the period is its own year to date', () => {
    expect(accumulateYearToDate(values(1, 2, 3), 'none')).toEqual({ ok: false, problem: { kind: 'not-cumulative' } });
    expect(accumulateYearToDate([{ period: of('2026-9M'), value: 7 }], 'none')).toEqual({ ok: true, value: 7 });
    expect(accumulateYearToDate([], 'sum')).toEqual({ ok: false, problem: { kind: 'no-periods' } });
  });

  it('treat an unreadable value as missing', () => {
    expect(accumulateYearToDate(values(1, Number.NaN, 3), 'sum')).toEqual({ ok: false, problem: { kind: 'values-missing', periods: [months[1]] } });
  });
});
