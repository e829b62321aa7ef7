/**
 * "Replacing any number in any tab with words makes validation fail, naming that tab and cell":
 * checked for every number the example workbook holds, one at a time.
 */
import { a1, type RawWorkbook } from '../../src/domain/cells';
import { validateWorkbook } from '../../src/domain/validate/validate';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { rawOf, withCell } from '../support/raw';

function numericCells(raw: RawWorkbook): Array<{ tab: string; cell: string }> {
  const cells: Array<{ tab: string; cell: string }> = [];
  for (const tab of raw.tabs) {
    tab.rows.forEach((row, r) => row.forEach((value, c) => {
      if (typeof value === 'number') cells.push({ tab: tab.name, cell: a1(r + 1, c + 1) });
    }));
  }
  return cells;
}

describe('numbers written in words', () => {
  const raw = rawOf(CHU_PUH_2023);
  const cells = numericCells(raw);

  it('finds numbers in the settings and in every unit tab that reports figures', () => {
    expect(cells.length).toBeGreaterThan(150);
    expect(new Set(cells.map((c) => c.tab))).toContain('Thiết lập');
    expect(new Set(cells.map((c) => c.tab))).toContain('UBND huyện');
  });

  it('turns each one into an error on exactly that tab and cell', () => {
    const missed: string[] = [];
    for (const { tab, cell } of cells) {
      const findings = validateWorkbook(withCell(raw, tab, cell, 'mười hai')).findings;
      const hit = findings.some((f) => f.severity === 'error' && f.tab === tab && f.cell === cell && f.message.includes('mười hai'));
      if (!hit) missed.push(`${tab}!${cell}`);
    }
    expect(missed).toEqual([]);
  });
});
