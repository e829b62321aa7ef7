/**
 * The source pool's own behaviour, with small stand-in worker scripts (plain JavaScript in a
 * temporary folder) so that each failure a real worker can meet is produced for real: a worker
 * that answers, one that runs out of its heap on one file (Node's ERR_WORKER_OUT_OF_MEMORY,
 * https://nodejs.org/api/errors.html#err_worker_out_of_memory, raised when a worker passes its
 * `resourceLimits`), one that dies on a file, and a script that cannot even start.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceContent } from '../../../src/domain/rollup/sources';
import type { SourceJob } from '../../../src/local/rollup/parse-source';
import { mainThreadPool, threadPool, type SourcePool } from '../../../src/local/rollup/pool';
import { workspace } from '../cli/run';

/** Answers every job with a fake child whose issuing body is the file's name and whose errors count its bytes. */
const ANSWERING = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, job, bytes }) => {
  if (job.shown === 'huge') { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(id)); }
  if (job.shown === 'crash') process.exit(3);
  if (job.shown === 'slow') for (;;) {}
  parentPort.postMessage({ id, content: { kind: 'child', readAt: job.readAt, summary: { issuingBody: job.shown, errors: bytes.length, thread: threadId, isView: bytes instanceof Uint8Array } } });
});
`;

function job(shown: string): SourceJob {
  return { kind: 'child', shown, absolute: `/nowhere/${shown}.xlsx`, tabs: null, readAt: '2026-04-02T08:00', ancestors: [] };
}

function fakeSummary(content: SourceContent): { issuingBody: string; errors: number; thread?: number } | null {
  return content.kind === 'child' ? (content.summary as unknown as { issuingBody: string; errors: number; thread?: number }) : null;
}

const mainPool = (): SourcePool => mainThreadPool(() => {
  throw new Error('never reached: the bytes are no workbook');
});

describe('the source pool', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace('baocao-pool-');
    writeFileSync(join(dir, 'answering.js'), ANSWERING);
    writeFileSync(join(dir, 'broken.js'), 'throw new Error("cannot start");');
  });

  it('parses every file in worker threads, the bytes transferred whole, each answer matched to its file', async () => {
    const pool = threadPool(join(dir, 'answering.js'), 2, mainPool());
    try {
      const names = Array.from({ length: 9 }, (_, i) => `f${i}`);
      const results = await Promise.all(names.map((n, i) => pool.parse(job(n), Buffer.alloc(100 + i))));
      expect(results.map((r) => fakeSummary(r)?.issuingBody)).toEqual(names);
      expect(results.map((r) => fakeSummary(r)?.errors)).toEqual(names.map((_, i) => 100 + i));
      // Both workers took a share (the queue hands a file to whichever worker is free).
      expect(new Set(results.map((r) => fakeSummary(r)?.thread)).size).toBe(2);
      expect(pool.mode()).toBe('threads');
    } finally {
      await pool.close();
    }
  });

  it('transfers a slice of a larger buffer as its own bytes, not the whole underlying memory', async () => {
    const pool = threadPool(join(dir, 'answering.js'), 1, mainPool());
    try {
      const big = Buffer.alloc(1000);
      const result = await pool.parse(job('slice'), big.subarray(10, 60));
      expect(fakeSummary(result)?.errors).toBe(50);
      // The caller's buffer is still usable: only a copy was transferred.
      expect(big.length).toBe(1000);
    } finally {
      await pool.close();
    }
  });

  it('fails only the file that exhausts a worker’s memory, saying so in Vietnamese, and goes on with the others', async () => {
    const pool = threadPool(join(dir, 'answering.js'), 1, mainPool(), { heapMb: 32 });
    try {
      const [before, huge, after] = await Promise.all([pool.parse(job('a'), Buffer.alloc(1)), pool.parse(job('huge'), Buffer.alloc(1)), pool.parse(job('b'), Buffer.alloc(1))]);
      expect(fakeSummary(before)?.issuingBody).toBe('a');
      expect(huge).toEqual({ kind: 'failed', failure: { kind: 'unreadable', detail: expect.stringMatching(/^tệp quá lớn, đọc vượt bộ nhớ dành cho mỗi tệp nguồn \(32 MB\)/) } });
      expect(fakeSummary(after)?.issuingBody).toBe('b');
    } finally {
      await pool.close();
    }
  }, 30000);

  it('fails only the file during which a worker dies, and replaces the worker', async () => {
    const pool = threadPool(join(dir, 'answering.js'), 1, mainPool());
    try {
      const first = await pool.parse(job('a'), Buffer.alloc(1));
      const crash = await pool.parse(job('crash'), Buffer.alloc(1));
      const next = await pool.parse(job('b'), Buffer.alloc(1));
      expect(fakeSummary(first)?.issuingBody).toBe('a');
      expect(crash.kind === 'failed' && crash.failure.detail).toMatch(/^chương trình đọc tệp dừng bất thường/);
      expect(fakeSummary(next)?.issuingBody).toBe('b');
      expect(fakeSummary(next)?.thread).not.toBe(fakeSummary(first)?.thread);
    } finally {
      await pool.close();
    }
  });

  it('gives up a file that keeps a worker busy too long, saying so, and goes on with the others', async () => {
    const pool = threadPool(join(dir, 'answering.js'), 1, mainPool(), { timeoutMs: 300 });
    try {
      const [slow, next] = await Promise.all([pool.parse(job('slow'), Buffer.alloc(1)), pool.parse(job('b'), Buffer.alloc(1))]);
      expect(slow).toEqual({ kind: 'failed', failure: { kind: 'unreadable', detail: expect.stringMatching(/^đọc tệp này quá lâu \(hơn 1 giây\) nên đã dừng/) } });
      expect(fakeSummary(next)?.issuingBody).toBe('b');
    } finally {
      await pool.close();
    }
  });

  it('parses in the main thread when the worker script cannot start, losing no file', async () => {
    const pool = threadPool(join(dir, 'broken.js'), 2, mainPool());
    try {
      const results = await Promise.all(['a', 'b', 'c'].map((n) => pool.parse(job(n), Buffer.alloc(1))));
      // The main thread ran the real parser: one byte is no workbook, said in Vietnamese for each file.
      expect(results.map((r) => (r.kind === 'failed' ? r.failure.detail : r.kind))).toEqual(
        Array.from({ length: 3 }, () => 'không phải tệp .xlsx (có thể là .csv hoặc .xls đời cũ). Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.'),
      );
      expect(pool.mode()).toBe('main');
    } finally {
      await pool.close();
    }
  });
});
