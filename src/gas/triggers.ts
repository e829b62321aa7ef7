/**
 * The daily reminder trigger. A trigger belongs to whoever created it and runs as them, and
 * getProjectTriggers() shows each user only their own
 * (https://developers.google.com/apps-script/guides/triggers/installable#restrictions), so a
 * second secretariat member can neither see nor delete the first one's trigger. Hence the one
 * source of truth is a record in document properties, which everyone reads: who owns the
 * trigger and for which hour. Enabling when someone else owns it installs nothing (the caller
 * may take it over on purpose); turning it off or taking it over rewrites the record, and a
 * trigger whose owner is no longer the recorded one deletes itself the next time it runs,
 * without sending. The hour is kept because a trigger cannot be asked for its hour.
 */
import { DAILY_REMINDER_HANDLER } from './entry-points';
import { REPORT_TIME_ZONE } from '../domain/dates';
import { deleteOwnTriggers } from './setup-job';
import type { PropertiesSurface, ScriptAppSurface, TriggerSurface } from './surface';

export const REMINDER_TRIGGER_KEY = 'baocao.reminderTrigger';

export interface ReminderTriggerRecord {
  readonly owner: string;
  readonly hour: number;
  /** Local time of the last run of the owner's trigger, when it has run. */
  readonly lastRun: string | null;
}

export function readTriggerRecord(properties: PropertiesSurface): ReminderTriggerRecord | null {
  const raw = properties.getProperty(REMINDER_TRIGGER_KEY);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<ReminderTriggerRecord>;
    if (typeof parsed.owner !== 'string' || parsed.owner === '' || typeof parsed.hour !== 'number') return null;
    return { owner: parsed.owner.toLowerCase(), hour: parsed.hour, lastRun: parsed.lastRun ?? null };
  } catch {
    return null;
  }
}

function writeRecord(properties: PropertiesSurface, record: ReminderTriggerRecord | null): void {
  if (record === null) properties.deleteProperty(REMINDER_TRIGGER_KEY);
  else properties.setProperty(REMINDER_TRIGGER_KEY, JSON.stringify(record));
}

/** This user's own reminder triggers (the only ones Apps Script shows them). */
export function ownReminderTriggers(script: ScriptAppSurface): TriggerSurface[] {
  return script.getProjectTriggers().filter((t) => t.getHandlerFunction() === DAILY_REMINDER_HANDLER);
}

function install(script: ScriptAppSurface, hour: number): void {
  deleteOwnTriggers(script, DAILY_REMINDER_HANDLER);
  script.newTrigger(DAILY_REMINDER_HANDLER).timeBased().atHour(hour).everyDays(1).inTimezone(REPORT_TIME_ZONE).create();
}

export type EnableOutcome =
  | { readonly kind: 'installed'; readonly hour: number }
  | { readonly kind: 'unchanged'; readonly hour: number }
  | { readonly kind: 'owned-by-other'; readonly owner: string; readonly hour: number; readonly lastRun: string | null };

/**
 * Installs the trigger for `me` unless another user owns it (then nothing changes unless
 * `takeOver`). Never leaves `me` with two triggers.
 */
export function enableDailyReminders(script: ScriptAppSurface, properties: PropertiesSurface, me: string, hour: number, takeOver = false): EnableOutcome {
  const record = readTriggerRecord(properties);
  const email = me.toLowerCase();
  if (record !== null && record.owner !== email && !takeOver) {
    return { kind: 'owned-by-other', owner: record.owner, hour: record.hour, lastRun: record.lastRun };
  }
  const mine = ownReminderTriggers(script);
  if (record !== null && record.owner === email && record.hour === hour && mine.length === 1) return { kind: 'unchanged', hour };
  install(script, hour);
  writeRecord(properties, { owner: email, hour, lastRun: null });
  return { kind: 'installed', hour };
}

export type DisableOutcome =
  | { readonly kind: 'removed' }
  | { readonly kind: 'released'; readonly owner: string }
  | { readonly kind: 'not-enabled' };

/**
 * Turns reminders off. The owner's own trigger is deleted; another user (the caller checks they
 * are the secretariat) can only clear the record, and the owner's trigger then removes itself
 * on its next run without sending anything.
 */
export function disableDailyReminders(script: ScriptAppSurface, properties: PropertiesSurface, me: string): DisableOutcome {
  const record = readTriggerRecord(properties);
  const deleted = deleteOwnTriggers(script, DAILY_REMINDER_HANDLER);
  writeRecord(properties, null);
  if (record !== null && record.owner !== me.toLowerCase()) return { kind: 'released', owner: record.owner };
  return record === null && deleted === 0 ? { kind: 'not-enabled' } : { kind: 'removed' };
}

/**
 * Called first by the trigger's handler: true when this execution's user owns the reminders.
 * Otherwise the user's stale triggers are deleted and the caller must send nothing.
 */
export function claimDailyRun(script: ScriptAppSurface, properties: PropertiesSurface, me: string, now: string): boolean {
  const record = readTriggerRecord(properties);
  if (record === null || record.owner !== me.toLowerCase()) {
    deleteOwnTriggers(script, DAILY_REMINDER_HANDLER);
    return false;
  }
  writeRecord(properties, { ...record, lastRun: now });
  return true;
}
