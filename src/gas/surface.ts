/**
 * The narrow Apps Script surface that baocao's adapters may use, and nothing more. Every type
 * here is derived from @types/google-apps-script: leaf interfaces (those whose methods return
 * plain values) are `Pick<>`s of the real declarations; interfaces whose methods return other
 * Apps Script objects (Spreadsheet → Sheet → Range → Protection, builders, chained setters) are
 * written out method by method with the real parameter types, but returning the narrow
 * interfaces, because a `Pick` would drag the whole real object graph back in through the
 * return types. `SurfaceConformance` at the bottom proves at compile time that each real
 * Google type is assignable to its narrow counterpart, so the real globals can be handed to the
 * adapters unchanged. This file is the single source of truth: adapters are typed against these
 * interfaces, and the in-memory fakes under tests/fakes/gas implement exactly these interfaces.
 *
 * Two exceptions, both because @types/google-apps-script 2.0.x ships stale typings for the
 * advanced services: the Docs API JSON types (requests, replies, the document) are Google's
 * published Docs v1 typings (@googleapis/docs, imported as types only; the @types schema
 * predates createFootnote, createHeader, updateDocumentStyle, updateTableCellStyle and types
 * `footnotes` as `object`), and the Sheets and Drive API request and response shapes come from
 * Google's own discovery-generated typings (@maxim_mazurok/gapi.client.sheets-v4 and .drive-v3,
 * type-only: nothing enters the bundle), so a misspelt field fails `npm run check`. For the
 * advanced services only the method names are checked against the real collections; the method
 * signatures (positional arguments, as Apps Script exposes them) are written here. Wiring the
 * real `Docs` global therefore needs one cast, which is safe because the runtime returns the
 * shapes of the published typings.
 */
/// <reference types="@maxim_mazurok/gapi.client.sheets-v4" />
/// <reference types="@maxim_mazurok/gapi.client.drive-v3" />
import type { docs_v1 } from '@googleapis/docs';

/* ------------------------------------------------------------------ enums (real types) */

export type Button = GoogleAppsScript.Base.Button;
export type ButtonSet = GoogleAppsScript.Base.ButtonSet;
export type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
export type DataValidationCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
export type BorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;
export type AuthMode = GoogleAppsScript.Script.AuthMode;
export type SheetType = GoogleAppsScript.Spreadsheet.SheetType;
export type AuthorizationStatus = GoogleAppsScript.Script.AuthorizationStatus;
export type EventType = GoogleAppsScript.Script.EventType;
export type TriggerSource = GoogleAppsScript.Script.TriggerSource;
export type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
export type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;
export type VerticalAlignment = 'top' | 'middle' | 'bottom';

/** What `Range.getValues()` can hand back: dates arrive as `Date` objects, empty cells as ''. */
export type CellValue = string | number | boolean | Date;

/* ------------------------------------------------------------------ leaf Picks */

export type UserSurface = Pick<GoogleAppsScript.Base.User, 'getEmail'>;
export type PromptResponseSurface = Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>;
export type LockSurface = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>;
export type TriggerSurface = Pick<
  GoogleAppsScript.Script.Trigger,
  'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'
>;
export type ScriptServiceSurface = Pick<GoogleAppsScript.Script.Service, 'getUrl' | 'isEnabled'>;
export type DataValidationSurface = Pick<
  GoogleAppsScript.Spreadsheet.DataValidation,
  'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText'
>;

/* ------------------------------------------------------------------ SpreadsheetApp */

export interface SpreadsheetAppSurface {
  ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  DataValidationCriteria: typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  BorderStyle: typeof GoogleAppsScript.Spreadsheet.BorderStyle;
  getActiveSpreadsheet(): SpreadsheetSurface;
  getActive(): SpreadsheetSurface;
  openById(id: string): SpreadsheetSurface;
  getUi(): UiSurface;
  newDataValidation(): DataValidationBuilderSurface;
  flush(): void;
}

export interface SpreadsheetSurface {
  getId(): string;
  getUrl(): string;
  getName(): string;
  getSheets(): SheetSurface[];
  getSheetByName(name: string): SheetSurface | null;
  insertSheet(sheetName: string): SheetSurface;
  insertSheet(sheetName: string, sheetIndex: number): SheetSurface;
  deleteSheet(sheet: SheetSurface): void;
  getSpreadsheetTimeZone(): string;
  setSpreadsheetTimeZone(timezone: string): void;
  getSpreadsheetLocale(): string;
  setSpreadsheetLocale(locale: string): void;
  getProtections(type: ProtectionType): ProtectionSurface[];
  setActiveSheet(sheet: SheetSurface): SheetSurface;
  getActiveSheet(): SheetSurface;
  getOwner(): UserSurface | null;
  /** A copy of the whole file (its bound script too); spreadsheets scope, no Drive scope (reference: Spreadsheet#copy). */
  copy(name: string): SpreadsheetSurface;
  getEditors(): UserSurface[];
  addEditors(emailAddresses: string[]): SpreadsheetSurface;
  toast(msg: string): void;
  toast(msg: string, title: string): void;
  toast(msg: string, title: string, timeoutSeconds: number | null): void;
}

export interface SheetSurface {
  getName(): string;
  /** GRID, OBJECT (a chart on its own sheet) or DATASOURCE; only GRID sheets hold cells. */
  getType(): SheetType;
  setName(name: string): SheetSurface;
  getSheetId(): number;
  getIndex(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  getDataRange(): RangeSurface;
  getRange(row: number, column: number): RangeSurface;
  getRange(row: number, column: number, numRows: number): RangeSurface;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeSurface;
  getRange(a1Notation: string): RangeSurface;
  setFrozenRows(rows: number): void;
  getFrozenRows(): number;
  setFrozenColumns(columns: number): void;
  getFrozenColumns(): number;
  setColumnWidth(columnPosition: number, width: number): SheetSurface;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetSurface;
  insertRowsAfter(afterPosition: number, howMany: number): SheetSurface;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetSurface;
  deleteRows(rowPosition: number, howMany: number): void;
  deleteColumns(columnPosition: number, howMany: number): void;
  clear(): SheetSurface;
  clearNotes(): SheetSurface;
  protect(): ProtectionSurface;
  getProtections(type: ProtectionType): ProtectionSurface[];
  setTabColor(color: string | null): SheetSurface;
  hideSheet(): SheetSurface;
  showSheet(): SheetSurface;
  isSheetHidden(): boolean;
  activate(): SheetSurface;
  newChart(): EmbeddedChartBuilderSurface;
  insertChart(chart: EmbeddedChartSurface): void;
  getCharts(): EmbeddedChartSurface[];
  removeChart(chart: EmbeddedChartSurface): void;
  updateChart(chart: EmbeddedChartSurface): void;
}

/** Sheet.newChart() and EmbeddedChart.modify(): the builder of a chart over the sheet's own cells. */
export interface EmbeddedChartBuilderSurface {
  asLineChart(): EmbeddedTypedChartBuilderSurface;
  asColumnChart(): EmbeddedTypedChartBuilderSurface;
  addRange(range: RangeSurface): EmbeddedChartBuilderSurface;
  clearRanges(): EmbeddedChartBuilderSurface;
  setNumHeaders(headers: number): EmbeddedChartBuilderSurface;
  setOption(option: string, value: unknown): EmbeddedChartBuilderSurface;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderSurface;
  build(): EmbeddedChartSurface;
}

/** What asLineChart() and asColumnChart() return: the same builder with a typed title; only what the writer uses. */
export interface EmbeddedTypedChartBuilderSurface {
  setTitle(chartTitle: string): EmbeddedTypedChartBuilderSurface;
  addRange(range: RangeSurface): EmbeddedChartBuilderSurface;
  clearRanges(): EmbeddedChartBuilderSurface;
  build(): EmbeddedChartSurface;
}

export interface EmbeddedChartSurface {
  getChartId(): number | null;
  getRanges(): RangeSurface[];
  modify(): EmbeddedChartBuilderSurface;
}

export interface RangeSurface {
  getValue(): CellValue;
  getValues(): CellValue[][];
  setValue(value: CellValue): RangeSurface;
  setValues(values: CellValue[][]): RangeSurface;
  getFormulas(): string[][];
  getDisplayValues(): string[][];
  getNotes(): string[][];
  setNotes(notes: Array<Array<string | null>>): RangeSurface;
  setNote(note: string | null): RangeSurface;
  getBackgrounds(): string[][];
  setBackgrounds(color: Array<Array<string | null>>): RangeSurface;
  setBackground(color: string | null): RangeSurface;
  getFontWeights(): FontWeight[][];
  setFontWeight(fontWeight: FontWeight | null): RangeSurface;
  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): RangeSurface;
  setFontStyle(fontStyle: FontStyle | null): RangeSurface;
  setFontSize(size: number): RangeSurface;
  setWrap(isWrapEnabled: boolean): RangeSurface;
  getNumberFormats(): string[][];
  setNumberFormat(numberFormat: string): RangeSurface;
  setNumberFormats(numberFormats: string[][]): RangeSurface;
  setDataValidation(rule: DataValidationSurface | null): RangeSurface;
  setDataValidations(rules: Array<Array<DataValidationSurface | null>>): RangeSurface;
  getDataValidations(): Array<Array<DataValidationSurface | null>>;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  getSheet(): SheetSurface;
  clearContent(): RangeSurface;
  setVerticalAlignment(alignment: VerticalAlignment | null): RangeSurface;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): RangeSurface;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null,
  ): RangeSurface;
  protect(): ProtectionSurface;
  activate(): RangeSurface;
}

export interface DataValidationBuilderSurface {
  requireValueInList(values: string[]): DataValidationBuilderSurface;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderSurface;
  requireCheckbox(): DataValidationBuilderSurface;
  requireNumberBetween(start: number, end: number): DataValidationBuilderSurface;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderSurface;
  requireDate(): DataValidationBuilderSurface;
  requireTextIsEmail(): DataValidationBuilderSurface;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderSurface;
  setHelpText(helpText: string): DataValidationBuilderSurface;
  build(): DataValidationSurface;
}

export interface ProtectionSurface {
  setDescription(description: string): ProtectionSurface;
  getDescription(): string;
  addEditor(emailAddress: string): ProtectionSurface;
  addEditors(emailAddresses: string[]): ProtectionSurface;
  removeEditor(emailAddress: string): ProtectionSurface;
  removeEditors(emailAddresses: string[]): ProtectionSurface;
  getEditors(): UserSurface[];
  setDomainEdit(editable: boolean): ProtectionSurface;
  canDomainEdit(): boolean;
  canEdit(): boolean;
  setWarningOnly(warningOnly: boolean): ProtectionSurface;
  isWarningOnly(): boolean;
  remove(): void;
  getRange(): RangeSurface;
  getProtectionType(): ProtectionType;
  setUnprotectedRanges(ranges: RangeSurface[]): ProtectionSurface;
  getUnprotectedRanges(): RangeSurface[];
}

/* ------------------------------------------------------------------ Ui and HtmlService */

export interface UiSurface {
  Button: typeof GoogleAppsScript.Base.Button;
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  createMenu(caption: string): MenuSurface;
  createAddonMenu(): MenuSurface;
  alert(prompt: string): Button;
  alert(prompt: string, buttons: ButtonSet): Button;
  alert(title: string, prompt: string, buttons: ButtonSet): Button;
  prompt(prompt: string): PromptResponseSurface;
  prompt(prompt: string, buttons: ButtonSet): PromptResponseSurface;
  prompt(title: string, prompt: string, buttons: ButtonSet): PromptResponseSurface;
  showSidebar(userInterface: HtmlOutputSurface): void;
  showModalDialog(userInterface: HtmlOutputSurface, title: string): void;
  showModelessDialog(userInterface: HtmlOutputSurface, title: string): void;
}

export interface MenuSurface {
  addItem(caption: string, functionName: string): MenuSurface;
  addSeparator(): MenuSurface;
  addSubMenu(menu: MenuSurface): MenuSurface;
  addToUi(): void;
}

export interface HtmlServiceSurface {
  createHtmlOutput(html: string): HtmlOutputSurface;
  createHtmlOutputFromFile(filename: string): HtmlOutputSurface;
}

export interface HtmlOutputSurface {
  setTitle(title: string): HtmlOutputSurface;
  getTitle(): string;
  setWidth(width: number): HtmlOutputSurface;
  getWidth(): number;
  setHeight(height: number): HtmlOutputSurface;
  getHeight(): number;
  append(addedContent: string): HtmlOutputSurface;
  getContent(): string;
}

/* ------------------------------------------------------------------ Session, properties, locks */

export interface SessionSurface {
  getActiveUser(): UserSurface;
  getEffectiveUser(): UserSurface;
  getScriptTimeZone(): string;
  getActiveUserLocale(): string;
}

export interface PropertiesServiceSurface {
  getDocumentProperties(): PropertiesSurface;
  getScriptProperties(): PropertiesSurface;
  getUserProperties(): PropertiesSurface;
}

export interface PropertiesSurface {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesSurface;
  deleteProperty(key: string): PropertiesSurface;
  getProperties(): { [key: string]: string };
  setProperties(properties: { [key: string]: string }): PropertiesSurface;
  setProperties(properties: { [key: string]: string }, deleteAllOthers: boolean): PropertiesSurface;
  getKeys(): string[];
}

export interface LockServiceSurface {
  getDocumentLock(): LockSurface;
  getScriptLock(): LockSurface;
  getUserLock(): LockSurface;
}

/* ------------------------------------------------------------------ MailApp */

/** The message-object form of `MailApp.sendEmail`; the only form adapters use. */
export interface MailMessage {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
}

export interface MailAppSurface {
  sendEmail(message: MailMessage): void;
  getRemainingDailyQuota(): number;
}

/* ------------------------------------------------------------------ ScriptApp */

export interface ScriptAppSurface {
  AuthMode: typeof GoogleAppsScript.Script.AuthMode;
  AuthorizationStatus: typeof GoogleAppsScript.Script.AuthorizationStatus;
  EventType: typeof GoogleAppsScript.Script.EventType;
  TriggerSource: typeof GoogleAppsScript.Script.TriggerSource;
  newTrigger(functionName: string): TriggerBuilderSurface;
  getProjectTriggers(): TriggerSurface[];
  deleteTrigger(trigger: TriggerSurface): void;
  getService(): ScriptServiceSurface;
  getScriptId(): string;
  /**
   * With a list of scopes, `getAuthorizedScopes()` says which of them the user granted (granular
   * consent lets a user untick some). Both the two-argument form and getAuthorizedScopes are
   * documented at https://developers.google.com/apps-script/reference/script/authorization-info
   * but missing from @types/google-apps-script 2.0.13, hence optional here.
   */
  getAuthorizationInfo(authMode: AuthMode, oAuthScopes?: string[]): AuthorizationInfoSurface;
}

export interface AuthorizationInfoSurface {
  getAuthorizationStatus(): AuthorizationStatus;
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes?(): string[] | null;
}

export interface TriggerBuilderSurface {
  timeBased(): ClockTriggerBuilderSurface;
  forSpreadsheet(key: string): SpreadsheetTriggerBuilderSurface;
}

export interface ClockTriggerBuilderSurface {
  atHour(hour: number): ClockTriggerBuilderSurface;
  nearMinute(minute: number): ClockTriggerBuilderSurface;
  everyDays(n: number): ClockTriggerBuilderSurface;
  everyHours(n: number): ClockTriggerBuilderSurface;
  everyMinutes(n: number): ClockTriggerBuilderSurface;
  after(durationMilliseconds: number): ClockTriggerBuilderSurface;
  at(date: Date): ClockTriggerBuilderSurface;
  inTimezone(timezone: string): ClockTriggerBuilderSurface;
  create(): TriggerSurface;
}

export interface SpreadsheetTriggerBuilderSurface {
  onOpen(): SpreadsheetTriggerBuilderSurface;
  onEdit(): SpreadsheetTriggerBuilderSurface;
  onChange(): SpreadsheetTriggerBuilderSurface;
  onFormSubmit(): SpreadsheetTriggerBuilderSurface;
  create(): TriggerSurface;
}

/* ------------------------------------------------------------------ DriveApp */

export interface DriveAppSurface {
  getFolderById(id: string): FolderSurface;
  getFileById(id: string): FileSurface;
  getRootFolder(): FolderSurface;
}

export interface FolderSurface {
  getId(): string;
  getName(): string;
  getUrl(): string;
  addFile(child: FileSurface): FolderSurface;
  createFile(name: string, content: string): FileSurface;
  createFile(name: string, content: string, mimeType: string): FileSurface;
}

export interface FileSurface {
  getId(): string;
  getUrl(): string;
  getName(): string;
  setName(name: string): FileSurface;
  getMimeType(): string;
  moveTo(destination: FolderSurface): FileSurface;
}

/* ------------------------------------------------------------------ Utilities */

export interface UtilitiesSurface {
  formatDate(date: Date, timeZone: string, format: string): string;
  sleep(milliseconds: number): void;
  getUuid(): string;
}

/* ------------------------------------------------------------------ Sheets advanced service */

/** Google's own schema for the Sheets API v4 (discovery-generated), type-only. */
export type SheetsValueRange = gapi.client.sheets.ValueRange;
export type SheetsSpreadsheet = gapi.client.sheets.Spreadsheet;
export type SheetsSheetProperties = gapi.client.sheets.SheetProperties;
export type SheetsProtectedRange = gapi.client.sheets.ProtectedRange;
export type SheetsBatchGetValuesResponse = gapi.client.sheets.BatchGetValuesResponse;
export type SheetsBatchGetByDataFilterRequest = gapi.client.sheets.BatchGetValuesByDataFilterRequest;
export type SheetsBatchGetByDataFilterResponse = gapi.client.sheets.BatchGetValuesByDataFilterResponse;
export type SheetsBatchUpdateValuesRequest = gapi.client.sheets.BatchUpdateValuesRequest;
export type SheetsBatchUpdateValuesResponse = gapi.client.sheets.BatchUpdateValuesResponse;
export type SheetsUpdateValuesResponse = gapi.client.sheets.UpdateValuesResponse;
export type SheetsBatchClearValuesRequest = gapi.client.sheets.BatchClearValuesRequest;
export type SheetsBatchClearValuesResponse = gapi.client.sheets.BatchClearValuesResponse;
export type SheetsBatchUpdateSpreadsheetRequest = gapi.client.sheets.BatchUpdateSpreadsheetRequest;
export type SheetsBatchUpdateSpreadsheetResponse = gapi.client.sheets.BatchUpdateSpreadsheetResponse;
export type SheetsRequest = gapi.client.sheets.Request;

/**
 * A cell as the Sheets API returns it (the schema types `values` as any[][]): strings for
 * FORMATTED_VALUE, numbers, booleans and strings otherwise; empty cells as ''.
 */
export type SheetsApiValue = string | number | boolean;

/** How values come back: the same three options for values.get, batchGet and batchGetByDataFilter. */
export type SheetsRenderOptions = Pick<SheetsBatchGetByDataFilterRequest, 'valueRenderOption' | 'dateTimeRenderOption' | 'majorDimension'>;
/** Query parameters of values.get, as the advanced service's optionalArgs. */
export type SheetsGetOptions = SheetsRenderOptions;
/** Query parameters of values.batchGet: every range is one more `ranges=` in the GET URL. */
export type SheetsBatchGetOptions = SheetsRenderOptions & { ranges: string[] };
/** Query parameters of spreadsheets.get (standard parameters, not part of the schema). */
export interface SheetsSpreadsheetGetOptions {
  fields?: string;
  ranges?: string[];
  includeGridData?: boolean;
}

export interface SheetsValuesSurface {
  batchGet(spreadsheetId: string, optionalArgs: SheetsBatchGetOptions): SheetsBatchGetValuesResponse;
  /** A POST: the ranges travel in the body, so the URL does not grow with the number of tabs. */
  batchGetByDataFilter(resource: SheetsBatchGetByDataFilterRequest, spreadsheetId: string): SheetsBatchGetByDataFilterResponse;
  get(spreadsheetId: string, range: string): SheetsValueRange;
  get(spreadsheetId: string, range: string, optionalArgs: SheetsGetOptions): SheetsValueRange;
  batchUpdate(resource: SheetsBatchUpdateValuesRequest, spreadsheetId: string): SheetsBatchUpdateValuesResponse;
  /** Clears values only; formats, validations, notes and protections stay. */
  batchClear(resource: SheetsBatchClearValuesRequest, spreadsheetId: string): SheetsBatchClearValuesResponse;
}

export interface SheetsSpreadsheetsSurface {
  Values: SheetsValuesSurface;
  get(spreadsheetId: string, optionalArgs: SheetsSpreadsheetGetOptions): SheetsSpreadsheet;
  /** All requests or none ("If any request is not valid, no requests will be applied"). */
  batchUpdate(resource: SheetsBatchUpdateSpreadsheetRequest, spreadsheetId: string): SheetsBatchUpdateSpreadsheetResponse;
}

export interface SheetsAdvancedService {
  Spreadsheets: SheetsSpreadsheetsSurface;
}

/* ------------------------------------------------------------------ Drive advanced service (v3) */

/**
 * The Drive API v3 advanced service, used instead of DriveApp because DriveApp needs the
 * restricted full-Drive scope while the REST API works with drive.file (files the add-in
 * created). Shapes from Google's discovery-generated typings.
 */
export type DriveFile = gapi.client.drive.File;
/** Standard query parameters of files.get / files.create. */
export interface DriveFilesGetOptions {
  fields?: string;
  supportsAllDrives?: boolean;
}
/** Query parameters of files.update: parents are changed through the query, not the body. */
export interface DriveFilesUpdateOptions extends DriveFilesGetOptions {
  addParents?: string;
  removeParents?: string;
}

export interface DriveFilesSurface {
  create(resource: DriveFile, mediaData?: null, optionalArgs?: DriveFilesGetOptions): DriveFile;
  get(fileId: string, optionalArgs?: DriveFilesGetOptions): DriveFile;
  update(resource: DriveFile, fileId: string, mediaData?: null, optionalArgs?: DriveFilesUpdateOptions): DriveFile;
}

export interface DriveAdvancedService {
  Files: DriveFilesSurface;
}

/* ------------------------------------------------------------------ Docs advanced service */

/*
 * Every Docs JSON shape (requests, replies, the document) is Google's own: the interfaces that
 * Google generates from the Docs API v1 discovery document and publishes as @googleapis/docs
 * (type-only here; nothing of it enters the bundle). A misspelt field in a request literal is
 * therefore a compile error. Google's typings give enums as plain strings; where our code picks
 * an enum value, the narrower unions below list the values of the reference page
 * (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#NamedStyleType,
 * #Alignment), so a misspelt value fails too.
 */

export type DocsDimension = docs_v1.Schema$Dimension;
export type DocsOptionalColor = docs_v1.Schema$OptionalColor;
export type DocsTextStyle = docs_v1.Schema$TextStyle;
export type DocsParagraphBorder = docs_v1.Schema$ParagraphBorder;
export type DocsParagraphStyle = docs_v1.Schema$ParagraphStyle;
export type DocsDocumentStyle = docs_v1.Schema$DocumentStyle;
export type DocsSectionStyle = docs_v1.Schema$SectionStyle;
export type DocsTableCellBorder = docs_v1.Schema$TableCellBorder;
export type DocsTableCellStyle = docs_v1.Schema$TableCellStyle;
export type DocsTableColumnProperties = docs_v1.Schema$TableColumnProperties;
export type DocsTableRowStyle = docs_v1.Schema$TableRowStyle;
export type DocsBullet = docs_v1.Schema$Bullet;
export type DocsParagraphElement = docs_v1.Schema$ParagraphElement;
export type DocsParagraph = docs_v1.Schema$Paragraph;
export type DocsTableCell = docs_v1.Schema$TableCell;
export type DocsTableRow = docs_v1.Schema$TableRow;
export type DocsTable = docs_v1.Schema$Table;
export type DocsStructuralElement = docs_v1.Schema$StructuralElement;
export type DocsList = docs_v1.Schema$List;
export type DocsNamedStyle = docs_v1.Schema$NamedStyle;
export type DocsDocument = docs_v1.Schema$Document;
export type DocsLocation = docs_v1.Schema$Location;
export type DocsEndOfSegmentLocation = docs_v1.Schema$EndOfSegmentLocation;
export type DocsRange = docs_v1.Schema$Range;
export type DocsRequest = docs_v1.Schema$Request;
/** One reply per request, in order; requests without a reply get `{}`. */
export type DocsResponse = docs_v1.Schema$Response;
export type DocsBatchUpdateRequest = docs_v1.Schema$BatchUpdateDocumentRequest;
export type DocsBatchUpdateResponse = docs_v1.Schema$BatchUpdateDocumentResponse;

/** ParagraphStyle.namedStyleType values (reference: documents#NamedStyleType). */
export type DocsNamedStyleType =
  | 'NORMAL_TEXT'
  | 'TITLE'
  | 'SUBTITLE'
  | 'HEADING_1'
  | 'HEADING_2'
  | 'HEADING_3'
  | 'HEADING_4'
  | 'HEADING_5'
  | 'HEADING_6';
/** ParagraphStyle.alignment values (reference: documents#Alignment). */
export type DocsAlignment = 'START' | 'CENTER' | 'END' | 'JUSTIFIED';

/** `Docs.Documents`: the three methods the renderer calls, with Google's request and reply types. */
export interface DocsDocumentsSurface {
  create(resource: DocsDocument): DocsDocument;
  get(documentId: string): DocsDocument;
  batchUpdate(resource: DocsBatchUpdateRequest, documentId: string): DocsBatchUpdateResponse;
}

export interface DocsAdvancedService {
  Documents: DocsDocumentsSurface;
}

/* ------------------------------------------------------------------ the globals */

/**
 * Everything an adapter may reach for, as one object: in Apps Script it is assembled from the
 * real globals; in tests it comes from createGasEnvironment(). The advanced services are
 * `undefined` when they are not enabled in the manifest, exactly as the real globals are.
 */
export interface GasGlobals {
  SpreadsheetApp: SpreadsheetAppSurface;
  HtmlService: HtmlServiceSurface;
  Session: SessionSurface;
  PropertiesService: PropertiesServiceSurface;
  LockService: LockServiceSurface;
  MailApp: MailAppSurface;
  ScriptApp: ScriptAppSurface;
  DriveApp: DriveAppSurface;
  Utilities: UtilitiesSurface;
  Docs: DocsAdvancedService | undefined;
  Sheets: SheetsAdvancedService | undefined;
  Drive: DriveAdvancedService | undefined;
}

/* ------------------------------------------------------------------ compile-time conformance */

/** Compiles only when `Real` is assignable to `Surface`. */
type Conforms<Surface, Real extends Surface> = Real;
/** `true` only when every key of `Surface` also exists on `Real`. */
type NamesExist<Surface, Real> = [Exclude<keyof Surface, keyof Real>] extends [never] ? true : false;

/** Proof that the real Google objects satisfy the narrow surface; a type error here means drift. */
export type SurfaceConformance = [
  Conforms<SpreadsheetAppSurface, GoogleAppsScript.Spreadsheet.SpreadsheetApp>,
  Conforms<SpreadsheetSurface, GoogleAppsScript.Spreadsheet.Spreadsheet>,
  Conforms<SheetSurface, GoogleAppsScript.Spreadsheet.Sheet>,
  Conforms<RangeSurface, GoogleAppsScript.Spreadsheet.Range>,
  Conforms<DataValidationBuilderSurface, GoogleAppsScript.Spreadsheet.DataValidationBuilder>,
  Conforms<DataValidationSurface, GoogleAppsScript.Spreadsheet.DataValidation>,
  Conforms<ProtectionSurface, GoogleAppsScript.Spreadsheet.Protection>,
  Conforms<EmbeddedChartBuilderSurface, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>,
  Conforms<EmbeddedTypedChartBuilderSurface, GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder>,
  Conforms<EmbeddedTypedChartBuilderSurface, GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder>,
  Conforms<EmbeddedChartSurface, GoogleAppsScript.Spreadsheet.EmbeddedChart>,
  Conforms<UiSurface, GoogleAppsScript.Base.Ui>,
  Conforms<MenuSurface, GoogleAppsScript.Base.Menu>,
  Conforms<HtmlServiceSurface, GoogleAppsScript.HTML.HtmlService>,
  Conforms<HtmlOutputSurface, GoogleAppsScript.HTML.HtmlOutput>,
  Conforms<SessionSurface, GoogleAppsScript.Base.Session>,
  Conforms<PropertiesServiceSurface, GoogleAppsScript.Properties.PropertiesService>,
  Conforms<PropertiesSurface, GoogleAppsScript.Properties.Properties>,
  Conforms<LockServiceSurface, GoogleAppsScript.Lock.LockService>,
  Conforms<MailAppSurface, GoogleAppsScript.Mail.MailApp>,
  Conforms<ScriptAppSurface, GoogleAppsScript.Script.ScriptApp>,
  Conforms<TriggerBuilderSurface, GoogleAppsScript.Script.TriggerBuilder>,
  Conforms<ClockTriggerBuilderSurface, GoogleAppsScript.Script.ClockTriggerBuilder>,
  Conforms<SpreadsheetTriggerBuilderSurface, GoogleAppsScript.Script.SpreadsheetTriggerBuilder>,
  Conforms<DriveAppSurface, GoogleAppsScript.Drive.DriveApp>,
  Conforms<FolderSurface, GoogleAppsScript.Drive.Folder>,
  Conforms<FileSurface, GoogleAppsScript.Drive.File>,
  Conforms<UtilitiesSurface, GoogleAppsScript.Utilities.Utilities>,
  Conforms<true, NamesExist<SheetsValuesSurface, GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection>>,
  Conforms<true, NamesExist<SheetsSpreadsheetsSurface, GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection>>,
  Conforms<true, NamesExist<DriveFilesSurface, GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection>>,
  Conforms<true, NamesExist<DocsDocumentsSurface, GoogleAppsScript.Docs.Collection.DocumentsCollection>>,
  Conforms<
    Omit<GasGlobals, 'Docs' | 'Sheets' | 'Drive'>,
    {
      SpreadsheetApp: typeof SpreadsheetApp;
      HtmlService: typeof HtmlService;
      Session: typeof Session;
      PropertiesService: typeof PropertiesService;
      LockService: typeof LockService;
      MailApp: typeof MailApp;
      ScriptApp: typeof ScriptApp;
      DriveApp: typeof DriveApp;
      Utilities: typeof Utilities;
    }
  >,
];
