/**
 * Fake Sheets advanced service (Sheets.Spreadsheets.Values), reading and writing the same
 * in-memory workbook as the SpreadsheetApp fake. It answers like the REST API: ranges come back
 * normalised ("'Xã Ia Le'!A1:C3"), rows are ragged (trailing empty cells and rows dropped, and
 * `values` omitted when nothing is left), UNFORMATTED_VALUE gives numbers and booleans as such
 * and dates as serial numbers unless dateTimeRenderOption is FORMATTED_STRING, FORMATTED_VALUE
 * gives display strings, FORMULA gives formulas. Errors carry the API's wording.
 */
import type {
  CellValue,
  SheetsAdvancedService,
  SheetsApiValue,
  SheetsBatchGetOptions,
  SheetsBatchGetValuesResponse,
  SheetsBatchUpdateValuesRequest,
  SheetsBatchUpdateValuesResponse,
  SheetsGetOptions,
  SheetsSpreadsheetMetadata,
  SheetsUpdateValuesResponse,
  SheetsValueRange,
  SheetsValuesSurface,
} from '../../../src/gas/surface';
import { parseA1, quoteSheetName, rangeA1 } from './a1';
import type { CallLog } from './call-log';
import { displayValue } from './cell-format';
import { GoogleJsonResponseException } from './errors';
import type { Area, FakeSheet, FakeSpreadsheet } from './spreadsheet';
import { toSerialNumber } from './zoned-time';

interface ResolvedRange {
  sheet: FakeSheet;
  area: Area;
}

class FakeValuesCollection implements SheetsValuesSurface {
  constructor(
    private readonly calls: CallLog,
    private readonly lookup: (id: string) => FakeSpreadsheet | undefined,
  ) {}

  batchGet(spreadsheetId: string, optionalArgs: SheetsBatchGetOptions): SheetsBatchGetValuesResponse {
    this.calls.record('Sheets.Spreadsheets.Values.batchGet');
    const method = 'sheets.spreadsheets.values.batchGet';
    const spreadsheet = this.spreadsheet(spreadsheetId, method);
    const ranges = optionalArgs?.ranges ?? [];
    return {
      spreadsheetId,
      valueRanges: ranges.map((range) => this.read(spreadsheet, range, optionalArgs, method)),
    };
  }

  get(spreadsheetId: string, range: string, optionalArgs: SheetsGetOptions = {}): SheetsValueRange {
    this.calls.record('Sheets.Spreadsheets.Values.get');
    const method = 'sheets.spreadsheets.values.get';
    return this.read(this.spreadsheet(spreadsheetId, method), range, optionalArgs, method);
  }

  batchUpdate(resource: SheetsBatchUpdateValuesRequest, spreadsheetId: string): SheetsBatchUpdateValuesResponse {
    this.calls.record('Sheets.Spreadsheets.Values.batchUpdate');
    const method = 'sheets.spreadsheets.values.batchUpdate';
    const spreadsheet = this.spreadsheet(spreadsheetId, method);
    const option = resource?.valueInputOption;
    if (option !== 'RAW' && option !== 'USER_ENTERED') {
      throw new GoogleJsonResponseException(method, 400, "'valueInputOption' is required but not specified");
    }
    const planned = (resource.data ?? []).map((entry) => {
      const { sheet, area } = this.resolve(spreadsheet, entry.range, method);
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

  private spreadsheet(id: string, method: string): FakeSpreadsheet {
    const spreadsheet = this.lookup(id);
    if (!spreadsheet) throw new GoogleJsonResponseException(method, 404, 'Requested entity was not found.');
    return spreadsheet;
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
    const render = options.valueRenderOption ?? 'FORMATTED_VALUE';
    const dates = options.dateTimeRenderOption ?? 'SERIAL_NUMBER';
    const rows: SheetsApiValue[][] = [];
    for (let r = area.row; r < area.row + area.numRows; r++) {
      const line: SheetsApiValue[] = [];
      for (let c = area.column; c < area.column + area.numColumns; c++) {
        line.push(this.render(sheet, r, c, render, dates, spreadsheet));
      }
      rows.push(line);
    }
    const oriented = options.majorDimension === 'COLUMNS' ? transpose(rows) : rows;
    const values = trimRagged(oriented);
    const result: SheetsValueRange = {
      range: `${quoteSheetName(sheet.name)}!${rangeA1(area.row, area.column, area.numRows, area.numColumns)}`,
      majorDimension: options.majorDimension ?? 'ROWS',
    };
    if (values.length > 0) result.values = values;
    return result;
  }

  private render(
    sheet: FakeSheet,
    row: number,
    column: number,
    render: NonNullable<SheetsGetOptions['valueRenderOption']>,
    dates: NonNullable<SheetsGetOptions['dateTimeRenderOption']>,
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

export class FakeSheetsService implements SheetsAdvancedService {
  readonly Spreadsheets: SheetsAdvancedService['Spreadsheets'];

  constructor(calls: CallLog, lookup: (id: string) => FakeSpreadsheet | undefined) {
    this.Spreadsheets = {
      Values: new FakeValuesCollection(calls, lookup),
      // One read for every tab's title and id, as the REST API answers `fields: 'sheets.properties'`.
      get: (spreadsheetId: string): SheetsSpreadsheetMetadata => {
        calls.record('Sheets.Spreadsheets.get');
        const spreadsheet = lookup(spreadsheetId);
        if (spreadsheet === undefined) {
          throw new GoogleJsonResponseException('sheets.spreadsheets.get', 404, `Requested entity was not found.`);
        }
        return {
          spreadsheetId,
          sheets: spreadsheet.sheetList().map((sheet, index) => ({
            properties: { sheetId: sheet.sheetId, title: sheet.name, index, hidden: sheet.isHiddenUnlogged() },
          })),
        };
      },
    };
  }
}

