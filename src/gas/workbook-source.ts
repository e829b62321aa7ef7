/**
 * Reads the whole spreadsheet in three calls whatever the number of units: the spreadsheet's
 * metadata (`Spreadsheets.get`: time zone, locale, every sheet's id, title and type, every
 * protection), then every grid tab's values and every tab's formulas through
 * `Values.batchGetByDataFilter`. That is a POST, so the request does not grow the URL: the GET
 * form (`Values.batchGet`) puts one `ranges=` per tab in the URL, about 23 KB at 1,000 tabs,
 * far past the ~8 KB Google's front end accepts. Chart and data-source sheets have no cells and
 * are skipped.
 */
import type { CellValue, RawTab, RawWorkbook } from '../domain/cells';
import type {
  SheetsAdvancedService,
  SheetsApiValue,
  SheetsBatchGetByDataFilterRequest,
  SheetsProtectedRange,
  SheetsRenderOptions,
  SheetsValueRange,
} from './surface';
import type { SpreadsheetSettings } from './spreadsheet-settings';

/** 'Xã Ia Le' → "'Xã Ia Le'": quoted as A1 notation wants, quotes doubled. */
export function quoteTabName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * One request for every tab: Google recommends at most 2 MB per Sheets API request
 * (https://developers.google.com/workspace/sheets/api/limits) and one filter is about 40 bytes
 * of JSON, so even 10,000 tabs (past what a 10-million-cell spreadsheet can hold) stay under
 * 0.5 MB. The workbook-source test checks the body size at 1,000 tabs.
 */

export interface TabInfo {
  readonly name: string;
  readonly sheetId: number;
  readonly grid: boolean;
  readonly protections: ReadonlyArray<SheetsProtectedRange>;
}

export interface SpreadsheetMetadata {
  readonly settings: SpreadsheetSettings;
  readonly tabs: ReadonlyArray<TabInfo>;
}

const METADATA_FIELDS =
  'properties(timeZone,locale),sheets(properties(sheetId,title,index,sheetType),' +
  'protectedRanges(protectedRangeId,description,warningOnly,requestingUserCanEdit,editors,range,unprotectedRanges))';

/** One call: zone, locale, every tab and its protections. */
export function readMetadata(sheets: SheetsAdvancedService, spreadsheetId: string): SpreadsheetMetadata {
  const meta = sheets.Spreadsheets.get(spreadsheetId, { fields: METADATA_FIELDS });
  return {
    settings: { timeZone: meta.properties?.timeZone ?? '', locale: meta.properties?.locale ?? '' },
    tabs: (meta.sheets ?? []).map((s) => ({
      name: s.properties?.title ?? '',
      sheetId: s.properties?.sheetId ?? 0,
      // The schema: "Defaults to GRID"; OBJECT (a chart) and DATA_SOURCE sheets hold no cells.
      grid: (s.properties?.sheetType ?? 'GRID') === 'GRID',
      protections: s.protectedRanges ?? [],
    })),
  };
}

/**
 * One cell of the core from its value (UNFORMATTED_VALUE, dates as serial numbers) and what the
 * FORMULA rendering gives; shared with the reader of other spreadsheets (rollup/read-spreadsheet.ts),
 * so a tab reads the same from either.
 */
export function toCell(value: SheetsApiValue | undefined, formula: SheetsApiValue | undefined): CellValue {
  const plain: CellValue = value === undefined || value === '' ? null : value;
  // A formula cell reads back its formula under FORMULA rendering; literal text reads back itself.
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) {
    return { formula, result: plain === null || typeof plain === 'object' ? null : plain };
  }
  return plain;
}

/** Values of every range, keyed by the range asked for (the response names its filters). */
export function readRanges(sheets: SheetsAdvancedService, spreadsheetId: string, ranges: ReadonlyArray<string>, render: SheetsRenderOptions): Map<string, SheetsValueRange> {
  const found = new Map<string, SheetsValueRange>();
  const request: SheetsBatchGetByDataFilterRequest = { ...render, dataFilters: ranges.map((a1Range) => ({ a1Range })) };
  for (const matched of sheets.Spreadsheets.Values.batchGetByDataFilter(request, spreadsheetId).valueRanges ?? []) {
    const key = matched.dataFilters?.[0]?.a1Range;
    if (key !== undefined && matched.valueRange !== undefined) found.set(key, matched.valueRange);
  }
  return found;
}

/** Every grid tab as stored (values and formulas merged into the core's cells), in workbook order. */
export function readGridTabs(sheetsApi: SheetsAdvancedService, spreadsheetId: string, metadata: SpreadsheetMetadata): RawWorkbook {
  const names = metadata.tabs.filter((t) => t.grid).map((t) => t.name);
  if (names.length === 0) return { tabs: [] };
  const ranges = names.map(quoteTabName);
  const values = readRanges(sheetsApi, spreadsheetId, ranges, { valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' });
  const formulas = readRanges(sheetsApi, spreadsheetId, ranges, { valueRenderOption: 'FORMULA' });
  const tabs: RawTab[] = names.map((name, i) => {
    const range = ranges[i] ?? '';
    const valueRows = (values.get(range)?.values ?? []) as SheetsApiValue[][];
    const formulaRows = (formulas.get(range)?.values ?? []) as SheetsApiValue[][];
    const rows: CellValue[][] = [];
    for (let r = 0; r < Math.max(valueRows.length, formulaRows.length); r += 1) {
      const v = valueRows[r] ?? [];
      const f = formulaRows[r] ?? [];
      const row: CellValue[] = [];
      for (let c = 0; c < Math.max(v.length, f.length); c += 1) row.push(toCell(v[c], f[c]));
      rows.push(row);
    }
    return { name, rows };
  });
  return { tabs };
}
