/**
 * The Sheets API's per-user, per-minute request quota, counted on the simulated clock: "Read
 * requests: per minute per user per project 60; write requests: 60" (300 per minute per project
 * for each), a read being "any method that retrieves data from a spreadsheet, such as get",
 * and a request beyond the quota answered "429: Too many requests"
 * (https://developers.google.com/workspace/sheets/api/limits). The answer's wording is the one
 * Google's front end gives, as reported by API users: "Quota exceeded for quota metric 'Read
 * requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'
 * for consumer 'project_number:…'." with status RESOURCE_EXHAUSTED
 * (a-marenkov/gsheets#92, AutomaApp/automa#1877, r-lib/gargle#160).
 *
 * Google says only that the quotas "are refilled every minute"; the fake counts a sliding
 * window of the last 60 seconds, which is at least as strict as any per-minute reading: code
 * that stays inside it stays inside Google's. A refused request is not counted. Every request
 * Google receives is counted, including one that ends in 403 or 404.
 */
import { GoogleJsonResponseException } from './errors';

export const QUOTA_WINDOW_MS = 60 * 1000;
export const SHEETS_READS_PER_MINUTE_PER_USER = 60;
export const SHEETS_WRITES_PER_MINUTE_PER_USER = 60;

export type QuotaKind = 'read' | 'write';

/** Google's wording for a request past the per-user quota. */
export function quotaExceededMessage(kind: QuotaKind, projectNumber: string): string {
  const metric = kind === 'read' ? 'Read' : 'Write';
  return (
    `Quota exceeded for quota metric '${metric} requests' and limit '${metric} requests per minute per user' ` +
    `of service 'sheets.googleapis.com' for consumer 'project_number:${projectNumber}'.`
  );
}

export class SheetsQuota {
  /** Set false to model a project whose quota was raised out of reach (the default is Google's). */
  enabled = true;
  /** Requests refused with 429, for tests and the benchmark. */
  refused = 0;
  /** The most requests of one kind one user had inside any 60-second window. */
  peak: Record<QuotaKind, number> = { read: 0, write: 0 };
  private readonly used = new Map<string, number[]>();

  constructor(
    private readonly now: () => number,
    private readonly projectNumber: string,
    readonly limits: Readonly<Record<QuotaKind, number>> = { read: SHEETS_READS_PER_MINUTE_PER_USER, write: SHEETS_WRITES_PER_MINUTE_PER_USER },
  ) {}

  /** Counts one request of `user`, or refuses it with Google's 429 when the window is full. */
  take(kind: QuotaKind, user: string, method: string): void {
    if (!this.enabled) return;
    const key = `${kind}:${user.toLowerCase()}`;
    const now = this.now();
    const recent = (this.used.get(key) ?? []).filter((t) => t > now - QUOTA_WINDOW_MS);
    if (recent.length >= this.limits[kind]) {
      this.used.set(key, recent);
      this.refused += 1;
      throw new GoogleJsonResponseException(method, 429, quotaExceededMessage(kind, this.projectNumber));
    }
    recent.push(now);
    this.used.set(key, recent);
    this.peak[kind] = Math.max(this.peak[kind], recent.length);
  }

  /** Requests of `user` inside the last 60 seconds. */
  inWindow(kind: QuotaKind, user: string): number {
    const now = this.now();
    return (this.used.get(`${kind}:${user.toLowerCase()}`) ?? []).filter((t) => t > now - QUOTA_WINDOW_MS).length;
  }
}
