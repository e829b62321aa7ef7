/**
 * Dates as a spreadsheet shows them. A Sheets cell holds a wall-clock reading in the
 * spreadsheet's own time zone; Apps Script hands scripts JavaScript instants. Writing a date
 * therefore means choosing the instant whose wall clock, in the spreadsheet's zone, reads the
 * intended time. `new Date(y, m, d)` would use the runtime's zone instead (the script's manifest
 * zone on Google, the machine's zone in tests), which is how times drifted by 7 hours.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: number, timeZone: string): number[] {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  return [parts.year ?? 0, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0];
}

/** The instant at which the wall clock in `timeZone` reads the given local time. */
export function instantOfWallClock(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  // Two corrections settle any fixed or DST offset; a third covers a guess that crossed a transition.
  for (let i = 0; i < 3; i += 1) {
    const [y, mo, d, h, mi, s] = partsIn(guess, timeZone);
    const shown = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
    if (shown === wanted) break;
    guess += wanted - shown;
  }
  return new Date(guess);
}
