/**
 * What one source file becomes once its bytes are in memory (roll-up, issue 11): a child
 * report's summary (the core's `readChild`), a shard's unit tabs, or a failure whose Vietnamese
 * detail says what is wrong and what to do. Runs in a worker thread (./worker.ts) or, when there
 * are no workers, in the main thread, and never throws: whatever goes wrong with one file is
 * that file's failure. The main thread reads the file's bytes (through the CLI's file-system
 * port); a child report that has sources of its own (a ward whose chi bộ are split over shards,
 * a commune with its own children) has them read here, synchronously, from the child's folder,
 * so the summary the parent gets is the child's real one, at most MAX_NESTING levels down.
 *
 * A detail is a clause that follows the core's "Không đọc được dữ liệu của đơn vị … từ "…": ",
 * so it does not name the source again.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { RawTab, RawWorkbook } from '../../domain/cells';
import { SETTINGS_TAB, UNITS_TAB } from '../../domain/contract/tabs';
import { readColumnsOf } from '../../domain/rollup/read-hooks';
import { sourceForm, sourcesNeeded, type NeededSource, type SourceContent, type SourceFailure } from '../../domain/rollup/sources';
import { readChild as coreReadChild } from '../../domain/rollup/summarize';
import { findTab, readTable } from '../../domain/workbook/read';
import { describeErrno, errnoCode } from '../files/errors';
import { isNotAWorkbookError, readXlsxBytes } from '../xlsx-read';

/** A source file larger than this is not read (a commune's report is well under 1 MB). */
export const MAX_SOURCE_FILE_BYTES = 50 * 1024 * 1024;
/** What the reader may unpack from one source file (a 1,000-unit workbook unpacks to ~25 MB). */
export const MAX_SOURCE_UNPACKED_BYTES = 128 * 1024 * 1024;
/** Levels of sources read below a child (its shards, its children, theirs). */
export const MAX_NESTING = 3;

/** One file to turn into a SourceContent; travels to a worker as is (structured clone). */
export interface SourceJob {
  readonly kind: 'child' | 'shard';
  /** The source as the units tab writes it. */
  readonly shown: string;
  /** Where the file is: a child's own sources are resolved from its folder. */
  readonly absolute: string;
  /** For a shard, the tabs its units use (null: every tab); other tabs are not sent back. */
  readonly tabs: ReadonlyArray<string> | null;
  /** When the file was read, local time ("2026-04-02T08:30"), for the child cache. */
  readonly readAt: string;
  /** Real paths of the workbooks above this one (a source naming one of them is a loop). */
  readonly ancestors: ReadonlyArray<string>;
}

/** The core's child reader (src/domain/rollup/summarize.ts), or a stand-in in tests. */
export type ReadChild = typeof coreReadChild;

export function failed(kind: SourceFailure['kind'], detail: string): SourceContent {
  return { kind: 'failed', failure: { kind, detail } };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** A clause for what the system said about reading a source file. */
export function errnoDetail(error: unknown, shown: string, absolute: string): SourceContent {
  const code = errnoCode(error) ?? 'UNKNOWN';
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return failed('not_found', `không tìm thấy tệp (đường dẫn tính từ thư mục của bảng tính ghi nguồn này: ${absolute}). Hãy kiểm tra tên tệp ở cột Nguồn dữ liệu, hoặc chép tệp vào đúng chỗ.`);
  }
  if (code === 'EACCES' || code === 'EPERM') return failed('no_access', 'không có quyền đọc tệp. Hãy xin quyền đọc, hoặc chép tệp sang thư mục của bạn.');
  if (code === 'EISDIR') return failed('unreadable', 'đây là một thư mục, không phải tệp. Hãy ghi tên tệp .xlsx ở cột Nguồn dữ liệu.');
  if (code === 'NOT_A_FILE') return failed('unreadable', 'đây không phải một tệp thường (mà là thiết bị, ống dẫn hay thứ khác của hệ thống) nên không đọc. Hãy ghi tên tệp .xlsx ở cột Nguồn dữ liệu.');
  return failed('unreadable', lowerFirst(describeErrno(code, 'read', shown)));
}

export function tooLargeFile(size: number): SourceContent {
  return failed(
    'unreadable',
    `tệp lớn quá (${Math.round(size / 1024 / 1024)} MB, tối đa ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MB) nên không đọc. Báo cáo của một đơn vị thường chỉ vài trăm KB: hãy kiểm tra lại tệp.`,
  );
}

/**
 * The sources a workbook names, as the core lists them; without asking the core when no cell of
 * its units tab can be a source at all (the core's own rule, `sourceForm`): the core's
 * `sourcesNeeded` reads the whole workbook, which is as long as checking it, and almost no
 * workbook (no child report of a province, no ordinary report) names a source.
 */
export function neededSources(raw: RawWorkbook): ReadonlyArray<NeededSource> {
  const units = findTab(raw, UNITS_TAB.name);
  const candidate = units?.rows.some((row, i) => i > 0 && row.some((cell) => typeof cell === 'string' && sourceForm(cell) !== 'unknown')) ?? false;
  return candidate ? sourcesNeeded(raw) : [];
}

/** A unit's tab name as the units tab gives it (that tab alone is read); null when blank or unknown. */
export function unitTabs(raw: RawWorkbook): (unitId: string) => string | null {
  const units = findTab(raw, UNITS_TAB.name);
  const records = units === undefined ? [] : readTable(units, readColumnsOf(UNITS_TAB), 1, units.rows.length).records;
  const tabs = new Map(records.map((u) => [String(u['id']), String(u['tab'] ?? '')] as const));
  return (unitId) => {
    const tab = tabs.get(unitId);
    return tab === undefined || tab.trim() === '' ? null : tab;
  };
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
  const named = job.tabs
    .slice(0, 3)
    .map((t) => `"${t}"`)
    .join(', ');
  return failed(
    'not_baocao',
    `tệp không có tab nào của các đơn vị ghi nguồn là tệp này (${named}${job.tabs.length > 3 ? ', …' : ''}) và không phải bảng tính làm từ mẫu baocao. Hãy kiểm tra cột Nguồn dữ liệu.`,
  );
}

function readRaw(bytes: Uint8Array): RawWorkbook | SourceContent {
  try {
    return readXlsxBytes(bytes, { maxUnpackedBytes: MAX_SOURCE_UNPACKED_BYTES });
  } catch (error) {
    if (isNotAWorkbookError(error)) {
      return failed(error.kind === 'notFound' ? 'not_found' : 'unreadable', `${error.reason}. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.`);
    }
    return failed('unreadable', 'tệp bị hỏng hoặc không phải bảng tính .xlsx. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.');
  }
}

function isContent(value: RawWorkbook | SourceContent): value is SourceContent {
  return 'kind' in value;
}

/** The child's own sources, read from its folder (synchronously: this runs in a worker). */
function nestedSources(raw: RawWorkbook, job: SourceJob, readChild: ReadChild): Map<string, SourceContent> | undefined {
  const needed = neededSources(raw);
  if (needed.length === 0) return undefined;
  const reads = new Map<string, SourceContent>();
  const tabOf = needed.some((n) => n.kind === 'shard') ? unitTabs(raw) : () => null;
  const folder = dirname(job.absolute);
  const own = safeRealpath(job.absolute);
  for (const n of needed) {
    const absolute = isAbsolute(n.key) ? resolve(n.key) : resolve(folder, n.key);
    const real = safeRealpath(absolute);
    if (real !== null && (real === own || job.ancestors.includes(real))) {
      reads.set(n.key, failed('unreadable', 'nguồn này là một bảng tính cấp trên của chính nó (vòng lặp); không đọc lại. Hãy kiểm tra cột Nguồn dữ liệu.'));
      continue;
    }
    if (job.ancestors.length + 1 >= MAX_NESTING && n.kind === 'child') {
      reads.set(n.key, failed('unreadable', `báo cáo nằm sâu quá ${MAX_NESTING} cấp dưới báo cáo đang tổng hợp nên không đọc. Hãy tổng hợp từng cấp một.`));
      continue;
    }
    const tabs = n.kind === 'shard' ? n.unitIds.map(tabOf) : [];
    const nested: SourceJob = {
      kind: n.kind,
      shown: n.source,
      absolute,
      tabs: tabs.some((t) => t === null) ? null : [...new Set(tabs as string[])],
      readAt: job.readAt,
      ancestors: own === null ? job.ancestors : [...job.ancestors, own],
    };
    reads.set(n.key, readFileSource(nested, readChild));
  }
  return reads;
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** A source below a child: read from the disk here, then parsed like any other. */
function readFileSource(job: SourceJob, readChild: ReadChild): SourceContent {
  let bytes: Buffer;
  try {
    const info = statSync(job.absolute);
    if (info.isDirectory()) return errnoDetail({ code: 'EISDIR' }, job.shown, job.absolute);
    // A device or a pipe (a link to /dev/zero, a FIFO) would be read forever: only regular files are read.
    if (!info.isFile()) return errnoDetail({ code: 'NOT_A_FILE' }, job.shown, job.absolute);
    if (info.size > MAX_SOURCE_FILE_BYTES) return tooLargeFile(info.size);
    bytes = readFileSync(job.absolute);
  } catch (error) {
    return errnoDetail(error, job.shown, job.absolute);
  }
  return parseSource(job, bytes, readChild);
}

export function parseSource(job: SourceJob, bytes: Uint8Array, readChild: ReadChild = coreReadChild): SourceContent {
  const raw = readRaw(bytes);
  if (isContent(raw)) return raw;
  if (job.kind === 'shard') {
    const kept = shardTabs(raw, job.tabs);
    return shardProblem(raw, kept, job) ?? { kind: 'shard', raw: kept };
  }
  try {
    return readChild(raw, job.readAt, nestedSources(raw, job, readChild));
  } catch {
    // The core's reader is meant to be total; should it ever throw, this child fails alone.
    return failed('unreadable', `nội dung bảng tính có chỗ chương trình chưa đọc được. Hãy chạy "baocao validate" trên tệp "${job.shown}" để xem lỗi.`);
  }
}
