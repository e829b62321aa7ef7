/**
 * Lays workbook content out into tabs for people: header rows, block titles, dropdowns for
 * statuses and yes/no, notes on headers, column widths, frozen rows, and which cells are input.
 * It also makes the tab readable where it is opened: long text wraps and its rows are as tall as
 * the text needs (LibreOffice and Excel do not grow them by themselves), code columns are as wide
 * as the longest code, and the code column stays in view when scrolling right.
 * The result (a TabPlan per tab) is runtime-neutral: the .xlsx writer and the Google Sheets setup
 * both apply it, so a workbook looks and reads the same in Excel, LibreOffice and Sheets.
 */
import { cellText, type CellValue, type RawWorkbook } from '../cells';
import type { ColumnDef, ColumnMap } from '../contract/columns';
import type { IndicatorDraft, SectionDraft, UnitDraft } from '../contract/tables';
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
import { hasLocalTab } from '../rollup/origins';

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
  /** Charts drawn over data the plan itself lays out (Sheets draws them; .xlsx has none). */
  readonly charts?: ReadonlyArray<ChartSpec>;
}

/**
 * A chart of one block of the plan's own cells: the first column holds the categories (dates,
 * periods), the first row the series names, the rest the values. Placed with its top-left
 * corner at `anchor`.
 */
export interface ChartSpec {
  readonly title: string;
  readonly kind: 'line' | 'column';
  readonly range: CellRange;
  readonly anchor: { readonly row: number; readonly col: number };
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

/**
 * Column widths: as declared, except that a code column is widened to its longest code, so
 * codes that differ only at the end ("DANG_UY_XA_KT_2022", "…_2023") can be told apart.
 */
function widths(columns: ColumnMap, records: ReadonlyArray<Readonly<Record<string, unknown>>>): number[] {
  return Object.entries(columns).map(([field, def]) =>
    def.kind === 'code' ? fitWidth(def.width, records.map((r) => cellText(toCell(def, r[field])))) : def.width,
  );
}

/** Columns of sentences and lists wrap; codes, numbers, dates and dropdowns do not need to. */
function wrapColumns(columns: ColumnMap): number[] {
  return Object.values(columns)
    .map((def, i) => (WRAPPED_KINDS.has(def.kind) ? i + 1 : 0))
    .filter((i) => i > 0);
}

const WRAPPED_KINDS: ReadonlySet<ColumnDef['kind']> = new Set(['text', 'longText', 'codeList', 'emails']);

/** A width wide enough for the longest value plus a margin, within [declared, MAX_FITTED_WIDTH]. */
function fitWidth(declared: number, values: ReadonlyArray<string>): number {
  const longest = Math.max(0, ...values.map((v) => textWidth(v)));
  return Math.min(Math.max(declared, Math.ceil(longest) + 2), Math.max(declared, MAX_FITTED_WIDTH));
}

/** Widest a column is made to fit its codes; longer codes are rare and still readable in the cell. */
const MAX_FITTED_WIDTH = 40;

/**
 * Text metrics of 11-pt Arial, the font of every cell, in units of a column width (the width of
 * a digit of the default font). Rough by nature: a row a little too tall reads well, a row too
 * short hides text, so the estimate leans tall.
 */
export const TEXT_METRICS = {
  /** Height of one line of 11-pt text, in points (LibreOffice spaces lines at about 12.7, Excel at 14.3). */
  lineHeight: 13.8,
  /** Space a row leaves above and below its text, in points. */
  padding: 3,
  /** Excel's tallest row, in points. */
  maxRowHeight: 409,
  /** Column-width units a cell loses to its margins. */
  cellMargin: 1,
  /** Widths are stretched by this much before fitting, to lean tall. */
  safety: 1.05,
} as const;

/**
 * Advance widths of Arial's printable ASCII characters (space to "~"), in thousandths of an em
 * (from the Helvetica/Arial font metrics); a digit is 556, the unit of a column width.
 */
const ARIAL_ADVANCES = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const DIGIT_ADVANCE = 556;

/** Width of a text in column-width units; Vietnamese letters are as wide as their base letter. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // combining diacritics take no room
    if (code >= 32 && code <= 126) width += ARIAL_ADVANCES[code - 32] ?? DIGIT_ADVANCE;
    else if (ch === 'đ') width += 556;
    else if (ch === 'Đ') width += 722;
    else width += ch !== ch.toLowerCase() ? 722 : DIGIT_ADVANCE;
  }
  return (width / DIGIT_ADVANCE) * TEXT_METRICS.safety;
}

const SPACE_WIDTH = textWidth(' ');

/**
 * How many lines a text takes in a wrapping cell of this width: each paragraph is broken at
 * spaces as a spreadsheet does, and a word longer than a line takes as many lines as it needs.
 */
export function textLines(text: string, columnWidth: number, emphasis = 1): number {
  const capacity = Math.max(1, columnWidth - TEXT_METRICS.cellMargin);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(' ')) {
      const width = textWidth(word) * emphasis;
      const needed = line === 0 ? width : line + SPACE_WIDTH * emphasis + width;
      if (needed <= capacity) {
        line = needed;
      } else if (width <= capacity) {
        count += line === 0 ? 0 : 1;
        line = width;
      } else {
        const extra = Math.ceil(width / capacity);
        count += (line === 0 ? 0 : 1) + extra - 1;
        line = width - (extra - 1) * capacity;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Heights for the rows that need more than one line (and for the larger-type title rows). */
function rowHeightsOf(
  rows: ReadonlyArray<ReadonlyArray<CellValue>>,
  columnWidths: ReadonlyArray<number>,
  wrapped: ReadonlyArray<number>,
  rowStyles: ReadonlyArray<{ readonly row: number; readonly style: RowStyle }>,
): Array<{ row: number; height: number }> {
  const styleOf = new Map(rowStyles.map((s) => [s.row, s.style]));
  const wraps = new Set(wrapped);
  const heights: Array<{ row: number; height: number }> = [];
  rows.forEach((cells, i) => {
    const row = i + 1;
    const style = styleOf.get(row);
    if (style === 'unitTitle' || style === 'blockTitle') {
      heights.push({ row, height: style === 'unitTitle' ? 22 : 18 });
      return;
    }
    let lines = 1;
    cells.forEach((value, c) => {
      const width = columnWidths[c];
      // Headers always wrap; other cells only in wrapping columns.
      if (width === undefined || (style !== 'header' && !wraps.has(c + 1))) return;
      const text = typeof value === 'string' ? value : '';
      if (text !== '') lines = Math.max(lines, textLines(text, width, style === 'header' ? 1.1 : 1));
    });
    if (lines > 1) {
      const height = Math.min(TEXT_METRICS.maxRowHeight, Math.round((lines * TEXT_METRICS.lineHeight + TEXT_METRICS.padding) * 10) / 10);
      heights.push({ row, height });
    }
  });
  return heights;
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
  const columnWidths = [38, 60, 80];
  const wrapped = [1, 2, 3];
  return {
    name: SETTINGS_TAB.name,
    role: 'settings',
    columnWidths,
    frozenRows: 1,
    wrapColumns: wrapped,
    rowHeights: rowHeightsOf(b.rows, columnWidths, wrapped, b.rowStyles),
    ...b,
  };
}

export function planTableTab(
  def: TableTab,
  records: ReadonlyArray<Readonly<Record<string, unknown>>>,
  role: 'config' | 'system' = 'config',
): TabPlan {
  const b = newBuilder();
  placeTable(b, def.columns, records, role === 'config' ? SPARE_ROWS.config : 0);
  const columnWidths = widths(def.columns, records);
  const wrapped = wrapColumns(def.columns);
  const defs = Object.values(def.columns);
  return {
    name: def.name,
    role,
    columnWidths,
    frozenRows: 1,
    // The first column names each row (a unit, a section, an indicator): it stays in view.
    frozenColumns: defs.length > 1 && defs[0]?.kind === 'code' ? 1 : 0,
    wrapColumns: wrapped,
    rowHeights: rowHeightsOf(b.rows, columnWidths, wrapped, b.rowStyles),
    ...b,
  };
}

/** What a unit tab needs to know besides its own content. */
export interface UnitTabContext {
  readonly indicators: ReadonlyArray<IndicatorDraft>;
  readonly sections: ReadonlyArray<SectionDraft>;
  /** Unit ids of each section's writers and each indicator's reporters (groups resolved). */
  readonly writersOf: (sectionId: string) => ReadonlyArray<string>;
  readonly reportersOf: (code: string) => ReadonlyArray<string>;
  readonly deadline: string | null;
}

/** Unit tab widths: the widest use of each column over the stacked blocks (column A grows to its longest code). */
const UNIT_TAB_WIDTHS = [16, 90, 22, 14, 30, 50];
/** Unit tab columns that wrap: every one but the codes in A (values and dates in D never need to). */
const UNIT_TAB_WRAPPED = [2, 3, 4, 5, 6];

export function planUnitTab(unit: UnitDraft, content: UnitSheetData, ctx: UnitTabContext): TabPlan {
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

  // Column A holds the codes of every block; the title, info and block-title rows overflow on purpose.
  const titled = new Set(b.rowStyles.filter((s) => s.style !== 'header').map((s) => s.row));
  const codes = b.rows.filter((_, i) => !titled.has(i + 1)).map((row) => cellText(row[0] ?? null));
  const columnWidths = [fitWidth(UNIT_TAB_WIDTHS[0]!, codes), ...UNIT_TAB_WIDTHS.slice(1)];
  return {
    name: unit.tab,
    role: 'unit',
    unitId: unit.id,
    columnWidths,
    // The unit's name and deadline stay on screen, and so do the codes that name each row.
    frozenRows: 2,
    frozenColumns: 1,
    wrapColumns: UNIT_TAB_WRAPPED,
    rowHeights: rowHeightsOf(b.rows, columnWidths, UNIT_TAB_WRAPPED, b.rowStyles),
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
    // A shard unit's tab lives in its shard, and a child report has none.
    ...data.units.filter(hasLocalTab).map((unit) => planUnitTab(unit, data.sheets[unit.id] ?? EMPTY_SHEET, ctx)),
  ];
}

/** Lays out workbook content, resolving group names in writers and reporters from its units. */
export function planWorkbookFromData(data: WorkbookData): TabPlan[] {
  const unitsById = new Map(data.units.map((u) => [u.id, u]));
  const groups = new Map<string, string[]>();
  for (const unit of data.units) {
    if (unit.group === null || unit.group === undefined || unit.group === '') continue;
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
