/**
 * createGasEnvironment(): one coherent set of fake Apps Script services sharing a call log, a
 * session, a spreadsheet and a Drive, ready for adapters. `globals` holds the services under
 * their Apps Script names, to pass to adapters, install on globalThis (`install()` returns an
 * undo function) or copy into a Node `vm` context; the other fields are the same fakes with
 * their test controls (seeding, scripted answers, outboxes, inspection).
 */
import type { CellValue, GasGlobals } from '../../../src/gas/surface';
import { CallLog } from './call-log';
import { FakeDocsService } from './docs-service';
import { FakeDriveApp, MIME_GOOGLE_SHEETS } from './drive';
import { FakeLockService } from './lock';
import { FakeMailApp } from './mail';
import { FakePropertiesService } from './properties';
import { FakeScriptApp } from './script-app';
import { FakeSession } from './session';
import { FakeSheetsService } from './sheets-api';
import { FakeSpreadsheet, FakeSpreadsheetApp, type SpreadsheetContext } from './spreadsheet';
import { FakeHtmlService, FakeUi } from './ui';
import { FakeUtilities } from './utilities';

export interface GasEnvironmentOptions {
  /** Active and effective user (default: the owner). */
  user?: string;
  activeUser?: string;
  effectiveUser?: string;
  spreadsheet?: {
    id?: string;
    name?: string;
    timeZone?: string;
    /** Spreadsheet locale for typed dates and display values (default vi_VN). */
    locale?: string;
    owner?: string;
    /** Who may edit the file besides the owner; new protections start with these editors. */
    editors?: string[];
    /** Sheets to create, in order, with raw initial values (default: one empty "Sheet1"). */
    sheets?: Record<string, CellValue[][]>;
  };
  scriptTimeZone?: string;
  userLocale?: string;
  /** Throw on writes to cells the effective user may not edit (default true). */
  enforceProtections?: boolean;
  /** Recipients MailApp may still send to today (default 100, a consumer account's quota). */
  mailQuota?: number;
  addonMenuCaption?: string;
  /** Files for HtmlService.createHtmlOutputFromFile, by name. */
  htmlFiles?: Record<string, string>;
  scriptId?: string;
  serviceUrl?: string;
  /** Advanced services enabled in the manifest (default both); disabled ones are undefined in globals. */
  advancedServices?: { docs?: boolean; sheets?: boolean };
}

export interface GasEnvironment {
  globals: GasGlobals;
  spreadsheet: FakeSpreadsheet;
  spreadsheetApp: FakeSpreadsheetApp;
  ui: FakeUi;
  html: FakeHtmlService;
  mail: FakeMailApp;
  docs: FakeDocsService;
  sheetsApi: FakeSheetsService;
  drive: FakeDriveApp;
  triggers: FakeScriptApp;
  properties: FakePropertiesService;
  lock: FakeLockService;
  session: FakeSession;
  utilities: FakeUtilities;
  calls: CallLog;
  /** Puts every global on `target` (default globalThis); the returned function puts things back. */
  install(target?: object): () => void;
}

export const DEFAULT_OWNER = 'owner@example.org';
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function createGasEnvironment(options: GasEnvironmentOptions = {}): GasEnvironment {
  const calls = new CallLog();
  const owner = options.spreadsheet?.owner ?? DEFAULT_OWNER;
  const user = options.user ?? owner;
  const timeZone = options.spreadsheet?.timeZone ?? DEFAULT_TIME_ZONE;
  const session = new FakeSession(calls, {
    activeUser: options.activeUser ?? user,
    effectiveUser: options.effectiveUser ?? user,
    scriptTimeZone: options.scriptTimeZone ?? timeZone,
    locale: options.userLocale ?? 'vi',
  });
  const ui = new FakeUi(calls, options.addonMenuCaption ?? 'baocao');
  const context: SpreadsheetContext = {
    calls,
    session,
    enforceProtections: options.enforceProtections ?? true,
    ui,
  };
  const spreadsheet = new FakeSpreadsheet(context, {
    id: options.spreadsheet?.id ?? 'spreadsheet-0001',
    name: options.spreadsheet?.name ?? 'Báo cáo',
    timeZone,
    locale: options.spreadsheet?.locale ?? 'vi_VN',
    ownerEmail: owner,
    editors: options.spreadsheet?.editors ?? [user],
  });
  const sheets = options.spreadsheet?.sheets ?? { Sheet1: [] };
  for (const [name, values] of Object.entries(sheets)) spreadsheet.addSheet(name, values);

  const spreadsheetApp = new FakeSpreadsheetApp(context, spreadsheet);
  const drive = new FakeDriveApp(calls);
  drive.addFile({ id: spreadsheet.id, name: spreadsheet.name, mimeType: MIME_GOOGLE_SHEETS, url: spreadsheet.url() });
  const docs = new FakeDocsService(calls, drive);
  const sheetsApi = new FakeSheetsService(calls, (id) => spreadsheetApp.byId(id));
  const html = new FakeHtmlService(calls, options.htmlFiles ?? {});
  const mail = new FakeMailApp(calls, options.mailQuota ?? 100);
  const triggers = new FakeScriptApp(calls, session, options.scriptId ?? 'script-0001', options.serviceUrl ?? '');
  const properties = new FakePropertiesService(calls);
  const lock = new FakeLockService(calls);
  const utilities = new FakeUtilities(calls);
  const advanced = options.advancedServices ?? {};

  const globals: GasGlobals = {
    SpreadsheetApp: spreadsheetApp,
    HtmlService: html,
    Session: session,
    PropertiesService: properties,
    LockService: lock,
    MailApp: mail,
    ScriptApp: triggers,
    DriveApp: drive,
    Utilities: utilities,
    Docs: advanced.docs === false ? undefined : docs,
    Sheets: advanced.sheets === false ? undefined : sheetsApi,
  };

  const install = (target: object = globalThis): (() => void) => {
    const saved = Object.keys(globals).map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
    for (const [name, value] of Object.entries(globals)) {
      Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
    }
    return () => {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(target, name, descriptor);
        else delete (target as Record<string, unknown>)[name];
      }
    };
  };

  return {
    globals,
    spreadsheet,
    spreadsheetApp,
    ui,
    html,
    mail,
    docs,
    sheetsApi,
    drive,
    triggers,
    properties,
    lock,
    session,
    utilities,
    calls,
    install,
  };
}
