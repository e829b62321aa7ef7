/**
 * "Kiểm tra dữ liệu" marks: each finding's cell gets a coloured background and a note with the
 * message; marks from the previous check are cleared first, restoring the cell's own background
 * and note (kept in document properties), so fixed cells go back to how they were. Works tab by
 * tab over the smallest box holding the marks: one read and one write of notes and backgrounds.
 */
import { parseA1 } from '../domain/cells';
import type { Finding } from '../domain/findings';
import { COLOURS } from './tab-writer';
import type { PropertiesSurface, SpreadsheetSurface } from './surface';

export const NOTE_PREFIX = '⚠ baocao: ';
const KEY_PREFIX = 'baocao.marks.';
/** Apps Script refuses property values over 9 KB; stay well below. */
const MAX_PROPERTY_CHARS = 8000;

/** A1 → [original background, original note]. */
type Originals = Record<string, [string | null, string]>;

export interface MarkResult {
  readonly marked: number;
  readonly cleared: number;
  readonly tabs: number;
  /** Tabs the person running the check may not edit (another unit's, once protected). */
  readonly skipped: ReadonlyArray<string>;
}

function loadOriginals(properties: PropertiesSurface, tab: string): Originals {
  const raw = properties.getProperty(KEY_PREFIX + tab);
  if (raw === null) return {};
  try {
    return JSON.parse(raw) as Originals;
  } catch {
    return {};
  }
}

function saveOriginals(properties: PropertiesSurface, tab: string, originals: Originals): void {
  if (Object.keys(originals).length === 0) {
    properties.deleteProperty(KEY_PREFIX + tab);
    return;
  }
  let json = JSON.stringify(originals);
  if (json.length > MAX_PROPERTY_CHARS) {
    // Too many marks to remember every note: keep backgrounds, which matter most when clearing.
    const slim: Originals = {};
    for (const [cell, [background]] of Object.entries(originals)) slim[cell] = [background, ''];
    json = JSON.stringify(slim).slice(0, MAX_PROPERTY_CHARS);
    if (!json.endsWith('}')) json = JSON.stringify({});
  }
  properties.setProperty(KEY_PREFIX + tab, json);
}

function markedTabs(properties: PropertiesSurface): string[] {
  return properties.getKeys().filter((k) => k.startsWith(KEY_PREFIX)).map((k) => k.slice(KEY_PREFIX.length));
}

export function markFindings(spreadsheet: SpreadsheetSurface, findings: ReadonlyArray<Finding>, properties: PropertiesSurface): MarkResult {
  const byTab = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    if (f.tab === null || f.cell === null || parseA1(f.cell) === null) continue;
    const cells = byTab.get(f.tab) ?? new Map<string, Finding[]>();
    cells.set(f.cell, [...(cells.get(f.cell) ?? []), f]);
    byTab.set(f.tab, cells);
  }
  let marked = 0;
  let cleared = 0;
  let tabs = 0;
  const skipped: string[] = [];
  for (const tab of new Set([...markedTabs(properties), ...byTab.keys()])) {
    const sheet = spreadsheet.getSheetByName(tab);
    const before = loadOriginals(properties, tab);
    const now = byTab.get(tab) ?? new Map<string, Finding[]>();
    if (sheet === null) {
      saveOriginals(properties, tab, {});
      continue;
    }
    const positions = [...new Set([...Object.keys(before), ...now.keys()])].map((c) => parseA1(c)).filter((p) => p !== null);
    if (positions.length === 0) {
      saveOriginals(properties, tab, {});
      continue;
    }
    tabs += 1;
    const top = Math.min(...positions.map((p) => p.row));
    const left = Math.min(...positions.map((p) => p.col));
    const bottom = Math.max(...positions.map((p) => p.row));
    const right = Math.max(...positions.map((p) => p.col));
    const range = sheet.getRange(top, left, bottom - top + 1, right - left + 1);
    const notes = range.getNotes();
    const backgrounds: Array<Array<string | null>> = range.getBackgrounds();
    const after: Originals = {};
    for (const [cell, original] of Object.entries(before)) {
      const p = parseA1(cell);
      if (p === null || now.has(cell)) continue;
      const r = p.row - top;
      const c = p.col - left;
      const row = notes[r];
      const bg = backgrounds[r];
      if (row === undefined || bg === undefined) continue;
      if ((row[c] ?? '').startsWith(NOTE_PREFIX)) row[c] = original[1];
      bg[c] = original[0];
      cleared += 1;
    }
    for (const [cell, list] of now) {
      const p = parseA1(cell);
      if (p === null) continue;
      const r = p.row - top;
      const c = p.col - left;
      const row = notes[r];
      const bg = backgrounds[r];
      if (row === undefined || bg === undefined) continue;
      const currentNote = row[c] ?? '';
      after[cell] = before[cell] ?? [bg[c] ?? null, currentNote.startsWith(NOTE_PREFIX) ? '' : currentNote];
      const errors = list.some((f) => f.severity === 'error');
      bg[c] = errors ? COLOURS.error : COLOURS.warning;
      row[c] = NOTE_PREFIX + list.map((f) => `${f.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${f.message}`).join('\n');
      marked += 1;
    }
    try {
      range.setNotes(notes);
      range.setBackgrounds(backgrounds.map((row) => row.map((c) => (c === '#ffffff' ? null : c))));
      saveOriginals(properties, tab, after);
    } catch {
      // A unit clerk cannot mark another unit's protected tab; the sidebar still lists its findings.
      skipped.push(tab);
    }
  }
  return { marked, cleared, tabs, skipped };
}
