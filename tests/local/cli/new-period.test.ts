/**
 * `baocao new-period` as a secretariat uses it: from the built-in example, the next period's
 * workbook validates with nothing left but what the units must type, the old file is not
 * touched (byte for byte), the output is never the input, and what was carried is printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../../src/app/check-workbook';
import { HISTORY_TAB } from '../../../src/domain/contract/tabs';
import { readXlsx } from '../../../src/local/xlsx';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { run, workspace } from './run';

/** What a unit still has to type: the only findings a fresh period may have. */
const MISSING_ENTRIES = new Set(['MISSING_FIGURE', 'MISSING_TEXT', 'UNIT_TAB_EMPTY', 'NO_UNIT_DATA', 'EMPTY_SECTION']);

async function exampleNextPeriod(extra: string[] = []) {
  const dir = workspace();
  expect((await run(dir, ['init', '--example', '-o', 'bc.xlsx'])).code).toBe(0);
  const before = readFileSync(join(dir, 'bc.xlsx'));
  const result = await run(dir, ['new-period', 'bc.xlsx', '-o', 'bc-ky-sau.xlsx', ...extra]);
  const raw = await readXlsx(join(dir, 'bc-ky-sau.xlsx'));
  return { dir, before, result, raw, check: checkWorkbook({ read: () => raw }) };
}

describe('baocao new-period', () => {
  it('makes, from the built-in example, the next period’s workbook whose only findings are the units’ missing entries, every unit expected and empty', async () => {
    const { dir, before, result, check } = await exampleNextPeriod(['--no-carry-tasks']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Đã tạo bc-ky-sau.xlsx: kỳ từ ngày 11/3/2023 đến ngày 10/4/2024, tiếp theo kỳ từ ngày 11/02/2022 đến ngày 10/3/2023.');
    expect(readFileSync(join(dir, 'bc.xlsx')).equals(before)).toBe(true);

    const unexpected = check.findings.filter((f) => !MISSING_ENTRIES.has(f.code));
    expect(unexpected).toEqual([]);
    expect(check.status.units.map((u) => u.unitId)).toEqual(CHU_PUH_2023.units.map((u) => u.id));
    for (const unit of check.status.units) {
      // Expected (it has its tab), nothing typed yet, nothing submitted.
      expect({ unit: unit.unitId, state: unit.state, figures: unit.figures.filled, texts: unit.texts.filled, tasks: unit.tasks.total }).toEqual({
        unit: unit.unitId,
        state: unit.figures.required + unit.texts.required === 0 ? 'complete' : 'incomplete',
        figures: 0,
        texts: 0,
        tasks: 0,
      });
    }
    const settings = check.workbook.settings!;
    expect([settings.periodFrom, settings.periodTo, settings.deadline, settings.cutoffDate, settings.documentNumber, settings.documentDate]).toEqual([
      '2023-03-11',
      '2024-04-10',
      '2024-04-10',
      '2024-04-01',
      null,
      null,
    ]);
  });

  it('carries the secretariat’s unfinished tasks, marked with the old period, and nothing else it has to fix', async () => {
    const { result, check } = await exampleNextPeriod();
    const unfinished = CHU_PUH_2023.units.flatMap((u) => (CHU_PUH_2023.sheets[u.id]?.tasks ?? []).filter((t) => t.status !== 'done').map((t) => [u.id, t.title]));
    expect(result.out).toContain(`Chuyển sang kỳ mới ${unfinished.length} nhiệm vụ chưa hoàn thành`);
    const carried = [...check.workbook.unitSheets.values()].flatMap((s) => s.tasks.map((t) => [s.unitId, t.title, t.carriedFrom]));
    expect(carried).toEqual(unfinished.map(([id, title]) => [id, title, 'từ ngày 11/02/2022 đến ngày 10/3/2023']));
    expect(check.findings.filter((f) => !MISSING_ENTRIES.has(f.code))).toEqual([]);
  });

  it('writes the old period’s figures into the history tab, totals as the report adds them up', async () => {
    const { raw, check } = await exampleNextPeriod();
    expect(raw.tabs.map((t) => t.name)).toContain(HISTORY_TAB.name);
    const total = check.workbook.history.find((r) => r.unitId === null && r.code === 'TIEP_LUOT');
    const units = check.workbook.history.filter((r) => r.unitId !== null && r.code === 'TIEP_LUOT');
    const typed = CHU_PUH_2023.units.flatMap((u) => (CHU_PUH_2023.sheets[u.id]?.figures ?? []).filter((f) => f.code === 'TIEP_LUOT').map((f) => Number(f.value)));
    expect(units.map((r) => r.value)).toEqual(typed);
    expect(total?.value).toBe(typed.reduce((a, b) => a + b, 0));
    expect(total?.source).toBe('final');
  });

  it('never writes onto the workbook it reads, not even with --force', async () => {
    const dir = workspace();
    await run(dir, ['init', '--example', '-o', 'bc.xlsx']);
    const before = readFileSync(join(dir, 'bc.xlsx'));
    const result = await run(dir, ['new-period', 'bc.xlsx', '-o', 'bc.xlsx', '--force']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Không ghi đè tệp đầu vào');
    expect(readFileSync(join(dir, 'bc.xlsx')).equals(before)).toBe(true);
  });

  it('refuses to replace a workbook someone works in, and explains a period it cannot move', async () => {
    const dir = workspace();
    await run(dir, ['init', '--example', '-o', 'bc.xlsx']);
    writeFileSync(join(dir, 'other.xlsx'), 'not ours');
    const taken = await run(dir, ['new-period', 'bc.xlsx', '-o', 'other.xlsx', '--force']);
    expect(taken.code).toBe(2);
    expect(readFileSync(join(dir, 'other.xlsx'), 'utf8')).toBe('not ours');

    const badDate = await run(dir, ['new-period', 'bc.xlsx', '-o', 'next.xlsx', '--from', '31/02/2024']);
    expect([badDate.code, badDate.err]).toEqual([2, '--from "31/02/2024" không phải ngày hợp lệ. Hãy ghi dạng YYYY-MM-DD (ví dụ 2023-04-01) hoặc ngày/tháng/năm.']);

    await run(dir, ['init', '-o', 'blank.xlsx']);
    const blank = await run(dir, ['new-period', 'blank.xlsx', '-o', 'next.xlsx']);
    expect(blank.code).toBe(2);
    expect(blank.err).toMatch(/^Không tạo được kỳ mới từ blank\.xlsx: /);
  });

  it('takes the new period’s dates when given', async () => {
    const { check, result } = await exampleNextPeriod(['--from', '2023-03-11', '--to', '2023-09-10']);
    expect(result.code).toBe(0);
    expect([check.workbook.settings?.periodFrom, check.workbook.settings?.periodTo]).toEqual(['2023-03-11', '2023-09-10']);
  });
});
