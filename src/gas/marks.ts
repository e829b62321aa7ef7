/**
 * "Kiểm tra dữ liệu" marks: every cell a finding is about (all the cells of a rule, not only
 * the first) gets a coloured background and a note with the message; marks from the previous
 * check are cleared, giving each cell back its own background and note. The originals are kept
 * in the hidden store tab (mark-store.ts) and saved before any mark is written, so an execution
 * stopped half way never loses a clerk's note or colour: a later check still finds them. A cell
 * is restored only while it still carries our mark (a clerk who replaced the note, or rows that
 * moved, are left alone). Works tab by tab over the smallest box holding the marks: one read
 * and one write of notes and backgrounds per tab, inside the execution's time budget.
 */
import { parseA1 } from '../domain/cells';
import type { Finding } from '../domain/findings';
import type { Budget } from './budget';
import { loadOriginals, readStoreTab, saveOriginals, storedRowCount, type Original, type Originals } from './mark-store';
import { COLOURS } from './tab-writer';
import type { RangeSurface, SpreadsheetSurface } from './surface';

export const NOTE_PREFIX = '⚠ baocao: ';
/** At most this many messages in one cell's note; the sidebar lists them all. */
const MESSAGES_PER_NOTE = 10;

export interface MarkResult {
  /** Tabs the person running the check may not edit (another unit's, once protected). */
  readonly skipped: ReadonlyArray<string>;
  /** Tabs left for the next check because the execution's time ran out. */
  readonly unfinished: ReadonlyArray<string>;
}

/** Every (tab, cell) a finding points at: its `cells` when it names several, else its own cell. */
export function markedCells(finding: Finding): Array<{ tab: string; cell: string }> {
  const listed = (finding.cells ?? []).map((c) => ({ tab: c.tab, cell: c.cell }));
  const own = finding.tab !== null && finding.cell !== null ? [{ tab: finding.tab, cell: finding.cell }] : [];
  const all = listed.length > 0 ? listed : own;
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.tab}\u0000${c.cell}`;
    if (seen.has(key) || parseA1(c.cell) === null) return false;
    seen.add(key);
    return true;
  });
}

function noteFor(list: ReadonlyArray<Finding>): string {
  const lines = list.slice(0, MESSAGES_PER_NOTE).map((f) => `${f.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${f.message}`);
  if (list.length > MESSAGES_PER_NOTE) lines.push(`… và ${list.length - MESSAGES_PER_NOTE} vấn đề khác (xem khung Kết quả kiểm tra).`);
  return NOTE_PREFIX + lines.join('\n');
}

function count(originals: Originals): number {
  return [...originals.values()].reduce((n, m) => n + m.size, 0);
}

function serialise(originals: Originals): string {
  return JSON.stringify([...originals].map(([tab, cells]) => [tab, [...cells]]));
}

function copy(originals: Originals): Originals {
  return new Map([...originals].map(([tab, cells]) => [tab, new Map(cells)]));
}

export function markFindings(spreadsheet: SpreadsheetSurface, findings: ReadonlyArray<Finding>, budget: Budget): MarkResult {
  const storeTab = readStoreTab(spreadsheet);
  const byTab = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    for (const { tab, cell } of markedCells(f)) {
      const cells = byTab.get(tab) ?? new Map<string, Finding[]>();
      byTab.set(tab, cells.set(cell, [...(cells.get(cell) ?? []), f]));
    }
  }
  const stored = loadOriginals(storeTab);
  const previousRows = storedRowCount(storeTab);
  const unfinished: string[] = [];
  const final = copy(stored);
  // Phase 1: read each tab's box, work out the new notes and backgrounds and the originals to keep.
  const work: Array<{ tab: string; range: RangeSurface; notes: string[][]; backgrounds: Array<Array<string | null>>; keep: Map<string, Original> }> = [];
  for (const tab of new Set([...stored.keys(), ...byTab.keys()])) {
    if (budget.exhausted()) {
      unfinished.push(tab);
      continue;
    }
    const sheet = spreadsheet.getSheetByName(tab);
    const before = stored.get(tab) ?? new Map<string, Original>();
    const now = byTab.get(tab) ?? new Map<string, Finding[]>();
    const positions = [...new Set([...before.keys(), ...now.keys()])].map((c) => parseA1(c)).filter((p) => p !== null);
    if (sheet === null || positions.length === 0) {
      final.delete(tab);
      continue;
    }
    const top = Math.min(...positions.map((p) => p.row));
    const left = Math.min(...positions.map((p) => p.col));
    const range = sheet.getRange(top, left, Math.max(...positions.map((p) => p.row)) - top + 1, Math.max(...positions.map((p) => p.col)) - left + 1);
    const notes = range.getNotes();
    const backgrounds: Array<Array<string | null>> = range.getBackgrounds();
    /** [note row, background row, column] of a cell inside the box. */
    const at = (cell: string): [string[], Array<string | null>, number] | null => {
      const p = parseA1(cell);
      const n = p === null ? undefined : notes[p.row - top];
      const b = p === null ? undefined : backgrounds[p.row - top];
      return p === null || n === undefined || b === undefined ? null : [n, b, p.col - left];
    };
    const keep = new Map<string, Original>();
    for (const [cell, original] of before) {
      const place = now.has(cell) ? null : at(cell);
      // Only a cell that still carries our mark is given back; anything else is the clerk's now.
      if (place === null || !(place[0][place[2]] ?? '').startsWith(NOTE_PREFIX)) continue;
      place[0][place[2]] = original.note;
      place[1][place[2]] = original.background;
    }
    for (const [cell, list] of now) {
      const place = at(cell);
      if (place === null) continue;
      const [n, b, c] = place;
      const current = n[c] ?? '';
      const ours = current.startsWith(NOTE_PREFIX);
      keep.set(cell, ours && before.has(cell) ? before.get(cell)! : { background: b[c] ?? null, note: ours ? '' : current });
      b[c] = list.some((f) => f.severity === 'error') ? COLOURS.error : COLOURS.warning;
      n[c] = noteFor(list);
    }
    work.push({ tab, range, notes, backgrounds, keep });
    // Saved before any mark: the old originals (cells still marked until written) and the new ones.
    final.set(tab, new Map([...before, ...keep]));
  }
  // Phase 2: save every original first, then write the marks; a stop in between loses nothing.
  saveOriginals(spreadsheet, final, previousRows);
  const saved = serialise(final);
  const savedRows = count(final);
  const skipped: string[] = [];
  for (const w of work) {
    if (budget.exhausted()) {
      unfinished.push(w.tab);
      continue;
    }
    try {
      w.range.setNotes(w.notes);
      w.range.setBackgrounds(w.backgrounds.map((row) => row.map((c) => (c === '#ffffff' ? null : c))));
      if (w.keep.size === 0) final.delete(w.tab);
      else final.set(w.tab, w.keep);
    } catch {
      // A unit clerk cannot mark another unit's protected tab; the sidebar still lists its findings.
      skipped.push(w.tab);
      const before = stored.get(w.tab);
      if (before === undefined) final.delete(w.tab);
      else final.set(w.tab, before);
    }
  }
  if (serialise(final) !== saved) saveOriginals(spreadsheet, final, Math.max(savedRows, previousRows));
  return { skipped, unfinished };
}
