/**
 * The "Dữ liệu cấp dưới" tab: one row per child report with where it was read, when, whether it
 * could be, why not, and its summary as JSON, split over continuation cells of at most
 * CHILD_CACHE_CELL_CHARS. Written by the adapters after reading children (Sheets: a few at a
 * time across executions, merging what the tab already holds), and read back by validation so
 * that the report and the progress tab need no re-read. Pure; runs in the Apps Script bundle.
 */
import { cellText, isBlank, type CellValue, type RawTab, type RawWorkbook } from '../cells';
import { CHILD_CACHE_COLUMNS } from '../contract/tables';
import { CHILD_CACHE_TAB } from '../contract/tabs';
import { looseKey, nfc } from '../text';
import { planTableTab, type TabPlan } from '../workbook/layout';
import { parseCell } from '../workbook/parse-cell';
import { findTab } from '../workbook/read';
import { CHILD_CACHE_CELL_CHARS } from './limits';
import type { NeededSource } from './origins';
import { sourceKey, type SourceContent, type SourceReads } from './sources';
import { parseChildSummary } from './summary-parse';

/** Header of the cells that continue a long summary. */
export const CHILD_CACHE_CONTINUATION = `${CHILD_CACHE_COLUMNS.summary.label} (tiếp)`;

/**
 * Splits a JSON text into cells of at most `max` characters. A cell never starts with "=", "+",
 * "-", "@" or a space (a spreadsheet could take it for a formula or trim it), never ends with a
 * space, and a surrogate pair is never cut.
 */
export function splitForCells(text: string, max = CHILD_CACHE_CELL_CHARS): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + max, text.length);
    const unsafe = (i: number) => {
      const code = text.charCodeAt(i);
      return (code >= 0xdc00 && code <= 0xdfff) || /[\s=+\-@]/.test(text[i] ?? '') || /\s/.test(text[i - 1] ?? '');
    };
    while (end < text.length && end > start + 1 && unsafe(end)) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length === 0 ? [''] : parts;
}

type CachedChild = Pick<NeededSource, 'unitId' | 'source' | 'key'> & { readonly kind: string };

interface CacheRecord {
  readonly unitId: string;
  readonly source: string;
  readonly readAt: string | null;
  readonly state: 'ok' | 'error';
  readonly detail: string | null;
  readonly summary: ReadonlyArray<string>;
}

function recordsOf(children: ReadonlyArray<CachedChild>, reads: SourceReads): CacheRecord[] {
  const records: CacheRecord[] = [];
  for (const child of children) {
    if (child.kind !== 'child') continue;
    const content = reads.get(child.key);
    if (content === undefined || content.kind === 'shard') continue;
    if (content.kind === 'failed') {
      records.push({ unitId: child.unitId, source: child.source, readAt: content.readAt ?? null, state: 'error', detail: content.failure.detail, summary: [] });
    } else {
      records.push({ unitId: child.unitId, source: child.source, readAt: content.readAt, state: 'ok', detail: null, summary: splitForCells(JSON.stringify(content.summary)) });
    }
  }
  return records;
}

/**
 * The cache tab for these children (kind "child" only; a shard is read whole each time) with
 * what `reads` holds for them; a child absent from `reads` gets no row. To keep earlier rows when
 * only some children were read now, pass `new Map([...sourceReadsFromCache(raw), ...fresh])`.
 */
export function planChildCacheTab(children: ReadonlyArray<CachedChild>, reads: SourceReads): TabPlan {
  const records = recordsOf(children, reads);
  const base = planTableTab(CHILD_CACHE_TAB, records.map((r) => ({ ...r, summary: r.summary[0] ?? null })), 'system');
  const summaryCol = Object.keys(CHILD_CACHE_COLUMNS).indexOf('summary') + 1;
  const extra = Math.max(0, ...records.map((r) => r.summary.length - 1));
  const rows = base.rows.map((row, i) => {
    if (i === 0) return [...row, ...Array.from({ length: extra }, () => CHILD_CACHE_CONTINUATION)];
    const more = records[i - 1]?.summary.slice(1) ?? [];
    return [...row, ...more];
  });
  return {
    ...base,
    rows,
    columnWidths: [...base.columnWidths, ...Array.from({ length: extra }, () => base.columnWidths[summaryCol - 1] ?? 60)],
    // JSON is for the add-in, not for reading: no wrapping, no tall rows.
    wrapColumns: base.wrapColumns.filter((c) => c !== summaryCol),
    rowHeights: [],
    formats: [
      ...base.formats,
      ...(extra > 0 && records.length > 0 ? [{ range: { row: 2, col: summaryCol + 1, rows: records.length, cols: extra }, format: 'text' as const }] : []),
    ],
  };
}

/** The cache tab's rows (header first), for adapters that write rows rather than plans. */
export function childCacheRows(children: ReadonlyArray<CachedChild>, reads: SourceReads): CellValue[][] {
  return planChildCacheTab(children, reads).rows;
}

function columnIndexes(tab: RawTab): Partial<Record<keyof typeof CHILD_CACHE_COLUMNS, number>> {
  const header = (tab.rows[0] ?? []).map((c) => looseKey(nfc(cellText(c))));
  const found: Partial<Record<keyof typeof CHILD_CACHE_COLUMNS, number>> = {};
  for (const [field, def] of Object.entries(CHILD_CACHE_COLUMNS) as Array<[keyof typeof CHILD_CACHE_COLUMNS, (typeof CHILD_CACHE_COLUMNS)[keyof typeof CHILD_CACHE_COLUMNS]]>) {
    const keys = [def.label, ...def.aliases].map(looseKey);
    const index = header.findIndex((h) => keys.includes(h));
    if (index >= 0) found[field] = index;
  }
  return found;
}

/**
 * What the cache tab says was read, by source key: a child's summary, or the failure of its last
 * read. A row whose summary is damaged or of another version is left out (the child is read again).
 */
export function sourceReadsFromCache(raw: RawWorkbook): Map<string, SourceContent> {
  const reads = new Map<string, SourceContent>();
  const tab = findTab(raw, CHILD_CACHE_TAB.name);
  if (tab === undefined) return reads;
  const cols = columnIndexes(tab);
  if (cols.source === undefined || cols.state === undefined) return reads;
  for (const row of tab.rows.slice(1)) {
    const cell = (index: number | undefined): CellValue => (index === undefined ? null : (row[index] ?? null));
    const source = parseCell(CHILD_CACHE_COLUMNS.source, cell(cols.source)).value;
    const state = parseCell(CHILD_CACHE_COLUMNS.state, cell(cols.state)).value;
    if (source === null || state === null) continue;
    const readAt = parseCell(CHILD_CACHE_COLUMNS.readAt, cell(cols.readAt)).value;
    const key = sourceKey(source);
    if (state === 'error') {
      const detail = parseCell(CHILD_CACHE_COLUMNS.detail, cell(cols.detail)).value;
      reads.set(key, { kind: 'failed', failure: { kind: 'unreadable', detail: detail ?? 'Lần đọc gần nhất không thành công.' }, readAt });
      continue;
    }
    if (cols.summary === undefined) continue;
    const parts: string[] = [];
    for (let i = cols.summary; i < row.length && !isBlank(row[i]); i += 1) parts.push(cellText(row[i] ?? null));
    const summary = parseChildSummary(parts.join(''));
    if (summary !== null) reads.set(key, { kind: 'child', summary, readAt });
  }
  return reads;
}
