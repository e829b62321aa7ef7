/**
 * What every add-in action works with, created afresh for each execution: the services (reached
 * only when an action runs, never at load, so custom functions and simple triggers evaluate the
 * bundle without authorisation), the clock and the execution's time budget, the one read of the
 * spreadsheet, who is running it, the document lock, and the messages to show.
 *
 * Messages wait until the action is over. An alert or prompt suspends the script until the
 * person closes it (https://developers.google.com/apps-script/guides/dialogs), so one shown
 * while the document lock is held would block every other user's action for as long as the
 * dialog stays open. Here alerts are queued and shown after the lock is released, and asking a
 * question while holding the lock is a programming error that throws.
 */
import { checkWorkbook, type WorkbookCheck } from '../app/check-workbook';
import type { Actor } from '../app/submission';
import type { RawWorkbook } from '../domain/cells';
import { isoDateInZone, isoDateTimeInZone, REPORT_TIME_ZONE, type IsoDate, type IsoDateTime } from '../domain/dates';
import { toneKey } from '../domain/text';
import { Budget } from './budget';
import { MENU_TITLE } from './entry-points';
import { describeGoogleError } from './google-errors';
import { MARK_STORE_TAB } from './mark-store';
import type { SourceReads } from '../domain/rollup/sources';
import { readActionSources } from './rollup/action-sources';
import { COLLECT_PROGRESS_TAB } from './rollup/collect';
import { ReadPacer } from './rollup/pacer';
import { SheetsSourceReader } from './rollup/source-reader';
import { SETUP_PROGRESS_TAB } from './setup-job';
import { settingsRefusal } from './spreadsheet-settings';
import { overlaySubmissions, readSubmissionStates, type SubmissionState } from './submission-state';
import type { DocsAdvancedService, DriveAdvancedService, GasGlobals, HtmlOutputSurface, PropertiesSurface, SheetsAdvancedService, SpreadsheetSurface } from './surface';
import { PAGE_FILE } from './ui';
import { readGridTabs, readMetadata, type SpreadsheetMetadata } from './workbook-source';

/** An expected problem, said to the person as it is (in Vietnamese). */
export class UserFacingError extends Error {}

/** How long an action waits for another user's action to finish before giving up. */
export const LOCK_WAIT_MS = 30 * 1000;

/** Tabs the add-in keeps for itself; never validated as input. */
export const ADDIN_TABS: ReadonlyArray<string> = [MARK_STORE_TAB, SETUP_PROGRESS_TAB, COLLECT_PROGRESS_TAB];

export interface Reading {
  /** The tabs as stored (for mirroring), without the add-in's own tabs. */
  readonly raw: RawWorkbook;
  /** Validation and progress, with recorded submissions laid over the units tab. */
  readonly check: WorkbookCheck;
  readonly metadata: SpreadsheetMetadata;
  readonly submissions: ReadonlyMap<string, SubmissionState>;
  /** Shards read now and child reports from the "Dữ liệu cấp dưới" tab, as the check used them. */
  readonly sources: SourceReads;
}

/** What to tell a person about an error: ours as is, Google's known ones in Vietnamese, the rest wrapped. */
export function explain(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  return describeGoogleError(error) ?? `Có lỗi không lường trước (báo người triển khai: ${error instanceof Error ? error.message : String(error)}).`;
}

export class GasContext {
  readonly budget: Budget;
  /** What to show once the action is over, in order. */
  private readonly queue: Array<() => void> = [];
  private lockDepth = 0;
  private cachedMetadata: SpreadsheetMetadata | null = null;
  private pacer: ReadPacer | null = null;

  constructor(
    private readonly services: () => GasGlobals,
    readonly clock: () => Date,
  ) {
    this.budget = new Budget(clock);
  }

  get g(): GasGlobals {
    return this.services();
  }

  spreadsheet(): SpreadsheetSurface {
    return this.g.SpreadsheetApp.getActiveSpreadsheet();
  }

  properties(): PropertiesSurface {
    return this.g.PropertiesService.getDocumentProperties();
  }

  sheetsApi(): SheetsAdvancedService {
    return this.service('Sheets', 'Google Sheets API');
  }

  docsApi(): DocsAdvancedService {
    return this.service('Docs', 'Google Docs API');
  }

  driveApi(): DriveAdvancedService {
    return this.service('Drive', 'Google Drive API');
  }

  /** An advanced service, or a Vietnamese error saying how to enable it when it is missing from the manifest. */
  private service<K extends 'Sheets' | 'Docs' | 'Drive'>(symbol: K, title: string): NonNullable<GasGlobals[K]> {
    const api = this.g[symbol];
    if (api === undefined) {
      throw new UserFacingError(`Chưa bật dịch vụ nâng cao "${title}" (${symbol}). Cách sửa: chạy lại npm run push, hoặc trong trình soạn thảo Apps Script chọn Dịch vụ (+) › ${title}. Xem README, mục Triển khai.`);
    }
    return api as NonNullable<GasGlobals[K]>;
  }

  nowIso(): IsoDateTime {
    return isoDateTimeInZone(this.clock(), REPORT_TIME_ZONE);
  }

  today(): IsoDate {
    return isoDateInZone(this.clock(), REPORT_TIME_ZONE);
  }

  /** Zone, locale, tabs and protections: one call, repeated only when asked to refresh. */
  metadata(refresh = false): SpreadsheetMetadata {
    if (this.cachedMetadata === null || refresh) this.cachedMetadata = readMetadata(this.sheetsApi(), this.spreadsheet().getId());
    return this.cachedMetadata;
  }

  /** Paces this execution's reads of other spreadsheets under the Sheets API's per-user quota. */
  readPacer(): ReadPacer {
    this.pacer ??= new ReadPacer(this.clock, (ms) => this.g.Utilities.sleep(ms), this.budget);
    return this.pacer;
  }

  /**
   * The one read of the spreadsheet: metadata, then every grid tab's values and formulas, and
   * its shards (one read each; `sources: false` skips them, and child reports come from the
   * cache tab either way). Refuses to go on when the spreadsheet's zone or locale is wrong,
   * unless the caller fixes it.
   */
  read(options: { allowWrongSettings?: boolean; sources?: boolean } = {}): Reading {
    const metadata = this.metadata(true);
    if (options.allowWrongSettings !== true) {
      const refusal = settingsRefusal(metadata.settings);
      if (refusal !== null) throw new UserFacingError(refusal);
    }
    const submissions = readSubmissionStates(this.properties());
    const own = new Set(ADDIN_TABS.map(toneKey));
    const stored = readGridTabs(this.sheetsApi(), this.spreadsheet().getId(), metadata);
    const raw: RawWorkbook = { tabs: stored.tabs.filter((t) => !own.has(toneKey(t.name))) };
    const overlaid = overlaySubmissions(raw, submissions);
    const sources: SourceReads =
      options.sources === false ? new Map() : readActionSources(raw, new SheetsSourceReader(this.sheetsApi(), this.readPacer(), () => this.me()), () => this.nowIso());
    return { raw, check: checkWorkbook({ read: () => overlaid }, sources), metadata, submissions, sources };
  }

  /** The effective user (whose rights apply; a trigger's owner in a trigger). */
  me(): string {
    return this.g.Session.getEffectiveUser().getEmail().toLowerCase();
  }

  owner(): string | null {
    return this.spreadsheet().getOwner()?.getEmail().toLowerCase() ?? null;
  }

  actor(check: WorkbookCheck): Actor {
    const session = this.g.Session;
    const email = (session.getActiveUser().getEmail() || session.getEffectiveUser().getEmail()).toLowerCase();
    const owner = this.owner() ?? '';
    const secretariat = check.workbook.settings?.secretariatEmails ?? [];
    const isSecretariat = email !== '' && (email === owner || secretariat.includes(email));
    return { email, isSecretariat };
  }

  /** Runs `body` holding the document lock; fails clearly when another action keeps it too long. */
  withLock<T>(body: () => T, waitMs = LOCK_WAIT_MS): T {
    const lock = this.g.LockService.getDocumentLock();
    if (!lock.tryLock(waitMs)) {
      throw new UserFacingError('Một người khác đang cập nhật bảng tính bằng menu Báo cáo. Xin thử lại sau ít phút.');
    }
    this.lockDepth += 1;
    try {
      return body();
    } finally {
      this.lockDepth -= 1;
      lock.releaseLock();
    }
  }

  /* ---- what the person sees: queued, shown when the action is over ---- */

  say(title: string, text: string): void {
    this.queue.push(() => {
      const ui = this.g.SpreadsheetApp.getUi();
      ui.alert(title, text, ui.ButtonSet.OK);
    });
  }

  /** A sidebar: the static page with `html` appended. */
  sidebar(html: string, title: string): void {
    this.queue.push(() => this.g.SpreadsheetApp.getUi().showSidebar(this.page(html).setTitle(title)));
  }

  /** A dialog: the static page with `html` appended. */
  modal(html: string, title: string, width: number, height: number): void {
    this.queue.push(() => this.g.SpreadsheetApp.getUi().showModalDialog(this.page(html).setWidth(width).setHeight(height), title));
  }

  private page(html: string): HtmlOutputSurface {
    return this.g.HtmlService.createHtmlOutputFromFile(PAGE_FILE).append(html);
  }

  toast(text: string, title: string): void {
    this.queue.push(() => this.spreadsheet().toast(text, title, 5));
  }

  /** A yes/no question, answered now: never while holding the lock. */
  confirm(title: string, text: string): boolean {
    const ui = this.uiWithoutLock();
    return ui.alert(title, text, ui.ButtonSet.YES_NO) === ui.Button.YES;
  }

  /** A typed answer, or null when cancelled: never while holding the lock. */
  prompt(title: string, text: string): string | null {
    const ui = this.uiWithoutLock();
    const answer = ui.prompt(title, text, ui.ButtonSet.OK_CANCEL);
    return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
  }

  /** Shows what was queued, in order. Called by the action runner after the body (and its lock) ended. */
  flush(): void {
    if (this.lockDepth > 0) throw new Error('messages shown under the lock');
    for (const show of this.queue.splice(0)) show();
  }

  /** Drops queued messages (a trigger has nobody to show them to). */
  discardMessages(): void {
    this.queue.splice(0);
  }

  /** The Ui, for a dialog that suspends the script: never while holding the lock (it would block everyone). */
  private uiWithoutLock(): ReturnType<GasGlobals['SpreadsheetApp']['getUi']> {
    if (this.lockDepth > 0) throw new Error('a dialog while holding the document lock would block every other user');
    return this.g.SpreadsheetApp.getUi();
  }
}

/** A menu action: fresh context, expected problems as a Vietnamese alert, messages after the lock. */
export function menuAction(services: () => GasGlobals, clock: () => Date, body: (ctx: GasContext) => void): () => void {
  return () => {
    const ctx = new GasContext(services, clock);
    try {
      body(ctx);
    } catch (error) {
      ctx.say(MENU_TITLE, explain(error));
    }
    ctx.flush();
  };
}
