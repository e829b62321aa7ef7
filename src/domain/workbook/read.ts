/**
 * Reads a raw workbook into typed records, following the contract: finds tabs by name, columns
 * by header (so reordered columns still work and renamed ones are reported), blocks of unit tabs
 * by their title rows, and parses every cell. Structural and cell-level problems come back as
 * findings with tab and cell; the records that could be read are always returned.
 */
import { a1, cellAt, cellText, isBlank, type CellValue, type RawTab, type RawWorkbook } from '../cells';
import type { ColumnDef, ColumnMap, RowOf } from '../contract/columns';
import type { Settings } from '../contract/tables';
import {
  FIGURES_BLOCK,
  FOOTNOTES_BLOCK,
  NARRATIVE_BLOCK,
  OPTIONAL_TABLE_TABS,
  SETTINGS_TAB,
  SYSTEM_TABLE_TABS,
  TABLE_TABS,
  TASKS_BLOCK,
  UNIT_BLOCKS,
  UNIT_DOCUMENTS_BLOCK,
  type UnitBlock,
} from '../contract/tabs';
import { makeFinding, type Finding, type Severity } from '../findings';
import { rosterSpan, unitActiveIn } from '../periods/roster';
import { looseKey, nfc, toneKey } from '../text';
import { readColumnsOf, shardOf, shardTabMissing, unitsWithTab } from '../rollup/read-hooks';
import type { SourceReads } from '../rollup/sources';
import { selfSourceKey, shardTabName, unitOrigins } from '../rollup/origins';
import type { Located, ParsedWorkbook, RowRef, UnitSheet } from './model';
import { parseCell } from './parse-cell';

export interface ReadResult {
  readonly workbook: ParsedWorkbook;
  readonly findings: ReadonlyArray<Finding>;
}

/**
 * The one rule for recognising a tab by name: the exact name, else the same name up to NFD,
 * case, spacing and tone placement. Diacritics are kept, so "Chot so lieu" is a user's own tab,
 * never "Chốt số liệu".
 */
function findNamed<T>(items: ReadonlyArray<T>, nameOf: (item: T) => string, name: string): T | undefined {
  const exact = items.find((item) => nameOf(item) === name);
  if (exact !== undefined) return exact;
  const key = toneKey(name);
  return items.find((item) => toneKey(nameOf(item)) === key);
}

/** Finds a tab by name, tolerating NFD and tone-placement differences in the tab name. */
export function findTab(raw: RawWorkbook, name: string): RawTab | undefined {
  return findNamed(raw.tabs, (t) => t.name, name);
}

/** The name among `names` that is the tab `name` by findTab's rule, as the workbook spells it. */
export function findTabName(names: ReadonlyArray<string>, name: string): string | undefined {
  return findNamed(names, (n) => n, name);
}

function rowCount(tab: RawTab): number {
  let last = tab.rows.length;
  while (last > 0 && (tab.rows[last - 1] ?? []).every((c) => isBlank(c))) last -= 1;
  return last;
}

function labelKeys(label: string, aliases: ReadonlyArray<string>): string[] {
  return [label, ...aliases].map(looseKey);
}

interface TableRead<M extends ColumnMap> {
  readonly records: Array<Located<RowOf<M>>>;
  readonly findings: Finding[];
}

/**
 * Reads records from `firstRow` (the header) to `lastRow`. Columns are located by header text;
 * every declared column must be present.
 */
export function readTable<M extends ColumnMap>(
  tab: RawTab,
  columns: M,
  headerRow: number,
  lastRow: number,
  unitId?: string,
): TableRead<M> {
  const findings: Finding[] = [];
  const where = (cell: string | null) => ({ tab: tab.name, cell, ...(unitId !== undefined ? { unitId } : {}) });
  const headerCells = (tab.rows[headerRow - 1] ?? []).map((c) => looseKey(nfc(cellText(c))));
  const cols: Record<string, number> = {};
  const declared = Object.entries(columns);
  declared.forEach(([field, def], index) => {
    const keys = labelKeys(def.label, def.aliases);
    const found = headerCells.findIndex((h) => keys.includes(h));
    if (found >= 0) {
      cols[field] = found + 1;
      return;
    }
    if (def.mayBeAbsent) return;
    const expectedCol = index + 1;
    findings.push(
      makeFinding('MISSING_COLUMN', where(a1(headerRow, expectedCol)), {
        label: def.label,
        found: cellText(cellAt(tab, headerRow, expectedCol)),
      }),
    );
  });
  if (declared.some(([field, def]) => cols[field] === undefined && !def.mayBeAbsent)) return { records: [], findings };

  const records: Array<Located<RowOf<M>>> = [];
  for (let row = headerRow + 1; row <= lastRow; row += 1) {
    const cells = declared.map(([field]) => {
      const col = cols[field];
      return col === undefined ? null : cellAt(tab, row, col);
    });
    if (cells.every((c) => isBlank(c))) continue;
    const record: Record<string, unknown> = {};
    const bad: string[] = [];
    let usable = true;
    declared.forEach(([field, def], i) => {
      const parsed = parseCell(def, cells[i] ?? null);
      record[field] = parsed.value;
      if (!parsed.blank && parsed.value === null) bad.push(field);
      if (def.required && parsed.value === null) {
        if (parsed.blank) bad.push(field);
        // A required field is never null in a record: an unreadable value falls back to the
        // column's default when it has one, and a row without its key (id, code, status) is not
        // a record at all. Either way the cell's finding has already been reported.
        if (def.fallback !== null) record[field] = def.fallback;
        else usable = false;
      }
      for (const issue of parsed.issues) {
        findings.push(makeFinding(issue.code, where(a1(row, cols[field] ?? 1)), issue.params as never));
      }
    });
    if (!usable) continue;
    const at: RowRef = { tab: tab.name, row, cols, bad };
    records.push({ ...(record as RowOf<M>), at });
  }
  return { records, findings };
}

function readSettings(raw: RawWorkbook): {
  settings: Settings | null;
  cells: Partial<Record<keyof Settings, string>>;
  findings: Finding[];
} {
  const findings: Finding[] = [];
  const tab = findTab(raw, SETTINGS_TAB.name);
  const cells: Partial<Record<keyof Settings, string>> = {};
  if (!tab) {
    findings.push(makeFinding('MISSING_TAB', { tab: SETTINGS_TAB.name, cell: null }, { tab: SETTINGS_TAB.name }));
    return { settings: null, cells, findings };
  }
  const rowsByLabel = new Map<string, number>();
  const repeats = new Map<string, number[]>();
  const last = rowCount(tab);
  for (let row = 1; row <= last; row += 1) {
    const key = looseKey(nfc(cellText(cellAt(tab, row, 1))));
    if (key === '') continue;
    if (!rowsByLabel.has(key)) rowsByLabel.set(key, row);
    else repeats.set(key, [...(repeats.get(key) ?? []), row]);
  }
  const values: Record<string, unknown> = {};
  let complete = true;
  for (const [field, def] of Object.entries(SETTINGS_TAB.fields)) {
    const keys = labelKeys(def.label, def.aliases);
    const rows = keys
      .flatMap((k) => [rowsByLabel.get(k), ...(repeats.get(k) ?? [])])
      .filter((r): r is number => r !== undefined)
      .sort((x, y) => x - y);
    const row = rows[0];
    // The same setting on two rows: the first is used, and the others are where to fix it.
    for (const other of rows.slice(1)) {
      findings.push(makeFinding('DUPLICATE_SETTING', { tab: tab.name, cell: a1(other, 1) }, { label: def.label, first: a1(row ?? 1, 2) }));
    }
    if (row === undefined) {
      values[field] = def.fallback;
      if (def.required && def.fallback === null) {
        complete = false;
        findings.push(makeFinding('MISSING_SETTING', { tab: tab.name, cell: null }, { label: def.label }));
      }
      continue;
    }
    const cell = a1(row, 2);
    cells[field as keyof Settings] = cell;
    const parsed = parseCell(def as ColumnDef<unknown>, cellAt(tab, row, 2));
    values[field] = parsed.value ?? (parsed.blank ? null : def.fallback);
    if (def.required && values[field] === null) complete = false;
    for (const issue of parsed.issues) {
      findings.push(makeFinding(issue.code, { tab: tab.name, cell }, issue.params as never));
    }
  }
  return { settings: complete ? (values as Settings) : null, cells, findings };
}

function isBlockTitle(value: CellValue, block: UnitBlock): boolean {
  const key = looseKey(nfc(cellText(value)));
  if (key === '') return false;
  const full = looseKey(block.title);
  const bare = looseKey(block.title.replace(/^[A-Z]\.\s*/, ''));
  return key === full || key === bare;
}

function readUnitSheet(tab: RawTab, unitId: string, unitName: string): { sheet: UnitSheet; findings: Finding[] } {
  const findings: Finding[] = [];
  const last = rowCount(tab);
  if (last === 0) {
    // A tab with nothing at all is one problem, not five missing blocks: point at its first cell.
    findings.push(makeFinding('UNIT_TAB_BLANK', { tab: tab.name, cell: 'A1', unitId }, { unit: unitName, tab: tab.name }));
    const blockCells = Object.fromEntries(UNIT_BLOCKS.map((b) => [b.key, 'A1']));
    return { sheet: { unitId, tab: tab.name, tasks: [], figures: [], narratives: [], footnotes: [], documents: [], blockCells, blank: true }, findings };
  }
  const titleRows = new Map<string, number>();
  for (let row = 1; row <= last; row += 1) {
    const value = cellAt(tab, row, 1);
    for (const block of UNIT_BLOCKS) {
      if (!titleRows.has(block.key) && isBlockTitle(value, block)) titleRows.set(block.key, row);
    }
  }
  const starts = [...titleRows.values()].sort((x, y) => x - y);
  const blockCells: Record<string, string> = {};
  const read = <M extends ColumnMap>(block: UnitBlock<M>): Array<Located<RowOf<M>>> => {
    const title = titleRows.get(block.key);
    if (title === undefined) {
      // Where the title row belongs: just above the next block that is still there.
      const index = UNIT_BLOCKS.findIndex((b) => b.key === block.key);
      const next = UNIT_BLOCKS.slice(index + 1)
        .map((b) => titleRows.get(b.key))
        .find((r) => r !== undefined);
      const cell = a1(next ?? last + 1, 1);
      blockCells[block.key] = cell;
      findings.push(makeFinding('MISSING_BLOCK', { tab: tab.name, cell, unitId }, { title: block.title }));
      return [];
    }
    blockCells[block.key] = a1(title, 1);
    const next = starts.find((r) => r > title);
    const result = readTable(tab, block.columns, title + 1, next === undefined ? last : next - 1, unitId);
    findings.push(...result.findings);
    return result.records;
  };
  const sheet: UnitSheet = {
    unitId,
    tab: tab.name,
    tasks: read(TASKS_BLOCK),
    figures: read(FIGURES_BLOCK),
    narratives: read(NARRATIVE_BLOCK),
    footnotes: read(FOOTNOTES_BLOCK),
    documents: read(UNIT_DOCUMENTS_BLOCK),
    blockCells,
  };
  return { sheet, findings };
}

/**
 * Configuration tabs a report cannot do without, and what to tell a secretariat that left one
 * with its header only. Indicators, rules and documents may rightly be empty (a text-only report).
 */
const EMPTY_TABLE_HINTS: Readonly<Record<string, { hint: string; severity: Severity }>> = {
  units: { hint: 'Hãy thêm các đơn vị báo cáo.', severity: 'error' },
  outline: { hint: 'Hãy nhập các mục của đề cương.', severity: 'error' },
  recipients: { hint: 'Báo cáo sẽ không có phần Nơi nhận.', severity: 'warning' },
};

/**
 * Reads every tab of the contract; never throws on bad content. `sources` holds the shards the
 * adapters read: a shard unit's tab is read from there exactly as a tab of this workbook.
 */
export function readWorkbook(raw: RawWorkbook, sources?: SourceReads): ReadResult {
  const findings: Finding[] = [];
  const hasContent = raw.tabs.some((t) => rowCount(t) > 0);
  if (!hasContent) findings.push(makeFinding('EMPTY_WORKBOOK', { tab: null, cell: null }, {}));

  const settingsRead = readSettings(raw);
  if (hasContent) findings.push(...settingsRead.findings);

  const tables: Record<string, unknown[]> = {};
  for (const def of TABLE_TABS) {
    const tab = findTab(raw, def.name);
    if (!tab) {
      if (hasContent) findings.push(makeFinding('MISSING_TAB', { tab: def.name, cell: null }, { tab: def.name }));
      tables[def.key] = [];
      continue;
    }
    const result = readTable(tab, readColumnsOf(def), 1, rowCount(tab));
    findings.push(...result.findings);
    tables[def.key] = result.records;
    const emptyHint = EMPTY_TABLE_HINTS[def.key];
    if (hasContent && emptyHint !== undefined && rowCount(tab) <= 1) {
      findings.push(makeFinding('EMPTY_TAB', { tab: tab.name, cell: 'A2' }, { tab: tab.name, hint: emptyHint.hint }, emptyHint.severity));
    }
  }

  // Tabs the add-in and the command line write themselves (the reminder log, earlier periods,
  // the cut-off snapshot, child reports read) and optional configuration tabs: read when present.
  for (const def of [...SYSTEM_TABLE_TABS, ...OPTIONAL_TABLE_TABS]) {
    const tab = findTab(raw, def.name);
    if (!tab) {
      tables[def.key] = [];
      continue;
    }
    const result = readTable(tab, def.columns, 1, rowCount(tab));
    findings.push(...result.findings);
    tables[def.key] = result.records;
  }

  const units = unitsWithTab((tables['units'] ?? []) as ParsedWorkbook['units'], findings);
  const origins = unitOrigins(units, selfSourceKey(settingsRead.settings?.spreadsheetUrl ?? null));
  const unitSheets = new Map<string, UnitSheet>();
  const span = rosterSpan(settingsRead.settings);
  for (const unit of units) {
    if (unit.at.bad.includes('tab') || unit.at.bad.includes('id')) continue;
    const origin = origins.get(unit.id) ?? { kind: 'tab' };
    if (origin.kind !== 'tab') {
      // A shard's tab is read as a local one, under the shard's name; a child has no tab at all.
      if (origin.kind !== 'shard') continue;
      const shard = shardOf(origin.key, sources);
      if (shard === null || unitSheets.has(unit.id)) continue;
      const found = findTab(shard, unit.tab);
      if (!found) {
        findings.push(shardTabMissing(unit, origin.source));
        continue;
      }
      const result = readUnitSheet({ name: shardTabName(origin.key, found.name), rows: found.rows }, unit.id, unit.name);
      findings.push(...result.findings);
      unitSheets.set(unit.id, result.sheet);
      continue;
    }
    const tab = findTab(raw, unit.tab);
    if (!tab) {
      // A unit outside its active dates needs no tab in this period.
      if (!unitActiveIn(unit, span)) continue;
      findings.push(
        makeFinding(
          'MISSING_UNIT_TAB',
          { tab: unit.at.tab, cell: a1(unit.at.row, unit.at.cols['tab'] ?? 1), unitId: unit.id },
          { unit: unit.name, tab: unit.tab },
        ),
      );
      continue;
    }
    if (unitSheets.has(unit.id)) continue;
    const result = readUnitSheet(tab, unit.id, unit.name);
    findings.push(...result.findings);
    unitSheets.set(unit.id, result.sheet);
  }

  const workbook: ParsedWorkbook = {
    settings: settingsRead.settings,
    settingsCells: settingsRead.cells,
    units,
    sections: (tables['outline'] ?? []) as ParsedWorkbook['sections'],
    indicators: (tables['indicators'] ?? []) as ParsedWorkbook['indicators'],
    rules: (tables['rules'] ?? []) as ParsedWorkbook['rules'],
    documents: (tables['documents'] ?? []) as ParsedWorkbook['documents'],
    recipients: (tables['recipients'] ?? []) as ParsedWorkbook['recipients'],
    reminderLog: (tables['reminderLog'] ?? []) as ParsedWorkbook['reminderLog'],
    mappings: (tables['mapping'] ?? []) as ParsedWorkbook['mappings'],
    history: (tables['history'] ?? []) as ParsedWorkbook['history'],
    cutoff: (tables['cutoff'] ?? []) as ParsedWorkbook['cutoff'],
    childCache: (tables['childCache'] ?? []) as ParsedWorkbook['childCache'],
    origins,
    unitSheets,
    tabNames: raw.tabs.map((t) => t.name),
  };
  return { workbook, findings };
}
