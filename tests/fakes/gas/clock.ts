/**
 * A simulated clock for the add-in's time budget: it starts at a chosen instant and advances by
 * a stated latency for every service call the code makes (the fakes answer instantly, Google
 * does not), so a loop that forgets to check the clock runs past the 6-minute wall in a test
 * exactly as it would on Google. The latencies are stated, not measured: Google publishes no
 * per-call figure, so the add-in keeps well inside its budget whatever they are.
 */
import type { CallKind, CallLog } from './call-log';

export type Latency = Readonly<Record<CallKind, number>>;

/** No latency: time moves only when a test sets or advances it. */
export const NO_LATENCY: Latency = { read: 0, write: 0, docs: 0, local: 0, other: 0 };
/** The benchmark's stated latencies (ms per round trip). */
export const STATED_LATENCY: Latency = { read: 150, write: 150, docs: 600, local: 0, other: 100 };

export class SimulatedClock {
  private time: number;

  constructor(
    start: Date,
    calls: CallLog,
    public latency: Latency = NO_LATENCY,
  ) {
    this.time = start.getTime();
    calls.onRecord((record) => {
      this.time += this.latency[record.kind];
    });
  }

  now(): Date {
    return new Date(this.time);
  }

  set(instant: Date): void {
    this.time = instant.getTime();
  }

  advance(ms: number): void {
    this.time += ms;
  }
}
