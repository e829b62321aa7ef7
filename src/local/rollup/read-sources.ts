/**
 * Reads every source a workbook's units tab names (roll-up, issue 11), offline, into the
 * SourceReads the core takes. Paths are the units tab's "Nguồn dữ liệu" cells, resolved from the
 * folder of the workbook that names them (an absolute path is used as is; ".." is allowed: the
 * files are only read, never written). Each file is read once however many units or spellings
 * name it ("xa/a.xlsx", "./xa/a.xlsx", a symbolic link), through the CLI's file-system port, and
 * parsed by the pool (worker threads); a few files are read ahead of the workers, not all at
 * once, so memory stays bounded. A source that cannot be read becomes a 'failed' content (with
 * when it was tried) whose Vietnamese detail says why and what to do (the core's finding names
 * the unit and the source); the others go on. Never throws for a source's sake.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { SourceContent, SourceReads } from '../../domain/rollup/sources';
import type { FileSystem } from '../files/file-system';
import type { UserPath } from '../files/paths';
import { errnoDetail, failed, MAX_SOURCE_FILE_BYTES, tooLargeFile, type SourceJob } from './parse-source';
import type { SourcePool } from './pool';

/** One unit's source as the core lists it (src/domain/rollup/sources.ts `sourcesNeeded`). */
export interface NeededSource {
  readonly unitId: string;
  /** Every unit whose data is there (a shard holds many); absent: `unitId` alone. */
  readonly unitIds?: ReadonlyArray<string>;
  readonly source: string;
  readonly key: string;
  readonly kind: 'shard' | 'child';
}

export interface ReadSourcesOptions {
  readonly fs: FileSystem;
  /** The workbook whose units tab names the sources. */
  readonly parent: UserPath;
  readonly needed: ReadonlyArray<NeededSource>;
  /** A unit's tab name (for a shard, only its units' tabs are kept); null when unknown. */
  readonly tabOf: (unitId: string) => string | null;
  readonly pool: SourcePool;
  /** When the files are read, local time, recorded with each child's summary. */
  readonly readAt: string;
  /** After each file: how many are done, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SourcesRead {
  readonly reads: SourceReads;
  /** Distinct files (or links) the sources name. */
  readonly files: number;
  readonly failed: number;
  readonly kinds: { readonly child: number; readonly shard: number };
}

interface FilePlan {
  readonly kind: 'shard' | 'child';
  readonly shown: string;
  readonly absolute: string;
  readonly keys: string[];
  readonly unitIds: string[];
  content: SourceContent | null;
}

/** A Google Sheets link or a bare spreadsheet id: what the add-in reads, not a file. */
function sheetsReference(key: string): boolean {
  return /^https?:\/\//i.test(key) || /\/spreadsheets\/d\//.test(key) || (/^[A-Za-z0-9_-]{25,}$/.test(key) && !/\.xlsx$/i.test(key));
}

async function locate(fs: FileSystem, parentReal: string, plan: { shown: string; absolute: string }): Promise<{ real: string } | { content: SourceContent }> {
  try {
    const real = await fs.realpath(plan.absolute);
    if (real === parentReal) {
      return { content: failed('unreadable', 'đây là chính bảng tính đang tổng hợp. Hãy ghi đường dẫn tới bảng tính của đơn vị.') };
    }
    return { real };
  } catch (error) {
    return { content: errnoDetail(error, plan.shown, plan.absolute) };
  }
}

async function readOne(options: ReadSourcesOptions & { readonly parentReal: string }, plan: FilePlan): Promise<SourceContent> {
  const { fs } = options;
  let bytes: Buffer;
  try {
    const info = await fs.stat(plan.absolute);
    if (info.kind === 'directory') return errnoDetail({ code: 'EISDIR' }, plan.shown, plan.absolute);
    // A device or a pipe (a link to /dev/zero, a FIFO) would be read forever: only regular files are read.
    if (info.kind !== 'file') return errnoDetail({ code: 'NOT_A_FILE' }, plan.shown, plan.absolute);
    if (info.size > MAX_SOURCE_FILE_BYTES) return tooLargeFile(info.size);
    bytes = await fs.readFile(plan.absolute);
  } catch (error) {
    return errnoDetail(error, plan.shown, plan.absolute);
  }
  const tabs = plan.kind === 'shard' ? plan.unitIds.map(options.tabOf) : [];
  const job: SourceJob = {
    kind: plan.kind,
    shown: plan.shown,
    absolute: plan.absolute,
    tabs: tabs.some((t) => t === null) ? null : [...new Set(tabs as string[])],
    readAt: options.readAt,
    ancestors: [options.parentReal],
  };
  return options.pool.parse(job, bytes);
}

export async function readSources(options: ReadSourcesOptions): Promise<SourcesRead> {
  const { fs, parent } = options;
  const folder = dirname(parent.absolute);
  const parentReal = await fs.realpath(parent.absolute).catch(() => parent.absolute);

  // One entry per key, in the units tab's order; the first unit naming a key decides its kind.
  const byKey = new Map<string, { kind: 'shard' | 'child'; shown: string; unitIds: string[] }>();
  for (const n of options.needed) {
    if (n.key === '') continue;
    const entry = byKey.get(n.key);
    const unitIds = n.unitIds !== undefined && n.unitIds.length > 0 ? n.unitIds : [n.unitId];
    if (entry === undefined) byKey.set(n.key, { kind: n.kind, shown: n.source.trim(), unitIds: [...unitIds] });
    else entry.unitIds.push(...unitIds);
  }

  const contents = new Map<string, SourceContent>();
  const files = new Map<string, FilePlan>();
  const fileOfKey = new Map<string, FilePlan>();
  for (const [key, entry] of byKey) {
    if (sheetsReference(key)) {
      contents.set(
        key,
        failed(
          'not_found',
          'đây là một bảng tính Google Sheets; dòng lệnh chỉ đọc tệp .xlsx trên máy. Hãy tải bảng tính đó về (Tệp > Tải xuống > Microsoft Excel (.xlsx)) và ghi đường dẫn tệp ở cột Nguồn dữ liệu của một bản sao dùng cho dòng lệnh, hoặc tổng hợp trong Google Sheets.',
        ),
      );
      continue;
    }
    const absolute = isAbsolute(key) ? resolve(key) : resolve(folder, key);
    const where = await locate(fs, parentReal, { shown: entry.shown, absolute });
    if ('content' in where) {
      contents.set(key, where.content);
      continue;
    }
    const id = `${entry.kind}:${where.real}`;
    let plan = files.get(id);
    if (plan === undefined) {
      plan = { kind: entry.kind, shown: entry.shown, absolute, keys: [], unitIds: [], content: null };
      files.set(id, plan);
    }
    plan.keys.push(key);
    plan.unitIds.push(...entry.unitIds);
    fileOfKey.set(key, plan);
  }

  const total = contents.size + files.size;
  let done = contents.size;
  options.onProgress?.(done, total);
  const plans = [...files.values()];
  // A few files read ahead of the pool keep it busy without holding every file's bytes at once.
  const inFlight = Math.max(2, options.pool.size * 2);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < plans.length) {
      const plan = plans[next]!;
      next += 1;
      plan.content = await readOne({ ...options, parentReal }, plan);
      done += 1;
      options.onProgress?.(done, total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, plans.length) }, lane));

  const reads = new Map<string, SourceContent>();
  let failures = 0;
  for (const key of byKey.keys()) {
    const content = contents.get(key) ?? fileOfKey.get(key)?.content ?? null;
    if (content === null) continue;
    reads.set(key, content.kind === 'failed' && content.readAt === undefined ? { ...content, readAt: options.readAt } : content);
  }
  for (const content of [...contents.values(), ...plans.map((p) => p.content)]) if (content?.kind === 'failed') failures += 1;
  const kinds = { child: 0, shard: 0 };
  for (const entry of byKey.values()) kinds[entry.kind] += 1;
  return { reads, files: total, failed: failures, kinds };
}
