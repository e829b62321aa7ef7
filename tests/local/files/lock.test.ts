/**
 * The lock file: one holder at a time, a dead holder's lock taken over, a live one respected
 * (and named in the message), an unreadable lock taken over only once it is old.
 */
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileError } from '../../../src/local/files/errors';
import { nodeFileSystem } from '../../../src/local/files/file-system';
import { acquireLock, processIsAlive } from '../../../src/local/files/lock';

const HOST = 'may-tinh';
const options = (alive: ReadonlySet<number>) => ({ host: HOST, isAlive: (pid: number) => alive.has(pid), now: () => new Date('2023-03-12T01:00:00Z') });

function lockPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'baocao-lock-')), 'x.lock');
}

async function refused(promise: Promise<unknown>): Promise<FileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
  throw new Error('the lock was taken twice');
}

describe('the lock file', () => {
  it('lets one holder in at a time and frees the lock on release', async () => {
    const path = lockPath();
    const release = await acquireLock(nodeFileSystem, path, 'Bảng tính "bc.xlsx"', 'x.lock', options(new Set([process.pid])));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ pid: process.pid, host: HOST, startedAt: '2023-03-12T01:00:00.000Z' });
    const second = await refused(acquireLock(nodeFileSystem, path, 'Bảng tính "bc.xlsx"', 'x.lock', options(new Set([process.pid]))));
    expect(second.code).toBe('LOCKED');
    expect(second.message).toBe(
      `Bảng tính "bc.xlsx" đang được một lần chạy khác dùng (tiến trình ${process.pid} trên máy ${HOST}, từ 2023-03-12T01:00:00.000Z). ` +
        'Hãy đợi lần đó xong rồi chạy lại. Nếu chắc chắn không còn lần nào đang chạy, hãy xóa tệp "x.lock".',
    );
    await release();
    expect(existsSync(path)).toBe(false);
    await (await acquireLock(nodeFileSystem, path, 'x', 'x.lock', options(new Set())))();
  });

  it('takes over the lock of a process that no longer runs on this host, not of one on another host', async () => {
    const path = lockPath();
    writeFileSync(path, JSON.stringify({ pid: 12345, host: HOST, startedAt: '2023-03-11T00:00:00Z' }));
    const release = await acquireLock(nodeFileSystem, path, 'x', 'x.lock', options(new Set()));
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    expect(existsSync(`${path}.break`)).toBe(false);
    await release();
    writeFileSync(path, JSON.stringify({ pid: 12345, host: 'may-khac', startedAt: '2023-03-11T00:00:00Z' }));
    expect((await refused(acquireLock(nodeFileSystem, path, 'x', 'x.lock', options(new Set())))).code).toBe('LOCKED');
  });

  it('takes over an unreadable lock only once it is old', async () => {
    const path = lockPath();
    writeFileSync(path, '{"pid": 1');
    expect((await refused(acquireLock(nodeFileSystem, path, 'x', 'x.lock', { ...options(new Set()), now: () => new Date() }))).code).toBe('LOCKED');
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(path, old, old);
    await (await acquireLock(nodeFileSystem, path, 'x', 'x.lock', { ...options(new Set()), now: () => new Date() }))();
  });

  it('knows this process is alive and a finished one is not', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(2 ** 22 + 12345)).toBe(false);
  });
});
