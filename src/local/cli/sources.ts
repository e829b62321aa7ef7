/**
 * The command line's door to a workbook's other sources (roll-up, issue 11): the shards and
 * child reports its units tab names are read before the workbook is checked, by every command
 * that reads a workbook, through `CliContext.readSources`. Parsing runs in a pool of worker
 * threads, one per core (the bundled build/source-worker.js; the main thread when it is not
 * there, as under the tests, or when there are too few files to pay for starting workers),
 * with a progress bar on stderr ("Đang đọc 37/135 báo cáo cấp dưới…", rewritten in place) when
 * it is a terminal.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import type { RawWorkbook } from '../../domain/cells';
import { isoDateTimeInZone, REPORT_TIME_ZONE } from '../../domain/dates';
import type { SourceReads } from '../../domain/rollup/sources';
import type { FileSystem } from '../files/file-system';
import type { UserPath } from '../files/paths';
import { neededSources, unitTabs } from '../rollup/parse-source';
import { mainThreadPool, threadPool, type SourcePool } from '../rollup/pool';
import { readSources, type SourcesRead } from '../rollup/read-sources';

/** How sources are parsed; the defaults suit the command line, tests and the bench choose. */
export interface SourceWorkers {
  /** The worker script (bundled ../rollup/worker.ts); null parses in the main thread. */
  readonly script: string | null;
  /** Most worker threads; 1 parses in the main thread. */
  readonly threads: number;
  /** Fewer files than this are parsed in the main thread (MIN_FILES_FOR_THREADS unless told). */
  readonly minFiles?: number;
}

/**
 * A worker costs ~0.1 s of CPU to start and warms its compiled code up on its own, about a
 * quarter more CPU than one thread doing everything (scripts/bench-rollup.ts): below this many
 * files the main thread finishes first (3 commune reports: 0.29 s in the main thread, 0.49 s in
 * two workers, measured on this 2-core machine).
 */
export const MIN_FILES_FOR_THREADS = 8;

/**
 * The cores not already busy: every core on an idle computer, fewer on a shared one. Workers on
 * cores that are not free only add their start-up and warm-up (about a quarter more CPU): on
 * this 2-core machine, loaded by other jobs (load average 4), two workers took 5.8 s for 135
 * communes and the main thread alone 4.5 s (scripts/bench-rollup.ts). The load average is the
 * system's (0 on Windows, where every core is then used), as `make -l` uses it.
 */
export function spareCores(cores: number = availableParallelism(), load: number = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}

/** Next to the bundled command line (build/cli.js), when it was built; as many workers as spare cores. */
export function defaultSourceWorkers(): SourceWorkers {
  const script = join(__dirname, 'source-worker.js');
  return { script: existsSync(script) ? script : null, threads: spareCores() };
}

/** What the progress bar and the closing line call the files being read. */
export function sourcesLabel(kinds: { child: number; shard: number }): string {
  if (kinds.shard === 0) return 'báo cáo cấp dưới';
  if (kinds.child === 0) return 'bảng tính cùng mẫu';
  return 'bảng tính nguồn';
}

export interface SourceReadingIo {
  readonly fs: FileSystem;
  readonly now: () => Date;
  readonly workers: SourceWorkers;
  /** One line rewritten in place; null ends it. */
  readonly progressLine: (text: string | null) => void;
  readonly progress: (text: string) => void;
}

/** The pool for `files` files: threads only when there are several files and a worker script. */
export function poolFor(workers: SourceWorkers, files: number): SourcePool {
  const main = mainThreadPool();
  const threads = Math.min(workers.threads, files);
  const enough = files >= (workers.minFiles ?? MIN_FILES_FOR_THREADS);
  return workers.script !== null && threads > 1 && enough ? threadPool(workers.script, threads, main) : main;
}

/**
 * Every source the workbook at `file` names, read; undefined when it names none (the use cases
 * then behave exactly as before roll-up existed).
 */
export async function readWorkbookSources(io: SourceReadingIo, file: UserPath, raw: RawWorkbook): Promise<(SourcesRead & { readonly label: string }) | undefined> {
  const needed = neededSources(raw);
  if (needed.length === 0) return undefined;
  const kinds = { child: needed.filter((n) => n.kind === 'child').length, shard: needed.filter((n) => n.kind === 'shard').length };
  const label = sourcesLabel(kinds);
  const pool = poolFor(io.workers, needed.length);
  let shownAt = 0;
  try {
    const result = await readSources({
      fs: io.fs,
      parent: file,
      needed,
      tabOf: needed.some((n) => n.kind === 'shard') ? unitTabs(raw) : () => null,
      pool,
      readAt: isoDateTimeInZone(io.now(), REPORT_TIME_ZONE),
      onProgress: (done, total) => {
        // A terminal redraws fast, but 135 redraws in a second are noise: ten a second at most.
        const at = Date.now();
        if (done < total && at - shownAt < 100) return;
        shownAt = at;
        io.progressLine(`Đang đọc ${done}/${total} ${label}…`);
      },
    });
    io.progressLine(null);
    io.progress(`Đã đọc ${result.files - result.failed}/${result.files} ${label}${result.failed > 0 ? `; ${result.failed} không đọc được (xem phần kiểm tra)` : ''}.`);
    return { ...result, label };
  } finally {
    await pool.close();
  }
}

export type { SourceReads };
