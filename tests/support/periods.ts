/**
 * fast-check generators of reporting periods for property tests: regular periods of every type,
 * on the calendar or shifted to a cut-off day, and reviews of any length, all well inside the
 * years the period core accepts.
 */
import fc from 'fast-check';
import { addDays, dayNumber, fromDayNumber } from '../../src/domain/dates';
import { PERIOD_MONTHS, periodFromDates, periodOfSlot, type Period, type RegularPeriodType } from '../../src/domain/periods/period';

export const regularTypes: ReadonlyArray<RegularPeriodType> = ['month', 'quarter', 'half', 'nine', 'year'];

export const regularPeriod = (options: { shifted?: boolean } = {}): fc.Arbitrary<Period> =>
  fc
    .record({
      type: fc.constantFrom(...regularTypes),
      year: fc.integer({ min: 1950, max: 2150 }),
      position: fc.nat(),
      startDay: options.shifted === false ? fc.constant(1) : fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 28 })),
    })
    .map(({ type, year, position, startDay }) =>
      periodOfSlot({ type, year, startDay, index: (position % Math.floor(12 / PERIOD_MONTHS[type])) + 1 }),
    );

export const reviewPeriod = (): fc.Arbitrary<Period> =>
  fc
    .record({
      start: fc.integer({ min: dayNumber('1950-01-01'), max: dayNumber('2150-01-01') }),
      length: fc.integer({ min: 1, max: 4000 }),
    })
    .map(({ start, length }) => {
      const from = fromDayNumber(start);
      const result = periodFromDates('review', from, addDays(from, length - 1));
      if (!result.ok) throw new Error(`generator made a refused review ${from} + ${length}`);
      return result.period;
    });

/** Reviews spanning whole months: from day d (1–28) to day d − 1 some months later (or a month end). */
export const wholeMonthReview = (): fc.Arbitrary<Period> =>
  fc
    .record({ year: fc.integer({ min: 1950, max: 2150 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), months: fc.integer({ min: 1, max: 120 }) })
    .map(({ year, month, day, months }) => {
      const from = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const endMonth = year * 12 + month - 1 + months;
      const end = `${Math.floor(endMonth / 12)}-${String((endMonth % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const result = periodFromDates('review', from, addDays(end, -1));
      if (!result.ok) throw new Error(`generator made a refused review ${from} + ${months} months`);
      return result.period;
    });

export const anyPeriod = (): fc.Arbitrary<Period> => fc.oneof(regularPeriod(), reviewPeriod(), wholeMonthReview());
