/**
 * Fake Sheets advanced service (Sheets.Spreadsheets.Values), reading and writing the same
 * in-memory workbook as the SpreadsheetApp fake. It answers like the REST API: ranges come back
 * normalised ("'Xã Ia Le'!A1:C3"), rows are ragged (trailing empty cells and rows dropped, and
 * `values` omitted when nothing is left), UNFORMATTED_VALUE gives numbers and booleans as such
 * and dates as serial numbers unless dateTimeRenderOption is FORMATTED_STRING, FORMATTED_VALUE
 * gives display strings, FORMULA gives formulas. Errors carry the API's wording.
 *
 * Held to Google (sources in BEHAVIOURS.md): values.batchGet is an HTTP GET with one `ranges=`
 * query parameter per range, and a URL longer than GET_URL_LIMIT is refused with 414, as
 * Google's front end does; values.batchGetByDataFilter is a POST with the ranges in the body;
 * the cells of a chart or data-source sheet cannot be read; spreadsheets.get answers with the
 * spreadsheet's time zone, locale, sheet types and protected ranges, pruned to the `fields`
 * mask, protection editors visible only to someone who may edit them.
 */
import type {
  CellValue,
  SheetsAdvancedService,
  SheetsApiValue,
  SheetsBatchGetByDataFilterRequest,
  SheetsBatchGetByDataFilterResponse,
  SheetsBatchGetOptions,
  SheetsBatchGetValuesResponse,
  SheetsBatchClearValuesRequest,
  SheetsBatchClearValuesResponse,
  SheetsBatchUpdateSpreadsheetRequest,
  SheetsBatchUpdateSpreadsheetResponse,
  SheetsBatchUpdateValuesRequest,
  SheetsBatchUpdateValuesResponse,
  SheetsGetOptions,
  SheetsProtectedRange,
  SheetsSpreadsheet,
  SheetsSpreadsheetGetOptions,
  SheetsUpdateValuesResponse,
  SheetsValueRange,
  SheetsValuesSurface,
} from '../../../src/gas/surface';
import { applyFieldMask, parseFieldMask } from './field-mask';
import { parseA1, quoteSheetName, rangeA1 } from './a1';
import type { CallLog } from './call-log';
import { displayValue } from './cell-format';
import { GoogleJsonResponseException } from './errors';
import type { SheetsQuota, QuotaKind } from './sheets-quota';
import { NON_GRID_MESSAGE, type Area, type FakeProtection, type FakeSheet, type FakeSpreadsheet } from './spreadsheet';
import { toSerialNumber } from './zoned-time';

/** Google's answer to a request for a file the user may not open (not shared with them). */
export const NO_PERMISSION_MESSAGE = 'The caller does not have permission';
export const NOT_FOUND_MESSAGE = 'Requested entity was not found.';

/**
 * What every request passes through before it touches a spreadsheet: the per-user quota (when
 * the environment installs one), the caller's access to another file (a viewer may read, only
 * an editor may write: 403 otherwise; the spreadsheet the script is bound to is open in the
 * caller's editor, so its sharing is not checked here), and per-spreadsheet counters, so a
 * test can prove the add-in read a child once and never wrote to it.
 */
export class SheetsGate {
  quota: SheetsQuota | null = null;
  /** The spreadsheet the script is bound to (its sharing is the editor's business, not the API's). */
  bound: (spreadsheet: FakeSpreadsheet) => boolean = () => false;
  private readonly counts: Record<QuotaKind, Map<string, number>> = { read: new Map(), write: new Map() };

  constructor(
    readonly lookup: (id: string) => FakeSpreadsheet | undefined,
    readonly caller: () => string,
  ) {}

  open(id: string, method: string, kind: QuotaKind): FakeSpreadsheet {
    this.quota?.take(kind, this.caller(), method);
    this.counts[kind].set(id, (this.counts[kind].get(id) ?? 0) + 1);
    const spreadsheet = this.lookup(id);
    if (spreadsheet === undefined) throw new GoogleJsonResponseException(method, 404, NOT_FOUND_MESSAGE);
    const user = this.caller();
    // An empty caller is a test without a session user: no sharing to check.
    if (user !== '' && !this.bound(spreadsheet) && !(kind === 'read' ? spreadsheet.canView(user) : spreadsheet.isEditor(user))) {
      throw new GoogleJsonResponseException(method, 403, NO_PERMISSION_MESSAGE);
    }
    return spreadsheet;
  }

  /** Sheets API requests of this kind that named this spreadsheet (answered, or refused with 403/404; not those the quota refused). */
  countFor(id: string, kind: QuotaKind): number {
    return this.counts[kind].get(id) ?? 0;
  }
}

interface ResolvedRange {
  sheet: FakeSheet;
  area: Area;
}

/**
 * Longest GET URL Google's front end accepts: 8,192 characters was observed for Google APIs
 * (googleapis/google-api-nodejs-client#972, "HTTP GET requests URLs are limited to 8192
 * symbols"); Google documents no exact figure for the Sheets API.
 */
export const GET_URL_LIMIT = 8192;
export const URL_TOO_LONG_MESSAGE = 'The requested URL is too large to process.';

/** The URL the advanced service sends for values.batchGet (what counts against the limit). */
export function batchGetUrl(spreadsheetId: string, options: SheetsBatchGetOptions): string {
  const query: string[] = (options.ranges ?? []).map((r) => `ranges=${encodeURIComponent(r)}`);
  for (const key of ['valueRenderOption', 'dateTimeRenderOption', 'majorDimension'] as const) {
    const value = options[key];
    if (value !== undefined) query.push(`${key}=${encodeURIComponent(value)}`);
  }
  return `https://sheets.googleapis.com/v4/spreadsheets/${encodeURIComponent(spreadsheetId)}/values:batchGet?${query.join('&')}`;
}

class FakeValuesCollection implements SheetsValuesSurface {
  constructor(
    private readonly calls: CallLog,
    private readonly gate: SheetsGate,
  ) {}

  /** Longest URL seen so far, for tests and the benchmark. */
  longestUrl = 0;

  batchGet(spreadsheetId: string, optionalArgs: SheetsBatchGetOptions): SheetsBatchGetValuesResponse {
    this.calls.record('Sheets.Spreadsheets.Values.batchGet');
    const method = 'sheets.spreadsheets.values.batchGet';
    const url = batchGetUrl(spreadsheetId, optionalArgs ?? { ranges: [] });
    this.longestUrl = Math.max(this.longestUrl, url.length);
    if (url.length > GET_URL_LIMIT) throw new GoogleJsonResponseException(method, 414, URL_TOO_LONG_MESSAGE);
    const spreadsheet = this.gate.open(spreadsheetId, method, 'read');
    const ranges = optionalArgs?.ranges ?? [];
    return {
      spreadsheetId,
      valueRanges: ranges.map((range) => this.read(spreadsheet, range, optionalArgs, method)),
    };
  }

  batchGetByDataFilter(resource: SheetsBatchGetByDataFilterRequest, spreadsheetId: string): SheetsBatchGetByDataFilterResponse {
    this.calls.record('Sheets.Spreadsheets.Values.batchGetByDataFilter');
    const method = 'sheets.spreadsheets.values.batchGetByDataFilter';
    const spreadsheet = this.gate.open(spreadsheetId, method, 'read');
    const filters = resource?.dataFilters ?? [];
    const options: SheetsGetOptions = {
      valueRenderOption: resource.valueRenderOption,
      dateTimeRenderOption: resource.dateTimeRenderOption,
      majorDimension: resource.majorDimension,
    };
    return {
      spreadsheetId,
      valueRanges: filters.map((filter) => {
        if (filter.a1Range === undefined) throw new GoogleJsonResponseException(method, 400, 'The fake supports only a1Range data filters.');
        return { valueRange: this.read(spreadsheet, filter.a1Range, options, method), dataFilters: [filter] };
      }),
    };
  }

  get(spreadsheetId: string, range: string, optionalArgs: SheetsGetOptions = {}): SheetsValueRange {
    this.calls.record('Sheets.Spreadsheets.Values.get');
    const method = 'sheets.spreadsheets.values.get';
    return this.read(this.gate.open(spreadsheetId, method, 'read'), range, optionalArgs, method);
  }

  batchUpdate(resource: SheetsBatchUpdateValuesRequest, spreadsheetId: string): SheetsBatchUpdateValuesResponse {
    this.calls.record('Sheets.Spreadsheets.Values.batchUpdate');
    const method = 'sheets.spreadsheets.values.batchUpdate';
    const spreadsheet = this.gate.open(spreadsheetId, method, 'write');
    const option = resource?.valueInputOption;
    if (option !== 'RAW' && option !== 'USER_ENTERED') {
      throw new GoogleJsonResponseException(method, 400, "'valueInputOption' is required but not specified");
    }
    const planned = (resource.data ?? []).map((entry) => {
      const { sheet, area } = this.resolve(spreadsheet, entry.range ?? '', method);
      const rows = entry.majorDimension === 'COLUMNS' ? transpose(entry.values ?? []) : entry.values ?? [];
      const height = rows.length;
      const width = Math.max(0, ...rows.map((r) => r.length));
      if (height > area.numRows || width > area.numColumns) {
        throw new GoogleJsonResponseException(
          method,
          400,
          `Requested writing within range [${entry.range}], but tried writing to ${height > area.numRows ? `row [${area.row + height - 1}]` : `column [${area.column + width - 1}]`}`,
        );
      }
      if (area.row + height - 1 > sheet.maxRows || area.column + width - 1 > sheet.maxColumns) {
        throw new GoogleJsonResponseException(
          method,
          400,
          `Range (${quoteSheetName(sheet.name)}!${rangeA1(area.row, area.column, height, width)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
        );
      }
      const written: Area = { row: area.row, column: area.column, numRows: height, numColumns: width };
      if (height > 0 && width > 0) sheet.assertEditable(written);
      return { sheet, rows, written };
    });
    const responses: SheetsUpdateValuesResponse[] = [];
    for (const { sheet, rows, written } of planned) {
      let cells = 0;
      rows.forEach((line, r) =>
        line.forEach((value, c) => {
          if (value === null || value === undefined) return;
          cells += 1;
          if (option === 'RAW') sheet.writeRaw(written.row + r, written.column + c, value);
          else sheet.writeValue(written.row + r, written.column + c, value);
        }),
      );
      responses.push({
        spreadsheetId,
        updatedRange: `${quoteSheetName(sheet.name)}!${rangeA1(written.row, written.column, Math.max(1, written.numRows), Math.max(1, written.numColumns))}`,
        updatedRows: written.numRows,
        updatedColumns: written.numColumns,
        updatedCells: cells,
      });
    }
    return {
      spreadsheetId,
      totalUpdatedRows: responses.reduce((n, r) => n + (r.updatedRows ?? 0), 0),
      totalUpdatedColumns: responses.reduce((n, r) => n + (r.updatedColumns ?? 0), 0),
      totalUpdatedCells: responses.reduce((n, r) => n + (r.updatedCells ?? 0), 0),
      totalUpdatedSheets: new Set(planned.map((p) => p.sheet)).size,
      responses,
    };
  }

  /**
   * values.batchClear: "Only values are cleared -- all other properties of the cell (such as
   * formatting, data validation, etc..) are kept" (REST reference); protected cells refuse it
   * like any write, and nothing is cleared when one range fails.
   */
  batchClear(resource: SheetsBatchClearValuesRequest, spreadsheetId: string): SheetsBatchClearValuesResponse {
    this.calls.record('Sheets.Spreadsheets.Values.batchClear', 'write');
    const method = 'sheets.spreadsheets.values.batchClear';
    const spreadsheet = this.gate.open(spreadsheetId, method, 'write');
    const planned = (resource?.ranges ?? []).map((range) => this.resolve(spreadsheet, range, method));
    for (const { sheet, area } of planned) sheet.assertEditable(area);
    for (const { sheet, area } of planned) {
      for (let r = area.row; r < area.row + area.numRows; r++) for (let c = area.column; c < area.column + area.numColumns; c++) sheet.clearCell(r, c, 'content');
    }
    return {
      spreadsheetId,
      clearedRanges: planned.map(({ sheet, area }) => `${quoteSheetName(sheet.name)}!${rangeA1(area.row, area.column, area.numRows, area.numColumns)}`),
    };
  }

  private resolve(spreadsheet: FakeSpreadsheet, range: string, method: string): ResolvedRange {
    let ref;
    try {
      // A bare sheet name wins over a look-alike cell reference ("Sheet1" is a sheet, not column SHEET).
      ref = spreadsheet.findSheet(range.trim())
        ? { sheetName: range.trim(), startRow: null, startColumn: null, endRow: null, endColumn: null }
        : parseA1(range, true);
    } catch {
      throw new GoogleJsonResponseException(method, 400, `Unable to parse range: ${range}`);
    }
    const sheet = ref.sheetName === null ? spreadsheet.sheetList()[0] : spreadsheet.findSheet(ref.sheetName);
    if (!sheet) throw new GoogleJsonResponseException(method, 400, `Unable to parse range: ${range}`);
    const startRow = ref.startRow ?? 1;
    const startColumn = ref.startColumn ?? 1;
    const endRow = ref.endRow ?? (ref.startRow !== null && ref.endColumn === null && ref.startColumn !== null ? ref.startRow : sheet.maxRows);
    const endColumn =
      ref.endColumn ?? (ref.startColumn !== null && ref.endRow === null && ref.startRow !== null ? ref.startColumn : sheet.maxColumns);
    return {
      sheet,
      area: {
        row: startRow,
        column: startColumn,
        numRows: Math.max(1, Math.min(endRow, sheet.maxRows) - startRow + 1),
        numColumns: Math.max(1, Math.min(endColumn, sheet.maxColumns) - startColumn + 1),
      },
    };
  }

  private read(spreadsheet: FakeSpreadsheet, range: string, options: SheetsGetOptions, method: string): SheetsValueRange {
    const { sheet, area } = this.resolve(spreadsheet, range, method);
    if (sheet.sheetType !== 'GRID') throw new GoogleJsonResponseException(method, 400, NON_GRID_MESSAGE(sheet.sheetType === 'DATASOURCE' ? 'DATA_SOURCE' : 'OBJECT'));
    const render = options.valueRenderOption ?? 'FORMATTED_VALUE';
    const dates = options.dateTimeRenderOption ?? 'SERIAL_NUMBER';
    if (render !== 'FORMATTED_VALUE' && render !== 'UNFORMATTED_VALUE' && render !== 'FORMULA') {
      throw new GoogleJsonResponseException(method, 400, `Invalid value at 'value_render_option' (${String(render)})`);
    }
    const rows: SheetsApiValue[][] = [];
    // Cells past the last row and column with content are '' and trimmed below: not visited.
    const lastRow = Math.min(area.row + area.numRows, sheet.lastRow() + 1);
    const lastColumn = Math.min(area.column + area.numColumns, sheet.lastColumn() + 1);
    for (let r = area.row; r < lastRow; r++) {
      const line: SheetsApiValue[] = [];
      for (let c = area.column; c < lastColumn; c++) {
        line.push(this.render(sheet, r, c, render, dates, spreadsheet));
      }
      rows.push(line);
    }
    const oriented = options.majorDimension === 'COLUMNS' ? transpose(rows) : rows;
    const values = trimRagged(oriented);
    const result: SheetsValueRange = {
      range: `${quoteSheetName(sheet.name)}!${rangeA1(area.row, area.column, area.numRows, area.numColumns)}`,
      majorDimension: options.majorDimension === 'COLUMNS' ? 'COLUMNS' : 'ROWS',
    };
    if (values.length > 0) result.values = values;
    return result;
  }

  private render(
    sheet: FakeSheet,
    row: number,
    column: number,
    render: 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA',
    dates: 'SERIAL_NUMBER' | 'FORMATTED_STRING',
    spreadsheet: FakeSpreadsheet,
  ): SheetsApiValue {
    const cell = sheet.peek(row, column);
    if (!cell) return '';
    if (render === 'FORMULA' && cell.formula) return cell.formula;
    if (render === 'FORMATTED_VALUE') return sheet.displayValue(row, column);
    const value: CellValue = cell.value;
    if (value instanceof Date) {
      return dates === 'FORMATTED_STRING'
        ? displayValue(value, cell.numberFormat, spreadsheet.timeZone, spreadsheet.locale)
        : toSerialNumber(value, spreadsheet.timeZone);
    }
    return value;
  }
}

function transpose<T>(rows: T[][]): T[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const out: T[][] = [];
  for (let c = 0; c < width; c++) out.push(rows.map((r) => r[c] as T));
  return out;
}

/** Drops trailing empty cells in each row, then trailing empty rows, as the API does. */
function trimRagged(rows: SheetsApiValue[][]): SheetsApiValue[][] {
  const trimmed = rows.map((line) => {
    let end = line.length;
    while (end > 0 && (line[end - 1] === '' || line[end - 1] === undefined)) end -= 1;
    return line.slice(0, end).map((v) => (v === undefined ? '' : v));
  });
  let last = trimmed.length;
  while (last > 0 && trimmed[last - 1]!.length === 0) last -= 1;
  return trimmed.slice(0, last);
}

/** One protection as spreadsheets.get reports it; editors only for someone who may edit it. */
function protectedRangeOf(protection: FakeProtection, sheet: FakeSheet, viewer: string): SheetsProtectedRange {
  const spreadsheet = sheet.spreadsheet;
  const canEdit = protection.allows(viewer);
  const area = protection.area;
  const range =
    protection.type === 'SHEET' || area === null
      ? { sheetId: sheet.sheetId }
      : { sheetId: sheet.sheetId, startRowIndex: area.row - 1, endRowIndex: area.row - 1 + area.numRows, startColumnIndex: area.column - 1, endColumnIndex: area.column - 1 + area.numColumns };
  const emails = protection.editorEmails();
  return {
    protectedRangeId: protection.id,
    description: protection.description,
    warningOnly: protection.isWarningOnlyQuiet(),
    requestingUserCanEdit: canEdit,
    range,
    ...(canEdit && !protection.isWarningOnlyQuiet()
      ? {
          editors: {
            users: emails.filter((e) => !spreadsheet.groups.has(e)),
            groups: emails.filter((e) => spreadsheet.groups.has(e)),
            domainUsersCanEdit: protection.domainEditQuiet(),
          },
        }
      : {}),
  };
}

/**
 * Error values as the API names them (`ErrorValue.type` in the Sheets v4 schema) for the error
 * texts a cell shows; the values API renders the same cells as these texts.
 */
const ERROR_TYPES: Readonly<Record<string, NonNullable<gapi.client.sheets.ErrorValue['type']>>> = {
  '#ERROR!': 'ERROR',
  '#NULL!': 'NULL_VALUE',
  '#DIV/0!': 'DIVIDE_BY_ZERO',
  '#VALUE!': 'VALUE',
  '#REF!': 'REF',
  '#NAME?': 'NAME',
  '#NUM!': 'NUM',
  '#N/A': 'N_A',
  'Loading...': 'LOADING',
};

/** A stored value as an ExtendedValue: dates as serial numbers ("Dates, Times and DateTimes are represented as doubles in SERIAL_NUMBER format"). */
function extendedValue(value: CellValue, timeZone: string, formulaResult: boolean): gapi.client.sheets.ExtendedValue | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  if (value instanceof Date) return { numberValue: toSerialNumber(value, timeZone) };
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  const error = formulaResult ? ERROR_TYPES[value] : undefined;
  if (error !== undefined) return { errorValue: { type: error, message: `${value} (fake)` } };
  return { stringValue: String(value) };
}

/**
 * One sheet's cells as GridData: one RowData per row down to the last row with content, each
 * with one CellData per column up to its last cell with content; an empty cell is `{}`. Only
 * `userEnteredValue` and `effectiveValue` are modelled (a formula's userEnteredValue is its
 * `formulaValue`, its effectiveValue what it computed); any other CellData field is absent.
 */
function gridData(sheet: FakeSheet, timeZone: string): gapi.client.sheets.GridData[] {
  if (sheet.sheetType !== 'GRID') return [];
  const rowData: gapi.client.sheets.RowData[] = [];
  const lastRow = sheet.lastRow();
  const lastColumn = sheet.lastColumn();
  for (let r = 1; r <= lastRow; r += 1) {
    const values: gapi.client.sheets.CellData[] = [];
    for (let c = 1; c <= lastColumn; c += 1) {
      const cell = sheet.peek(r, c);
      const data: gapi.client.sheets.CellData = {};
      if (cell !== undefined) {
        const effective = extendedValue(cell.value, timeZone, cell.formula !== undefined);
        if (cell.formula !== undefined) data.userEnteredValue = { formulaValue: cell.formula };
        else if (effective !== undefined) data.userEnteredValue = effective;
        if (effective !== undefined) data.effectiveValue = effective;
      }
      values.push(data);
    }
    while (values.length > 0 && Object.keys(values[values.length - 1]!).length === 0) values.pop();
    rowData.push(values.length > 0 ? { values } : {});
  }
  return [{ startRow: 0, startColumn: 0, rowData }];
}

/**
 * Whether grid data comes back: "By default, data within grids will not be returned"; it does
 * when the field mask names it, or with includeGridData when there is no mask ("If a field mask
 * is set, the includeGridData parameter is ignored"): spreadsheets.get in the REST reference,
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get.
 */
function wantsGridData(options: SheetsSpreadsheetGetOptions): boolean {
  const mask = options.fields?.trim() ?? '';
  if (mask === '' || mask === '*') return options.includeGridData === true || mask === '*';
  const sheets = parseFieldMask(mask).get('sheets');
  return sheets === true || (sheets instanceof Map && sheets.has('data'));
}

/** The spreadsheet resource, before the field mask is applied. */
function spreadsheetResource(spreadsheet: FakeSpreadsheet, viewer: string, withData: boolean): SheetsSpreadsheet {
  return {
    spreadsheetId: spreadsheet.id,
    properties: { title: spreadsheet.name, locale: spreadsheet.locale, timeZone: spreadsheet.timeZone },
    sheets: spreadsheet.sheetList().map((sheet, index) => ({
      properties: {
        sheetId: sheet.sheetId,
        title: sheet.name,
        index,
        sheetType: sheet.sheetType === 'DATASOURCE' ? 'DATA_SOURCE' : sheet.sheetType,
        hidden: sheet.isHiddenUnlogged(),
        // "If the sheet is an object sheet, containing a chart or image, then this field will be absent."
        ...(sheet.sheetType === 'OBJECT' ? {} : { gridProperties: { rowCount: sheet.maxRows, columnCount: sheet.maxColumns } }),
      },
      protectedRanges: sheet.protections.filter((p) => !p.removed).map((p) => protectedRangeOf(p, sheet, viewer)),
      ...(withData ? { data: gridData(sheet, spreadsheet.timeZone) } : {}),
    })),
  };
}

const SUPPORTED_SPREADSHEET_REQUESTS = ['deleteSheet', 'addProtectedRange', 'updateProtectedRange'] as const;

/**
 * spreadsheets.batchUpdate for the requests the add-in sends: deleteSheet, addProtectedRange and
 * updateProtectedRange. As the REST reference says, "If any request is not valid, no requests
 * will be applied": every request is checked before the first is applied. A protection is
 * changed only by someone who may edit it; its editors become exactly the users and groups
 * given (the owner keeps access whatever the list says).
 */
function spreadsheetBatchUpdate(spreadsheet: FakeSpreadsheet, resource: SheetsBatchUpdateSpreadsheetRequest, requester: string): SheetsBatchUpdateSpreadsheetResponse {
  const method = 'sheets.spreadsheets.batchUpdate';
  const steps: Array<() => object> = [];
  const deleted = new Set<number>();
  (resource?.requests ?? []).forEach((request, index) => {
    const kinds = Object.keys(request).filter((k) => (request as Record<string, unknown>)[k] !== undefined);
    const kind = kinds[0] ?? '';
    const bad = (text: string) => new GoogleJsonResponseException(method, 400, `Invalid requests[${index}].${kind}: ${text}`);
    if (kinds.length !== 1 || !(SUPPORTED_SPREADSHEET_REQUESTS as ReadonlyArray<string>).includes(kind)) {
      throw new GoogleJsonResponseException(method, 400, `The fake supports only ${SUPPORTED_SPREADSHEET_REQUESTS.join(', ')} requests (requests[${index}]: ${kinds.join(', ')}).`);
    }
    const sheetOf = (sheetId: number | undefined) => {
      const sheet = spreadsheet.sheetList().find((s) => s.sheetId === sheetId && !deleted.has(s.sheetId));
      if (sheet === undefined) throw bad(`No grid with id: ${String(sheetId)}`);
      return sheet;
    };
    if (request.deleteSheet !== undefined) {
      const sheet = sheetOf(request.deleteSheet.sheetId);
      if (spreadsheet.sheetList().length - deleted.size <= 1) throw bad("You can't remove all the sheets in a document.");
      sheet.assertSheetEditable();
      deleted.add(sheet.sheetId);
      steps.push(() => {
        spreadsheet.removeSheetQuiet(sheet);
        return {};
      });
      return;
    }
    if (request.addProtectedRange !== undefined) {
      const wanted = request.addProtectedRange.protectedRange ?? {};
      const sheet = sheetOf(wanted.range?.sheetId);
      const whole = Object.keys(wanted.range ?? {}).every((k) => k === 'sheetId');
      if (!whole) throw bad('The fake adds whole-sheet protections only.');
      if (!spreadsheet.isEditor(requester)) throw new GoogleJsonResponseException(method, 403, 'The caller does not have permission');
      steps.push(() => {
        const protection = sheet.addProtection('SHEET', null);
        protection.description = wanted.description ?? '';
        protection.setWarningOnlyQuiet(wanted.warningOnly === true);
        if (wanted.editors !== undefined) protection.replaceEditors([...(wanted.editors.users ?? []), ...(wanted.editors.groups ?? [])], wanted.editors.domainUsersCanEdit === true);
        return { addProtectedRange: { protectedRange: { ...wanted, protectedRangeId: protection.id } } };
      });
      return;
    }
    const update = request.updateProtectedRange!;
    const wanted = update.protectedRange ?? {};
    const fields = (update.fields ?? '').split(',').map((f) => f.trim()).filter((f) => f !== '');
    if (fields.length === 0) throw bad('At least one field must be specified.');
    const protection = spreadsheet.sheetList().flatMap((s) => s.protections).find((p) => !p.removed && p.id === wanted.protectedRangeId);
    if (protection === undefined) throw bad(`No protected range with id: ${String(wanted.protectedRangeId)}`);
    if (!protection.allows(requester)) throw new GoogleJsonResponseException(method, 403, 'The caller does not have permission');
    const all = fields.includes('*');
    const unknown = fields.filter((f) => !['*', 'description', 'warningOnly', 'editors'].includes(f));
    if (unknown.length > 0) throw bad(`The fake updates description, warningOnly and editors only (asked: ${unknown.join(', ')}).`);
    steps.push(() => {
      if (all || fields.includes('description')) protection.description = wanted.description ?? '';
      if (all || fields.includes('warningOnly')) protection.setWarningOnlyQuiet(wanted.warningOnly === true);
      if (all || fields.includes('editors')) protection.replaceEditors([...(wanted.editors?.users ?? []), ...(wanted.editors?.groups ?? [])], wanted.editors?.domainUsersCanEdit === true);
      return {};
    });
  });
  const replies = steps.map((apply) => apply());
  return { spreadsheetId: spreadsheet.id, replies };
}

export class FakeSheetsService implements SheetsAdvancedService {
  readonly Spreadsheets: SheetsAdvancedService['Spreadsheets'];
  readonly values: FakeValuesCollection;
  /** Quota, sharing and per-spreadsheet counts for every request. */
  readonly gate: SheetsGate;

  constructor(calls: CallLog, lookup: (id: string) => FakeSpreadsheet | undefined, viewer: () => string = () => '') {
    this.gate = new SheetsGate(lookup, viewer);
    this.values = new FakeValuesCollection(calls, this.gate);
    this.Spreadsheets = {
      Values: this.values,
      get: (spreadsheetId: string, optionalArgs: SheetsSpreadsheetGetOptions = {}): SheetsSpreadsheet => {
        calls.record('Sheets.Spreadsheets.get');
        const spreadsheet = this.gate.open(spreadsheetId, 'sheets.spreadsheets.get', 'read');
        return applyFieldMask(spreadsheetResource(spreadsheet, viewer(), wantsGridData(optionalArgs)), optionalArgs.fields);
      },
      batchUpdate: (resource: SheetsBatchUpdateSpreadsheetRequest, spreadsheetId: string): SheetsBatchUpdateSpreadsheetResponse => {
        calls.record('Sheets.Spreadsheets.batchUpdate');
        const spreadsheet = lookup(spreadsheetId);
        if (spreadsheet === undefined) throw new GoogleJsonResponseException('sheets.spreadsheets.batchUpdate', 404, 'Requested entity was not found.');
        return spreadsheetBatchUpdate(spreadsheet, resource, viewer());
      },
    };
  }

  /** Sheets API reads that named this spreadsheet. */
  readsOf(spreadsheetId: string): number {
    return this.gate.countFor(spreadsheetId, 'read');
  }

  /** Sheets API writes that named this spreadsheet. */
  writesOf(spreadsheetId: string): number {
    return this.gate.countFor(spreadsheetId, 'write');
  }
}
