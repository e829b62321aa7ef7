/**
 * Calendar dates without time zones. The core works on "YYYY-MM-DD" strings (and
 * "YYYY-MM-DDTHH:mm" local times in Asia/Ho_Chi_Minh for timestamps), so that a date typed in
 * Hà Nội never shifts a day when a server in another zone reads it. Adapters convert
 * spreadsheet dates into these strings; nothing here touches the JavaScript Date's local zone.
 */

/** "2023-03-16" */
export type IsoDate = string;
/** "2023-03-16T08:30" local time in the report's zone. */
export type IsoDateTime = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date.slice(0, 10));
  if (!match) throw new RangeError(`Ngày không hợp lệ: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function makeIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The days a report can mention: from the founding of the Party (1930) to the end of the century.
 * A date cell outside them is a typing slip (a year typed as a number reads as 1905; a serial like
 * 1e9 is no date at all), so the cell parser reports it instead of reading it.
 */
export const DATE_RANGE = { min: '1930-01-01', max: '2100-12-31' } as const;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && makeIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

export function isIsoDateTime(text: string): boolean {
  const match = ISO_DATE_TIME.exec(text);
  if (match === null) return false;
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  return (
    makeIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) !== null && hour < 24 && minute < 60
  );
}

/** Days since 1970-01-01 for a civil date (proleptic Gregorian), without Date's time zone. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = isoParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

// Spreadsheet serial day 25569 is 1970-01-01 in both Excel (1900 system) and Google Sheets.
const SERIAL_EPOCH = 25569;

/** A spreadsheet date serial (days since 1899-12-30, fraction = time) → local date and time. */
export function fromSerial(serial: number): { date: IsoDate; time: string } {
  const whole = Math.floor(serial);
  const minutes = Math.round((serial - whole) * 24 * 60);
  const hh = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { date: fromDayNumber(whole - SERIAL_EPOCH), time: `${hh}:${mm}` };
}

export function toSerial(date: IsoDate): number {
  return dayNumber(date) + SERIAL_EPOCH;
}

/**
 * Reads the date forms clerks type: "16/3/2023", "16/03/2023", "16-3-2023", "16.3.2023",
 * "2023-03-16". Returns null for anything else, including impossible dates like 31/02/2023.
 */
export function parseDateText(text: string): IsoDate | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return makeIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (dmy) return makeIsoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return null;
}

/** Today's date in a time zone, from an instant: the one place a real clock meets the calendar. */
export function isoDateInZone(instant: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Local date-time in a zone, "2023-03-16T08:30". */
export function isoDateTimeInZone(instant: Date, timeZone: string): IsoDateTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
