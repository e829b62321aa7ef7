/**
 * Other spreadsheets in the same fake Google account as the bound one: a commune's report, a
 * shard of a ward, a file that is not a report at all. Each is a FakeSpreadsheet with its own
 * owner and sharing list, reachable by id through the Sheets API (and SpreadsheetApp.openById,
 * which the add-in never uses for them), and listed in Drive. What a test does to one afterwards
 * (un-share it, delete it, rename a tab) is what its owner would do in Google Drive or Sheets.
 * `fingerprint` captures everything a reader could see, so a test can prove a file was not
 * changed at all.
 */
import type { CellValue } from '../../../src/gas/surface';
import { MIME_GOOGLE_SHEETS } from './drive';
import type { GasEnvironment } from './environment';
import { FakeSpreadsheet } from './spreadsheet';

export interface OtherSpreadsheetOptions {
  /** A Drive-like id (the key in a Google Sheets link). */
  id: string;
  name: string;
  owner: string;
  /** People (or groups) who may view it; the bound script's user reads it only when listed here or as an editor. */
  viewers?: string[];
  editors?: string[];
  timeZone?: string;
  locale?: string;
  /** Sheets to create, in order, with raw initial values. */
  sheets?: Record<string, CellValue[][]>;
}

/** A Google Sheets link as people paste it. */
export function sheetsLink(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;
}

export function addSpreadsheet(env: GasEnvironment, options: OtherSpreadsheetOptions): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet(env.spreadsheet.context, {
    id: options.id,
    name: options.name,
    timeZone: options.timeZone ?? env.spreadsheet.timeZone,
    locale: options.locale ?? env.spreadsheet.locale,
    ownerEmail: options.owner,
    editors: options.editors ?? [],
  });
  for (const viewer of options.viewers ?? []) spreadsheet.addViewer(viewer);
  for (const [name, values] of Object.entries(options.sheets ?? {})) spreadsheet.addSheet(name, values);
  env.spreadsheetApp.register(spreadsheet);
  env.drive.addFile({ id: spreadsheet.id, name: spreadsheet.name, mimeType: MIME_GOOGLE_SHEETS, url: spreadsheet.url(), createdByApp: false });
  return spreadsheet;
}

/** Everything a reader could see of a spreadsheet: tab names and types, every cell (value, formula, note, format), protections. */
export function fingerprint(spreadsheet: FakeSpreadsheet): string {
  return JSON.stringify({
    name: spreadsheet.name,
    timeZone: spreadsheet.timeZone,
    locale: spreadsheet.locale,
    editors: spreadsheet.editorEmails(),
    sheets: spreadsheet.sheetList().map((sheet) => {
      const cells: unknown[] = [];
      for (let r = 1; r <= sheet.lastRow(); r += 1) {
        for (let c = 1; c <= sheet.lastColumn(); c += 1) {
          const cell = sheet.peek(r, c);
          if (cell !== undefined) cells.push([r, c, cell.value instanceof Date ? cell.value.toISOString() : cell.value, cell.formula, cell.note, cell.numberFormat, cell.background]);
        }
      }
      return {
        name: sheet.name,
        type: sheet.sheetType,
        size: [sheet.maxRows, sheet.maxColumns],
        hidden: sheet.isHiddenUnlogged(),
        protections: sheet.protections.filter((p) => !p.removed).map((p) => [p.type, p.description, p.editorEmails()]),
        cells,
      };
    }),
  });
}
