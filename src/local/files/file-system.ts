/**
 * The file operations the command line needs, as a small port over node:fs/promises. Commands
 * never call node:fs directly: they go through this port so that every failure is turned into a
 * Vietnamese sentence in one place (./errors.ts), and so that tests can inject the failures a
 * root-run test machine cannot produce for real (EACCES on a chmod-000 file, ENOSPC, EROFS…)
 * with a wrapper around the real implementation (tests/local/files/faulty-fs.ts).
 */
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, readlink, realpath, rename, stat, unlink, chmod } from 'node:fs/promises';

export interface FileInfo {
  readonly kind: 'file' | 'directory' | 'symlink' | 'other';
  /** Permission bits (mode & 0o7777). */
  readonly mode: number;
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface FileSystem {
  readFile(path: string): Promise<Buffer>;
  /** Follows symbolic links. */
  stat(path: string): Promise<FileInfo>;
  /** Does not follow a symbolic link at `path` itself. */
  lstat(path: string): Promise<FileInfo>;
  realpath(path: string): Promise<string>;
  readlink(path: string): Promise<string>;
  readdir(path: string): Promise<string[]>;
  mkdirp(path: string): Promise<void>;
  /**
   * Creates `path`, which must not exist yet (O_CREAT|O_EXCL), writes `bytes`, flushes them to
   * the disk and closes it. `mode` is filtered by the umask as for any new file.
   */
  createExclusive(path: string, bytes: Buffer | string, mode?: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
}

function info(stats: Stats): FileInfo {
  const kind = stats.isSymbolicLink() ? 'symlink' : stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  return { kind, mode: stats.mode & 0o7777, dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs };
}

/** The real disk. */
export const nodeFileSystem: FileSystem = {
  readFile: (path) => readFile(path),
  stat: async (path) => info(await stat(path)),
  lstat: async (path) => info(await lstat(path)),
  realpath: (path) => realpath(path),
  readlink: (path) => readlink(path),
  readdir: (path) => readdir(path),
  mkdirp: async (path) => {
    await mkdir(path, { recursive: true });
  },
  createExclusive: async (path, bytes, mode = 0o666) => {
    const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  chmod: (path, mode) => chmod(path, mode),
};
