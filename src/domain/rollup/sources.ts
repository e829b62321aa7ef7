/**
 * Where a unit's data lives (roll-up, issue 11) and what was found there. A unit of the units tab
 * is a tab of this workbook, a tab of another workbook laid out like this one (a shard), or a
 * whole report of the level below (a child). Adapters read every source before the use cases
 * run (offline in worker threads, in Sheets one read per source) and hand the results to the core
 * as `SourceReads`, keyed by `sourceKey`, so the core stays pure and synchronous.
 */
import type { RawWorkbook } from '../cells';
import type { ChildSummary } from './summary';

export type SourceFailureKind =
  | 'not_found'
  | 'no_access'
  | 'not_baocao'
  | 'tabs_missing'
  | 'wrong_period'
  | 'unreadable';

export interface SourceFailure {
  readonly kind: SourceFailureKind;
  /** Vietnamese, for the finding: what went wrong and what to do. */
  readonly detail: string;
}

export type SourceContent =
  | { readonly kind: 'shard'; readonly raw: RawWorkbook }
  | { readonly kind: 'child'; readonly summary: ChildSummary; readonly readAt: string | null }
  | { readonly kind: 'failed'; readonly failure: SourceFailure };

/** Source key → what was read there. A source the adapters did not read is simply absent. */
export type SourceReads = ReadonlyMap<string, SourceContent>;

const SHEETS_URL = /\/spreadsheets\/d\/([A-Za-z0-9_-]{20,})/;

/**
 * The key of a source as typed in the units tab: a Google Sheets link and its bare id give the
 * same key; a file path is trimmed and its separators made "/" (case kept: file systems differ).
 */
export function sourceKey(source: string): string {
  const text = source.normalize('NFC').trim();
  const id = SHEETS_URL.exec(text);
  if (id !== null && id[1] !== undefined) return id[1];
  return text.replace(/\\/g, '/');
}
