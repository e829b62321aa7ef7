/**
 * A FileSystem that passes every call to the real disk except the ones a test wants to fail,
 * which fail the way Node fails them: an Error whose `code` is the errno name, with `syscall`
 * and `path`, and Node's English message (https://nodejs.org/api/errors.html#class-systemerror),
 * so a test can check that none of that English reaches the person. Tests run as root, and
 * root passes every permission check (CAP_DAC_OVERRIDE, capabilities(7)): a chmod-000 file or a
 * read-only folder cannot fail for real here, so EACCES/EPERM/EROFS/ENOSPC… are injected.
 * Counts every call per operation.
 */
import type { FileSystem } from '../../../src/local/files/file-system';
import { nodeFileSystem } from '../../../src/local/files/file-system';

export type Operation = keyof FileSystem;

export interface Fault {
  readonly op: Operation;
  /** Which paths fail: a substring, a pattern or a test on the absolute path. */
  readonly path: string | RegExp | ((path: string) => boolean);
  readonly code: string;
}

const ENGLISH: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  EMFILE: 'too many open files',
  EIO: 'i/o error',
};

const SYSCALL: Readonly<Partial<Record<Operation, string>>> = {
  readFile: 'open',
  createExclusive: 'open',
  rename: 'rename',
  mkdirp: 'mkdir',
  stat: 'stat',
  lstat: 'lstat',
  readdir: 'scandir',
  unlink: 'unlink',
  chmod: 'chmod',
  realpath: 'realpath',
  readlink: 'readlink',
};

export function systemError(code: string, op: Operation, path: string): NodeJS.ErrnoException {
  const syscall = SYSCALL[op] ?? op;
  return Object.assign(new Error(`${code}: ${ENGLISH[code] ?? 'unknown error'}, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

function matches(fault: Fault, path: string): boolean {
  if (typeof fault.path === 'string') return path.includes(fault.path);
  if (fault.path instanceof RegExp) return fault.path.test(path);
  return fault.path(path);
}

export interface FaultyFileSystem extends FileSystem {
  readonly calls: Record<string, number>;
}

export function faultyFileSystem(faults: ReadonlyArray<Fault>, base: FileSystem = nodeFileSystem): FaultyFileSystem {
  const calls: Record<string, number> = {};
  const wrap = <K extends Operation>(op: K): FileSystem[K] =>
    (async (...args: unknown[]) => {
      calls[op] = (calls[op] ?? 0) + 1;
      const path = String(args[0]);
      const fault = faults.find((f) => f.op === op && matches(f, path));
      if (fault !== undefined) throw systemError(fault.code, op, path);
      return (base[op] as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as FileSystem[K];
  const fs = Object.fromEntries((Object.keys(base) as Operation[]).map((op) => [op, wrap(op)])) as unknown as FileSystem;
  return Object.assign(fs, { calls });
}
