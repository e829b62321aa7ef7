/**
 * Per-tab edit rights: each unit tab editable by its unit's emails and the secretariat, the
 * configuration tabs by the secretariat only, a submitted unit tab by the secretariat only.
 * Protections the add-in made carry a "baocao:" description, so re-running setup updates them
 * instead of stacking new ones.
 */
import type { TabProtection } from '../app/setup-workbook';
import { PROTECTION_PREFIX } from '../app/setup-workbook';
import type { ProtectionSurface, SheetSurface, SpreadsheetAppSurface } from './surface';

function ours(sheet: SheetSurface, app: SpreadsheetAppSurface): ProtectionSurface | undefined {
  return sheet.getProtections(app.ProtectionType.SHEET).find((p) => p.getDescription().startsWith(PROTECTION_PREFIX));
}

/**
 * Sets who may edit a tab. 'exact': only the wanted editors (and the owner) remain; 'partial':
 * someone could not be removed (Sheets never removes the person running the script, so a unit
 * cannot lock itself out: the secretariat's next action finishes the job); 'denied': the current
 * user may not change this protection at all.
 */
export type ProtectionOutcome = 'exact' | 'partial' | 'denied';

export function applyProtection(sheet: SheetSurface, wanted: TabProtection, app: SpreadsheetAppSurface, owner: string | null = null): ProtectionOutcome {
  try {
    const protection = ours(sheet, app) ?? sheet.protect();
    protection.setDescription(wanted.description);
    protection.setWarningOnly(false);
    // Turn off domain-wide editing first: otherwise everyone in the domain keeps access.
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
    const want = new Set(wanted.editors.map((e) => e.toLowerCase()));
    const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
    const extra = current.filter((e) => !want.has(e));
    // The owner and the person running the script stay editors whatever we ask (Sheets' rule).
    if (extra.length > 0) protection.removeEditors(extra);
    const missing = [...want].filter((e) => !current.includes(e));
    if (missing.length > 0) protection.addEditors(missing);
    if (owner !== null) want.add(owner.toLowerCase());
    const after = protection.getEditors().map((u) => u.getEmail().toLowerCase());
    return after.every((e) => want.has(e)) ? 'exact' : 'partial';
  } catch {
    return 'denied';
  }
}
