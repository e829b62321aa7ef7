/**
 * `baocao cutoff` and `baocao new-period` on a workbook whose units live in shard workbooks
 * (scripts/synthetic-rollup.ts's ward): both read the shards, as the Sheets menu does, so the
 * snapshot holds the shard units' figures and the next period's history and carried tasks
 * are those of the same ward kept in one workbook, not blanks.
 */
import { join } from 'node:path';
import { writeWard } from '../../../scripts/synthetic-rollup';
import { checkWorkbook } from '../../../src/app/check-workbook';
import { readXlsx } from '../../../src/local/xlsx';
import { run, workspace } from './run';

async function checkOf(path: string) {
  const raw = await readXlsx(path);
  return checkWorkbook({ read: () => raw });
}

describe('cut-off and next period of a ward over shards', () => {
  const dir = workspace('baocao-cutoff-sources-');
  const ward = writeWard(join(dir, 'phuong'), { chiBo: 6, shards: 2 });
  const singleDir = join(dir, 'phuong');
  const shardedDir = join(dir, 'phuong', 'phuong-chia');

  it('snapshots the figures of the units kept in shards exactly as those of the same ward in one workbook', async () => {
    expect(ward.shardPaths).toHaveLength(2);
    const single = await run(singleDir, ['cutoff', 'phuong.xlsx', '--by', 'Thư ký']);
    const sharded = await run(shardedDir, ['cutoff', 'phuong.xlsx', '--by', 'Thư ký']);
    expect([single.code, sharded.code]).toEqual([0, 0]);
    expect(sharded.out).toBe(single.out);

    const one = (await checkOf(ward.singlePath)).workbook.cutoff.map((r) => [r.unitId, r.code, r.value]);
    const over = (await checkOf(ward.shardedPath)).workbook.cutoff.map((r) => [r.unitId, r.code, r.value]);
    // Chi bộ figures were typed (only CB06 typed nothing): a snapshot without the shards would hold blanks.
    expect(one.filter(([unit, , value]) => unit !== 'VP' && value !== null).length).toBeGreaterThan(0);
    expect(over).toEqual(one);
  });

  it('carries the history and unfinished tasks of the units kept in shards into the next period', async () => {
    const single = await run(singleDir, ['new-period', 'phuong.xlsx', '-o', 'ky-sau.xlsx']);
    const sharded = await run(shardedDir, ['new-period', 'phuong.xlsx', '-o', 'ky-sau.xlsx']);
    expect([single.code, sharded.code]).toEqual([0, 0]);
    expect(sharded.out).toBe(single.out);

    const one = (await checkOf(join(singleDir, 'ky-sau.xlsx'))).workbook.history;
    const over = (await checkOf(join(shardedDir, 'ky-sau.xlsx'))).workbook.history;
    expect(one.some((r) => r.unitId !== null && r.unitId.startsWith('CB') && r.value !== null)).toBe(true);
    expect(over.map((r) => [r.unitId, r.code, r.value])).toEqual(one.map((r) => [r.unitId, r.code, r.value]));
  });
});
