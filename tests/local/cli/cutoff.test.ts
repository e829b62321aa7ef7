/**
 * `baocao cutoff` as a secretariat uses it offline: the snapshot tab is added at the zip level
 * (every other part byte-identical), holds every figure with who and when in Vietnam time, a
 * second snapshot is refused unless --force, which replaces that tab only, and a read-only
 * workbook is left alone. The in-place replacement itself is tested in tests/local/xlsx-replace-tab.test.ts.
 */
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../../src/app/check-workbook';
import { CUTOFF_TAB } from '../../../src/domain/contract/tabs';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { readXlsx } from '../../../src/local/xlsx';
import { LISTING_PARTS, partsBase64 } from '../support/packages';
import { run, workspace } from './run';

/** Every figure the example's units typed, as the snapshot must hold them. */
const TYPED = CHU_PUH_2023.units.flatMap((u) => (CHU_PUH_2023.sheets[u.id]?.figures ?? []).map((f) => [u.id, f.code, f.value]));

describe('baocao cutoff', () => {
  it('adds the snapshot tab with every unit’s figures, who took it and when in Vietnam time, keeping every other part byte-identical', async () => {
    const dir = workspace();
    await run(dir, ['init', '--example', '-o', 'bc.xlsx']);
    const before = readFileSync(join(dir, 'bc.xlsx'));
    const result = await run(dir, ['cutoff', 'bc.xlsx', '--by', 'Nguyễn Thư Ký']);
    expect(result.code).toBe(0);
    // The run's clock is 01:30 UTC on 12/03/2023: 08:30 in Vietnam.
    expect(result.out).toContain(`Đã chốt số liệu lúc 12/03/2023 08:30 (người chốt: Nguyễn Thư Ký): ${TYPED.length} số liệu`);

    const after = readFileSync(join(dir, 'bc.xlsx'));
    const old = await partsBase64(before);
    const now = await partsBase64(after);
    for (const [name, content] of old) if (!LISTING_PARTS.has(name)) expect([name, now.get(name)]).toEqual([name, content]);

    const raw = await readXlsx(after);
    expect(raw.tabs.at(-1)?.name).toBe(CUTOFF_TAB.name);
    const check = checkWorkbook({ read: () => raw });
    expect(check.workbook.cutoff.map((r) => [r.unitId, r.code, r.value])).toEqual(TYPED);
    expect(new Set(check.workbook.cutoff.map((r) => `${r.time} ${r.by}`))).toEqual(new Set(['2023-03-12T08:30 Nguyễn Thư Ký']));
    expect(check.findings.filter((f) => f.tab === CUTOFF_TAB.name)).toEqual([]);
  });

  it('refuses a second snapshot, leaving the file as it was, and replaces only that tab with --force', async () => {
    const dir = workspace();
    await run(dir, ['init', '--example', '-o', 'bc.xlsx']);
    await run(dir, ['cutoff', 'bc.xlsx', '--by', 'A']);
    const first = readFileSync(join(dir, 'bc.xlsx'));
    const refused = await run(dir, ['cutoff', 'bc.xlsx', '--by', 'B']);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe('bc.xlsx đã có tab "Chốt số liệu" lúc 12/03/2023 08:30 (người chốt: A). Số đã chốt được giữ nguyên; muốn chốt lại, chạy lại lệnh với --force.');
    expect(readFileSync(join(dir, 'bc.xlsx')).equals(first)).toBe(true);

    const forced = await run(dir, ['cutoff', 'bc.xlsx', '--by', 'B', '--force'], { now: () => new Date(Date.UTC(2023, 2, 13, 2, 0)) });
    expect(forced.code).toBe(0);
    const second = readFileSync(join(dir, 'bc.xlsx'));
    const oldParts = await partsBase64(first);
    const newParts = await partsBase64(second);
    const rawFirst = await readXlsx(first);
    const rawSecond = await readXlsx(second);
    // The tab is where it was, and every tab but it reads exactly as before.
    expect(rawSecond.tabs.map((t) => t.name)).toEqual(rawFirst.tabs.map((t) => t.name));
    for (const tab of rawFirst.tabs.filter((t) => t.name !== CUTOFF_TAB.name)) expect(rawSecond.tabs.find((t) => t.name === tab.name)).toEqual(tab);
    const changed = [...oldParts].filter(([name, content]) => newParts.get(name) !== content).map(([name]) => name);
    // Only the snapshot's own sheet and notes, and the listings that name them, changed.
    const snapshotSheet = changed.filter((n) => !LISTING_PARTS.has(n));
    expect(snapshotSheet.every((n) => /^xl\/(worksheets\/sheet\d+\.xml|comments\d+\.xml|drawings\/vmlDrawing\d+\.vml|worksheets\/_rels\/sheet\d+\.xml\.rels)$/.test(n))).toBe(true);
    expect(snapshotSheet.filter((n) => n.startsWith('xl/worksheets/sheet'))).toHaveLength(1);
    const check = checkWorkbook({ read: () => rawSecond });
    expect(new Set(check.workbook.cutoff.map((r) => `${r.time} ${r.by}`))).toEqual(new Set(['2023-03-13T09:00 B']));
    expect(check.workbook.cutoff).toHaveLength(TYPED.length);
  });

  it('snapshots a blank figure as blank, not as 0', async () => {
    const dir = workspace();
    await run(dir, ['init', '--example', '-o', 'bc.xlsx']);
    await run(dir, ['new-period', 'bc.xlsx', '-o', 'next.xlsx']);
    expect((await run(dir, ['cutoff', 'next.xlsx', '--by', 'A'])).code).toBe(0);
    const raw = await readXlsx(join(dir, 'next.xlsx'));
    const rows = checkWorkbook({ read: () => raw }).workbook.cutoff;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.value === null)).toBe(true);
  });

  it('leaves a read-only workbook alone and says how to go on', async () => {
    const dir = workspace();
    await run(dir, ['init', '--example', '-o', 'bc.xlsx']);
    chmodSync(join(dir, 'bc.xlsx'), 0o444);
    const before = readFileSync(join(dir, 'bc.xlsx'));
    const result = await run(dir, ['cutoff', 'bc.xlsx']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('đang ở chế độ chỉ đọc');
    expect(readFileSync(join(dir, 'bc.xlsx')).equals(before)).toBe(true);
  });
});
