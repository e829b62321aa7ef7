/**
 * `baocao setup` as a secretariat uses it offline: a workbook whose units tab is filled but has
 * no unit tabs yet gets one tab per unit, every part it had before stays byte-identical, a second
 * run changes nothing, and a read-only, 0600 or symbolically linked workbook is treated as a
 * person would expect. The zip-level writer itself is tested in tests/local/xlsx-setup.test.ts.
 */
import { chmodSync, readFileSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { planWorkbookFromData } from '../../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { readXlsx, writeXlsx } from '../../../src/local/xlsx';
import { LISTING_PARTS, partsBase64 } from '../support/packages';
import { run, workspace } from './run';

/** The example's workbook as the secretariat has it before set-up: every tab but the units'. */
async function configuredWorkbook(): Promise<Buffer> {
  return writeXlsx(planWorkbookFromData(CHU_PUH_2023).filter((p) => p.role !== 'unit'));
}

describe('baocao setup', () => {
  it('adds one tab per unit, keeps every part the writer does not own byte-identical, and validates with only the entries left to type', async () => {
    const dir = workspace();
    const file = join(dir, 'bc.xlsx');
    const before = await configuredWorkbook();
    writeFileSync(file, before);
    const result = await run(dir, ['setup', 'bc.xlsx']);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Đã thêm ${CHU_PUH_2023.units.length} tab vào bc.xlsx`);

    const after = readFileSync(file);
    const old = await partsBase64(before);
    const now = await partsBase64(after);
    for (const [name, content] of old) if (!LISTING_PARTS.has(name)) expect([name, now.get(name)]).toEqual([name, content]);

    const raw = await readXlsx(after);
    for (const unit of CHU_PUH_2023.units) expect(raw.tabs.map((t) => t.name)).toContain(unit.tab);
    const check = await run(dir, ['validate', 'bc.xlsx', '--json']);
    const findings = (JSON.parse(check.out) as { findings: Array<{ code: string; severity: string }> }).findings;
    const errorCodes = new Set(findings.filter((f) => f.severity === 'lỗi').map((f) => f.code));
    // What is left is what the clerks type: no tab, column or block is missing.
    expect([...errorCodes].every((code) => ['MISSING_FIGURE', 'MISSING_TEXT', 'UNIT_TAB_EMPTY', 'NO_UNIT_DATA', 'EMPTY_SECTION', 'UNKNOWN_TASK_GROUP', 'UNKNOWN_FOOTNOTE', 'UNIT_TEXT_NOT_FOUND'].includes(code))).toBe(true);
    expect(errorCodes.has('MISSING_UNIT_TAB')).toBe(false);
  });

  it('changes nothing when every unit already has its tab', async () => {
    const dir = workspace();
    const file = join(dir, 'bc.xlsx');
    writeFileSync(file, await writeXlsx(planWorkbookFromData(CHU_PUH_2023)));
    const before = readFileSync(file);
    const result = await run(dir, ['setup', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Không cần tạo tab mới');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps a 0600 workbook 0600 and writes a symbolic link through to its target', async () => {
    const dir = workspace();
    const target = join(dir, 'that.xlsx');
    writeFileSync(target, await configuredWorkbook());
    chmodSync(target, 0o600);
    symlinkSync(target, join(dir, 'link.xlsx'));
    const result = await run(dir, ['setup', 'link.xlsx']);
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'link.xlsx')).isSymbolicLink()).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect((await readXlsx(readFileSync(target))).tabs.map((t) => t.name)).toContain(CHU_PUH_2023.units[0]!.tab);
  });

  it('leaves a read-only workbook alone and says how to go on', async () => {
    const dir = workspace();
    const file = join(dir, 'bc.xlsx');
    const before = await configuredWorkbook();
    writeFileSync(file, before);
    chmodSync(file, 0o444);
    const result = await run(dir, ['setup', 'bc.xlsx']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('chế độ chỉ đọc');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('says what to fill first when the units tab is still empty', async () => {
    const dir = workspace();
    await run(dir, ['init', '--blank', '-o', 'bc.xlsx']);
    const before = readFileSync(join(dir, 'bc.xlsx'));
    const result = await run(dir, ['setup', 'bc.xlsx']);
    expect(result.out).toContain('chưa có đơn vị nào');
    expect(readFileSync(join(dir, 'bc.xlsx')).equals(before)).toBe(true);
  });
});
