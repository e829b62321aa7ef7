/**
 * The daily reminder trigger: installed at the configured hour (Asia/Ho_Chi_Minh), never twice,
 * replaced when the hour changes, removed on request. The hour it was installed for is kept in
 * document properties because a trigger cannot be asked for its hour.
 */
import { DAILY_REMINDER_HANDLER } from './entry-points';
import { REPORT_TIME_ZONE } from '../domain/dates';
import type { PropertiesSurface, ScriptAppSurface, TriggerSurface } from './surface';

const HOUR_KEY = 'baocao.reminderHour';

function reminderTriggers(script: ScriptAppSurface): TriggerSurface[] {
  return script.getProjectTriggers().filter((t) => t.getHandlerFunction() === DAILY_REMINDER_HANDLER);
}

export interface TriggerChange {
  readonly installed: boolean;
  readonly removed: number;
  readonly hour: number;
}

export function enableDailyReminders(script: ScriptAppSurface, properties: PropertiesSurface, hour: number): TriggerChange {
  const existing = reminderTriggers(script);
  const sameHour = properties.getProperty(HOUR_KEY) === String(hour);
  if (existing.length === 1 && sameHour) return { installed: false, removed: 0, hour };
  for (const trigger of existing) script.deleteTrigger(trigger);
  script.newTrigger(DAILY_REMINDER_HANDLER).timeBased().atHour(hour).everyDays(1).inTimezone(REPORT_TIME_ZONE).create();
  properties.setProperty(HOUR_KEY, String(hour));
  return { installed: true, removed: existing.length, hour };
}

export function disableDailyReminders(script: ScriptAppSurface, properties: PropertiesSurface): number {
  const existing = reminderTriggers(script);
  for (const trigger of existing) script.deleteTrigger(trigger);
  properties.deleteProperty(HOUR_KEY);
  return existing.length;
}

export function remindersEnabled(script: ScriptAppSurface): boolean {
  return reminderTriggers(script).length > 0;
}
