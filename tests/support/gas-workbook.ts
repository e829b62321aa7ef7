/**
 * A fake Google spreadsheet holding a workbook (by default the built-in example), created the
 * way the add-in creates tabs, with the add-in's handlers wired to the fakes and a settable clock.
 */
import type { WorkbookData } from '../../src/domain/workbook/data';
import { planWorkbookFromData } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { createAddon } from '../../src/gas/addon';
import { createTab } from '../../src/gas/tab-writer';
import { createGasEnvironment, type GasEnvironmentOptions } from '../fakes/gas';

export const SECRETARIAT = 'bdv@example.org';

export function allEmails(data: WorkbookData): string[] {
  return [...new Set(data.units.flatMap((u) => u.emails ?? []))];
}

export function gasWorkbook(data: WorkbookData = CHU_PUH_2023, options: GasEnvironmentOptions = {}) {
  const env = createGasEnvironment({
    user: SECRETARIAT,
    ...options,
    spreadsheet: { owner: SECRETARIAT, editors: allEmails(data), sheets: {}, ...(options.spreadsheet ?? {}) },
  });
  const spreadsheet = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  for (const plan of planWorkbookFromData(data)) createTab(spreadsheet, plan, env.globals.SpreadsheetApp);
  env.calls.reset();
  const clock = { now: new Date(Date.UTC(2023, 2, 12, 1, 0)) };
  const handlers = createAddon(() => env.globals, () => clock.now);
  const call = (name: keyof typeof handlers, ...args: unknown[]) => (handlers[name] as (...a: unknown[]) => unknown)(...args);
  return { env, spreadsheet, handlers, call, clock };
}
