/**
 * Which stored numbers are dates, and which dates they are. An .xlsx file keeps a date as a
 * serial number (days since 1900, or 1904 in old Mac workbooks) and tells it apart only by the
 * cell's number format; Strict files may also store ISO text (cell type "d"). Dates reach the
 * core as the wall-clock date and time the person typed, to the minute, as Google Sheets gives.
 */
import type { DateCell } from '../../domain/cells';

/**
 * Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30): 14–22 and
 * 45–47. The East Asian ids (27–36, 50–58) have no fixed code outside those locales' Excel and
 * are read as numbers, as exceljs did.
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATE_FORMATS.has(id);
}

/**
 * Whether a format code shows a date or time: it has a day, month, year, hour, minute, second
 * or Buddhist-year token (any case, as Excel and LibreOffice accept "DD/MM/YYYY") outside quoted
 * text, bracketed locale/colour/condition sections, and escaped or padding characters.
 */
export function isDateFormatCode(code: string): boolean {
  const tokens = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/\\.|[_*]./g, '');
  return /[ymdhsb]/i.test(tokens);
}

const DAY_MS = 86_400_000;
/** Days from the 1900 system's day 0 (30 December 1899, Lotus' leap-year bug included) to 1970. */
const UNIX_EPOCH_SERIAL = 25569;
/** The 1904 system counts from 1 January 1904, 1,462 days later. */
const SYSTEM_1904_OFFSET = 1462;

/**
 * The date a serial stands for, or null when it is beyond what a date can be (the core then
 * sees the number and says what is wrong with it). Serials carry floating-point noise (08:30 may
 * be stored as 08:29:59.999), so the moment is rounded to the second and the seconds dropped.
 */
export function serialToDateCell(serial: number, date1904: boolean): DateCell | null {
  const millis = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? SYSTEM_1904_OFFSET : 0)) * DAY_MS);
  const moment = new Date(Math.round(millis / 1000) * 1000);
  if (Number.isNaN(moment.getTime())) return null;
  return dateCellOf(
    moment.getUTCFullYear(),
    moment.getUTCMonth() + 1,
    moment.getUTCDate(),
    moment.getUTCHours(),
    moment.getUTCMinutes(),
  );
}

/**
 * A cell of type "d": ISO 8601 text, read as the wall-clock date and time it spells (a zone
 * designator, if any, is ignored, as a spreadsheet cell has no time zone). Null when the text is
 * not such a date.
 */
export function isoToDateCell(text: string): DateCell | null {
  const match = /^\s*(-?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*$/.exec(text);
  if (match === null) {
    const time = /^\s*(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*$/.exec(text);
    // A time alone is a time on day 0, as the same value stored as a serial would read.
    if (time === null) return null;
    const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0) + Number(time[4] ?? 0);
    return serialToDateCell(seconds / 86400, false);
  }
  const [, year, month, day, hours, minutes, seconds, fraction] = match;
  const dayStart = new Date(0);
  dayStart.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  // 2023-02-30 is no date: the calendar would roll it over to March.
  if (dayStart.getUTCMonth() !== Number(month) - 1 || dayStart.getUTCDate() !== Number(day)) return null;
  const secondsOfDay = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0) + Number(fraction ?? 0);
  if (Number(hours ?? 0) > 23 || Number(minutes ?? 0) > 59 || secondsOfDay >= 86400) return null;
  const moment = new Date(dayStart.getTime() + Math.round(secondsOfDay) * 1000);
  if (Number.isNaN(moment.getTime())) return null;
  return dateCellOf(
    moment.getUTCFullYear(),
    moment.getUTCMonth() + 1,
    moment.getUTCDate(),
    moment.getUTCHours(),
    moment.getUTCMinutes(),
  );
}

function dateCellOf(year: number, month: number, day: number, hours: number, minutes: number): DateCell {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { date: hours === 0 && minutes === 0 ? date : `${date}T${pad(hours)}:${pad(minutes)}` };
}
