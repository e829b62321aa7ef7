/**
 * A fake Google spreadsheet holding a workbook (by default the built-in example), created the
 * way the add-in creates tabs, with the add-in's handlers wired to the fakes and a settable,
 * simulated clock (it advances with the stated latency of each call when asked to). The user
 * has granted exactly the manifest's scopes, so a call that needs more fails as on Google. Also,
 * for tests and benchmarks alike: running a job and its continuation triggers to the end, and
 * counting Sheets API reads.
 */
import type { WorkbookData } from '../../src/domain/workbook/data';
import { planWorkbookFromData } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { createAddon } from '../../src/gas/addon';
import { staticPages } from '../../src/gas/pages';
import { OAUTH_SCOPES } from '../../src/gas/manifest';
import { createTab } from '../../src/gas/tab-writer';
import { createGasEnvironment, type GasEnvironment, type GasEnvironmentOptions, type TriggerSpec } from '../fakes/gas';

export const SECRETARIAT = 'bdv@example.org';

/** The name of one of the add-in's handlers (a menu item, a trigger, a dialog's callback). */
export type HandlerName = keyof ReturnType<typeof createAddon>;

export function allEmails(data: WorkbookData): string[] {
  return [...new Set(data.units.flatMap((u) => u.emails ?? []))];
}

export function gasWorkbook(data: WorkbookData = CHU_PUH_2023, options: GasEnvironmentOptions = {}) {
  const env = createGasEnvironment({
    user: SECRETARIAT,
    grantedScopes: OAUTH_SCOPES,
    htmlFiles: staticPages(),
    ...options,
    spreadsheet: { owner: SECRETARIAT, editors: allEmails(data), sheets: {}, ...(options.spreadsheet ?? {}) },
  });
  const spreadsheet = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  for (const plan of planWorkbookFromData(data)) createTab(spreadsheet, plan, env.globals.SpreadsheetApp);
  env.calls.reset();
  const clock = {
    get now(): Date {
      return env.clock.now();
    },
    set now(instant: Date) {
      env.clock.set(instant);
    },
  };
  const handlers = createAddon(() => env.globals, () => env.clock.now());
  const call = (name: keyof typeof handlers, ...args: unknown[]) => (handlers[name] as (...a: unknown[]) => unknown)(...args);
  /** Runs a trigger handler as `owner` would: no editor open, so no Ui. */
  const fire = (name: keyof typeof handlers, owner: string, ...args: unknown[]) => {
    const before = env.session.currentEditor();
    env.session.setUser(owner);
    env.session.execution = 'trigger';
    try {
      return call(name, ...args);
    } finally {
      env.session.execution = 'interactive';
      env.session.setUser(before);
    }
  };
  return { env, spreadsheet, handlers, call, clock, fire };
}

/** What runContinuing needs of a workbook: its fakes, and the add-in's handlers run from the menu and from a trigger. */
export interface ContinuingWorkbook {
  readonly env: GasEnvironment;
  readonly call: (name: HandlerName) => unknown;
  readonly fire: (name: HandlerName, owner: string) => unknown;
}

/**
 * Runs `start` from the menu, then the one-off continuation trigger on `continuation` until none
 * is left, as Google would: each after the delay it was scheduled with (a minute if none) and as
 * the trigger's owner. At most `maxContinuations` continuations, so that a job that never ends
 * stops the test instead of hanging it; `beforeEach` sees the triggers on `continuation` before
 * each one fires, for tests that check how the job schedules itself. Returns the length of each
 * execution on the simulated clock, the menu's first; the clock's latency is left as it was set.
 */
export function runContinuing(
  wb: ContinuingWorkbook,
  start: HandlerName,
  continuation: HandlerName,
  options: { readonly maxContinuations: number; readonly beforeEach?: (triggers: ReadonlyArray<TriggerSpec>) => void },
): number[] {
  const { env } = wb;
  const durations: number[] = [];
  let begin = env.clock.now().getTime();
  wb.call(start);
  durations.push(env.clock.now().getTime() - begin);
  for (let i = 0; i < options.maxContinuations; i += 1) {
    const triggers = env.triggers.byHandler(continuation);
    const next = triggers[0];
    if (next === undefined) break;
    options.beforeEach?.(triggers);
    env.clock.advance(next.schedule?.afterMs ?? 60_000);
    begin = env.clock.now().getTime();
    wb.fire(continuation, next.owner);
    durations.push(env.clock.now().getTime() - begin);
  }
  return durations;
}

/** The Sheets API calls that read (metadata and values): what Google's per-user quota of reads a minute counts. */
export function sheetsApiReads(env: GasEnvironment): number {
  return env.calls.count('Sheets.Spreadsheets.get') + env.calls.count('Sheets.Spreadsheets.Values.batchGetByDataFilter') + env.calls.count('Sheets.Spreadsheets.Values.batchGet');
}
