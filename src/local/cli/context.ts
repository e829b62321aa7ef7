/**
 * What every command of the command line is given: the terminal (io), the file system port,
 * the exit code setter, path resolution from the folder the person typed the command in, the
 * workbook reader (and the reader of the other workbooks its units tab names as sources), the
 * safe output writer and the lock. A command module uses only this, so a
 * new command (e.g. `setup`, which writes into the workbook) gets the same guarantees: paths
 * as typed, Vietnamese file errors, no output onto an input, atomic writes, one run at a time.
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawWorkbook } from '../../domain/cells';
import type { SourceReads } from '../../domain/rollup/sources';
import { guarded } from '../files/errors';
import { nodeFileSystem, type FileSystem } from '../files/file-system';
import { acquireLock, type LockOptions, type Release } from '../files/lock';
import { userPath, type UserPath } from '../files/paths';
import { checkOutput, writeOutput, type OutputRequest, type WriteResult } from '../files/safe-write';
import { readXlsx } from '../xlsx';
import { defaultSourceWorkers, readWorkbookSources, type SourceWorkers } from './sources';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Progress lines for long work; silent when not attached to a terminal. */
  readonly progress: (text: string) => void;
  /** One progress line rewritten in place (a progress bar), ended by null; absent or silent when not a terminal. */
  readonly progressLine?: (text: string | null) => void;
  /** How the sources of a roll-up are parsed (worker script, threads); defaults to ./sources.ts. */
  readonly sourceWorkers?: SourceWorkers;
  /** The folder relative paths are resolved against (see src/local/files/paths.ts). */
  readonly cwd: string;
  /** The real clock; tests pass a fixed one. */
  readonly now: () => Date;
  /** The disk; tests pass a wrapper that injects failures. Defaults to the real one. */
  readonly fs?: FileSystem;
  /** Where locks keyed by a workbook live; defaults to the system's temporary folder. */
  readonly lockDirectory?: string;
  readonly lockOptions?: LockOptions;
  /** How the person runs this program, for commands printed to copy ("baocao", "npm run baocao --"). */
  readonly invokedAs?: string;
}

export const EXIT = { ok: 0, hasErrors: 1, unusable: 2 } as const;

/** The command was used wrongly or cannot go on; `message` is the Vietnamese sentence. Exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliContext {
  readonly io: CliIo;
  readonly fs: FileSystem;
  /** The command to print in suggestions: "baocao" or "npm run baocao --". */
  readonly invokedAs: string;
  setExit(code: number): void;
  /** A path the person typed, resolved from the folder they typed it in. */
  path(typed: string): UserPath;
  readWorkbook(file: UserPath): Promise<RawWorkbook>;
  /**
   * The shards and child reports the workbook's units tab names, read (paths from the
   * workbook's folder); undefined when it names none. Every command that checks a workbook
   * passes this to the use case (commands/shared.ts `readWithSources`).
   */
  readSources(file: UserPath, raw: RawWorkbook): Promise<SourceReads | undefined>;
  /** Refuses (FileError) an output `writeOutput` would refuse, before any long work is done. */
  checkOutput(request: Omit<OutputRequest, 'bytes'>): Promise<void>;
  writeOutput(request: OutputRequest): Promise<WriteResult>;
  /**
   * Takes the exclusive lock named by `key` (e.g. a workbook's real path) or throws a FileError
   * saying `what` is busy; the lock file lives in the lock folder, named by a hash of the key.
   */
  lockKey(key: string, what: string): Promise<Release>;
  /** Takes the exclusive lock in the file `lockFile` (e.g. inside an output folder). */
  lockFile(lockFile: UserPath, what: string): Promise<Release>;
}

export function createContext(io: CliIo, setExit: (code: number) => void): CliContext {
  const fs = io.fs ?? nodeFileSystem;
  const lockDirectory = io.lockDirectory ?? tmpdir();
  return {
    io,
    fs,
    invokedAs: io.invokedAs ?? 'baocao',
    setExit,
    path: (typed) => userPath(io.cwd, typed),
    readWorkbook: async (file) => {
      io.progress(`Đang đọc ${file.typed}…`);
      const bytes = await guarded('read', file.typed, () => fs.readFile(file.absolute));
      return readXlsx(bytes, { fileLabel: file.typed });
    },
    readSources: async (file, raw) => {
      const read = await readWorkbookSources(
        { fs, now: io.now, workers: io.sourceWorkers ?? defaultSourceWorkers(), progressLine: io.progressLine ?? (() => undefined), progress: io.progress },
        file,
        raw,
      );
      return read?.reads;
    },
    checkOutput: async (request) => {
      await checkOutput(fs, request);
    },
    writeOutput: (request) => writeOutput(fs, request),
    lockKey: async (key, what) => {
      const name = `baocao-${createHash('sha256').update(key).digest('hex').slice(0, 24)}.lock`;
      const path = join(lockDirectory, name);
      await guarded('mkdir', lockDirectory, () => fs.mkdirp(lockDirectory));
      return acquireLock(fs, path, what, path, io.lockOptions);
    },
    lockFile: (lockFile, what) => acquireLock(fs, lockFile.absolute, what, lockFile.typed, io.lockOptions),
  };
}
