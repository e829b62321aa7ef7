/**
 * Where "Kiểm tra dữ liệu" keeps what its marks cover: each marked cell's own background and
 * note, so clearing a mark gives the clerk's cell back exactly. Kept in a hidden tab, not in
 * document properties: a property value holds 9 KB in UTF-8 bytes and a store 500 KB in all
 * (https://developers.google.com/apps-script/guides/services/quotas), which one clerk's long
 * notes can fill, while a tab holds 50,000 characters per cell and ten million cells. A note
 * longer than a cell is split over several cells, so no original is ever cut. The tab comes
 * back with the one workbook read (no extra round trip) and is written in one call.
 */
import type { RawTab } from '../domain/cells';
import type { CellValue, SheetSurface, SpreadsheetSurface } from './surface';

export const MARK_STORE_TAB = 'baocao – dấu kiểm tra';
/** Characters of a note per cell of the store, well inside the 50,000 a cell holds. */
export const NOTE_CHUNK = 40_000;

export interface Original {
  readonly background: string | null;
  readonly note: string;
}

/** tab → A1 → what the cell held before it was marked. */
export type Originals = Map<string, Map<string, Original>>;

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Parses the store tab as the workbook read returned it. */
export function loadOriginals(tab: RawTab | undefined): Originals {
  const originals: Originals = new Map();
  for (const row of tab?.rows.slice(1) ?? []) {
    const [sheet, cell, background, ...parts] = row;
    const tabName = text(sheet);
    const a1 = text(cell);
    if (tabName === '' || a1 === '') continue;
    const cells = originals.get(tabName) ?? new Map<string, Original>();
    cells.set(a1, { background: text(background) === '' ? null : text(background), note: parts.map(text).join('') });
    originals.set(tabName, cells);
  }
  return originals;
}

function rowsOf(originals: Originals): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [tab, cells] of originals) {
    for (const [cell, original] of cells) {
      const parts: string[] = [];
      for (let i = 0; i < original.note.length; i += NOTE_CHUNK) parts.push(original.note.slice(i, i + NOTE_CHUNK));
      rows.push([tab, cell, original.background ?? '', ...parts]);
    }
  }
  return rows;
}

const HEADER = ['Tab', 'Ô', 'Màu nền gốc', 'Ghi chú gốc (đừng sửa)'];

function storeSheet(spreadsheet: SpreadsheetSurface): SheetSurface {
  const existing = spreadsheet.getSheetByName(MARK_STORE_TAB);
  if (existing !== null) return existing;
  const sheet = spreadsheet.insertSheet(MARK_STORE_TAB);
  sheet.hideSheet();
  return sheet;
}

/** Replaces the store's content with `originals` (one write; the tab is created hidden when needed). */
export function saveOriginals(spreadsheet: SpreadsheetSurface, originals: Originals, previousRows: number): void {
  const rows = rowsOf(originals);
  if (rows.length === 0 && previousRows === 0) return;
  const sheet = storeSheet(spreadsheet);
  const width = Math.max(HEADER.length, ...rows.map((r) => r.length));
  const height = Math.max(rows.length + 1, previousRows + 1);
  const grid: CellValue[][] = [];
  for (let r = 0; r < height; r += 1) {
    const source = r === 0 ? HEADER : (rows[r - 1] ?? []);
    // Stored as text, so a background like "#fff2cc" or a note like "001" reads back unchanged.
    grid.push(Array.from({ length: width }, (_, c) => (source[c] === undefined ? '' : `'${String(source[c])}`)));
  }
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < height) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  sheet.getRange(1, 1, height, width).setValues(grid);
}

/** Reads the store tab now (inside the document lock, so another user's check is not overwritten). */
export function readStoreTab(spreadsheet: SpreadsheetSurface): RawTab | undefined {
  const sheet = spreadsheet.getSheetByName(MARK_STORE_TAB);
  if (sheet === null) return undefined;
  const rows = sheet.getDataRange().getValues().map((row) => row.map((v) => (v === '' ? null : v instanceof Date ? null : v)));
  return { name: MARK_STORE_TAB, rows };
}

export function storedRowCount(tab: RawTab | undefined): number {
  return Math.max(0, (tab?.rows.length ?? 0) - 1);
}
