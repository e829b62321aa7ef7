/**
 * createGasEnvironment(): one coherent set of fake Apps Script services sharing a call log, a
 * session, a spreadsheet and a Drive, ready for adapters. `globals` holds the services under
 * their Apps Script names, to pass to adapters, install on globalThis (`install()` returns an
 * undo function) or copy into a Node `vm` context; the other fields are the same fakes with
 * their test controls (seeding, scripted answers, outboxes, inspection).
 */
import { OAUTH_SCOPES } from '../../../src/gas/manifest';
import type { CellValue, GasGlobals } from '../../../src/gas/surface';
import { CallLog } from './call-log';
import { NO_LATENCY, SimulatedClock, type Latency } from './clock';
import { FakeDocsService } from './docs-service';
import { FakeDriveApp, MIME_GOOGLE_SHEETS } from './drive';
import { FakeDriveService } from './drive-api';
import { GoogleJsonResponseException } from './errors';
import { FakeLockService } from './lock';
import { FakeMailApp } from './mail';
import { FakePropertiesService } from './properties';
import { FakeScriptApp } from './script-app';
import { FakeSession } from './session';
import { FakeSheetsService } from './sheets-api';
import { SheetsQuota } from './sheets-quota';
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
    /** Google Groups (address → members), for editors that are groups. */
    groups?: Record<string, string[]>;
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
  /**
   * Advanced services (default: all enabled). `false`: not in the manifest, so the global is
   * undefined. 'disabled-in-project': the global exists but every call fails because the API is
   * off in the script's Google Cloud project, with Google's wording.
   */
  advancedServices?: { docs?: AdvancedServiceState; sheets?: AdvancedServiceState; drive?: AdvancedServiceState };
  /** OAuth scopes the user granted: the manifest's by default, as after a first authorisation; 'all' models no scope checks. */
  grantedScopes?: ReadonlyArray<string> | 'all';
  /** The simulated clock's start and the latency each service call adds to it. */
  clock?: { start?: Date; latency?: Latency };
  /** The Sheets API's 60 reads and 60 writes per minute per user, on the simulated clock (default true). */
  sheetsQuota?: boolean;
}

export type AdvancedServiceState = boolean | 'disabled-in-project';

/** A Cloud project number, for the "has not been used in project …" error. */
export const CLOUD_PROJECT_NUMBER = '123456789012';

const API_HOSTS = { Docs: ['Google Docs API', 'docs.googleapis.com'], Sheets: ['Google Sheets API', 'sheets.googleapis.com'], Drive: ['Google Drive API', 'drive.googleapis.com'] } as const;

/** Google's answer when an advanced service is in the manifest but its API is off in the Cloud project. */
export function apiDisabledMessage(service: keyof typeof API_HOSTS): string {
  const [title, host] = API_HOSTS[service];
  return (
    `${title} has not been used in project ${CLOUD_PROJECT_NUMBER} before or it is disabled. Enable it by visiting ` +
    `https://console.developers.google.com/apis/api/${host}/overview?project=${CLOUD_PROJECT_NUMBER} then retry. ` +
    'If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.'
  );
}

/** The service object, whose every method throws the "disabled in project" error. */
function disabledInProject<T extends object>(service: T, name: keyof typeof API_HOSTS, calls: CallLog, path = name as string): T {
  return new Proxy(service, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      const member = `${path}.${String(property)}`;
      if (typeof value === 'function') {
        return () => {
          calls.record(member);
          throw new GoogleJsonResponseException(member.toLowerCase(), 403, apiDisabledMessage(name));
        };
      }
      if (value !== null && typeof value === 'object') return disabledInProject(value as object, name, calls, member);
      return value;
    },
  });
}

function advanced<T extends object>(state: AdvancedServiceState | undefined, service: T, name: keyof typeof API_HOSTS, calls: CallLog): T | undefined {
  if (state === false) return undefined;
  if (state === 'disabled-in-project') return disabledInProject(service, name, calls);
  return service;
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
  driveApi: FakeDriveService;
  /** Advances with every service call by the stated latency; the add-in's clock in tests. */
  clock: SimulatedClock;
  drive: FakeDriveApp;
  triggers: FakeScriptApp;
  properties: FakePropertiesService;
  lock: FakeLockService;
  session: FakeSession;
  utilities: FakeUtilities;
  calls: CallLog;
  /** Puts every global on `target` (default globalThis); the returned function puts things back. */
  install(target?: object): () => void;
  /**
   * The container-bound script of another spreadsheet of this environment (a copy made with
   * Spreadsheet.copy): its own script id, triggers, document properties and document lock, the
   * copy as its active spreadsheet; the same user, Drive, Sheets API, clock and call log. Throws
   * for a spreadsheet with no bound script.
   */
  container(spreadsheetId: string): GasEnvironment;
}

/** A spreadsheet's bound script project: which project it was copied from, and its id. */
interface BoundProject {
  readonly scriptId: string;
  readonly copiedFrom: string | null;
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
  const lock = new FakeLockService(calls);
  const ui = new FakeUi(calls, options.addonMenuCaption ?? 'baocao', lock);
  const scriptId = options.scriptId ?? 'script-0001';
  /** Bound script projects by spreadsheet id: the first spreadsheet's, then each copy's. */
  const projects = new Map<string, BoundProject>();
  let copies = 0;
  // Filled below, once the registry and Drive exist.
  let registerCopy: (source: FakeSpreadsheet, copy: FakeSpreadsheet) => void = () => undefined;
  const context: SpreadsheetContext = {
    calls,
    session,
    enforceProtections: options.enforceProtections ?? true,
    ui,
    copies: {
      newId: (source) => `${source.id}-copy-${++copies}`,
      onCopy: (source, copy) => registerCopy(source, copy),
    },
  };
  const spreadsheet = new FakeSpreadsheet(context, {
    id: options.spreadsheet?.id ?? 'spreadsheet-0001',
    name: options.spreadsheet?.name ?? 'Báo cáo',
    timeZone,
    locale: options.spreadsheet?.locale ?? 'vi_VN',
    ownerEmail: owner,
    editors: options.spreadsheet?.editors ?? [user],
  });
  for (const [group, members] of Object.entries(options.spreadsheet?.groups ?? {})) spreadsheet.addGroup(group, members);
  const sheets = options.spreadsheet?.sheets ?? { Sheet1: [] };
  for (const [name, values] of Object.entries(sheets)) spreadsheet.addSheet(name, values);

  const spreadsheetApp = new FakeSpreadsheetApp(context, spreadsheet);
  const triggers = new FakeScriptApp(calls, session, scriptId, options.serviceUrl ?? '');
  triggers.grantedScopes = options.grantedScopes ?? OAUTH_SCOPES;
  const drive = new FakeDriveApp(calls, () => triggers.grantedScopes);
  drive.addFile({ id: spreadsheet.id, name: spreadsheet.name, mimeType: MIME_GOOGLE_SHEETS, url: spreadsheet.url(), createdByApp: false });
  const docs = new FakeDocsService(calls, drive);
  const sheetsApi = new FakeSheetsService(calls, (id) => spreadsheetApp.byId(id), () => session.currentEditor());
  const driveApi = new FakeDriveService(calls, drive);
  const clock = new SimulatedClock(options.clock?.start ?? new Date(Date.UTC(2023, 2, 12, 1, 0)), calls, options.clock?.latency ?? NO_LATENCY);
  const html = new FakeHtmlService(calls, options.htmlFiles ?? {});
  const mail = new FakeMailApp(calls, options.mailQuota ?? 100);
  const properties = new FakePropertiesService(calls);
  const utilities = new FakeUtilities(calls);
  // A sleeping script is an execution whose time goes by: the budget and the quota window see it.
  utilities.onSleep = (ms) => clock.advance(ms);
  const quota = new SheetsQuota(() => clock.now().getTime(), CLOUD_PROJECT_NUMBER);
  quota.enabled = options.sheetsQuota ?? true;
  sheetsApi.gate.quota = quota;
  sheetsApi.gate.bound = (s) => s === spreadsheet;
  const advancedServices = options.advancedServices ?? {};
  projects.set(spreadsheet.id, { scriptId, copiedFrom: null });
  registerCopy = (source, copy) => {
    spreadsheetApp.register(copy);
    drive.addFile({ id: copy.id, name: copy.name, mimeType: MIME_GOOGLE_SHEETS, url: copy.url(), createdByApp: false });
    // Copying a container copies its bound script (a new project: new id, no triggers, no properties).
    const bound = projects.get(source.id);
    if (bound !== undefined) projects.set(copy.id, { scriptId: `${bound.scriptId}-copy-${copies}`, copiedFrom: source.id });
  };

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
    Docs: advanced(advancedServices.docs, docs, 'Docs', calls),
    Sheets: advanced(advancedServices.sheets, sheetsApi, 'Sheets', calls),
    Drive: advanced(advancedServices.drive, driveApi, 'Drive', calls),
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

  const containers = new Map<string, GasEnvironment>();
  const environment: GasEnvironment = {
    globals,
    spreadsheet,
    spreadsheetApp,
    ui,
    html,
    mail,
    docs,
    sheetsApi,
    driveApi,
    clock,
    drive,
    triggers,
    properties,
    lock,
    session,
    utilities,
    calls,
    install,
    container: (id) => {
      if (id === spreadsheet.id) return environment;
      const known = containers.get(id);
      if (known !== undefined) return known;
      const project = projects.get(id);
      const target = spreadsheetApp.byId(id);
      if (project === undefined || target === undefined) throw new Error(`Spreadsheet ${id} has no bound script: a spreadsheet created from nothing has none.`);
      const ownApp = new FakeSpreadsheetApp(context, target, spreadsheetApp.registry());
      const ownTriggers = new FakeScriptApp(calls, session, project.scriptId, '');
      ownTriggers.grantedScopes = triggers.grantedScopes;
      const ownProperties = new FakePropertiesService(calls);
      const ownLock = new FakeLockService(calls);
      const ownGlobals: GasGlobals = { ...globals, SpreadsheetApp: ownApp, ScriptApp: ownTriggers, PropertiesService: ownProperties, LockService: ownLock };
      const own: GasEnvironment = {
        ...environment,
        globals: ownGlobals,
        spreadsheet: target,
        spreadsheetApp: ownApp,
        triggers: ownTriggers,
        properties: ownProperties,
        lock: ownLock,
        install: (where: object = globalThis) => {
          const saved = Object.keys(ownGlobals).map((name) => [name, Object.getOwnPropertyDescriptor(where, name)] as const);
          for (const [name, value] of Object.entries(ownGlobals)) Object.defineProperty(where, name, { value, configurable: true, writable: true, enumerable: false });
          return () => {
            for (const [name, descriptor] of saved) {
              if (descriptor) Object.defineProperty(where, name, descriptor);
              else delete (where as Record<string, unknown>)[name];
            }
          };
        },
      };
      containers.set(id, own);
      return own;
    },
  };
  return environment;
}
