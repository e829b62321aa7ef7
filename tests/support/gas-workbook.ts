/**
 * A fake Google spreadsheet holding a workbook (by default the built-in example), created the
 * way the add-in creates tabs, with the add-in's handlers wired to the fakes and a settable,
 * simulated clock (it advances with the stated latency of each call when asked to). The user
 * has granted exactly the manifest's scopes, so a call that needs more fails as on Google.
 */
import type { WorkbookData } from '../../src/domain/workbook/data';
import { planWorkbookFromData } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { createAddon } from '../../src/gas/addon';
import { staticPages } from '../../src/gas/pages';
import { OAUTH_SCOPES } from '../../src/gas/manifest';
import { createTab } from '../../src/gas/tab-writer';
import { createGasEnvironment, type GasEnvironmentOptions } from '../fakes/gas';

export const SECRETARIAT = 'bdv@example.org';

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
