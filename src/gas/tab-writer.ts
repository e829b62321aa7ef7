/**
 * Applies a tab plan (src/domain/workbook/layout.ts) to Google Sheets in bulk: one setValues,
 * one setNotes, one setBackgrounds, one setFontWeights and one setDataValidations per tab, plus
 * formats, widths and frozen rows, and the plan's charts (EmbeddedChartBuilder over the plan's
 * own cells). Used to create tabs that do not exist yet, to rebuild the dashboard, and to append
 * to the reminder log; it never rewrites a tab people type into. A rebuilt tab keeps its charts
 * through Sheet.clear(), so they are updated in place (one per chart of the plan, in order) and
 * the ones left over removed: rebuilding never piles up charts.
 */
import { isDateCell, isFormulaCell, type CellValue } from '../domain/cells';
import { isoParts } from '../domain/dates';
import { vietnamInstant } from './wall-clock';
import type { CellRange, ChartSpec, TabPlan } from '../domain/workbook/layout';
import type { CellValue as SheetValue, DataValidationSurface, EmbeddedChartSurface, SheetSurface, SpreadsheetAppSurface, SpreadsheetSurface } from './surface';

/** The same colours as the .xlsx writer, so both look alike. */
export const COLOURS = {
  header: '#d9d9d9',
  blockTitle: '#ddebf7',
  input: '#fff2cc',
  error: '#f4cccc',
  warning: '#fce5cd',
} as const;

const NUMBER_FORMATS = { date: 'dd/mm/yyyy', dateTime: 'dd/mm/yyyy hh:mm', text: '@', number: '' } as const;

/**
 * A core cell value as Sheets stores it. Dates become the instant whose wall clock in the
 * spreadsheet's zone (Asia/Ho_Chi_Minh, checked by every action) reads the core's local
 * date-time, never the runtime's own zone.
 */
export function toSheetValue(value: CellValue): SheetValue {
  if (value === null) return '';
  if (isFormulaCell(value)) return value.formula.startsWith('=') ? value.formula : `=${value.formula}`;
  if (isDateCell(value)) {
    const { year, month, day } = isoParts(value.date);
    const time = /T(\d{2}):(\d{2})/.exec(value.date);
    return vietnamInstant(year, month, day, Number(time?.[1] ?? 0), Number(time?.[2] ?? 0));
  }
  return value;
}

function within(range: CellRange, row: number, col: number): boolean {
  return row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols;
}

function ensureSize(sheet: SheetSurface, rows: number): void {
  const missing = rows - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
}

/** Rows and columns kept past a new tab's content, for clerks to add lines. */
const SPARE_ROWS = 50;
const SPARE_COLUMNS = 2;

/**
 * A new sheet has 1,000 × 26 cells, and a spreadsheet holds 10 million in all
 * (https://support.google.com/drive/answer/37603): 1,000 untrimmed unit tabs would not fit.
 */
function trimToContent(sheet: SheetSurface, width: number, height: number): void {
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  if (rows > height + SPARE_ROWS) sheet.deleteRows(height + SPARE_ROWS + 1, rows - height - SPARE_ROWS);
  if (columns > width + SPARE_COLUMNS) sheet.deleteColumns(width + SPARE_COLUMNS + 1, columns - width - SPARE_COLUMNS);
}

interface Grids {
  values: SheetValue[][];
  notes: string[][];
  backgrounds: Array<Array<string | null>>;
  weights: Array<Array<'bold' | 'normal' | null>>;
  formats: string[][];
  validations: Array<Array<DataValidationSurface | null>>;
}

function grids(plan: TabPlan, app: SpreadsheetAppSurface, width: number, height: number, rowColours: ReadonlyArray<string | null>): Grids {
  const rules = new Map<string, DataValidationSurface>();
  const ruleFor = (options: ReadonlyArray<string>): DataValidationSurface => {
    const key = JSON.stringify(options);
    let rule = rules.get(key);
    if (rule === undefined) {
      rule = app.newDataValidation().requireValueInList([...options], true).setAllowInvalid(false).setHelpText('Hãy chọn trong danh sách.').build();
      rules.set(key, rule);
    }
    return rule;
  };
  const style = new Map(plan.rowStyles.map((s) => [s.row, s.style]));
  const g: Grids = { values: [], notes: [], backgrounds: [], weights: [], formats: [], validations: [] };
  for (let r = 1; r <= height; r += 1) {
    const rowStyle = style.get(r);
    const values: SheetValue[] = [];
    const notes: string[] = [];
    const backgrounds: Array<string | null> = [];
    const weights: Array<'bold' | 'normal' | null> = [];
    const formats: string[] = [];
    const validations: Array<DataValidationSurface | null> = [];
    for (let c = 1; c <= width; c += 1) {
      values.push(toSheetValue(plan.rows[r - 1]?.[c - 1] ?? null));
      notes.push(plan.notes.find((n) => n.row === r && n.col === c)?.text ?? '');
      let background: string | null = rowColours[r - 1] ?? null;
      if (plan.inputRanges.some((range) => within(range, r, c))) background = COLOURS.input;
      if (rowStyle === 'header') background = COLOURS.header;
      if (rowStyle === 'blockTitle') background = COLOURS.blockTitle;
      backgrounds.push(background);
      weights.push(rowStyle === 'header' || rowStyle === 'blockTitle' || rowStyle === 'unitTitle' ? 'bold' : null);
      const format = [...plan.formats].reverse().find((f) => within(f.range, r, c))?.format;
      formats.push(format === undefined ? '' : NUMBER_FORMATS[format]);
      const choice = plan.choices.find((ch) => within(ch.range, r, c));
      validations.push(choice === undefined ? null : ruleFor(choice.options));
    }
    g.values.push(values);
    g.notes.push(notes);
    g.backgrounds.push(backgrounds);
    g.weights.push(weights);
    g.formats.push(formats);
    g.validations.push(validations);
  }
  return g;
}

function extent(plan: TabPlan): { width: number; height: number } {
  let width = Math.max(1, plan.columnWidths.length, ...plan.rows.map((r) => r.length));
  let height = Math.max(1, plan.rows.length);
  for (const range of [...plan.inputRanges, ...plan.choices.map((c) => c.range), ...plan.formats.map((f) => f.range)]) {
    width = Math.max(width, range.col + range.cols - 1);
    height = Math.max(height, range.row + range.rows - 1);
  }
  return { width, height };
}

/** Writes a whole plan into an empty (new or cleared) sheet. */
export function writePlan(sheet: SheetSurface, plan: TabPlan, app: SpreadsheetAppSurface, rowColours: ReadonlyArray<string | null> = []): void {
  const { width, height } = extent(plan);
  ensureSize(sheet, height + 1);
  const g = grids(plan, app, width, height, rowColours);
  const range = sheet.getRange(1, 1, height, width);
  // Formats first, so that codes like "01" and "350" are stored as text, not numbers.
  range.setNumberFormats(g.formats);
  range.setValues(g.values);
  range.setNotes(g.notes);
  range.setBackgrounds(g.backgrounds);
  range.setFontWeights(g.weights);
  if (plan.choices.length > 0) range.setDataValidations(g.validations);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if ((plan.frozenColumns ?? 0) > 0) sheet.setFrozenColumns(plan.frozenColumns ?? 0);
  plan.columnWidths.forEach((chars, i) => sheet.setColumnWidth(i + 1, Math.round(chars * 7 + 10)));
  for (const col of plan.wrapColumns) sheet.getRange(1, col, height, 1).setWrap(true);
}

/** One chart of the plan: its first column the categories, its first row the series names. */
function buildChart(sheet: SheetSurface, spec: ChartSpec, previous: EmbeddedChartSurface | undefined): EmbeddedChartSurface {
  const range = sheet.getRange(spec.range.row, spec.range.col, spec.range.rows, spec.range.cols);
  const builder = previous === undefined ? sheet.newChart() : previous.modify().clearRanges();
  const typed = spec.kind === 'line' ? builder.asLineChart() : builder.asColumnChart();
  return typed
    .setTitle(spec.title)
    .addRange(range)
    .setNumHeaders(1)
    .setOption('useFirstColumnAsDomain', true)
    .setOption('legend', { position: 'bottom' })
    .setPosition(spec.anchor.row, spec.anchor.col, 0, 0)
    .build();
}

/**
 * Draws the plan's charts: the tab's existing charts (`existing`, in order) are rebuilt with
 * EmbeddedChart.modify() and saved with updateChart, new ones inserted, extra ones removed.
 */
export function drawCharts(sheet: SheetSurface, plan: TabPlan, existing: ReadonlyArray<EmbeddedChartSurface>): void {
  const specs = plan.charts ?? [];
  specs.forEach((spec, i) => {
    const previous = existing[i];
    const chart = buildChart(sheet, spec, previous);
    if (previous === undefined) sheet.insertChart(chart);
    else sheet.updateChart(chart);
  });
  for (const extra of existing.slice(specs.length)) sheet.removeChart(extra);
}

export function createTab(spreadsheet: SpreadsheetSurface, plan: TabPlan, app: SpreadsheetAppSurface): SheetSurface {
  const sheet = spreadsheet.insertSheet(plan.name);
  writePlan(sheet, plan, app);
  const { width, height } = extent(plan);
  trimToContent(sheet, width, height);
  // A new sheet has no charts: nothing to read back.
  if ((plan.charts ?? []).length > 0) drawCharts(sheet, plan, []);
  return sheet;
}

/** Clears a tab the add-in owns (the dashboard) and writes it anew, or creates it. */
export function rebuildTab(spreadsheet: SpreadsheetSurface, plan: TabPlan, app: SpreadsheetAppSurface, rowColours: ReadonlyArray<string | null>): SheetSurface {
  const existing = spreadsheet.getSheetByName(plan.name);
  const sheet = existing ?? spreadsheet.insertSheet(plan.name, 0);
  if (existing !== null) sheet.clear();
  writePlan(sheet, plan, app, rowColours);
  // Sheet.clear() keeps charts: an existing tab's are updated or removed, never stacked.
  const charts = existing === null ? [] : sheet.getCharts();
  if (charts.length > 0 || (plan.charts ?? []).length > 0) drawCharts(sheet, plan, charts);
  return sheet;
}

/** Appends rows below a tab's last row, creating the tab from its plan first when needed. */
export function appendRows(
  spreadsheet: SpreadsheetSurface,
  plan: TabPlan,
  rows: ReadonlyArray<ReadonlyArray<CellValue>>,
  app: SpreadsheetAppSurface,
): void {
  if (rows.length === 0) return;
  const sheet = spreadsheet.getSheetByName(plan.name) ?? createTab(spreadsheet, plan, app);
  const width = Math.max(...rows.map((r) => r.length));
  const first = sheet.getLastRow() + 1;
  ensureSize(sheet, first + rows.length);
  sheet
    .getRange(first, 1, rows.length, width)
    .setValues(rows.map((r) => Array.from({ length: width }, (_, i) => toSheetValue(r[i] ?? null))));
}
