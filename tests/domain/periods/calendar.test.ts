/** Behaviour of moving between periods: next, previous, same period last year, year to date, carried dates, unit lifetimes. */
import fc from 'fast-check';
import {
  matchPeriodOption,
  nextPeriod,
  PERIOD_OPTIONS,
  periodOverlaps,
  periodsForOption,
  previousPeriod,
  samePeriodLastYear,
  shiftForNextPeriod,
  yearToDatePeriods,
} from '../../../src/domain/periods/calendar';
import { parsePeriodKey, periodFromDates, type Period, type PeriodType } from '../../../src/domain/periods/period';
import { addDays, daysBetween, isoParts } from '../../../src/domain/dates';
import { anyPeriod, regularPeriod, reviewPeriod, wholeMonthReview } from '../../support/periods';

const of = (key: string): Period => {
  const p = parsePeriodKey(key);
  if (p === null) throw new Error(`no period ${key}`);
  return p;
};
const dated = (type: PeriodType, from: string, to: string, name?: string): Period => {
  const result = periodFromDates(type, from, to, name);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.period;
};
const daysOf = (p: Period): number => daysBetween(p.from, p.to) + 1;
const spansWholeMonths = (p: Period): boolean => isoParts(p.from).day <= 28 && isoParts(p.from).day === isoParts(addDays(p.to, 1)).day;
const keys = (periods: ReadonlyArray<Period>): string[] => periods.map((p) => p.key);

describe('the previous and next period', () => {
  it.each([
    ['2026-01', '2025-12', '2026-02'],
    ['2026-12', '2026-11', '2027-01'],
    ['2026-Q1', '2025-Q4', '2026-Q2'],
    ['2026-Q4', '2026-Q3', '2027-Q1'],
    ['2026-H1', '2025-H2', '2026-H2'],
    ['2026-H2', '2026-H1', '2027-H1'],
    ['2026-9M', '2025-9M', '2027-9M'],
    ['2026', '2025', '2027'],
  ])('of %s are %s and %s', (key, previous, next) => {
    expect(previousPeriod(of(key)).key).toBe(previous);
    expect(nextPeriod(of(key)).key).toBe(next);
  });

  it('names them in Vietnamese: before 6 tháng đầu năm 2026 comes 6 tháng cuối năm 2025; before 9 tháng năm 2026, 9 tháng năm 2025', () => {
    expect(previousPeriod(of('2026-H1')).name).toBe('6 tháng cuối năm 2025');
    expect(previousPeriod(of('2026-9M'))).toEqual({ type: 'nine', key: '2025-9M', from: '2025-01-01', to: '2025-09-30', name: '9 tháng năm 2025' });
    expect(nextPeriod(of('2023-Q1')).name).toBe('quý II năm 2023');
  });

  it('keeps a shifted period on its cut-off day', () => {
    const march = dated('month', '2023-02-15', '2023-03-14');
    expect(previousPeriod(march)).toMatchObject({ key: '2023-02', from: '2023-01-15', to: '2023-02-14' });
    expect(nextPeriod(march)).toMatchObject({ key: '2023-04', from: '2023-03-15', to: '2023-04-14' });
    expect(nextPeriod(dated('year', '2022-12-15', '2023-12-14'))).toMatchObject({ key: '2024', from: '2023-12-15', to: '2024-12-14' });
  });

  it('moves a review spanning whole months by its months, named by its dates', () => {
    const example = dated('review', '2022-02-11', '2023-03-10', '01 năm thực hiện Quy chế');
    expect(nextPeriod(example)).toEqual({
      type: 'review',
      key: 'R:2023-03-11..2024-04-10',
      from: '2023-03-11',
      to: '2024-04-10',
      name: 'từ ngày 11/3/2023 đến ngày 10/4/2024',
    });
    expect(previousPeriod(example)).toMatchObject({ from: '2021-01-11', to: '2022-02-10' });
    expect(nextPeriod(dated('review', '2023-03-01', '2024-02-29'))).toMatchObject({ from: '2024-03-01', to: '2025-02-28' });
  });

  it('moves any other review by its length in days', () => {
    const sixteenDays = dated('review', '2023-03-05', '2023-03-20');
    expect(nextPeriod(sixteenDays)).toMatchObject({ from: '2023-03-21', to: '2023-04-05' });
    expect(previousPeriod(sixteenDays)).toMatchObject({ from: '2023-02-17', to: '2023-03-04' });
  });

  it('are exact inverses for every regular period and every review spanning whole months', () => {
    fc.assert(
      fc.property(fc.oneof(regularPeriod(), wholeMonthReview()), (p) => {
        const plain = p.type === 'review' ? dated('review', p.from, p.to) : p;
        expect(nextPeriod(previousPeriod(plain))).toEqual(plain);
        expect(previousPeriod(nextPeriod(plain))).toEqual(plain);
      }),
    );
  });

  it('are exact inverses for a review of days, unless the shifted review happens to span whole months', () => {
    fc.assert(
      fc.property(reviewPeriod(), (p) => {
        fc.pre(!spansWholeMonths(p));
        const previous = previousPeriod(p);
        const next = nextPeriod(p);
        expect(daysOf(previous)).toBe(daysOf(p));
        if (!spansWholeMonths(previous)) expect(nextPeriod(previous)).toEqual(p);
        if (!spansWholeMonths(next)) expect(previousPeriod(next)).toEqual(p);
      }),
    );
    // The exception, written down: 608 days from 01/5/2057 step back onto 20 whole months, which then step forward by months.
    const odd = dated('review', '2057-05-01', '2058-12-29');
    expect(previousPeriod(odd)).toMatchObject({ from: '2055-09-01', to: '2057-04-30' });
    expect(nextPeriod(previousPeriod(odd))).toMatchObject({ from: '2057-05-01', to: '2058-12-31' });
  });

  it('follow each other without gap or overlap, and keep the type', () => {
    fc.assert(
      fc.property(anyPeriod(), (p) => {
        const next = nextPeriod(p);
        expect(next.type).toBe(p.type);
        expect(next.key).not.toBe(p.key);
        // 9 tháng and năm repeat yearly; every other type tiles the calendar.
        if (p.type !== 'nine' && p.type !== 'year') expect(daysBetween(p.to, next.from)).toBe(1);
      }),
    );
  });
});

describe('the calendar range', () => {
  it('ends at 2200: a review read from its dates always has neighbours, but stepping twice past 2200 is a programming error', () => {
    const long = dated('review', '2140-01-01', '2169-06-30');
    expect(nextPeriod(long)).toMatchObject({ from: '2169-07-01', to: '2198-12-31' });
    expect(() => nextPeriod(nextPeriod(long))).toThrow(RangeError);
    expect(periodFromDates('review', '2100-01-01', '2160-12-31')).toEqual({ ok: false, problem: { kind: 'out-of-range' } });
  });
});

describe('the same period last year', () => {
  it.each([
    ['2026-03', '2025-03'],
    ['2026-Q2', '2025-Q2'],
    ['2026-H1', '2025-H1'],
    ['2026-H2', '2025-H2'],
    ['2026-9M', '2025-9M'],
    ['2026', '2025'],
  ])('of %s is %s', (key, last) => {
    expect(samePeriodLastYear(of(key)).key).toBe(last);
  });

  it('moves a review back twelve months, keeping whole months whole', () => {
    expect(samePeriodLastYear(dated('review', '2023-03-01', '2024-02-29'))).toMatchObject({ from: '2022-03-01', to: '2023-02-28' });
    expect(samePeriodLastYear(dated('review', '2022-02-11', '2023-03-10'))).toMatchObject({ from: '2021-02-11', to: '2022-03-10' });
    expect(samePeriodLastYear(dated('review', '2024-02-10', '2024-02-29'))).toMatchObject({ from: '2023-02-10', to: '2023-02-28' });
  });

  it('is one year before for every regular period', () => {
    fc.assert(
      fc.property(regularPeriod(), (p) => {
        const last = samePeriodLastYear(p);
        expect(last.type).toBe(p.type);
        expect(Number(last.from.slice(0, 4))).toBe(Number(p.from.slice(0, 4)) - 1);
        expect(last.from.slice(4)).toBe(p.from.slice(4));
      }),
    );
  });
});

describe('the periods of the year to date', () => {
  it('are the months or quarters up to and including this one', () => {
    expect(keys(yearToDatePeriods(of('2023-03')))).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(keys(yearToDatePeriods(of('2023-01')))).toEqual(['2023-01']);
    expect(keys(yearToDatePeriods(of('2023-Q3')))).toEqual(['2023-Q1', '2023-Q2', '2023-Q3']);
  });

  it('are 6 tháng đầu and cuối for 6 tháng cuối năm; 6 tháng đầu năm, 9 tháng, năm and reviews are their own', () => {
    expect(keys(yearToDatePeriods(of('2026-H2')))).toEqual(['2026-H1', '2026-H2']);
    expect(keys(yearToDatePeriods(of('2026-H1')))).toEqual(['2026-H1']);
    expect(keys(yearToDatePeriods(of('2026-9M')))).toEqual(['2026-9M']);
    expect(keys(yearToDatePeriods(of('2026')))).toEqual(['2026']);
    const review = dated('review', '2022-02-11', '2023-03-10', 'Sơ kết');
    expect(yearToDatePeriods(review)).toEqual([review]);
  });

  it('of month m are m consecutive months of the same year, ending with it, on its cut-off day', () => {
    fc.assert(
      fc.property(regularPeriod(), (p) => {
        const list = yearToDatePeriods(p);
        expect(list[list.length - 1]).toEqual(p);
        if (p.type === 'month') expect(list).toHaveLength(Number(p.key.slice(5)));
        list.slice(1).forEach((q, i) => expect(previousPeriod(q)).toEqual(list[i]));
        for (const q of list) expect(q.key.slice(0, 4)).toBe(p.key.slice(0, 4));
      }),
    );
    expect(keys(yearToDatePeriods(dated('month', '2023-02-15', '2023-03-14')))).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(yearToDatePeriods(dated('month', '2023-02-15', '2023-03-14'))[0]).toMatchObject({ from: '2022-12-15', to: '2023-01-14' });
  });
});

describe('placeholder period options', () => {
  it('are matched without diacritics, case or extra spaces', () => {
    expect(PERIOD_OPTIONS.map((o) => o.label)).toEqual(['kỳ trước', 'cùng kỳ', 'lũy kế']);
    expect(matchPeriodOption('Kỳ trước')).toBe('previous');
    expect(matchPeriodOption('ky   truoc')).toBe('previous');
    expect(matchPeriodOption('CÙNG KỲ')).toBe('sameLastYear');
    expect(matchPeriodOption('cùng kỳ năm trước')).toBe('sameLastYear');
    expect(matchPeriodOption('luỹ kế')).toBe('yearToDate');
    expect(matchPeriodOption('luy ke'.normalize('NFD'))).toBe('yearToDate');
    expect(matchPeriodOption('tuần trước')).toBeNull();
    expect(matchPeriodOption('')).toBeNull();
  });

  it('give the periods they refer to', () => {
    expect(keys(periodsForOption('previous', of('2026-H1')))).toEqual(['2025-H2']);
    expect(keys(periodsForOption('sameLastYear', of('2026-H1')))).toEqual(['2025-H1']);
    expect(keys(periodsForOption('yearToDate', of('2026-Q2')))).toEqual(['2026-Q1', '2026-Q2']);
  });
});

describe('dates carried to the next period', () => {
  const jan = of('2023-01');
  it('keep a month end at the month end, clamped to the month length', () => {
    expect(shiftForNextPeriod('2023-01-31', jan, of('2023-02'))).toBe('2023-02-28');
    expect(shiftForNextPeriod('2024-01-31', of('2024-01'), of('2024-02'))).toBe('2024-02-29');
    expect(shiftForNextPeriod('2023-01-31', jan, of('2023-03'))).toBe('2023-03-31');
    expect(shiftForNextPeriod('2023-02-28', of('2023-02'), of('2023-03'))).toBe('2023-03-31');
    expect(shiftForNextPeriod('2023-01-30', jan, of('2023-02'))).toBe('2023-02-28');
    // A February deadline on its last day cannot say whether it meant "the 28th" or "the month end": it is read as the end.
    expect(shiftForNextPeriod('2023-01-28', jan, of('2023-02'))).toBe('2023-02-28');
    expect(shiftForNextPeriod('2023-02-28', of('2023-02'), of('2023-03'))).toBe('2023-03-31');
  });

  it('keep the same day of the month otherwise, also after the period end', () => {
    expect(shiftForNextPeriod('2023-01-25', jan, of('2023-02'))).toBe('2023-02-25');
    expect(shiftForNextPeriod('2023-02-05', jan, of('2023-02'))).toBe('2023-03-05');
    expect(shiftForNextPeriod('2023-04-10', of('2023-Q1'), of('2023-Q2'))).toBe('2023-07-10');
    expect(shiftForNextPeriod('2024-01-15', of('2023'), of('2024'))).toBe('2025-01-15');
    expect(shiftForNextPeriod('2023-03-10', dated('month', '2023-02-15', '2023-03-14'), dated('month', '2023-03-15', '2023-04-14'))).toBe('2023-04-10');
  });

  it('move with a review: by its months when it spans whole months, else by its days', () => {
    const example = dated('review', '2022-02-11', '2023-03-10');
    expect(shiftForNextPeriod('2023-03-10', example, nextPeriod(example))).toBe('2024-04-10');
    const sixteenDays = dated('review', '2023-03-05', '2023-03-20');
    expect(shiftForNextPeriod('2023-03-22', sixteenDays, nextPeriod(sixteenDays))).toBe('2023-04-07');
  });

  it('come back to the same date when carried to the next period and back, away from month ends', () => {
    fc.assert(
      fc.property(regularPeriod(), fc.integer({ min: -20, max: 40 }), (p, offset) => {
        const date = addDays(p.to, offset);
        fc.pre(Number(date.slice(8)) <= 27);
        const next = nextPeriod(p);
        expect(shiftForNextPeriod(shiftForNextPeriod(date, p, next), next, p)).toBe(date);
      }),
    );
  });
});

describe('units that exist part of the time', () => {
  const march = of('2023-03');
  it.each([
    [null, null, true],
    ['2023-03-31', null, true],
    ['2023-04-01', null, false],
    [null, '2023-03-01', true],
    [null, '2023-02-28', false],
    ['2023-03-10', '2023-03-20', true],
    ['2022-01-01', '2024-01-01', true],
    ['2023-03-20', '2023-03-10', false],
  ])('active from %s to %s: in tháng 3 năm 2023 is %s', (from, to, expected) => {
    expect(periodOverlaps(march, from, to)).toBe(expected);
  });
});
