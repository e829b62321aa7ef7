/**
 * What one source file becomes once its bytes are in memory (roll-up, issue 11): a child
 * report's summary, a shard's unit tabs, or a failure whose Vietnamese detail names the file
 * and says what to do. Runs in a worker thread (./worker.ts) or, when there are no workers, in
 * the main thread; it never touches the disk (the main thread reads the bytes through the CLI's
 * file-system port) and never throws: whatever goes wrong with one file is that file's failure.
 */
import type { RawTab, RawWorkbook } from '../../domain/cells';
import { SETTINGS_TAB, TABLE_TABS } from '../../domain/contract/tabs';
import type { SourceContent, SourceFailure } from '../../domain/rollup/sources';
import type { ChildSummary } from '../../domain/rollup/summary';
import { findTab } from '../../domain/workbook/read';
import { isNotAWorkbookError, readXlsxBytes } from '../xlsx-read';

/** One file to turn into a SourceContent; travels to a worker as is (structured clone). */
export interface SourceJob {
  readonly kind: 'child' | 'shard';
  /** The source as the units tab writes it: how messages name the file. */
  readonly shown: string;
  /** For a shard, the tabs its units use (null: every tab); other tabs are not sent back. */
  readonly tabs: ReadonlyArray<string> | null;
  /** When the file was read, local time ("2026-04-02T08:30"), for the child cache. */
  readonly readAt: string;
  /** The reader's budget of unpacked bytes for this file (a guard against zip bombs). */
  readonly maxUnpackedBytes?: number;
}

export type Summarize = (raw: RawWorkbook) => ChildSummary;

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

/** A shard none of whose units' tabs is there, and that is no baocao workbook either, is the wrong file. */
function shardProblem(raw: RawWorkbook, kept: RawWorkbook, job: SourceJob): SourceContent | null {
  if (job.tabs === null || job.tabs.length === 0 || kept.tabs.length > 0) return null;
  if (findTab(raw, SETTINGS_TAB.name) !== undefined) return null;
  return failed(
    'not_baocao',
    `Tệp "${job.shown}" không có tab nào của các đơn vị ghi nguồn là tệp này (${job.tabs
      .slice(0, 3)
      .map((t) => `"${t}"`)
      .join(', ')}${job.tabs.length > 3 ? ', …' : ''}) và không phải bảng tính làm từ mẫu baocao. Hãy kiểm tra cột Nguồn dữ liệu.`,
  );
}

export function parseSource(job: SourceJob, bytes: Uint8Array, summarize: Summarize): SourceContent {
  let raw: RawWorkbook;
  try {
    raw = readXlsxBytes(bytes, { fileLabel: job.shown, ...(job.maxUnpackedBytes !== undefined ? { maxUnpackedBytes: job.maxUnpackedBytes } : {}) });
  } catch (error) {
    if (isNotAWorkbookError(error)) return failed(error.kind === 'notFound' ? 'not_found' : 'unreadable', error.message);
    return failed('unreadable', `Không đọc được tệp "${job.shown}": tệp bị hỏng hoặc không phải bảng tính .xlsx.`);
  }
  if (job.kind === 'shard') {
    const kept = shardTabs(raw, job.tabs);
    return shardProblem(raw, kept, job) ?? { kind: 'shard', raw: kept };
  }
  const problem = childLayoutProblem(raw, job.shown);
  if (problem !== null) return problem;
  try {
    return { kind: 'child', summary: summarize(raw), readAt: job.readAt };
  } catch {
    // summarizeChild is meant to be total; should it ever throw, this child fails alone.
    return failed('unreadable', `Không tổng hợp được báo cáo "${job.shown}": nội dung bảng tính có chỗ chương trình chưa đọc được. Hãy chạy "baocao validate" trên tệp đó để xem lỗi.`);
  }
}
