/**
 * An exclusive lock between processes on one machine, as a lock file created with O_EXCL (only
 * one process can create it; open(2): "if O_CREAT and O_EXCL are set, open() shall fail if the
 * file exists"). The file holds the owner's process id, host and start time. A lock left by a
 * process that died (its pid no longer exists on this host, kill(pid, 0) answers ESRCH) is stale
 * and is taken over; the take-over itself is guarded by a second O_EXCL file, so two processes
 * that find the same stale lock cannot both take it.
 */
import { hostname } from 'node:os';
import { errnoCode, FileError, fileError } from './errors';
import type { FileSystem } from './file-system';

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
}

export interface LockOptions {
  /** Whether a process with this id is running on this host. */
  readonly isAlive?: (pid: number) => boolean;
  readonly host?: string;
  readonly now?: () => Date;
  /** A lock file nobody can read (a crash while writing it) counts as stale after this long. */
  readonly unreadableStaleAfterMs?: number;
}

export type Release = () => Promise<void>;

/** kill(pid, 0) sends nothing: ESRCH means no such process, EPERM means it exists but is not ours. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.startedAt === 'string'
      ? { pid: value.pid, host: value.host, startedAt: value.startedAt }
      : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock at `path` or throws a FileError (code LOCKED) naming `what` is busy. `shown`
 * names the lock file in the message, for the person who must remove it by hand.
 */
export async function acquireLock(fs: FileSystem, path: string, what: string, shown: string, options: LockOptions = {}): Promise<Release> {
  const isAlive = options.isAlive ?? processIsAlive;
  const host = options.host ?? hostname();
  const now = options.now ?? (() => new Date());
  const me: LockOwner = { pid: process.pid, host, startedAt: now().toISOString() };
  const release: Release = async () => {
    await fs.unlink(path).catch(() => undefined);
  };

  const tryCreate = async (): Promise<boolean> => {
    try {
      await fs.createExclusive(path, JSON.stringify(me), 0o644);
      return true;
    } catch (error) {
      if (errnoCode(error) === 'EEXIST') return false;
      throw fileError(error, 'write', shown);
    }
  };

  if (await tryCreate()) return release;

  const busy = (owner: LockOwner | null): FileError =>
    new FileError(
      `${what} đang được một lần chạy khác dùng${owner === null ? '' : ` (tiến trình ${owner.pid} trên máy ${owner.host}, từ ${owner.startedAt})`}. ` +
        `Hãy đợi lần đó xong rồi chạy lại. Nếu chắc chắn không còn lần nào đang chạy, hãy xóa tệp "${shown}".`,
      shown,
      'LOCKED',
    );

  let text: string;
  let modified: number;
  try {
    text = (await fs.readFile(path)).toString('utf8');
    modified = (await fs.stat(path)).mtimeMs;
  } catch (error) {
    // The owner released it between our two calls: try once more.
    if (errnoCode(error) === 'ENOENT' && (await tryCreate())) return release;
    throw busy(null);
  }
  const owner = parseOwner(text);
  const stale =
    owner === null
      ? now().getTime() - modified > (options.unreadableStaleAfterMs ?? 60_000)
      : owner.host === host && owner.pid !== process.pid && !isAlive(owner.pid);
  if (!stale) throw busy(owner);

  const breaker = `${path}.break`;
  try {
    await fs.createExclusive(breaker, JSON.stringify(me), 0o644);
  } catch {
    throw busy(owner);
  }
  try {
    const again = await fs.readFile(path).then((b) => b.toString('utf8'), () => null);
    if (again !== null && again !== text) throw busy(parseOwner(again));
    await fs.unlink(path).catch(() => undefined);
    if (!(await tryCreate())) throw busy(null);
    return release;
  } finally {
    await fs.unlink(breaker).catch(() => undefined);
  }
}
