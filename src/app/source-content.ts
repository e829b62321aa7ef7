/**
 * What one source read in full becomes (roll-up, issue 11), the same in every runtime: a child
 * report's summary, a shard's unit tabs, or a failure whose Vietnamese detail names the source
 * and says what to do. A child must be a baocao workbook with every configuration tab under its
 * own name; a shard is kept to the tabs its units use. Never throws: whatever goes wrong with one
 * source is that source's failure, and the other sources go on.
 *
 * The checks and their wording are those of the offline reader (src/local/rollup/parse-source.ts,
 * `childLayoutProblem`, `shardTabs`), so that a child reads the same in Sheets and offline; the
 * offline reader can import them from here.
 */
import type { RawTab, RawWorkbook } from '../domain/cells';
import { SETTINGS_TAB, TABLE_TABS } from '../domain/contract/tabs';
import type { SourceContent, SourceFailure } from '../domain/rollup/sources';
import type { ChildSummary } from '../domain/rollup/summary';
import { findTab } from '../domain/workbook/read';

/** The configuration tabs a baocao workbook has: a child report without them is not one. */
const BAOCAO_TABS: ReadonlyArray<string> = [SETTINGS_TAB.name, ...TABLE_TABS.map((t) => t.name)];

export function failed(kind: SourceFailure['kind'], detail: string): SourceContent {
  return { kind: 'failed', failure: { kind, detail } };
}

/** A child report must be a baocao workbook: all its configuration tabs, under their names. */
export function childLayoutProblem(raw: RawWorkbook, shown: string): SourceContent | null {
  const missing = BAOCAO_TABS.filter((name) => findTab(raw, name) === undefined);
  if (missing.length === 0) return null;
  const list = missing.map((n) => `"${n}"`).join(', ');
  if (missing.length === BAOCAO_TABS.length) {
    return failed(
      'not_baocao',
      `Tệp "${shown}" là bảng tính nhưng không phải báo cáo làm bằng baocao (không có tab ${list}). Hãy ghi đúng tệp báo cáo của đơn vị cấp dưới ở cột Nguồn dữ liệu.`,
    );
  }
  return failed(
    'tabs_missing',
    `Tệp "${shown}" thiếu tab ${list} của mẫu báo cáo (có thể đã bị đổi tên hoặc xóa). Hãy đề nghị đơn vị cấp dưới đặt lại đúng tên tab như mẫu.`,
  );
}

/** The tabs a shard's units use, in the shard's order; null keeps every tab. */
export function shardTabs(raw: RawWorkbook, wanted: ReadonlyArray<string> | null): RawWorkbook {
  if (wanted === null) return raw;
  const keep = new Set<RawTab>();
  for (const name of wanted) {
    const tab = findTab(raw, name);
    if (tab !== undefined) keep.add(tab);
  }
  return { tabs: raw.tabs.filter((t) => keep.has(t)) };
}

/**
 * A child's content from its cells: its layout first, then its summary. `whenSummaryFails` is the
 * runtime's advice should summarizing ever throw (it is meant to be total).
 */
export function childContent(
  raw: RawWorkbook,
  shown: string,
  readAt: string,
  summarize: (raw: RawWorkbook) => ChildSummary,
  whenSummaryFails: string,
): SourceContent {
  const problem = childLayoutProblem(raw, shown);
  if (problem !== null) return problem;
  try {
    return { kind: 'child', summary: summarize(raw), readAt };
  } catch {
    return failed('unreadable', whenSummaryFails);
  }
}
