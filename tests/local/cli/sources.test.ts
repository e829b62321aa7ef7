/**
 * How the command line decides where sources are parsed: as many workers as cores not already
 * busy, the main thread for a few files or without the bundled worker, and what the progress
 * line calls the files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_FILES_FOR_THREADS, poolFor, sourcesLabel, spareCores } from '../../../src/local/cli/sources';
import { workspace } from './run';

describe('where the command line parses sources', () => {
  it('uses the cores not already busy, at least one, at most all', () => {
    expect(spareCores(2, 0.3)).toBe(2);
    expect(spareCores(2, 4.2)).toBe(1);
    expect(spareCores(8, 2.6)).toBe(5);
    // Windows reports no load average (0): every core.
    expect(spareCores(4, 0)).toBe(4);
  });

  it('parses in the main thread without the bundled worker, or with too few files to pay for workers', async () => {
    const dir = workspace('baocao-poolfor-');
    const script = join(dir, 'worker.js');
    writeFileSync(script, "require('node:worker_threads').parentPort.on('message', () => undefined);");
    expect(poolFor({ script: null, threads: 4 }, 100).mode()).toBe('main');
    expect(poolFor({ script, threads: 4 }, MIN_FILES_FOR_THREADS - 1).mode()).toBe('main');
    expect(poolFor({ script, threads: 1 }, 100).mode()).toBe('main');
    const threads = poolFor({ script, threads: 4 }, 3 * MIN_FILES_FOR_THREADS);
    try {
      expect([threads.mode(), threads.size]).toEqual(['threads', 4]);
    } finally {
      await threads.close();
    }
  });

  it('names the files by what they are', () => {
    expect(sourcesLabel({ child: 135, shard: 0 })).toBe('báo cáo cấp dưới');
    expect(sourcesLabel({ child: 0, shard: 3 })).toBe('bảng tính cùng mẫu');
    expect(sourcesLabel({ child: 2, shard: 3 })).toBe('bảng tính nguồn');
  });
});
