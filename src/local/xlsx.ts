/**
 * The offline CLI's door to .xlsx files: `readXlsx` turns a workbook file into the core's
 * RawWorkbook (what Google Sheets would hand over for the same tabs), and `writeXlsx` turns
 * tab plans into a workbook people fill in with Excel or LibreOffice. Reading explains in
 * Vietnamese why a file is not a workbook (NotAWorkbookError) instead of surfacing parser errors.
 */
export { isNotAWorkbookError, NotAWorkbookError, readXlsx, type ReadXlsxOptions } from './xlsx-read';
export { type NotWorkbookKind } from './xlsx-sniff';
export { appendRowsToTab, CHOICE_LIST_SHEET, writeXlsx } from './xlsx-write';
