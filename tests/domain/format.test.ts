/** Behaviour of vi-VN number, ratio, percentage and date formatting, with property-based checks. */
import fc from 'fast-check';
import {
  checkRatio,
  formatDatePhrase,
  formatDateShort,
  formatNumber,
  formatPercent,
  formatPlaceDate,
  formatRatio,
  RatioError,
  roundHalfUp,
} from '../../src/domain/format';
import { addDays } from '../../src/domain/dates';
import { parseVietnameseNumber } from '../../src/domain/workbook/parse-cell';

const padded = { zeroPad: true };
const plain = { zeroPad: false };

describe('vi-VN numbers', () => {
  it('groups thousands with dots and uses a comma for decimals', () => {
    expect(formatNumber(3500, plain)).toBe('3.500');
    expect(formatNumber(390500, plain)).toBe('390.500');
    expect(formatNumber(189880000, plain)).toBe('189.880.000');
    expect(formatNumber(2.4, plain)).toBe('2,4');
    expect(formatNumber(11245, padded)).toBe('11.245');
  });

  it('pads whole counts 1–9 with a zero only when the setting is on', () => {
    expect(formatNumber(9, padded)).toBe('09');
    expect(formatNumber(9, plain)).toBe('9');
    expect(formatNumber(0, padded)).toBe('0');
    expect(formatNumber(10, padded)).toBe('10');
    expect(formatNumber(6.5, padded)).toBe('6,5');
  });

  it('prints the same digits as Intl.NumberFormat("vi-VN") for any integer', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(formatNumber(n, plain)).toBe(intl.format(n).replace(/\u00a0/g, ''));
      }),
    );
  });

  it('prints the same as Intl for decimals rounded to two places', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = whole + cents / 100;
        expect(formatNumber(n, plain)).toBe(intl.format(n));
      }),
    );
  });

  it('reads back what it prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseVietnameseNumber(formatNumber(n, plain))).toBe(n);
      }),
    );
  });

  it('rounds half away from zero on the decimal value, not the binary one', () => {
    expect(roundHalfUp(1.005, 2)).toBe('1.01');
    expect(roundHalfUp(85.4838, 2)).toBe('85.48');
    expect(roundHalfUp(2.5, 0)).toBe('3');
  });
});

describe('ratios and percentages', () => {
  it('writes completion ratios with zero padding by default', () => {
    expect(formatRatio(34, 37, padded)).toBe('34/37');
    expect(formatRatio(9, 9, padded)).toBe('09/09');
    expect(formatRatio(9, 9, plain)).toBe('9/9');
  });

  it('computes the seed report percentage once from the raw figures', () => {
    expect(formatPercent(106, 124)).toBe('85,48%');
    expect(formatPercent(1, 3, 1)).toBe('33,3%');
  });

  it('writes every percentage of a report with the same number of decimals, trailing zeros kept', () => {
    expect(formatPercent(12, 15)).toBe('80,00%');
    expect(formatPercent(27, 31)).toBe('87,10%');
    expect(formatPercent(106, 124)).toBe('85,48%');
    expect(formatPercent(5, 5)).toBe('100,00%');
    expect(formatPercent(0, 7)).toBe('0,00%');
    expect(formatPercent(12, 15, 0)).toBe('80%');
    expect(formatPercent(1, 8, 1)).toBe('12,5%');
    expect(formatPercent(1, 3, 4)).toBe('33,3333%');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 1, noNaN: true }), (total, decimals, share) => {
        const text = formatPercent(Math.floor(total * share), total, decimals);
        const fraction = /,(\d+)%$/.exec(text)?.[1] ?? '';
        expect(fraction.length).toBe(decimals);
      }),
    );
  });

  it('refuses a number of decimals that is not a small whole number instead of letting toFixed throw', () => {
    expect(() => formatPercent(1, 3, 200)).toThrow(/từ 0 đến 20/);
    expect(() => roundHalfUp(1, 1.5)).toThrow(RangeError);
  });

  it('never exceeds 100% and never goes below 0% for valid ratios', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), (total, share) => {
        const done = Math.floor(total * share);
        const value = Number(formatPercent(done, total).replace('%', '').replace(/\./g, '').replace(',', '.'));
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('refuses a part larger than its whole, negatives and a zero total, with a Vietnamese reason', () => {
    expect(() => checkRatio(125, 124, false)).toThrow(RatioError);
    expect(() => checkRatio(125, 124, false)).toThrow(/lớn hơn tổng/);
    expect(() => checkRatio(-1, 3, false)).toThrow(/âm/);
    expect(() => formatPercent(0, 0)).toThrow(/bằng 0/);
    expect(() => checkRatio(0, 0, false)).not.toThrow();
  });
});

describe('dates in text', () => {
  it('writes the official long form, padding days below 10 and months 1–2', () => {
    expect(formatDatePhrase('2023-03-16')).toBe('ngày 16 tháng 3 năm 2023');
    expect(formatDatePhrase('2024-02-05')).toBe('ngày 05 tháng 02 năm 2024');
    expect(formatDatePhrase('2022-12-01')).toBe('ngày 01 tháng 12 năm 2022');
    expect(formatPlaceDate('Chư Pưh', '2023-03-16')).toBe('Chư Pưh, ngày 16 tháng 3 năm 2023');
  });

  it('writes the short footnote form', () => {
    expect(formatDateShort('2022-05-27')).toBe('27/5/2022');
    expect(formatDateShort('2022-01-19')).toBe('19/01/2022');
  });

  it('formats every day of four years without error and always with the year last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1460 }), (offset) => {
        const date = addDays('2023-01-01', offset);
        expect(formatDatePhrase(date)).toMatch(/^ngày \d{2} tháng (\d{2}|[3-9]|1[0-2]) năm \d{4}$/);
      }),
    );
  });
});
