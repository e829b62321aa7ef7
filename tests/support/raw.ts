/**
 * Helpers for tests that start from workbook data and then damage one cell: lay the data out
 * as tabs, find a cell by its content, and replace a cell (returning a new raw workbook).
 */
import { a1, parseA1, type CellValue, type RawWorkbook } from '../../src/domain/cells';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { planWorkbookFromData, rawFromPlans } from '../../src/domain/workbook/layout';

export function rawOf(data: WorkbookData): RawWorkbook {
  return rawFromPlans(planWorkbookFromData(data));
}

/** A1 reference of the first cell in `tab` whose value satisfies `match`. */
export function findCell(raw: RawWorkbook, tab: string, match: (value: CellValue) => boolean): string {
  const sheet = raw.tabs.find((t) => t.name === tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  for (let r = 0; r < sheet.rows.length; r += 1) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c += 1) if (match(row[c] ?? null)) return a1(r + 1, c + 1);
  }
  throw new Error(`no matching cell in ${tab}`);
}

/** The cell to the right of the first cell equal to `label` (e.g. a figure's value next to its code). */
export function cellRightOf(raw: RawWorkbook, tab: string, label: string, offset = 1): string {
  const ref = parseA1(findCell(raw, tab, (v) => v === label));
  if (!ref) throw new Error('bad ref');
  return a1(ref.row, ref.col + offset);
}

export function getCell(raw: RawWorkbook, tab: string, ref: string): CellValue {
  const pos = parseA1(ref);
  const sheet = raw.tabs.find((t) => t.name === tab);
  if (!pos || !sheet) throw new Error(`bad cell ${tab}!${ref}`);
  return sheet.rows[pos.row - 1]?.[pos.col - 1] ?? null;
}

export function withCell(raw: RawWorkbook, tab: string, ref: string, value: CellValue): RawWorkbook {
  const pos = parseA1(ref);
  if (!pos) throw new Error(`bad ref ${ref}`);
  return {
    tabs: raw.tabs.map((t) => {
      if (t.name !== tab) return t;
      const rows = t.rows.map((r) => [...r]);
      while (rows.length < pos.row) rows.push([]);
      const row = rows[pos.row - 1] ?? [];
      while (row.length < pos.col) row.push(null);
      row[pos.col - 1] = value;
      rows[pos.row - 1] = row;
      return { name: t.name, rows };
    }),
  };
}

export function withoutTab(raw: RawWorkbook, tab: string): RawWorkbook {
  return { tabs: raw.tabs.filter((t) => t.name !== tab) };
}
