/**
 * Where each unit's data comes from, read from its row of the units tab: the source key that
 * identifies another workbook, what a typed source is (a Google spreadsheet, an .xlsx path), how
 * a finding names a tab of a shard, and which units' origins are void because of another row.
 * Pure helpers without any reading, so the workbook reader can use them (./sources builds
 * `sourcesNeeded` on top of the reader).
 */
import type { Unit } from '../contract/tables';
import { toneKey } from '../text';
import type { Located } from '../workbook/model';

const SHEETS_URL = /\/spreadsheets\/d\/([A-Za-z0-9_-]{20,})/;
/** A bare spreadsheet id as Drive makes them (44 characters today; Google promises no length). */
const SHEETS_ID = /^[A-Za-z0-9_-]{25,}$/;

/**
 * The key of a source as typed in the units tab: a Google Sheets link and its bare id give the
 * same key; a file path is trimmed and its separators made "/" (case kept: file systems differ).
 */
export function sourceKey(source: string): string {
  const text = source.normalize('NFC').trim();
  const id = SHEETS_URL.exec(text);
  if (id !== null && id[1] !== undefined) return id[1];
  return text.replace(/\\/g, '/');
}

export type SourceForm = 'sheets' | 'path' | 'unknown';

/** What a typed source is: a Google spreadsheet (link or id), an .xlsx path, or neither. */
export function sourceForm(source: string): SourceForm {
  const text = source.normalize('NFC').trim();
  if (SHEETS_URL.test(text) && /^https:\/\/docs\.google\.com\//i.test(text)) return 'sheets';
  if (SHEETS_ID.test(text)) return 'sheets';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return 'unknown';
  if (/\.xlsx$/i.test(text) && !/[\u0000-\u001f]/.test(text)) return 'path';
  return 'unknown';
}

/** An absolute path ("/home/…", "C:\…", "\\server\…"): works on one computer only. */
export function isAbsolutePath(source: string): boolean {
  const text = source.trim();
  return text.startsWith('/') || text.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(text);
}

/**
 * How a finding names a tab of a shard: Excel's own notation for a tab of another workbook,
 * "[phuong-a-2.xlsx]Chi bộ 3". "[" and "]" cannot occur in a tab name, so such a name never
 * matches a tab of this workbook (marks in Sheets, which only mark this workbook, skip it), and
 * `splitShardTab` reads it back unambiguously.
 */
export function shardTabName(key: string, tab: string): string {
  return `[${key}]${tab}`;
}

/** The shard and tab of a name made by `shardTabName`; null for a tab of this workbook. */
export function splitShardTab(name: string): { readonly source: string; readonly tab: string } | null {
  if (!name.startsWith('[')) return null;
  const close = name.lastIndexOf(']');
  if (close <= 0) return null;
  return { source: name.slice(1, close), tab: name.slice(close + 1) };
}

/** Where one unit's data comes from, as the units tab says, after the checks of ./checks. */
export type UnitOrigin =
  | { readonly kind: 'tab' }
  | { readonly kind: 'shard' | 'child'; readonly source: string; readonly key: string }
  /** Declared wrongly (reported by ./checks): its data is read from nowhere. */
  | { readonly kind: 'invalid' };

/** The origin a unit row declares, before any check across rows (./checks adds those). */
export function declaredOrigin(unit: { readonly source?: Unit['source'] | undefined; readonly sourceKind?: Unit['sourceKind'] | undefined }): UnitOrigin {
  const source = unit.source?.trim() ?? '';
  const kind = unit.sourceKind ?? null;
  if (source === '') return kind === 'shard' || kind === 'child' ? { kind: 'invalid' } : { kind: 'tab' };
  // A source with kind "tab" is reported; the unit is still read from its tab here.
  if (kind === 'tab') return { kind: 'tab' };
  if (kind === null || sourceForm(source) === 'unknown') return { kind: 'invalid' };
  return { kind, source, key: sourceKey(source) };
}

export interface NeededSource {
  /** The first unit (in the units tab's order) whose data is there. */
  readonly unitId: string;
  /** Every unit whose data is there (a shard holds many). */
  readonly unitIds: ReadonlyArray<string>;
  /** As typed in the units tab (a link, an id, a path relative to this workbook). */
  readonly source: string;
  readonly key: string;
  readonly kind: 'shard' | 'child';
}

/**
 * The origin of every unit after the checks across rows: a second unit on one child's source, a
 * key used both as a shard and as a child, and a source that is this very workbook are invalid
 * (each is reported by ./checks), so a child is never counted twice nor a workbook read as its own part.
 */
export function unitOrigins(units: ReadonlyArray<Located<Unit>>, selfKey: string | null): ReadonlyMap<string, UnitOrigin> {
  const origins = new Map<string, UnitOrigin>();
  const kindOfKey = new Map<string, 'shard' | 'child'>();
  for (const unit of units) {
    if (origins.has(unit.id)) continue;
    let origin = declaredOrigin(unit);
    if (origin.kind === 'shard' || origin.kind === 'child') {
      const earlier = kindOfKey.get(origin.key);
      if (origin.key === selfKey) origin = { kind: 'invalid' };
      else if (earlier !== undefined && (earlier !== origin.kind || origin.kind === 'child')) origin = { kind: 'invalid' };
      else kindOfKey.set(origin.key, origin.kind);
    }
    origins.set(unit.id, origin);
  }
  return origins;
}

/** The sources of a list of origins, deduplicated by key, in the units tab's order. */
export function neededOf(units: ReadonlyArray<Located<Unit>>, origins: ReadonlyMap<string, UnitOrigin>): NeededSource[] {
  const byKey = new Map<string, { unitId: string; unitIds: string[]; source: string; key: string; kind: 'shard' | 'child' }>();
  for (const unit of units) {
    const origin = origins.get(unit.id);
    if (origin === undefined || (origin.kind !== 'shard' && origin.kind !== 'child')) continue;
    const entry = byKey.get(origin.key);
    if (entry === undefined) byKey.set(origin.key, { unitId: unit.id, unitIds: [unit.id], source: origin.source, key: origin.key, kind: origin.kind });
    else if (!entry.unitIds.includes(unit.id)) entry.unitIds.push(unit.id);
  }
  return [...byKey.values()];
}

/** The key of this workbook itself, from its own address in the settings (Sheets fills it in). */
export function selfSourceKey(spreadsheetUrl: string | null): string | null {
  if (spreadsheetUrl === null || spreadsheetUrl.trim() === '') return null;
  return sourceForm(spreadsheetUrl) === 'sheets' ? sourceKey(spreadsheetUrl) : null;
}

/** What makes a unit's tab distinct: its name within its workbook (null for a child, which has no tab). */
export function tabIdentity(unit: Pick<Unit, 'tab'>, origin: UnitOrigin | undefined): string | null {
  if (origin?.kind === 'child' || unit.tab === '') return null;
  const workbook = origin?.kind === 'shard' ? origin.key : '';
  return `${workbook}\u0000${toneKey(unit.tab)}`;
}

/** A unit whose tab is in this workbook (not a shard's, not a child, which has none): set-up makes its tab. */
export function hasLocalTab(unit: { readonly source?: Unit['source'] | undefined; readonly sourceKind?: Unit['sourceKind'] | undefined }): boolean {
  return declaredOrigin(unit).kind === 'tab';
}
