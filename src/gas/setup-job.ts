/**
 * A setup too large for one execution continues by itself: the job (who started it, how many
 * runs) is kept in document properties, and a one-off time-driven trigger
 * (`timeBased().after(ms)`, https://developers.google.com/apps-script/reference/script/clock-trigger-builder#afterdurationmilliseconds)
 * runs the next step as the same person, until nothing is left. Each step says how far it got
 * in the "Tiến trình thiết lập" tab, which a person can read while the job runs in the
 * background (a trigger cannot show dialogs).
 */
import { CONTINUE_SETUP_HANDLER } from './entry-points';
import type { PropertiesSurface, ScriptAppSurface, SpreadsheetSurface } from './surface';

export const SETUP_JOB_KEY = 'baocao.setupJob';
export const SETUP_PROGRESS_TAB = 'Tiến trình thiết lập';
/** Wait before the next step; the trigger fires at least this much later. */
export const CONTINUE_AFTER_MS = 60 * 1000;

export interface SetupJob {
  readonly owner: string;
  readonly startedAt: string;
  readonly runs: number;
}

export function readSetupJob(properties: PropertiesSurface): SetupJob | null {
  const raw = properties.getProperty(SETUP_JOB_KEY);
  if (raw === null) return null;
  try {
    const job = JSON.parse(raw) as Partial<SetupJob>;
    return typeof job.owner === 'string' && typeof job.runs === 'number' ? { owner: job.owner, startedAt: job.startedAt ?? '', runs: job.runs } : null;
  } catch {
    return null;
  }
}

/** Deletes this user's continuation triggers (one-off triggers stay listed after they fire). */
export function deleteContinuations(script: ScriptAppSurface): void {
  for (const trigger of script.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_SETUP_HANDLER) script.deleteTrigger(trigger);
  }
}

/** Records the job and schedules its next step (one continuation trigger, never two). */
export function scheduleContinuation(script: ScriptAppSurface, properties: PropertiesSurface, job: SetupJob): void {
  deleteContinuations(script);
  script.newTrigger(CONTINUE_SETUP_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
  properties.setProperty(SETUP_JOB_KEY, JSON.stringify(job));
}

/** The job is done (or abandoned): no trigger, no record. */
export function finishJob(script: ScriptAppSurface, properties: PropertiesSurface): void {
  deleteContinuations(script);
  properties.deleteProperty(SETUP_JOB_KEY);
}

/** Writes the progress lines into the progress tab (created when missing), replacing the old ones. */
export function writeProgress(spreadsheet: SpreadsheetSurface, lines: ReadonlyArray<string>): void {
  const sheet = spreadsheet.getSheetByName(SETUP_PROGRESS_TAB) ?? spreadsheet.insertSheet(SETUP_PROGRESS_TAB);
  const height = Math.max(lines.length, 6);
  const values = Array.from({ length: height }, (_, i) => [lines[i] ?? '']);
  sheet.getRange(1, 1, height, 1).setValues(values);
}
