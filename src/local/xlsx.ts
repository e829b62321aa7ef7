/**
 * The offline CLI's door to .xlsx files: `readXlsx` turns a workbook file into the core's
 * RawWorkbook (what Google Sheets would hand over for the same tabs), and `writeXlsx` turns
 * tab plans into a workbook people fill in with Excel or LibreOffice; `addTabsToXlsx` and
 * `setupXlsx` add tabs to an existing workbook keeping every other part byte-identical. Reading
 * explains in Vietnamese why a file is not a workbook (NotAWorkbookError) instead of surfacing
 * parser errors.
 */
export { isNotAWorkbookError, NotAWorkbookError, readXlsx, readXlsxBytes, type ReadXlsxOptions } from './xlsx-read';
export { type NotWorkbookKind } from './xlsx-sniff';
export { addTabsToXlsx, CHOICE_LIST_SHEET, tabNameProblem, writeNewXlsx, writeXlsx, XlsxWriteError } from './xlsx/write-package';
export { setupXlsx, type SetupXlsxOptions, type SetupXlsxResult, type SkippedTab } from './xlsx-setup';
