/**
 * Where a unit's data lives (roll-up, issue 11) and what was found there. A unit of the units tab
 * is a tab of this workbook, a tab of another workbook laid out like this one (a shard), or a
 * whole report of the level below (a child). Adapters read every source before the use cases
 * run (offline in worker threads, in Sheets one read per source) and hand the results to the core
 * as `SourceReads`, keyed by `sourceKey`, so the core stays pure and synchronous.
 *
 * Decisions, for docs/rollup.md and the checks in ./checks: a source is a Google Sheets link, a
 * bare spreadsheet id, or a path ending in ".xlsx". A path is taken relative to the folder of the
 * workbook that names it; "../" is allowed (a province keeps its communes' files in a sibling
 * folder) and so is an absolute path, which only works on the computer that wrote it (a warning).
 */
import type { RawWorkbook } from '../cells';
import { readWorkbook } from '../workbook/read';
import { neededOf, selfSourceKey, unitOrigins, type NeededSource } from './origins';
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
  | { readonly kind: 'failed'; readonly failure: SourceFailure; readonly readAt?: string | null };

/** Source key → what was read there. A source the adapters did not read is simply absent. */
export type SourceReads = ReadonlyMap<string, SourceContent>;

export {
  declaredOrigin,
  isAbsolutePath,
  neededOf,
  shardTabName,
  sourceForm,
  sourceKey,
  splitShardTab,
  unitOrigins,
  type NeededSource,
  type SourceForm,
  type UnitOrigin,
} from './origins';

/**
 * What the adapters must read before the use cases run: every shard and child source named in the
 * units tab, once per source key, in the units tab's order. Pure and tolerant: rows that cannot be
 * read, a source without a kind, a child named twice or this workbook itself are left out (the
 * validation reports each on its cell).
 */
export function sourcesNeeded(raw: RawWorkbook): ReadonlyArray<NeededSource> {
  const { workbook } = readWorkbook(raw);
  const selfKey = selfSourceKey(workbook.settings?.spreadsheetUrl ?? null);
  return neededOf(workbook.units, unitOrigins(workbook.units, selfKey));
}
