/**
 * The fake Apps Script environment for tests and benchmarks: the factory, the fakes' classes
 * (for their test controls), the call log, and the Docs JSON readers used in assertions.
 */
export { createGasEnvironment, DEFAULT_OWNER, DEFAULT_TIME_ZONE, apiDisabledMessage, CLOUD_PROJECT_NUMBER } from './environment';
export type { GasEnvironment, GasEnvironmentOptions, AdvancedServiceState } from './environment';
export { SimulatedClock, NO_LATENCY, STATED_LATENCY } from './clock';
export type { Latency } from './clock';
export { FakeDriveService } from './drive-api';
export { GET_URL_LIMIT, URL_TOO_LONG_MESSAGE, batchGetUrl } from './sheets-api';
export { parseFieldMask, applyFieldMask } from './field-mask';
export { CallLog, classifyCall } from './call-log';
export type { CallKind, CallRecord, CallSummary } from './call-log';
export { GoogleJsonResponseException } from './errors';
export {
  FakeSpreadsheet,
  FakeSheet,
  FakeRange,
  FakeProtection,
  FakeSpreadsheetApp,
  PROTECTED_CELL_MESSAGE,
  FORMULA_WITHOUT_RESULT,
  CELL_CHARACTER_LIMIT,
  CELL_TOO_LONG_MESSAGE,
  NON_GRID_MESSAGE,
  REMOVES_OWN_ACCESS_MESSAGE,
} from './spreadsheet';
export type { CellState, CellBorders } from './spreadsheet';
export { FakeUi, FakeMenu, FakeHtmlService, FakeHtmlOutput } from './ui';
export type { ScriptedAnswer, DialogRecord, ShownHtml, LockProbe } from './ui';
export { FakeMailApp, MAIL_QUOTA_MESSAGE } from './mail';
export type { SentMail } from './mail';
export { FakeScriptApp, TRIGGER_LIMIT, TOO_MANY_TRIGGERS_MESSAGE } from './script-app';
export type { TriggerSpec, ClockSchedule } from './script-app';
export { FakePropertiesService, FakeProperties, PROPERTY_VALUE_LIMIT_BYTES } from './properties';
export { FakeLockService, LOCK_TIMEOUT_MESSAGE } from './lock';
export type { LockScope } from './lock';
export { FakeSession } from './session';
export { FakeDriveApp, NO_ITEM_MESSAGE, DRIVE_SCOPE, DRIVE_FILE_SCOPE, missingPermissionMessage } from './drive';
export { FakeDocsService } from './docs-service';
export { SUPPORTED_REQUEST_KINDS } from './docs-requests';
export { FakeSheetsService } from './sheets-api';
export { FakeUtilities } from './utilities';
export { bodyText, bodyEndIndex, contentText, footnotesInOrder, paragraphsOf, tablesOf } from './docs-inspect';
export type { FootnoteText, ParagraphInfo } from './docs-inspect';
export { dateInZone, toSerialNumber, fromSerialNumber, formatJavaDate } from './zoned-time';
