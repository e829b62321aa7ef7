/**
 * Dates as the spreadsheet shows them. A Sheets cell holds a wall-clock reading in the
 * spreadsheet's own time zone; Apps Script hands scripts JavaScript instants. Writing a date
 * therefore means choosing the instant whose wall clock reads the intended time in that zone.
 * Every action first makes sure the spreadsheet's zone is Asia/Ho_Chi_Minh (spreadsheet-settings.ts),
 * which has been UTC+7 without daylight saving since 1975, so the instant is plain arithmetic.
 * `new Date(y, m, d)` would use the runtime's zone instead (the script's manifest zone on
 * Google, the machine's in tests): that is how times drifted by 7 hours.
 */

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The instant at which Vietnam's wall clock reads the given local time. */
export function vietnamInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - VIETNAM_OFFSET_MS);
}
