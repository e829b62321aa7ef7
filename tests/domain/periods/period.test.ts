/** Behaviour of the period model: types, validation of dates, keys, Vietnamese names, keys read back. */
import fc from 'fast-check';
import { PERIOD_TYPES, parsePeriodKey, periodFromDates, type Period, type PeriodResult } from '../../../src/domain/periods/period';
import { anyPeriod, regularPeriod, reviewPeriod } from '../../support/periods';

const period = (result: PeriodResult): Period => {
  if (!result.ok) throw new Error(`expected a period, got ${JSON.stringify(result.problem)}`);
  return result.period;
};

describe('period types', () => {
  it('lists the six types with their Vietnamese labels, in dropdown order, as the contract expects', () => {
    expect(PERIOD_TYPES).toEqual([
      { value: 'month', label: 'Tháng' },
      { value: 'quarter', label: 'Quý' },
      { value: 'half', label: '6 tháng' },
      { value: 'nine', label: '9 tháng' },
      { value: 'year', label: 'Năm' },
      { value: 'review', label: 'Sơ kết / tổng kết / chuyên đề' },
    ]);
  });
});

describe('a regular period read from its dates', () => {
  it.each([
    ['month', '2023-03-01', '2023-03-31', '2023-03', 'tháng 3 năm 2023'],
    ['month', '2023-01-01', '2023-01-31', '2023-01', 'tháng 01 năm 2023'],
    ['month', '2024-02-01', '2024-02-29', '2024-02', 'tháng 02 năm 2024'],
    ['month', '2023-12-01', '2023-12-31', '2023-12', 'tháng 12 năm 2023'],
    ['quarter', '2023-01-01', '2023-03-31', '2023-Q1', 'quý I năm 2023'],
    ['quarter', '2023-04-01', '2023-06-30', '2023-Q2', 'quý II năm 2023'],
    ['quarter', '2023-07-01', '2023-09-30', '2023-Q3', 'quý III năm 2023'],
    ['quarter', '2023-10-01', '2023-12-31', '2023-Q4', 'quý IV năm 2023'],
    ['half', '2026-01-01', '2026-06-30', '2026-H1', '6 tháng đầu năm 2026'],
    ['half', '2026-07-01', '2026-12-31', '2026-H2', '6 tháng cuối năm 2026'],
    ['nine', '2026-01-01', '2026-09-30', '2026-9M', '9 tháng năm 2026'],
    ['year', '2026-01-01', '2026-12-31', '2026', 'năm 2026'],
  ] as const)('%s from %s to %s is %s, "%s"', (type, from, to, key, name) => {
    expect(periodFromDates(type, from, to)).toEqual({ ok: true, period: { type, key, from, to, name } });
  });

  it('accepts periods shifted to a cut-off day (Nghị định 09/2019: 15 of the month before to 14), with the same key and name', () => {
    expect(period(periodFromDates('month', '2023-02-15', '2023-03-14'))).toMatchObject({ key: '2023-03', name: 'tháng 3 năm 2023' });
    expect(period(periodFromDates('month', '2022-12-15', '2023-01-14'))).toMatchObject({ key: '2023-01', name: 'tháng 01 năm 2023' });
    expect(period(periodFromDates('quarter', '2022-12-15', '2023-03-14'))).toMatchObject({ key: '2023-Q1' });
    expect(period(periodFromDates('half', '2025-12-15', '2026-06-14'))).toMatchObject({ key: '2026-H1', name: '6 tháng đầu năm 2026' });
    expect(period(periodFromDates('half', '2026-06-15', '2026-12-14'))).toMatchObject({ key: '2026-H2', name: '6 tháng cuối năm 2026' });
    expect(period(periodFromDates('nine', '2025-12-15', '2026-09-14'))).toMatchObject({ key: '2026-9M' });
    expect(period(periodFromDates('year', '2022-12-15', '2023-12-14'))).toMatchObject({ key: '2023', name: 'năm 2023' });
  });

  it('reports an end date that does not match the type, with the expected date and the period it would be', () => {
    expect(periodFromDates('month', '2023-03-01', '2023-03-30')).toEqual({
      ok: false,
      problem: { kind: 'to-mismatch', expectedTo: '2023-03-31', periodName: 'tháng 3 năm 2023' },
    });
    expect(periodFromDates('month', '2024-02-01', '2024-02-28')).toEqual({
      ok: false,
      problem: { kind: 'to-mismatch', expectedTo: '2024-02-29', periodName: 'tháng 02 năm 2024' },
    });
    expect(periodFromDates('year', '2023-01-01', '2023-06-30')).toMatchObject({ problem: { kind: 'to-mismatch', expectedTo: '2023-12-31' } });
    expect(periodFromDates('year', '2022-12-15', '2023-12-31')).toMatchObject({ problem: { kind: 'to-mismatch', expectedTo: '2023-12-14' } });
  });

  it('reports a start that begins no period of the type, with the start of the period it falls in', () => {
    const expected = (type: Parameters<typeof periodFromDates>[0], from: string) => {
      const result = periodFromDates(type, from, '2030-01-01');
      return result.ok ? null : result.problem;
    };
    expect(expected('quarter', '2023-02-01')).toEqual({ kind: 'from-not-period-start', expectedFrom: '2023-01-01' });
    expect(expected('half', '2023-09-01')).toEqual({ kind: 'from-not-period-start', expectedFrom: '2023-07-01' });
    expect(expected('nine', '2023-04-01')).toEqual({ kind: 'from-not-period-start', expectedFrom: '2023-01-01' });
    expect(expected('nine', '2023-11-01')).toEqual({ kind: 'from-not-period-start', expectedFrom: '2023-01-01' });
    expect(expected('year', '2023-07-01')).toEqual({ kind: 'from-not-period-start', expectedFrom: '2023-01-01' });
    expect(expected('quarter', '2023-01-15')).toEqual({ kind: 'from-not-period-start', expectedFrom: '2022-12-15' });
    expect(expected('month', '2023-01-31')).toEqual({ kind: 'from-not-period-start', expectedFrom: '2023-02-01' });
  });

  it('reports impossible dates instead of throwing', () => {
    expect(periodFromDates('month', '2023-02-30', '2023-03-31')).toEqual({ ok: false, problem: { kind: 'invalid-date', field: 'from', value: '2023-02-30' } });
    expect(periodFromDates('review', '2023-02-01', 'ba mươi')).toEqual({ ok: false, problem: { kind: 'invalid-date', field: 'to', value: 'ba mươi' } });
  });

  it('refuses a period whose neighbours would leave the years 1900–2200', () => {
    expect(periodFromDates('month', '1901-03-01', '1901-03-31')).toEqual({ ok: false, problem: { kind: 'out-of-range' } });
    expect(periodFromDates('year', '2200-01-01', '2200-12-31')).toEqual({ ok: false, problem: { kind: 'out-of-range' } });
    expect(periodFromDates('review', '1900-01-01', '2200-12-31')).toEqual({ ok: false, problem: { kind: 'out-of-range' } });
    expect(periodFromDates('month', '1902-01-01', '1902-01-31').ok).toBe(true);
  });

  it('lets a custom name replace the derived one, trimmed and in NFC', () => {
    expect(period(periodFromDates('year', '2026-01-01', '2026-12-31', '  năm   2026 (tổng kết) '))).toMatchObject({ name: 'năm 2026 (tổng kết)', key: '2026' });
    expect(period(periodFromDates('year', '2026-01-01', '2026-12-31', '   '))).toMatchObject({ name: 'năm 2026' });
  });
});

describe('a review period', () => {
  it('is keyed by its dates and named by its own name, or "từ ngày … đến ngày …" as official reports write dates', () => {
    expect(periodFromDates('review', '2022-03-01', '2023-03-10', '01 năm thực hiện Quy chế')).toEqual({
      ok: true,
      period: { type: 'review', key: 'R:2022-03-01..2023-03-10', from: '2022-03-01', to: '2023-03-10', name: '01 năm thực hiện Quy chế' },
    });
    expect(period(periodFromDates('review', '2022-03-01', '2023-03-10')).name).toBe('từ ngày 01/3/2022 đến ngày 10/3/2023');
    expect(period(periodFromDates('review', '2022-02-11', '2023-02-05')).name).toBe('từ ngày 11/02/2022 đến ngày 05/02/2023');
    expect(period(periodFromDates('review', '2023-03-10', '2023-03-10')).key).toBe('R:2023-03-10..2023-03-10');
  });

  it('normalises a name typed on a decomposing keyboard to NFC', () => {
    const nfd = 'Sơ kết 01 năm'.normalize('NFD');
    expect(period(periodFromDates('review', '2022-03-01', '2023-03-10', nfd)).name).toBe('Sơ kết 01 năm'.normalize('NFC'));
  });

  it('reports an end before the start', () => {
    expect(periodFromDates('review', '2023-03-10', '2023-03-09')).toEqual({ ok: false, problem: { kind: 'to-before-from' } });
  });
});

describe('period keys', () => {
  it('read back every form into the calendar period they name', () => {
    expect(parsePeriodKey('2023-03')).toEqual({ type: 'month', key: '2023-03', from: '2023-03-01', to: '2023-03-31', name: 'tháng 3 năm 2023' });
    expect(parsePeriodKey('2023-Q1')).toMatchObject({ type: 'quarter', from: '2023-01-01', to: '2023-03-31' });
    expect(parsePeriodKey(' 2023-q4 ')).toMatchObject({ type: 'quarter', key: '2023-Q4', from: '2023-10-01' });
    expect(parsePeriodKey('2026-H2')).toMatchObject({ type: 'half', from: '2026-07-01', to: '2026-12-31' });
    expect(parsePeriodKey('2026-9M')).toMatchObject({ type: 'nine', to: '2026-09-30' });
    expect(parsePeriodKey('2026')).toMatchObject({ type: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(parsePeriodKey('R:2022-03-01..2023-03-10')).toMatchObject({ type: 'review', name: 'từ ngày 01/3/2022 đến ngày 10/3/2023' });
  });

  it('name nothing when malformed or impossible', () => {
    for (const key of ['', 'abc', '2023-13', '2023-00', '2023-Q0', '2023-Q5', '2023-H3', '2023-9m1', '23-03', 'R:2023-03-10..2023-03-01', 'R:2023-02-30..2023-03-01', '1900']) {
      expect(parsePeriodKey(key)).toBeNull();
    }
  });

  it('of every period parse back to the same key and type; calendar periods and reviews to the same dates', () => {
    fc.assert(
      fc.property(anyPeriod(), (p) => {
        expect(parsePeriodKey(p.key)).toMatchObject({ key: p.key, type: p.type });
      }),
    );
    fc.assert(fc.property(regularPeriod({ shifted: false }), (p) => expect(parsePeriodKey(p.key)).toEqual(p)));
    fc.assert(fc.property(reviewPeriod(), (p) => expect(parsePeriodKey(p.key)).toEqual(p)));
  });

  it('of every regular period read back from its own dates give the same period', () => {
    fc.assert(fc.property(regularPeriod(), (p) => expect(periodFromDates(p.type, p.from, p.to)).toEqual({ ok: true, period: p })));
  });
});

describe('period names', () => {
  it('are always NFC, lower case, with the correct diacritics of official reports', () => {
    const shape = /^(tháng (0[12]|[3-9]|1[0-2])|quý (I|II|III|IV)|6 tháng (đầu|cuối)|9 tháng)? ?năm \d{4}$/u;
    fc.assert(
      fc.property(regularPeriod(), (p) => {
        expect(p.name.normalize('NFC')).toBe(p.name);
        expect(p.name).toMatch(shape);
      }),
    );
    fc.assert(fc.property(reviewPeriod(), (p) => expect(p.name).toMatch(/^từ ngày \d{2}\/(0[12]|[3-9]|1[0-2])\/\d{4} đến ngày \d{2}\/(0[12]|[3-9]|1[0-2])\/\d{4}$/u)));
  });
});
