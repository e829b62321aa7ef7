/**
 * A ward split over three shards validates and reports exactly as the same units in one
 * workbook (issue 11): the same findings, cell for cell, except that a shard's tab is named with
 * its workbook ("[phuong-a-2.xlsx]Chi bộ 31"), and the same report model and Markdown.
 */
import type { RawWorkbook } from '../../../src/domain/cells';
import type { Finding } from '../../../src/domain/findings';
import { compileReport } from '../../../src/domain/report/compile';
import { renderMarkdown } from '../../../src/domain/report/markdown';
import { splitShardTab, type SourceContent } from '../../../src/domain/rollup/sources';
import { computeStatus } from '../../../src/domain/status';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import { cellRightOf, rawOf, withCell, withoutTab } from '../../support/raw';
import { splitWard, ward } from '../../support/rollup';

const WARD = ward(89);

/** The ward with the same damage in both layouts: blank, negative and worded figures, a bad task status. */
function damaged(raw: RawWorkbook, tabOf: (tab: string) => { raw: RawWorkbook; set: (r: RawWorkbook) => void }): void {
  const hurt = (tab: string, label: string, value: string | number | null, offset = 3) => {
    const target = tabOf(tab);
    target.set(withCell(target.raw, tab, cellRightOf(target.raw, tab, label, offset), value));
  };
  void raw;
  hurt('Chi bộ 5', 'DON_TN', null);
  hurt('Chi bộ 31', 'KET_NAP', -2);
  hurt('Chi bộ 60', 'DANG_VIEN', 'ba mươi');
  hurt('Chi bộ 88', 'DON_GQ', 99999);
  hurt('Chi bộ 61', 'NVTT', 'Xong rồi', 2);
}

function oneWorkbook(): RawWorkbook {
  let raw = rawOf(WARD);
  damaged(raw, () => ({ raw, set: (r) => (raw = r) }));
  return raw;
}

function threeShards(): { parent: RawWorkbook; reads: Map<string, SourceContent> } {
  const split = splitWard(WARD, 3);
  const shards = new Map(split.shards);
  const holder = (tab: string) => {
    const file = [...shards].find(([, raw]) => raw.tabs.some((t) => t.name === tab))?.[0];
    if (file === undefined) throw new Error(`no shard holds ${tab}`);
    return { raw: shards.get(file)!, set: (r: RawWorkbook) => shards.set(file, r) };
  };
  damaged(split.parent, holder);
  return { parent: split.parent, reads: new Map([...shards].map(([file, raw]) => [file, { kind: 'shard' as const, raw }])) };
}

/** A finding as it would read in one workbook: the shard's name taken out of its tab names. */
function local(f: Finding): Finding {
  const strip = (tab: string | null) => (tab === null ? null : (splitShardTab(tab)?.tab ?? tab));
  const message = f.message.replace(/'\[[^\]]+\]/g, "'");
  return { ...f, tab: strip(f.tab), message, ...(f.cells ? { cells: f.cells.map((c) => ({ ...c, tab: strip(c.tab) ?? c.tab })) } : {}) };
}

describe('a ward of 89 chi bộ split over three shards', () => {
  const one = validateWorkbook(oneWorkbook());
  const { parent, reads } = threeShards();
  const split = validateWorkbook(parent, reads);

  test('the shards hold about 30 chi bộ each and the parent none of their tabs', () => {
    expect([...reads.values()].map((r) => (r.kind === 'shard' ? r.raw.tabs.length : 0))).toEqual([30, 30, 29]);
    expect(parent.tabs.some((t) => t.name.startsWith('Chi bộ'))).toBe(false);
  });

  test('finds the same problems on the same cells, in the same order, naming the shard for its tabs', () => {
    expect(one.findings.length).toBeGreaterThanOrEqual(5);
    expect(split.findings.map(local)).toEqual(one.findings);
    const inShard = split.findings.filter((f) => f.tab !== null && f.tab.startsWith('['));
    expect(inShard.map((f) => f.tab)).toEqual(expect.arrayContaining(['[phuong-a-1.xlsx]Chi bộ 5', '[phuong-a-2.xlsx]Chi bộ 31', '[phuong-a-2.xlsx]Chi bộ 60', '[phuong-a-3.xlsx]Chi bộ 88']));
    // Every finding about a shard tab names a tab no local workbook can have: marks in Sheets skip it.
    for (const f of inShard) expect(parent.tabs.some((t) => t.name === f.tab)).toBe(false);
  });

  test('compiles the same report model and the same Markdown', () => {
    const a = compileReport(one.lookup).model;
    const b = compileReport(split.lookup).model;
    expect(a).not.toBeNull();
    const strip = (json: string) => json.replace(/\[phuong-a-\d\.xlsx\]/g, '');
    expect(strip(JSON.stringify(b))).toEqual(JSON.stringify(a));
    expect(renderMarkdown(b!)).toEqual(renderMarkdown(a!));
  });

  test('shows the same progress, each shard unit saying where its tab is', () => {
    const statusOne = computeStatus(one.lookup, one.findings);
    const statusSplit = computeStatus(split.lookup, split.findings);
    const plain = (s: typeof statusOne) =>
      s.units.map(({ findings, rollup, missing, ...rest }) => ({
        ...rest,
        findings: findings.map(local),
        missing: missing.map((m) => ({ ...m, where: { ...m.where, tab: m.where.tab === null ? null : (splitShardTab(m.where.tab)?.tab ?? m.where.tab) } })),
        rollup: rollup === undefined,
      }));
    expect(plain(statusSplit)).toEqual(plain(statusOne).map((u) => ({ ...u, rollup: u.unitId === 'VP' })));
    expect(statusSplit.units.find((u) => u.unitId === 'CB31')?.rollup).toMatchObject({ kind: 'shard', source: 'phuong-a-2.xlsx', state: 'ok' });
    expect([statusSplit.expected, statusSplit.submitted, statusSplit.complete]).toEqual([statusOne.expected, statusOne.submitted, statusOne.complete]);
  });
});

describe('when a shard is missing something', () => {
  test('a shard without one of its tabs: a finding on that unit\'s row naming the shard; the others read on', () => {
    const { parent, reads } = threeShards();
    const shard = reads.get('phuong-a-2.xlsx');
    if (shard?.kind !== 'shard') throw new Error('no shard');
    reads.set('phuong-a-2.xlsx', { kind: 'shard', raw: withoutTab(shard.raw, 'Chi bộ 40') });
    const result = validateWorkbook(parent, reads);
    const missing = result.findings.filter((f) => f.code === 'SOURCE_TAB_MISSING');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ tab: 'Đơn vị', unitId: 'CB40' });
    expect(missing[0]?.message).toContain('phuong-a-2.xlsx');
    expect(result.lookup.sheet('CB41')).toBeDefined();
  });

  test('a shard not read or that could not be read: one finding per unit in it, and the report still comes out', () => {
    const { parent, reads } = threeShards();
    reads.delete('phuong-a-1.xlsx');
    reads.set('phuong-a-3.xlsx', { kind: 'failed', failure: { kind: 'no_access', detail: 'không có quyền xem bảng tính này. Hãy nhờ người quản lý chia sẻ.' } });
    const result = validateWorkbook(parent, reads);
    const notRead = result.findings.filter((f) => f.code === 'SOURCE_NOT_READ');
    const failed = result.findings.filter((f) => f.code === 'SOURCE_READ_FAILED');
    expect(notRead.map((f) => f.unitId)).toEqual(Array.from({ length: 30 }, (_, i) => `CB${String(i + 1).padStart(2, '0')}`));
    expect(failed).toHaveLength(29);
    expect(failed[0]?.message).toContain('không có quyền xem');
    expect(compileReport(result.lookup).model).not.toBeNull();
    const status = computeStatus(result.lookup, result.findings);
    expect(status.units.find((u) => u.unitId === 'CB01')).toMatchObject({ state: 'no_tab', rollup: { kind: 'shard', state: 'not_read' } });
  });
});
