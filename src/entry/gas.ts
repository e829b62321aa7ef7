/**
 * Composition root of the Apps Script bundle: hands the runtime's global services (read lazily,
 * at call time) and the real clock to the add-in, and exports its handlers, which the generated
 * top-level stubs call as `baocao.handlers.<name>`. Nothing else lives here.
 */
import { createAddon } from '../gas/addon';
import type { GasGlobals } from '../gas/surface';

const runtime = globalThis as unknown as GasGlobals;

export const handlers = createAddon(
  () => ({
    SpreadsheetApp: runtime.SpreadsheetApp,
    HtmlService: runtime.HtmlService,
    Session: runtime.Session,
    PropertiesService: runtime.PropertiesService,
    LockService: runtime.LockService,
    MailApp: runtime.MailApp,
    ScriptApp: runtime.ScriptApp,
    DriveApp: runtime.DriveApp,
    Utilities: runtime.Utilities,
    // Advanced services exist only when enabled in the manifest; typeof keeps a missing one undefined.
    Docs: typeof runtime.Docs === 'undefined' ? undefined : runtime.Docs,
    Sheets: typeof runtime.Sheets === 'undefined' ? undefined : runtime.Sheets,
    Drive: typeof runtime.Drive === 'undefined' ? undefined : runtime.Drive,
  }),
  () => new Date(),
);
