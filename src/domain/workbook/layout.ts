/**
 * Lays workbook content out into tabs for people: header rows, block titles, dropdowns for
 * statuses and yes/no, notes on headers, column widths, frozen rows, and which cells are input.
 * The result (a TabPlan per tab) is runtime-neutral: the .xlsx writer and the Google Sheets setup
 * both apply it, so a workbook looks and reads the same in Excel, LibreOffice and Sheets.
 */
import type { CellValue, RawWorkbook } from '../cells';
import type { ColumnDef, ColumnMap } from '../contract/columns';
import type { Indicator, Section, Unit } from '../contract/tables';
import {
  FIGURES_BLOCK,
  FOOTNOTES_BLOCK,
  NARRATIVE_BLOCK,
  SETTINGS_TAB,
  TABLE_TABS,
  TASKS_BLOCK,
  UNIT_DOCUMENTS_BLOCK,
  type TableTab,
  type UnitBlock,
} from '../contract/tabs';
import { formatDateNumeric } from '../format';
import { toneKey } from '../text';
import { EMPTY_SHEET, type UnitSheetData, type WorkbookData } from './data';
import { resolveUnitRefs } from './lookup';

export interface CellRange {
  /** 1-based first row and column. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export type RowStyle = 'header' | 'blockTitle' | 'unitTitle' | 'info';

export interface TabPlan {
  readonly name: string;
  readonly role: 'settings' | 'config' | 'unit' | 'system';
  readonly unitId?: string;
  readonly rows: CellValue[][];
  readonly columnWidths: number[];
  readonly frozenRows: number;
  readonly rowStyles: ReadonlyArray<{ readonly row: number; readonly style: RowStyle }>;
  /** Cells people type into (shaded as input; the rest is labels or filled by the add-in). */
  readonly inputRanges: CellRange[];
  readonly choices: ReadonlyArray<{ readonly range: CellRange; readonly options: ReadonlyArray<string> }>;
  readonly notes: ReadonlyArray<{ readonly row: number; readonly col: number; readonly text: string }>;
  readonly formats: ReadonlyArray<{ readonly range: CellRange; readonly format: 'date' | 'dateTime' | 'number' | 'text' }>;
  /** Columns whose text wraps (long text). */
  readonly wrapColumns: ReadonlyArray<number>;
  /**
   * Heights in points of the rows whose text needs more than one line, estimated from the text
   * and the column widths (LibreOffice and Excel do not grow rows of wrapped text by themselves).
   */
  readonly rowHeights?: ReadonlyArray<{ readonly row: number; readonly height: number }>;
  /** Columns kept in view when scrolling right (the code column that names each row). */
  readonly frozenColumns?: number;
}

/** Blank rows left under each table for new entries. */
export const SPARE_ROWS = { config: 30, tasks: 5, notes: 3 } as const;

/** A typed value as it goes into a cell: dates as date cells, yes/no and choices as their labels. */
export function toCell(def: ColumnDef, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (def.kind) {
    case 'codeList':
    case 'emails':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'date':
    case 'dateTime':
      return typeof value === 'string' ? { date: value } : null;
    case 'bool':
      return value === true ? 'Có' : value === false ? 'Không' : String(value);
    case 'choice':
      return def.choices.find((c) => c.value === value)?.label ?? String(value);
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value : String(value);
    default:
      return String(value);
  }
}

function formatFor(def: ColumnDef): 'date' | 'dateTime' | 'number' | 'text' | null {
  if (def.kind === 'date') return 'date';
  if (def.kind === 'dateTime') return 'dateTime';
  if (def.kind === 'number' || def.kind === 'integer') return 'number';
  // Codes like "01" and symbols like "350" must stay text, not become numbers.
  if (def.kind === 'code' || def.kind === 'text' || def.kind === 'longText') return 'text';
  return null;
}

interface TableArea {
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastRow: number;
}

interface PlanBuilder {
  rows: CellValue[][];
  rowStyles: Array<{ row: number; style: RowStyle }>;
  inputRanges: CellRange[];
  choices: Array<{ range: CellRange; options: ReadonlyArray<string> }>;
  notes: Array<{ row: number; col: number; text: string }>;
  formats: Array<{ range: CellRange; format: 'date' | 'dateTime' | 'number' | 'text' }>;
}

function newBuilder(): PlanBuilder {
  return { rows: [], rowStyles: [], inputRanges: [], choices: [], notes: [], formats: [] };
}

/** Writes a header row and records; returns where the table ended. */
function placeTable(
  b: PlanBuilder,
  columns: ColumnMap,
  records: ReadonlyArray<Readonly<Record<string, unknown>>>,
  spare: number,
): TableArea {
  const defs = Object.entries(columns);
  const headerRow = b.rows.length + 1;
  b.rows.push(defs.map(([, def]) => def.label + (def.required ? ' *' : '')));
  b.rowStyles.push({ row: headerRow, style: 'header' });
  defs.forEach(([, def], i) => {
    const help = [def.help, def.system ? '(Do bộ phận tổng hợp hoặc tiện ích điền.)' : ''].filter(Boolean).join(' ');
    if (help !== '') b.notes.push({ row: headerRow, col: i + 1, text: help });
  });
  for (const record of records) b.rows.push(defs.map(([field, def]) => toCell(def, record[field])));
  for (let i = 0; i < spare; i += 1) b.rows.push(defs.map(() => null));
  const firstDataRow = headerRow + 1;
  const lastRow = b.rows.length;
  const height = lastRow - headerRow;
  if (height === 0) return { headerRow, firstDataRow, lastRow };
  defs.forEach(([, def], i) => {
    const range = { row: firstDataRow, col: i + 1, rows: height, cols: 1 };
    if (def.choices.length > 0) b.choices.push({ range, options: def.choices.map((c) => c.label) });
    const format = formatFor(def);
    if (format !== null) b.formats.push({ range, format });
    if (!def.system) b.inputRanges.push(range);
  });
  return { headerRow, firstDataRow, lastRow };
}

function widths(columns: ColumnMap): number[] {
  return Object.values(columns).map((def) => def.width);
}

function wrapColumns(columns: ColumnMap): number[] {
  return Object.values(columns)
    .map((def, i) => (def.kind === 'longText' ? i + 1 : 0))
    .filter((i) => i > 0);
}

export function planSettingsTab(settings: WorkbookData['settings']): TabPlan {
  const b = newBuilder();
  b.rows.push([...SETTINGS_TAB.headers]);
  b.rowStyles.push({ row: 1, style: 'header' });
  for (const [field, def] of Object.entries(SETTINGS_TAB.fields)) {
    const row = b.rows.length + 1;
    const value = (settings as Record<string, unknown>)[field] ?? def.fallback;
    b.rows.push([def.label + (def.required ? ' *' : ''), toCell(def as ColumnDef, value), def.help]);
    const cell = { row, col: 2, rows: 1, cols: 1 };
    if (def.choices.length > 0) b.choices.push({ range: cell, options: def.choices.map((c) => c.label) });
    const format = formatFor(def as ColumnDef);
    if (format !== null) b.formats.push({ range: cell, format });
    if (!def.system) b.inputRanges.push(cell);
  }
  return { name: SETTINGS_TAB.name, role: 'settings', columnWidths: [38, 60, 80], frozenRows: 1, wrapColumns: [2, 3], ...b };
}

export function planTableTab(
  def: TableTab,
  records: ReadonlyArray<Readonly<Record<string, unknown>>>,
  role: 'config' | 'system' = 'config',
): TabPlan {
  const b = newBuilder();
  placeTable(b, def.columns, records, role === 'config' ? SPARE_ROWS.config : 0);
  return {
    name: def.name,
    role,
    columnWidths: widths(def.columns),
    frozenRows: 1,
    wrapColumns: wrapColumns(def.columns),
    ...b,
  };
}

/** What a unit tab needs to know besides its own content. */
export interface UnitTabContext {
  readonly indicators: ReadonlyArray<Indicator>;
  readonly sections: ReadonlyArray<Section>;
  /** Unit ids of each section's writers and each indicator's reporters (groups resolved). */
  readonly writersOf: (sectionId: string) => ReadonlyArray<string>;
  readonly reportersOf: (code: string) => ReadonlyArray<string>;
  readonly deadline: string | null;
}

/** Unit tab widths: the widest use of each column over the stacked blocks. */
const UNIT_TAB_WIDTHS = [16, 90, 22, 14, 30, 50];

export function planUnitTab(unit: Unit, content: UnitSheetData, ctx: UnitTabContext): TabPlan {
  const b = newBuilder();
  const deadline = unit.deadline ?? ctx.deadline;
  b.rows.push([`ĐƠN VỊ: ${unit.name} (mã ${unit.id})`]);
  b.rowStyles.push({ row: 1, style: 'unitTitle' });
  b.rows.push([
    (deadline !== null ? `Hạn nộp: ${formatDateNumeric(deadline)}. ` : '') +
      'Nhập vào các ô nền vàng; mã và tên chỉ tiêu, mã mục do bộ phận tổng hợp điền sẵn. Thêm dòng trong từng phần nếu cần.',
  ]);
  b.rowStyles.push({ row: 2, style: 'info' });
  b.rows.push([]);

  const block = (def: UnitBlock, records: ReadonlyArray<Readonly<Record<string, unknown>>>, spare: number): void => {
    const titleRow = b.rows.length + 1;
    b.rows.push([def.title]);
    b.rowStyles.push({ row: titleRow, style: 'blockTitle' });
    b.notes.push({ row: titleRow, col: 1, text: def.purpose });
    placeTable(b, def.columns, records, spare);
    b.rows.push([]);
  };

  block(TASKS_BLOCK, content.tasks, SPARE_ROWS.tasks);

  const reported = ctx.indicators.filter((i) => ctx.reportersOf(i.code).includes(unit.id));
  const figureByCode = new Map(content.figures.map((f) => [f.code, f]));
  const figures = [
    ...reported.map((i) => ({
      code: i.code,
      label: i.label,
      measure: i.measure,
      value: figureByCode.get(i.code)?.value ?? null,
      note: figureByCode.get(i.code)?.note ?? null,
    })),
    ...content.figures
      .filter((f) => !reported.some((i) => i.code === f.code))
      .map((f) => ({ code: f.code, label: null, measure: null, value: f.value, note: f.note ?? null })),
  ];
  block(FIGURES_BLOCK, figures, 0);

  const assigned = ctx.sections.filter((s) => ctx.writersOf(s.id).includes(unit.id));
  const narratives: Array<Record<string, unknown>> = [];
  for (const section of assigned) {
    const rows = content.narratives.filter((n) => n.section === section.id);
    if (rows.length === 0) narratives.push({ section: section.id, title: section.title, text: null });
    rows.forEach((n, i) => narratives.push({ section: section.id, title: i === 0 ? section.title : null, text: n.text }));
  }
  for (const n of content.narratives) {
    if (!assigned.some((s) => s.id === n.section)) narratives.push({ section: n.section, title: null, text: n.text });
  }
  block(NARRATIVE_BLOCK, narratives, 0);
  block(FOOTNOTES_BLOCK, content.footnotes, SPARE_ROWS.notes);
  block(UNIT_DOCUMENTS_BLOCK, content.documents, SPARE_ROWS.notes);

  return {
    name: unit.tab,
    role: 'unit',
    unitId: unit.id,
    columnWidths: UNIT_TAB_WIDTHS,
    frozenRows: 2,
    wrapColumns: [2, 6],
    ...b,
  };
}

/** Every tab of a workbook, in order: settings, configuration tabs, then one tab per unit. */
export function planWorkbook(data: WorkbookData, resolve: Pick<UnitTabContext, 'writersOf' | 'reportersOf'>): TabPlan[] {
  const tables: Record<string, ReadonlyArray<Readonly<Record<string, unknown>>>> = {
    units: data.units,
    outline: data.sections,
    indicators: data.indicators,
    rules: data.rules,
    documents: data.documents,
    recipients: data.recipients,
  };
  const ctx: UnitTabContext = {
    indicators: data.indicators,
    sections: data.sections,
    deadline: data.settings.deadline ?? null,
    ...resolve,
  };
  return [
    planSettingsTab(data.settings),
    ...TABLE_TABS.map((def) => planTableTab(def, tables[def.key] ?? [])),
    ...data.units.map((unit) => planUnitTab(unit, data.sheets[unit.id] ?? EMPTY_SHEET, ctx)),
  ];
}

/** Lays out workbook content, resolving group names in writers and reporters from its units. */
export function planWorkbookFromData(data: WorkbookData): TabPlan[] {
  const unitsById = new Map(data.units.map((u) => [u.id, u]));
  const groups = new Map<string, string[]>();
  for (const unit of data.units) {
    if (unit.group === null || unit.group === '') continue;
    const key = toneKey(unit.group);
    groups.set(key, [...(groups.get(key) ?? []), unit.id]);
  }
  const writers = new Map(data.sections.map((s) => [s.id, resolveUnitRefs(s.writers ?? [], unitsById, groups).ids]));
  const reporters = new Map(data.indicators.map((i) => [i.code, resolveUnitRefs(i.reporters, unitsById, groups).ids]));
  return planWorkbook(data, {
    writersOf: (id) => writers.get(id) ?? [],
    reportersOf: (code) => reporters.get(code) ?? [],
  });
}

/** The raw workbook a plan describes, as a source would read it back (for tests and the demo). */
export function rawFromPlans(plans: ReadonlyArray<TabPlan>): RawWorkbook {
  return { tabs: plans.map((p) => ({ name: p.name, rows: p.rows })) };
}
