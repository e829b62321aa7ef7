/**
 * The next period as edits to a copy of the old workbook (the add-in's "Tạo kỳ báo cáo mới"):
 * the copy already holds every tab with its layout, formats, dropdowns, notes and protections,
 * so only values change, and only where the next period differs. Settings cells and the units
 * tab's deadlines move, the units' submission columns are cleared; in each unit tab what the
 * unit typed is cleared (tasks, figure values and notes, texts, footnotes) and its unfinished
 * tasks written back at the top of the tasks block, marked "Chuyển từ kỳ", while its own cited
 * documents stay; the tabs of the old period only (cut-off snapshot, reminder log, dashboard,
 * child reports read, history) are dropped and the history tab made anew; units new to the
 * period get a tab, units gone from it lose theirs. Pure: the same plan as the CLI
 * (src/app/new-period.ts), laid over the old workbook's cells instead of a new file.
 */
import { cellText, type CellValue, type RawTab, type RawWorkbook } from '../domain/cells';
import type { ColumnDef, ColumnMap } from '../domain/contract/columns';
import { UNIT_COLUMNS } from '../domain/contract/tables';
import {
  MAPPING_TAB,
  TABLE_TABS,
  CHILD_CACHE_TAB,
  CUTOFF_TAB,
  DASHBOARD_TAB_NAME,
  FIGURES_BLOCK,
  FOOTNOTES_BLOCK,
  HISTORY_TAB,
  NARRATIVE_BLOCK,
  REMINDER_LOG_TAB,
  SETTINGS_TAB,
  TASKS_BLOCK,
  UNIT_BLOCKS,
  UNITS_TAB,
  type UnitBlock,
} from '../domain/contract/tabs';
import { looseKey, nfc } from '../domain/text';
import { toCell, type TabPlan } from '../domain/workbook/layout';
import { findTab, findTabName } from '../domain/workbook/read';
import type { WorkbookCheck } from './check-workbook';
import { nextPeriodTabs, type NextPeriodPlan } from './new-period';
import { configTabProtection, unitTabProtection, type TabProtection } from './setup-workbook';

/** A rectangle of cells, 1-based. */
export interface CellArea {
  readonly tab: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Values written from a cell rightwards and downwards. */
export interface CellBlock {
  readonly tab: string;
  readonly row: number;
  readonly col: number;
  readonly values: CellValue[][];
}

export interface NextPeriodEdits {
  /** Tabs of the old period only; dropped from the copy (the history tab is made anew). */
  readonly deleteTabs: ReadonlyArray<string>;
  /** Values to clear (formats, dropdowns and notes stay). */
  readonly clear: ReadonlyArray<CellArea>;
  /** Values to write, after clearing. */
  readonly write: ReadonlyArray<CellBlock>;
  /** Tabs to create whole: the history tab, and units new to the period. */
  readonly createTabs: ReadonlyArray<TabPlan>;
}

export interface NextPeriodEditOptions {
  /** The copy's address, for the settings' "Địa chỉ bảng tính". */
  readonly spreadsheetUrl?: string | null;
  /** Tabs the adapter keeps for itself that must not come along (a set-up's progress). */
  readonly alsoDelete?: ReadonlyArray<string>;
}

/** The add-in's tabs that belong to one period only. */
const PERIOD_ONLY_TABS = [CUTOFF_TAB.name, REMINDER_LOG_TAB.name, DASHBOARD_TAB_NAME, CHILD_CACHE_TAB.name] as const;

/** Unit columns that describe the old period's submission. */
const SUBMISSION_FIELDS = ['submittedAt', 'submittedBy', 'reopenedAt', 'reopenReason'] as const;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function rowCount(tab: RawTab): number {
  let last = tab.rows.length;
  while (last > 0 && (tab.rows[last - 1] ?? []).every((c) => c === null || c === '')) last -= 1;
  return last;
}

/** The row of each block's title in a unit tab, as the reader finds it (title with or without its letter). */
function blockTitleRows(tab: RawTab): Map<string, number> {
  const rows = new Map<string, number>();
  const last = rowCount(tab);
  for (let row = 1; row <= last; row += 1) {
    const key = looseKey(nfc(cellText(tab.rows[row - 1]?.[0] ?? null)));
    if (key === '') continue;
    for (const block of UNIT_BLOCKS) {
      const bare = looseKey(block.title.replace(/^[A-Z]\.\s*/, ''));
      if (!rows.has(block.key) && (key === looseKey(block.title) || key === bare)) rows.set(block.key, row);
    }
  }
  return rows;
}

/** Column of each field, found by its header label as the reader does. */
function headerColumns(tab: RawTab, headerRow: number, columns: ColumnMap): Map<string, number> {
  const headers = (tab.rows[headerRow - 1] ?? []).map((c) => looseKey(nfc(cellText(c))));
  const found = new Map<string, number>();
  for (const [field, def] of Object.entries(columns)) {
    const keys = [def.label, ...def.aliases].map(looseKey);
    const index = headers.findIndex((h) => keys.includes(h));
    if (index >= 0) found.set(field, index + 1);
  }
  return found;
}

interface BlockRegion {
  readonly headerRow: number;
  readonly first: number;
  readonly last: number;
  readonly columns: Map<string, number>;
  /** Widest row of the block (header included), at least its declared columns. */
  readonly width: number;
}

function regionOf(tab: RawTab, titles: Map<string, number>, block: UnitBlock): BlockRegion | null {
  const title = titles.get(block.key);
  if (title === undefined) return null;
  const later = [...titles.values()].filter((r) => r > title).sort((a, b) => a - b)[0];
  const last = later === undefined ? rowCount(tab) : later - 1;
  const headerRow = title + 1;
  let width = Object.keys(block.columns).length;
  for (let row = headerRow; row <= last; row += 1) width = Math.max(width, (tab.rows[row - 1] ?? []).length);
  return { headerRow, first: headerRow + 1, last, columns: headerColumns(tab, headerRow, block.columns), width };
}

function settingsEdits(check: WorkbookCheck, plan: NextPeriodPlan, options: NextPeriodEditOptions): CellBlock[] {
  const old = check.workbook.settings;
  const next: Record<string, unknown> = { ...plan.data.settings, spreadsheetUrl: options.spreadsheetUrl ?? null };
  const writes: CellBlock[] = [];
  for (const [field, def] of Object.entries(SETTINGS_TAB.fields)) {
    const cell = check.workbook.settingsCells[field as keyof typeof SETTINGS_TAB.fields];
    if (cell === undefined || old === null || same((old as Record<string, unknown>)[field], next[field])) continue;
    const row = Number(/\d+/.exec(cell)?.[0] ?? 0);
    // A cleared value is written as blank; the column's default then applies, as in a new workbook.
    writes.push({ tab: tabName(check, SETTINGS_TAB.name), row, col: 2, values: [[toCell(def as ColumnDef, next[field])]] });
  }
  return writes;
}

/** The tab's name as the workbook spells it (the reader tolerates tone-mark variants). */
function tabName(check: WorkbookCheck, name: string): string {
  return findTabName(check.workbook.tabNames, name) ?? name;
}

function unitsTabEdits(check: WorkbookCheck, plan: NextPeriodPlan): { clear: CellArea[]; write: CellBlock[] } {
  const clear: CellArea[] = [];
  const write: CellBlock[] = [];
  const tab = tabName(check, UNITS_TAB.name);
  const next = new Map(plan.data.units.map((u) => [u.id, u]));
  for (const unit of check.workbook.units) {
    for (const field of SUBMISSION_FIELDS) {
      const col = unit.at.cols[field];
      if (col !== undefined) clear.push({ tab, row: unit.at.row, col, rows: 1, cols: 1 });
    }
    const moved = next.get(unit.id)?.deadline ?? null;
    const col = unit.at.cols['deadline'];
    if (col !== undefined && !same(unit.deadline, moved)) write.push({ tab, row: unit.at.row, col, values: [[toCell(UNIT_COLUMNS.deadline, moved)]] });
  }
  return { clear, write };
}

/** What a unit typed is cleared; its unfinished tasks go back at the top of the tasks block. */
function unitTabEdits(tab: RawTab, plan: NextPeriodPlan, unitId: string, newTab: TabPlan | undefined): { clear: CellArea[]; write: CellBlock[] } {
  const clear: CellArea[] = [];
  const write: CellBlock[] = [];
  const titles = blockTitleRows(tab);
  const area = (region: BlockRegion, col: number, cols: number) => {
    if (region.last >= region.first) clear.push({ tab: tab.name, row: region.first, col, rows: region.last - region.first + 1, cols });
  };
  const tasks = regionOf(tab, titles, TASKS_BLOCK);
  if (tasks !== null) {
    area(tasks, 1, tasks.width);
    const carried = plan.data.sheets[unitId]?.tasks ?? [];
    if (carried.length > 0) {
      const columns = new Map(tasks.columns);
      if (!columns.has('carriedFrom')) {
        // A workbook made before the column existed: it goes right of the block's last column.
        const col = Math.max(...columns.values()) + 1;
        columns.set('carriedFrom', col);
        write.push({ tab: tab.name, row: tasks.headerRow, col, values: [[TASKS_BLOCK.columns.carriedFrom.label]] });
      }
      carried.slice(0, Math.max(0, tasks.last - tasks.first + 1)).forEach((task, i) => {
        for (const [field, col] of columns) {
          const def = (TASKS_BLOCK.columns as ColumnMap)[field];
          if (def === undefined) continue;
          const value = toCell(def, (task as Record<string, unknown>)[field]);
          if (value !== null) write.push({ tab: tab.name, row: tasks.first + i, col, values: [[value]] });
        }
      });
    }
  }
  const figures = regionOf(tab, titles, FIGURES_BLOCK);
  for (const field of ['value', 'note']) {
    const col = figures?.columns.get(field);
    if (figures !== null && col !== undefined) area(figures, col, 1);
  }
  const texts = regionOf(tab, titles, NARRATIVE_BLOCK);
  const textCol = texts?.columns.get('text');
  if (texts !== null && textCol !== undefined) area(texts, textCol, 1);
  const footnotes = regionOf(tab, titles, FOOTNOTES_BLOCK);
  if (footnotes !== null) area(footnotes, 1, footnotes.width);
  // Block E (the unit's own cited documents) is carried as it is.
  // The line under the unit's name says its deadline: the new period's.
  const info = cellText(tab.rows[1]?.[0] ?? null);
  const newInfo = newTab?.rows[1]?.[0] ?? null;
  if (newInfo !== null && newInfo !== info && (info.startsWith('Hạn nộp') || info.startsWith('Nhập vào'))) write.push({ tab: tab.name, row: 2, col: 1, values: [[newInfo]] });
  return { clear, write };
}

export function nextPeriodEdits(raw: RawWorkbook, check: WorkbookCheck, plan: NextPeriodPlan, options: NextPeriodEditOptions = {}): NextPeriodEdits {
  const tabs = nextPeriodTabs(plan);
  const planOf = new Map(tabs.filter((t) => t.unitId !== undefined).map((t) => [t.unitId!, t]));
  const clear: CellArea[] = [];
  const write: CellBlock[] = [...settingsEdits(check, plan, options)];
  const units = unitsTabEdits(check, plan);
  clear.push(...units.clear);
  write.push(...units.write);

  const deleteTabs = new Set<string>();
  const createTabs: TabPlan[] = [];
  const done = new Set<string>();
  for (const unit of plan.data.units) {
    const tab = findTab(raw, unit.tab);
    if (plan.notExpected.includes(unit.id)) {
      if (tab !== undefined) deleteTabs.add(tab.name);
      continue;
    }
    if (tab === undefined) {
      const created = planOf.get(unit.id);
      if (created !== undefined && !createTabs.includes(created)) createTabs.push(created);
      continue;
    }
    if (done.has(tab.name)) continue;
    done.add(tab.name);
    const edits = unitTabEdits(tab, plan, unit.id, planOf.get(unit.id));
    clear.push(...edits.clear);
    write.push(...edits.write);
  }
  for (const name of [...PERIOD_ONLY_TABS, HISTORY_TAB.name, ...(options.alsoDelete ?? [])]) {
    const tab = findTab(raw, name);
    if (tab !== undefined) deleteTabs.add(tab.name);
  }
  const history = tabs.find((t) => t.name === HISTORY_TAB.name);
  if (history !== undefined) createTabs.push(history);
  return { deleteTabs: [...deleteTabs], clear, write, createTabs };
}

/**
 * Who may edit each tab of the new period: every unit of it its own tab (with the secretariat;
 * nothing is submitted yet), the secretariat the configuration tabs and the history tab.
 */
export function nextPeriodProtections(plan: NextPeriodPlan): TabProtection[] {
  const secretariat = [...(plan.data.settings.secretariatEmails ?? [])];
  const units = plan.data.units
    .filter((u) => !plan.notExpected.includes(u.id))
    .map((u) => unitTabProtection({ id: u.id, name: u.name, tab: u.tab, emails: u.emails ?? [] }, secretariat, false));
  const config = [SETTINGS_TAB.name, ...TABLE_TABS.map((t) => t.name), MAPPING_TAB.name, HISTORY_TAB.name].map((tab) => configTabProtection(tab, secretariat));
  return [...units, ...config];
}
