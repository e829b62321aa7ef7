/**
 * The "Dữ liệu cấp dưới" tab: summaries written as rows (long ones continued in the next cells)
 * read back as the same reads, so a report and progress need no re-read of any child.
 */
import type { RawWorkbook } from '../../../src/domain/cells';
import { CHILD_CACHE_TAB } from '../../../src/domain/contract/tabs';
import { childCacheRows, planChildCacheTab, sourceReadsFromCache, splitForCells } from '../../../src/domain/rollup/cache';
import { CHILD_CACHE_CELL_CHARS } from '../../../src/domain/rollup/limits';
import { sourcesNeeded, type SourceContent } from '../../../src/domain/rollup/sources';
import { summarizeChild } from '../../../src/domain/rollup/summarize';
import type { ChildSummary } from '../../../src/domain/rollup/summary';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import { rawOf } from '../../support/raw';
import { childCommune, communeSpecs, provinceOf } from '../../support/rollup';

const specs = communeSpecs(3);
const summaries = specs.map((s) => summarizeChild(rawOf(childCommune(s).data)));

function withCache(raw: RawWorkbook, rows: ReturnType<typeof childCacheRows>): RawWorkbook {
  return { tabs: [...raw.tabs, { name: CHILD_CACHE_TAB.name, rows }] };
}

describe('the child cache tab', () => {
  const province = rawOf(provinceOf(specs));
  const needed = sourcesNeeded(province);
  const reads = new Map<string, SourceContent>([
    [needed[0]!.key, { kind: 'child', summary: summaries[0]!, readAt: '2026-04-12T08:00' }],
    [needed[1]!.key, { kind: 'failed', failure: { kind: 'no_access', detail: 'không có quyền xem. Hãy nhờ cấp dưới chia sẻ.' }, readAt: '2026-04-12T08:01' }],
  ]);

  test('writes one row per child read, with the summary as JSON, and reads the same reads back', () => {
    const rows = childCacheRows(needed, reads);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(0, 5)).toEqual(['XA001', 'xa/xa001.xlsx', { date: '2026-04-12T08:00' }, 'Đã đọc', null]);
    expect(rows[2]?.slice(0, 5)).toEqual(['XA002', 'xa/xa002.xlsx', { date: '2026-04-12T08:01' }, 'Không đọc được', 'không có quyền xem. Hãy nhờ cấp dưới chia sẻ.']);
    const back = sourceReadsFromCache(withCache(province, rows));
    expect(back.get(needed[0]!.key)).toEqual(reads.get(needed[0]!.key));
    expect(back.get(needed[1]!.key)).toEqual({ kind: 'failed', failure: { kind: 'unreadable', detail: 'không có quyền xem. Hãy nhờ cấp dưới chia sẻ.' }, readAt: '2026-04-12T08:01' });
    expect(back.has(needed[2]!.key)).toBe(false);
  });

  test('a summary longer than a cell continues in the next cells, each within the limit and safe from formulas', () => {
    const long: ChildSummary = {
      ...summaries[0]!,
      findings: Array.from({ length: 20 }, (_, i) => ({ code: 'MISSING_TEXT', severity: 'error' as const, tab: `Tab ${i}`, cell: 'B2', message: `=+-@ ${'chữ '.repeat(1200)}` })),
      pendingUnits: Array.from({ length: 50 }, (_, i) => ({ id: `CB${i}`, name: `- Chi bộ ${'x'.repeat(400)}` })),
    };
    const longReads = new Map<string, SourceContent>([[needed[0]!.key, { kind: 'child', summary: long, readAt: null }]]);
    const plan = planChildCacheTab(needed, longReads);
    const row = plan.rows[1] ?? [];
    const parts = row.slice(5);
    expect(JSON.stringify(long).length).toBeGreaterThan(2 * CHILD_CACHE_CELL_CHARS);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      expect(typeof part).toBe('string');
      expect((part as string).length).toBeLessThanOrEqual(CHILD_CACHE_CELL_CHARS);
      expect(part as string).not.toMatch(/^[\s=+\-@]|\s$/);
    }
    expect(plan.rows[0]?.length).toBe(row.length);
    expect(plan.columnWidths.length).toBe(row.length);
    expect(sourceReadsFromCache(withCache(province, plan.rows)).get(needed[0]!.key)).toEqual({ kind: 'child', summary: long, readAt: null });
  });

  test('splitting never cuts a surrogate pair and always joins back to the text', () => {
    const text = '🙂'.repeat(50) + 'a b'.repeat(20);
    const parts = splitForCells(text, 7);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(7);
    expect(parts.every((p) => !/^[\udc00-\udfff]/.test(p))).toBe(true);
  });

  test('a damaged or outdated summary is no read at all (the child is read again)', () => {
    const rows = childCacheRows(needed, reads).map((r) => [...r]);
    const first = rows[1]!;
    first[5] = String(first[5]).slice(0, -2);
    expect(sourceReadsFromCache(withCache(province, rows)).has(needed[0]!.key)).toBe(false);
    first[5] = JSON.stringify({ ...summaries[0], version: 0 });
    expect(sourceReadsFromCache(withCache(province, rows)).has(needed[0]!.key)).toBe(false);
  });

  test('validation uses the cache for every child the adapters did not read now, and a fresh read wins', () => {
    const cached = withCache(province, childCacheRows(needed, reads));
    const fromCache = validateWorkbook(cached);
    expect(fromCache.lookup.children.get('XA001')).toMatchObject({ state: 'ok', readAt: '2026-04-12T08:00' });
    expect(fromCache.lookup.children.get('XA002')?.state).toBe('failed');
    expect(fromCache.lookup.children.get('XA003')?.state).toBe('not_read');
    const fresh = new Map<string, SourceContent>([[needed[1]!.key, { kind: 'child', summary: summaries[1]!, readAt: '2026-04-13T09:00' }]]);
    const merged = validateWorkbook(cached, fresh);
    expect(merged.lookup.children.get('XA002')).toMatchObject({ state: 'ok', readAt: '2026-04-13T09:00' });
    expect(merged.lookup.figures.get('XA002')?.get('DANG_VIEN')).toBe(summaries[1]!.totals['DANG_VIEN']);
    expect(merged.findings.filter((f) => f.tab === CHILD_CACHE_TAB.name)).toEqual([]);
  });

  test('a hand-edited cache with hostile values gives findings, never a crash or a silent number', () => {
    const hostile: ChildSummary = {
      ...summaries[0]!,
      totals: { ...summaries[0]!.totals, DANG_VIEN: 1e308, KET_NAP: -5, __proto__: 3 } as ChildSummary['totals'],
      findings: [{ code: 'NOT_A_CODE', severity: 'error', tab: '<script>', cell: 'ZZ99999', message: 'x'.repeat(50000) }],
      errors: 1,
      secretariatEmails: ['javascript:alert(1)'],
    };
    const rows = childCacheRows(needed, new Map<string, SourceContent>([[needed[0]!.key, { kind: 'child', summary: hostile, readAt: null }]]));
    const raw = withCache(province, rows);
    const result = validateWorkbook(raw);
    const codes = result.findings.map((f) => f.code);
    expect(codes).toContain('SUM_TOO_LARGE');
    expect(codes).toContain('CHILD_HAS_ERRORS');
    expect(result.findings.find((f) => f.code === 'NEGATIVE_NUMBER')?.message).toBe('"KET_NAP của Xã Số 1" không được âm (đang ghi -5).');
    const hasErrors = result.findings.find((f) => f.code === 'CHILD_HAS_ERRORS');
    expect(hasErrors!.message.length).toBeLessThan(600);
    // Rows that are not JSON at all, or not objects, are ignored: the child is simply read again.
    for (const junk of ['=IMPORTXML("http://x")', '[1,2,3]', '{"version":1}', 'null', '💥'.repeat(10)]) {
      const damaged = rows.map((r, i) => (i === 1 ? [...r.slice(0, 5), junk] : r));
      expect(sourceReadsFromCache(withCache(province, damaged)).has(needed[0]!.key)).toBe(false);
    }
  });
});

