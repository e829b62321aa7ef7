/**
 * Reads the whole spreadsheet in three calls whatever the number of units: the tab list
 * (Sheets API `Spreadsheets.get`), every tab's values (`Values.batchGet`, unformatted, dates as
 * serial numbers) and every tab's formulas (`Values.batchGet` with FORMULA), merged into the
 * core's raw workbook. Submissions recorded in document properties (which any unit may write)
 * are laid over the "Đơn vị" tab, whose protected cells a unit cannot write.
 */
import type { WorkbookSource } from '../app/ports';
import type { CellValue, RawTab, RawWorkbook } from '../domain/cells';
import type { SheetsAdvancedService, SheetsApiValue, SpreadsheetSurface } from './surface';
import { overlaySubmissions, type SubmissionState } from './submission-state';

/** 'Xã Ia Le' → "'Xã Ia Le'": quoted as A1 notation wants, quotes doubled. */
export function quoteTabName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function toCell(value: SheetsApiValue | undefined, formula: SheetsApiValue | undefined): CellValue {
  const plain: CellValue = value === undefined || value === '' ? null : value;
  // A formula cell reads back its formula under FORMULA rendering; literal text reads back itself.
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) {
    return { formula, result: plain === null || typeof plain === 'object' ? null : plain };
  }
  return plain;
}

export class GasWorkbookSource implements WorkbookSource {
  constructor(
    private readonly spreadsheet: SpreadsheetSurface,
    private readonly sheetsApi: SheetsAdvancedService,
    private readonly submissions: () => ReadonlyMap<string, SubmissionState>,
  ) {}

  /** Tab names and ids in workbook order (one call). */
  tabs(): Array<{ name: string; sheetId: number }> {
    const meta = this.sheetsApi.Spreadsheets.get(this.spreadsheet.getId(), { fields: 'sheets.properties(sheetId,title,index)' });
    return (meta.sheets ?? []).map((s) => ({ name: s.properties?.title ?? '', sheetId: s.properties?.sheetId ?? 0 }));
  }

  read(): RawWorkbook {
    return overlaySubmissions(this.readStored(), this.submissions());
  }

  /** The tabs as stored, without the recorded submissions laid over them. */
  readStored(): RawWorkbook {
    const names = this.tabs().map((t) => t.name);
    if (names.length === 0) return { tabs: [] };
    const id = this.spreadsheet.getId();
    const ranges = names.map(quoteTabName);
    const values = this.sheetsApi.Spreadsheets.Values.batchGet(id, {
      ranges,
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    });
    const formulas = this.sheetsApi.Spreadsheets.Values.batchGet(id, { ranges, valueRenderOption: 'FORMULA' });
    const tabs: RawTab[] = names.map((name, i) => {
      const valueRows = values.valueRanges?.[i]?.values ?? [];
      const formulaRows = formulas.valueRanges?.[i]?.values ?? [];
      const height = Math.max(valueRows.length, formulaRows.length);
      const rows: CellValue[][] = [];
      for (let r = 0; r < height; r += 1) {
        const v = valueRows[r] ?? [];
        const f = formulaRows[r] ?? [];
        const width = Math.max(v.length, f.length);
        const row: CellValue[] = [];
        for (let c = 0; c < width; c += 1) row.push(toCell(v[c], f[c]));
        rows.push(row);
      }
      return { name, rows };
    });
    return { tabs };
  }
}
