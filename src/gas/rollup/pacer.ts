/**
 * Keeps the reads of other spreadsheets under the Sheets API's per-user quota. Google allows
 * "Read requests: per minute per user per project 60" (300 per project) and answers a request
 * beyond it with "429: Too many requests", advising "an exponential backoff algorithm. After
 * 1 minute, you can execute requests again" (https://developers.google.com/workspace/sheets/api/limits).
 * The add-in's own reads pass through Apps Script's Sheets advanced service, which uses the
 * same API and so the same quota.
 *
 * So the collector paces itself below the limit (PACED_READS_PER_MINUTE in any 60 seconds,
 * leaving room for the three reads of the spreadsheet itself and for another action the same
 * person runs meanwhile), sleeps with Utilities.sleep when the window is full, and if Google
 * still answers 429 it waits 2, 4, 8, 16 then 32 seconds before giving up for this execution
 * (the continuation trigger picks up later; nothing is lost). No wait may carry the execution
 * past its time budget: the pacer stops first (OutOfTime), so a paced run never meets the
 * 6-minute wall.
 */
import type { Budget } from '../budget';
import { isQuotaError } from '../google-errors';

/** Google's documented per-user read quota of the Sheets API, per minute. */
export const SHEETS_READS_PER_MINUTE_PER_USER = 60;
/** What the collector allows itself in any 60 seconds. */
export const PACED_READS_PER_MINUTE = 50;
export const QUOTA_WINDOW_MS = 60 * 1000;
/** Waits after successive 429 answers; their sum (62 s) outlasts Google's one-minute refill. */
export const BACKOFF_MS: ReadonlyArray<number> = [2000, 4000, 8000, 16000, 32000];

/** A wait would have carried the execution past its time budget: stop here and continue later. */
export class OutOfTime extends Error {
  constructor() {
    super('out of time');
    this.name = 'OutOfTime';
  }
}

/** Google kept answering 429 after every backoff: stop reading in this execution. */
export class QuotaExhausted extends Error {
  constructor() {
    super('quota exhausted');
    this.name = 'QuotaExhausted';
  }
}

export interface PacerStats {
  readonly reads: number;
  readonly sleptMs: number;
  readonly retries: number;
}

export class ReadPacer {
  private readonly recent: number[] = [];
  private reads = 0;
  private sleptMs = 0;
  private retries = 0;

  constructor(
    private readonly clock: () => Date,
    private readonly sleep: (milliseconds: number) => void,
    private readonly budget: Budget,
    readonly perMinute: number = PACED_READS_PER_MINUTE,
  ) {}

  /** One read: paced into the window, retried with backoff on 429; other errors pass through. */
  read<T>(body: () => T): T {
    for (let attempt = 0; ; attempt += 1) {
      this.makeRoom();
      this.recent.push(this.clock().getTime());
      this.reads += 1;
      try {
        return body();
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        const wait = BACKOFF_MS[attempt];
        if (wait === undefined) throw new QuotaExhausted();
        this.retries += 1;
        this.wait(wait);
      }
    }
  }

  stats(): PacerStats {
    return { reads: this.reads, sleptMs: this.sleptMs, retries: this.retries };
  }

  /** Sleeps until one more read fits in the last minute's window. */
  private makeRoom(): void {
    const now = this.clock().getTime();
    while (this.recent.length > 0 && this.recent[0]! <= now - QUOTA_WINDOW_MS) this.recent.shift();
    if (this.recent.length < this.perMinute) return;
    // The oldest read leaves the window one minute after it was made (plus a little for clock skew).
    this.wait(this.recent[0]! + QUOTA_WINDOW_MS + 250 - now);
    this.makeRoom();
  }

  private wait(milliseconds: number): void {
    if (milliseconds <= 0) return;
    if (this.budget.elapsedMs() + milliseconds >= this.budget.limitMs) throw new OutOfTime();
    this.sleep(milliseconds);
    this.sleptMs += milliseconds;
  }
}
