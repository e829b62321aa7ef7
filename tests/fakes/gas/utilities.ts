/**
 * Fake Utilities: formatDate with real time-zone handling (Intl under the hood, Java
 * SimpleDateFormat letters on top), a sleep that records how long the script asked to wait and
 * moves the simulated clock on by as much (a sleeping execution still uses its 6 minutes), and
 * deterministic UUIDs so outputs are stable across runs.
 */
import type { UtilitiesSurface } from '../../../src/gas/surface';
import type { CallLog } from './call-log';
import { formatJavaDate } from './zoned-time';

export class FakeUtilities implements UtilitiesSurface {
  /** Total milliseconds the code under test asked to sleep. */
  sleptMs = 0;
  /** Called with each sleep's length; the environment advances its simulated clock. */
  onSleep: (milliseconds: number) => void = () => undefined;
  private uuidCounter = 0;

  constructor(private readonly calls: CallLog) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.calls.record('Utilities.formatDate');
    if (!(date instanceof Date)) throw new Error('Invalid argument: date');
    return formatJavaDate(date, timeZone, format);
  }

  sleep(milliseconds: number): void {
    this.calls.record('Utilities.sleep');
    this.sleptMs += milliseconds;
    this.onSleep(milliseconds);
  }

  getUuid(): string {
    this.calls.record('Utilities.getUuid');
    this.uuidCounter += 1;
    return `00000000-0000-4000-8000-${String(this.uuidCounter).padStart(12, '0')}`;
  }
}
