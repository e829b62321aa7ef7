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
  REMINDER_LOG_TAB,
  SETTINGS_TAB,
  TABLE_TABS,
  TASKS_BLOCK,
  UNIT_BLOCKS,
  UNIT_DOCUMENTS_BLOCK,
  type UnitBlock,
} from '../contract/tabs';
import { makeFinding, type Finding } from '../findings';
import { looseKey, nfc, toneKey } from '../text';
import type { Located, ParsedWorkbook, RowRef, UnitSheet } from './model';
import { parseCell } from './parse-cell';

export interface ReadResult {
  readonly workbook: ParsedWorkbook;
  readonly findings: ReadonlyArray<Finding>;
}

/** Finds a tab by name, tolerating NFD and tone-placement differences in the tab name. */
export function findTab(raw: RawWorkbook, name: string): RawTab | undefined {
  const exact = raw.tabs.find((t) => t.name === name);
  if (exact) return exact;
  const key = toneKey(name);
  return raw.tabs.find((t) => toneKey(t.name) === key);
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
    const expectedCol = index + 1;
    findings.push(
      makeFinding('MISSING_COLUMN', where(a1(headerRow, expectedCol)), {
        label: def.label,
        found: cellText(cellAt(tab, headerRow, expectedCol)),
      }),
    );
  });
  if (Object.keys(cols).length < declared.length) return { records: [], findings };

  const records: Array<Located<RowOf<M>>> = [];
  for (let row = headerRow + 1; row <= lastRow; row += 1) {
    const cells = declared.map(([field]) => cellAt(tab, row, cols[field] ?? 0));
    if (cells.every((c) => isBlank(c))) continue;
    const record: Record<string, unknown> = {};
    const bad: string[] = [];
    declared.forEach(([field, def], i) => {
      const parsed = parseCell(def, cells[i] ?? null);
      record[field] = parsed.value;
      if (!parsed.blank && parsed.value === null) bad.push(field);
      if (parsed.blank && def.required && parsed.value === null) bad.push(field);
      for (const issue of parsed.issues) {
        findings.push(makeFinding(issue.code, where(a1(row, cols[field] ?? 1)), issue.params as never));
      }
    });
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
  const last = rowCount(tab);
  for (let row = 1; row <= last; row += 1) {
    const key = looseKey(nfc(cellText(cellAt(tab, row, 1))));
    if (key !== '' && !rowsByLabel.has(key)) rowsByLabel.set(key, row);
  }
  const values: Record<string, unknown> = {};
  let complete = true;
  for (const [field, def] of Object.entries(SETTINGS_TAB.fields)) {
    const row = labelKeys(def.label, def.aliases)
      .map((k) => rowsByLabel.get(k))
      .find((r) => r !== undefined);
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
    values[field] = parsed.value;
    if (def.required && parsed.value === null) complete = false;
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

function readUnitSheet(tab: RawTab, unitId: string): { sheet: UnitSheet; findings: Finding[] } {
  const findings: Finding[] = [];
  const last = rowCount(tab);
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
      findings.push(makeFinding('MISSING_BLOCK', { tab: tab.name, cell: null, unitId }, { title: block.title }));
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

/** Reads every tab of the contract; never throws on bad content. */
export function readWorkbook(raw: RawWorkbook): ReadResult {
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
    const result = readTable(tab, def.columns, 1, rowCount(tab));
    findings.push(...result.findings);
    tables[def.key] = result.records;
  }

  // The log tab is the add-in's own; it appears after the first reminder is sent.
  const logTab = findTab(raw, REMINDER_LOG_TAB.name);
  const logRead = logTab ? readTable(logTab, REMINDER_LOG_TAB.columns, 1, rowCount(logTab)) : { records: [], findings: [] };
  findings.push(...logRead.findings);

  const units = (tables['units'] ?? []) as ParsedWorkbook['units'];
  const unitSheets = new Map<string, UnitSheet>();
  for (const unit of units) {
    if (unit.at.bad.includes('tab') || unit.at.bad.includes('id')) continue;
    const tab = findTab(raw, unit.tab);
    if (!tab) {
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
    const result = readUnitSheet(tab, unit.id);
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
    reminderLog: logRead.records,
    unitSheets,
    tabNames: raw.tabs.map((t) => t.name),
  };
  return { workbook, findings };
}
