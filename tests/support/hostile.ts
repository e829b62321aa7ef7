/**
 * Hostile input for property tests: the values a stranger types or pastes into a workbook (words
 * for numbers, Infinity, NaN, -0, zero-width spaces, NFD text, formulas with javascript: links,
 * HTML, placeholders that include themselves, 50,000-character strings, dates and serials where
 * numbers belong, booleans, error values), and every cell of a laid-out workbook that a person
 * types into, with the kind of its column, so a test can tell free text from a typed value.
 */
import { a1, type CellValue } from '../../src/domain/cells';
import type { ColumnDef, ColumnKind, ColumnMap } from '../../src/domain/contract/columns';
import { SETTINGS_TAB, TABLE_TABS, UNIT_BLOCKS } from '../../src/domain/contract/tabs';
import { NUMBER_MAX } from '../../src/domain/format';
import type { TabPlan } from '../../src/domain/workbook/layout';

export interface InputCell {
  readonly tab: string;
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  readonly kind: ColumnKind;
  readonly label: string;
  /** The unit whose tab this is, for values that refer to it ({{DV:SELF}}). */
  readonly unitId: string | null;
  readonly original: CellValue;
  /** The cell's row held nothing before (a spare row left for new entries). */
  readonly spareRow: boolean;
}

export interface Hostile {
  readonly name: string;
  readonly value: (cell: InputCell) => CellValue;
}

export const HOSTILE_VALUES: ReadonlyArray<Hostile> = [
  { name: 'words for a number', value: () => 'mười hai' },
  { name: 'Infinity', value: () => Number.POSITIVE_INFINITY },
  { name: '-0', value: () => -0 },
  { name: '1e400 typed', value: () => '1e400' },
  { name: '1e308', value: () => 1e308 },
  { name: 'NaN', value: () => Number.NaN },
  { name: 'a zero-width space alone', value: () => '\u200b' },
  { name: 'a value with a trailing zero-width space', value: (c) => `${textOf(c.original) || 'X1'}\u200b` },
  { name: 'NFD text', value: () => 'Đảng ủy xã Tân An'.normalize('NFD') },
  { name: 'a HYPERLINK formula to javascript:', value: () => ({ formula: '=HYPERLINK("javascript:alert(1)","bấm")', result: 'bấm' }) },
  { name: '<script>', value: () => '<script>alert(1)</script><img src=x onerror=alert(1)>' },
  { name: 'a javascript: link', value: () => 'javascript:alert(1)' },
  { name: '{{DV:SELF}}', value: (c) => `{{DV:${c.unitId ?? 'BDVHU'}}}` },
  { name: 'an unfinished {{', value: () => '{{' },
  { name: '50,000 characters', value: () => 'a'.repeat(50_000) },
  { name: 'a date where a number belongs', value: () => ({ date: '2023-03-10' }) },
  { name: 'a serial date of 1e9', value: () => 1e9 },
  { name: 'a boolean', value: () => true },
  { name: '#REF!', value: () => '#REF!' },
];

function textOf(value: CellValue): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** True when `value` is a legitimate value of a column of this kind, so no finding is owed. */
export function legitimateFor(kind: ColumnKind, value: CellValue): boolean {
  const finite = typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= NUMBER_MAX;
  switch (kind) {
    case 'number':
      return finite;
    case 'integer':
      return finite && Number.isInteger(value);
    case 'code':
      // A code may be digits ("01", "1000000000") or any run of letters, digits and _ . - ("1E400").
      return (finite && Number.isInteger(value) && (value as number) >= 0) || (typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value));
    case 'date':
    case 'dateTime':
      return typeof value === 'object' && value !== null && 'date' in value;
    case 'bool':
      // Yes/no cells take TRUE/FALSE, and 1/0 as spreadsheets write them.
      return typeof value === 'boolean' || value === 1 || value === 0;
    default:
      return false;
  }
}

export const isFreeText = (kind: ColumnKind): boolean => kind === 'text' || kind === 'longText';

function tableCells(plan: TabPlan, columns: ColumnMap, headerRow: number, lastRow: number, unitId: string | null, out: InputCell[]): void {
  const defs = Object.values(columns) as ColumnDef[];
  for (const range of plan.inputRanges) {
    for (let row = range.row; row < range.row + range.rows; row += 1) {
      if (row <= headerRow || row > lastRow) continue;
      for (let col = range.col; col < range.col + range.cols; col += 1) {
        const def = defs[col - 1];
        if (def === undefined) continue;
        const cells = plan.rows[row - 1] ?? [];
        const spareRow = cells.every((v) => v === null || v === '');
        out.push({ tab: plan.name, cell: a1(row, col), row, col, kind: def.kind, label: def.label, unitId, original: cells[col - 1] ?? null, spareRow });
      }
    }
  }
}

/** Every cell a person types into, in every tab of the plans, with its column's kind. */
export function inputCells(plans: ReadonlyArray<TabPlan>): InputCell[] {
  const out: InputCell[] = [];
  for (const plan of plans) {
    if (plan.role === 'settings') {
      const fields = Object.values(SETTINGS_TAB.fields) as ColumnDef[];
      fields.forEach((def, i) => {
        const row = i + 2;
        if (def.system) return;
        out.push({ tab: plan.name, cell: a1(row, 2), row, col: 2, kind: def.kind, label: def.label, unitId: null, original: plan.rows[row - 1]?.[1] ?? null, spareRow: false });
      });
      continue;
    }
    const table = TABLE_TABS.find((t) => t.name === plan.name);
    if (table !== undefined) {
      tableCells(plan, table.columns, 1, plan.rows.length, null, out);
      continue;
    }
    if (plan.role !== 'unit') continue;
    // Unit tabs: each block from its title row to the row before the next block's title.
    const titles = UNIT_BLOCKS.map((block) => ({ block, row: plan.rows.findIndex((r) => r[0] === block.title) + 1 })).filter((t) => t.row > 0);
    titles.forEach(({ block, row }, i) => {
      const next = titles[i + 1]?.row ?? plan.rows.length + 1;
      tableCells(plan, block.columns, row + 1, next - 1, plan.unitId ?? null, out);
    });
  }
  return out;
}
