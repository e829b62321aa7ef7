/**
 * Fake ScriptApp: installable triggers kept in a registry, owned by the effective user who
 * created them (getProjectTriggers shows only your own, as in Apps Script), with the real
 * limit of 20 triggers per user per script and the builder rules Apps Script enforces
 * (everyHours 1/2/4/6/8/12, everyMinutes 1/5/10/15/30, atHour 0-23 only with a daily or weekly
 * recurrence, a schedule required before create()).
 *
 * getAuthorizationInfo(FULL, scopes).getAuthorizedScopes() answers from the scopes this user
 * granted (granular consent lets a user untick some:
 * https://developers.google.com/apps-script/reference/script/authorization-info).
 */
import type {
  AuthorizationInfoSurface,
  ClockTriggerBuilderSurface,
  ScriptAppSurface,
  ScriptServiceSurface,
  SpreadsheetTriggerBuilderSurface,
  TriggerBuilderSurface,
  TriggerSurface,
} from '../../../src/gas/surface';
import type { CallLog } from './call-log';
import { AuthMode, AuthorizationStatus, EventType, TriggerSource } from './enums';
import type { FakeSession } from './session';

export const TRIGGER_LIMIT = 20;
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export interface ClockSchedule {
  atHour?: number;
  nearMinute?: number;
  everyDays?: number;
  everyHours?: number;
  everyMinutes?: number;
  afterMs?: number;
  at?: Date;
  timezone?: string;
}

export interface TriggerSpec {
  uniqueId: string;
  handler: string;
  owner: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string;
  schedule: ClockSchedule | null;
}

export class FakeTrigger implements TriggerSurface {
  constructor(readonly spec: TriggerSpec) {}
  getHandlerFunction(): string {
    return this.spec.handler;
  }
  getUniqueId(): string {
    return this.spec.uniqueId;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return EventType[this.spec.eventType];
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TriggerSource[this.spec.source];
  }
  getTriggerSourceId(): string {
    return this.spec.sourceId;
  }
}

class FakeClockTriggerBuilder implements ClockTriggerBuilderSurface {
  private readonly schedule: ClockSchedule = {};

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  atHour(hour: number): ClockTriggerBuilderSurface {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
    this.schedule.atHour = hour;
    return this;
  }
  nearMinute(minute: number): ClockTriggerBuilderSurface {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new Error('Invalid argument: minute');
    this.schedule.nearMinute = minute;
    return this;
  }
  everyDays(n: number): ClockTriggerBuilderSurface {
    if (!Number.isInteger(n) || n < 1) throw new Error('Invalid argument: n');
    this.schedule.everyDays = n;
    return this;
  }
  everyHours(n: number): ClockTriggerBuilderSurface {
    if (![1, 2, 4, 6, 8, 12].includes(n)) throw new Error('The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
    this.schedule.everyHours = n;
    return this;
  }
  everyMinutes(n: number): ClockTriggerBuilderSurface {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    this.schedule.everyMinutes = n;
    return this;
  }
  after(durationMilliseconds: number): ClockTriggerBuilderSurface {
    this.schedule.afterMs = durationMilliseconds;
    return this;
  }
  at(date: Date): ClockTriggerBuilderSurface {
    this.schedule.at = new Date(date.getTime());
    return this;
  }
  inTimezone(timezone: string): ClockTriggerBuilderSurface {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw new Error(`Invalid argument: timezone (${timezone})`);
    }
    this.schedule.timezone = timezone;
    return this;
  }
  create(): TriggerSurface {
    const s = this.schedule;
    const recurrences = [s.everyDays, s.everyHours, s.everyMinutes].filter((v) => v !== undefined).length;
    const oneOffs = [s.afterMs, s.at].filter((v) => v !== undefined).length;
    if (recurrences + oneOffs === 0) throw new Error('Trigger schedule is missing: call everyDays, everyHours, everyMinutes, after or at.');
    if (recurrences + oneOffs > 1) throw new Error('A clock trigger can have only one schedule.');
    if ((s.atHour !== undefined || s.nearMinute !== undefined) && s.everyDays === undefined) {
      throw new Error('atHour and nearMinute can only be used with everyDays or everyWeeks.');
    }
    return this.app.register(this.handler, 'CLOCK', 'CLOCK', '', { ...s });
  }
}

class FakeSpreadsheetTriggerBuilder implements SpreadsheetTriggerBuilderSurface {
  private eventType: TriggerSpec['eventType'] | null = null;

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  onOpen(): SpreadsheetTriggerBuilderSurface {
    this.eventType = 'ON_OPEN';
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilderSurface {
    this.eventType = 'ON_EDIT';
    return this;
  }
  onChange(): SpreadsheetTriggerBuilderSurface {
    this.eventType = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): SpreadsheetTriggerBuilderSurface {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): TriggerSurface {
    if (this.eventType === null) throw new Error('Trigger event is missing: call onOpen, onEdit, onChange or onFormSubmit.');
    return this.app.register(this.handler, this.eventType, 'SPREADSHEETS', this.spreadsheetId, null);
  }
}

class FakeTriggerBuilder implements TriggerBuilderSurface {
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}
  timeBased(): ClockTriggerBuilderSurface {
    return new FakeClockTriggerBuilder(this.app, this.handler);
  }
  forSpreadsheet(key: string): SpreadsheetTriggerBuilderSurface {
    return new FakeSpreadsheetTriggerBuilder(this.app, this.handler, key);
  }
}

export class FakeScriptApp implements ScriptAppSurface {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  private readonly triggers: FakeTrigger[] = [];
  private nextId = 1;

  constructor(
    private readonly calls: CallLog,
    private readonly session: FakeSession,
    private readonly scriptId: string,
    private readonly serviceUrl: string,
  ) {}

  newTrigger(functionName: string): TriggerBuilderSurface {
    this.calls.record('ScriptApp.newTrigger');
    if (!functionName) throw new Error('Invalid argument: functionName');
    return new FakeTriggerBuilder(this, functionName);
  }

  getProjectTriggers(): TriggerSurface[] {
    this.calls.record('ScriptApp.getProjectTriggers');
    const owner = this.session.currentEditor();
    return this.triggers.filter((t) => t.spec.owner === owner);
  }

  deleteTrigger(trigger: TriggerSurface): void {
    this.calls.record('ScriptApp.deleteTrigger');
    const index = this.triggers.findIndex((t) => t.getUniqueId() === trigger.getUniqueId());
    if (index < 0) throw new Error('Trigger not found.');
    this.triggers.splice(index, 1);
  }

  getService(): ScriptServiceSurface {
    this.calls.record('ScriptApp.getService');
    const url = this.serviceUrl;
    return { getUrl: () => url, isEnabled: () => url !== '' };
  }

  getScriptId(): string {
    this.calls.record('ScriptApp.getScriptId');
    return this.scriptId;
  }

  getAuthorizationInfo(_authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]): AuthorizationInfoSurface {
    this.calls.record('ScriptApp.getAuthorizationInfo', 'other');
    const granted = this.grantedScopes;
    const asked = oAuthScopes ?? [];
    const authorized = granted === 'all' ? asked : asked.filter((s) => granted.includes(s));
    const missing = asked.length - authorized.length;
    return {
      getAuthorizationStatus: () => (missing > 0 ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED),
      getAuthorizationUrl: () => (missing > 0 ? `https://script.google.com/macros/d/${this.scriptId}/authorize` : null),
      getAuthorizedScopes: () => authorized,
    };
  }

  /** Scopes the current user granted ('all': every scope asked for). */
  grantedScopes: ReadonlyArray<string> | 'all' = 'all';

  /* ---- test controls ---- */

  /** Every installed trigger, of every user, as plain specs. */
  list(): TriggerSpec[] {
    return this.triggers.map((t) => ({ ...t.spec, schedule: t.spec.schedule && { ...t.spec.schedule } }));
  }

  /** Every trigger of `handler` (any user's). */
  byHandler(handler: string): TriggerSpec[] {
    return this.list().filter((t) => t.handler === handler);
  }

  /** Installs a trigger as `owner` (another user), bypassing the builder. */
  installAs(owner: string, handler: string, schedule: ClockSchedule = { everyDays: 1 }): void {
    this.push(handler, 'CLOCK', 'CLOCK', '', schedule, owner);
  }

  /* ---- used by the builders ---- */

  register(
    handler: string,
    eventType: TriggerSpec['eventType'],
    source: TriggerSpec['source'],
    sourceId: string,
    schedule: ClockSchedule | null,
  ): TriggerSurface {
    this.calls.record('TriggerBuilder.create', 'other');
    return this.push(handler, eventType, source, sourceId, schedule, this.session.currentEditor());
  }

  private push(
    handler: string,
    eventType: TriggerSpec['eventType'],
    source: TriggerSpec['source'],
    sourceId: string,
    schedule: ClockSchedule | null,
    owner: string,
  ): FakeTrigger {
    if (this.triggers.filter((t) => t.spec.owner === owner).length >= TRIGGER_LIMIT) {
      throw new Error(TOO_MANY_TRIGGERS_MESSAGE);
    }
    const trigger = new FakeTrigger({
      uniqueId: String(1_000_000 + this.nextId++),
      handler,
      owner,
      eventType,
      source,
      sourceId,
      schedule,
    });
    this.triggers.push(trigger);
    return trigger;
  }
}
