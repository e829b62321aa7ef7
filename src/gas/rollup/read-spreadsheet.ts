/**
 * Reads another spreadsheet (a child report or a shard) whole, in ONE Sheets API call:
 * `spreadsheets.get` with a field mask that asks for every sheet's title and type and every
 * cell's computed value and formula, nothing else. "If a field mask is set, the
 * includeGridData parameter is ignored" (spreadsheets.get, REST reference); the flag is sent
 * anyway, so the call reads as what it does. The cells become the core's RawWorkbook through
 * the same `toCell` as the spreadsheet's own read (workbook-source.ts), so a tab reads alike from
 * either: dates stay serial numbers for the core to type by column, a formula becomes
 * `{ formula, result }`, an error value the text the values API gives for it ("#DIV/0!").
 * Chart and data-source sheets hold no cells and are skipped, as in the own read.
 */
import type { RawTab, RawWorkbook } from '../../domain/cells';
import type { SheetsAdvancedService, SheetsApiValue } from '../surface';
import { toCell } from '../workbook-source';

type GridData = gapi.client.sheets.GridData;
type ExtendedValue = gapi.client.sheets.ExtendedValue;
type ErrorType = NonNullable<gapi.client.sheets.ErrorValue['type']>;

/**
 * Field mask (https://developers.google.com/workspace/sheets/api/guides/field-masks: sub-fields
 * dot-separated, several of one type in parentheses): the title (to name the file in a
 * finding), each sheet's title and type, and per cell `effectiveValue` ("for cells with formulas,
 * the calculated value") and `userEnteredValue.formulaValue` (the formula); a literal's
 * userEnteredValue would repeat its effectiveValue, so it is not asked for.
 */
export const WHOLE_SPREADSHEET_FIELDS =
  'properties.title,sheets(properties(title,sheetType),data(startRow,startColumn,rowData.values(effectiveValue,userEnteredValue.formulaValue)))';

/** The text the values API renders for each error type (ErrorValue.type in the v4 schema). */
const ERROR_TEXT: Readonly<Record<ErrorType, string>> = {
  ERROR_TYPE_UNSPECIFIED: '#ERROR!',
  ERROR: '#ERROR!',
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
  LOADING: 'Loading...',
};

export interface SpreadsheetRead {
  readonly title: string;
  readonly raw: RawWorkbook;
}

function scalarOf(value: ExtendedValue | undefined): SheetsApiValue | undefined {
  if (value === undefined) return undefined;
  if (value.numberValue !== undefined) return value.numberValue;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.errorValue !== undefined) return ERROR_TEXT[value.errorValue.type ?? 'ERROR'];
  return undefined;
}

/** One sheet's grid as the core's rows: trailing empty cells and rows dropped, as the values API drops them. */
export function rowsOfGrid(grids: ReadonlyArray<GridData>): RawTab['rows'] {
  const rows: Array<Array<ReturnType<typeof toCell>>> = [];
  for (const grid of grids) {
    const top = grid.startRow ?? 0;
    const left = grid.startColumn ?? 0;
    (grid.rowData ?? []).forEach((rowData, r) => {
      const row = (rows[top + r] ??= []);
      (rowData.values ?? []).forEach((cell, c) => {
        row[left + c] = toCell(scalarOf(cell.effectiveValue), cell.userEnteredValue?.formulaValue);
      });
    });
  }
  const out = Array.from({ length: rows.length }, (_, r) => {
    const row = Array.from({ length: rows[r]?.length ?? 0 }, (_, c) => rows[r]?.[c] ?? null);
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/** Every grid tab of the spreadsheet with its values and formulas, in one request. */
export function readWholeSpreadsheet(sheets: SheetsAdvancedService, spreadsheetId: string): SpreadsheetRead {
  const response = sheets.Spreadsheets.get(spreadsheetId, { includeGridData: true, fields: WHOLE_SPREADSHEET_FIELDS });
  const tabs: RawTab[] = [];
  for (const sheet of response.sheets ?? []) {
    // The schema: sheetType "Defaults to GRID"; OBJECT and DATA_SOURCE sheets hold no cells.
    if ((sheet.properties?.sheetType ?? 'GRID') !== 'GRID') continue;
    tabs.push({ name: sheet.properties?.title ?? '', rows: rowsOfGrid(sheet.data ?? []) });
  }
  return { title: response.properties?.title ?? '', raw: { tabs } };
}
