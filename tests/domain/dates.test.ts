/** Behaviour of time-zone-free calendar dates: parsing what clerks type, serials, arithmetic. */
import fc from 'fast-check';
import { addDays, dayNumber, daysBetween, fromDayNumber, fromSerial, isoDateInZone, parseDateText, toSerial } from '../../src/domain/dates';

describe('calendar dates', () => {
  it('reads the forms clerks type and refuses impossible dates', () => {
    expect(parseDateText('16/3/2023')).toBe('2023-03-16');
    expect(parseDateText('10/03/2023')).toBe('2023-03-10');
    expect(parseDateText('2023-03-16')).toBe('2023-03-16');
    expect(parseDateText('16.3.2023')).toBe('2023-03-16');
    expect(parseDateText('29/02/2024')).toBe('2024-02-29');
    expect(parseDateText('29/02/2023')).toBeNull();
    expect(parseDateText('31/04/2023')).toBeNull();
    expect(parseDateText('mười sáu tháng ba')).toBeNull();
  });

  it('converts spreadsheet serial numbers both ways', () => {
    expect(fromSerial(45000).date).toBe('2023-03-15');
    expect(fromSerial(45000.5)).toEqual({ date: '2023-03-15', time: '12:00' });
    fc.assert(fc.property(fc.integer({ min: 1000, max: 80000 }), (serial) => expect(toSerial(fromSerial(serial).date)).toBe(serial)));
  });

  it('counts days exactly across months and leap years', () => {
    expect(daysBetween('2023-03-10', '2023-03-12')).toBe(2);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    fc.assert(fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => expect(dayNumber(fromDayNumber(n))).toBe(n)));
  });

  it('takes today in Asia/Ho_Chi_Minh, not the server zone', () => {
    // 2023-03-11 18:30 UTC is already 12 March in Vietnam (UTC+7).
    expect(isoDateInZone(new Date(Date.UTC(2023, 2, 11, 18, 30)), 'Asia/Ho_Chi_Minh')).toBe('2023-03-12');
  });
});
