/**
 * A setup too large for one execution continues by itself: the job (who started it, how many
 * runs) is kept in document properties, and a one-off time-driven trigger
 * (`timeBased().after(ms)`, https://developers.google.com/apps-script/reference/script/clock-trigger-builder#afterdurationmilliseconds)
 * runs the next step as the same person, until nothing is left. Each step says how far it got
 * in the "Tiến trình thiết lập" tab, which a person can read while the job runs in the
 * background (a trigger cannot show dialogs). Collecting child reports (rollup/collect.ts)
 * continues the same way, under its own handler, record and progress tab (`Continuation`).
 */
import { CONTINUE_SETUP_HANDLER, type EntryName } from './entry-points';
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

/** A job that continues itself: the trigger handler that runs its next step and where its record lives. */
export interface Continuation {
  readonly handler: EntryName;
  readonly key: string;
}

export const SETUP_CONTINUATION: Continuation = { handler: CONTINUE_SETUP_HANDLER, key: SETUP_JOB_KEY };

/** A job's stored record, every field as stored, known to have at least the owner and the run count. */
export type StoredJob = Pick<SetupJob, 'owner' | 'runs'> & { readonly [field: string]: unknown };

/** The record under `key` when it is a job; null when there is none or it was edited into something else. */
export function readJobRecord(properties: PropertiesSurface, key: string): StoredJob | null {
  const raw = properties.getProperty(key);
  if (raw === null) return null;
  try {
    const job = JSON.parse(raw) as { readonly [field: string]: unknown };
    return typeof job.owner === 'string' && typeof job.runs === 'number' ? { ...job, owner: job.owner, runs: job.runs } : null;
  } catch {
    return null;
  }
}

export function readSetupJob(properties: PropertiesSurface, key: string = SETUP_JOB_KEY): SetupJob | null {
  const job = readJobRecord(properties, key);
  return job === null ? null : { owner: job.owner, startedAt: typeof job.startedAt === 'string' ? job.startedAt : '', runs: job.runs };
}

/** Deletes this user's triggers that run `handler` (one-off triggers stay listed after they fire); says how many. */
export function deleteOwnTriggers(script: ScriptAppSurface, handler: EntryName): number {
  let deleted = 0;
  for (const trigger of script.getProjectTriggers()) {
    if (trigger.getHandlerFunction() !== handler) continue;
    script.deleteTrigger(trigger);
    deleted += 1;
  }
  return deleted;
}

/** Deletes this user's continuation triggers. */
export function deleteContinuations(script: ScriptAppSurface, handler: EntryName = CONTINUE_SETUP_HANDLER): void {
  deleteOwnTriggers(script, handler);
}

/** Records the job and schedules its next step (one continuation trigger, never two). */
export function scheduleContinuation<J extends SetupJob>(script: ScriptAppSurface, properties: PropertiesSurface, job: J, continuation: Continuation = SETUP_CONTINUATION): void {
  deleteContinuations(script, continuation.handler);
  script.newTrigger(continuation.handler).timeBased().after(CONTINUE_AFTER_MS).create();
  properties.setProperty(continuation.key, JSON.stringify(job));
}

/** The job is done (or abandoned): no trigger, no record. */
export function finishJob(script: ScriptAppSurface, properties: PropertiesSurface, continuation: Continuation = SETUP_CONTINUATION): void {
  deleteContinuations(script, continuation.handler);
  properties.deleteProperty(continuation.key);
}

/** Writes the progress lines into the progress tab (created when missing), replacing the old ones. */
export function writeProgress(spreadsheet: SpreadsheetSurface, lines: ReadonlyArray<string>, tab: string = SETUP_PROGRESS_TAB): void {
  const sheet = spreadsheet.getSheetByName(tab) ?? spreadsheet.insertSheet(tab);
  const height = Math.max(lines.length, 6);
  const values = Array.from({ length: height }, (_, i) => [lines[i] ?? '']);
  sheet.getRange(1, 1, height, 1).setValues(values);
}
