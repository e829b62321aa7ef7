/**
 * Per-tab edit rights: each unit tab editable by its unit's emails and the secretariat, the
 * configuration tabs by the secretariat only, a submitted unit tab by the secretariat only.
 * Protections the add-in made carry a "baocao:" description, so re-running setup updates them
 * instead of stacking new ones, and a protection that already matches (read from the one
 * metadata call) is left alone: no round trip at all.
 *
 * Held to Google's Protection reference
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection): the running user
 * is added as an editor before anyone is removed ("Otherwise, if the user's edit permission
 * comes from a group, the script throws an exception upon removing the group"); neither the
 * owner nor the running user can be removed; editors may be groups, which stay groups (a group
 * address is never taken for one person).
 */
import type { TabProtection } from '../app/setup-workbook';
import { PROTECTION_PREFIX } from '../app/setup-workbook';
import type { GasContext } from './context';
import type { ProtectionSurface, SheetSurface, SheetsProtectedRange, SheetsRequest, SpreadsheetAppSurface } from './surface';

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

export interface Runner {
  /** The effective user's email (Session.getEffectiveUser). */
  readonly me: string;
  /** The spreadsheet owner's email, who always keeps access. */
  readonly owner: string | null;
}

/** The running user and the owner, asked of the context each time (a trigger runs as its owner). */
export function runner(ctx: Pick<GasContext, 'me' | 'owner'>): Runner {
  return { me: ctx.me(), owner: ctx.owner() };
}

export function applyProtection(sheet: SheetSurface, wanted: TabProtection, app: SpreadsheetAppSurface, runner: Runner): ProtectionOutcome {
  try {
    const protection = ours(sheet, app) ?? sheet.protect();
    protection.setDescription(wanted.description);
    protection.setWarningOnly(false);
    const me = runner.me.toLowerCase();
    // Google's sample: be an editor in your own right before removing anyone (access through a group would throw).
    if (me !== '') protection.addEditor(me);
    // Turn off domain-wide editing first: otherwise everyone in the domain keeps access.
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
    const want = new Set(wanted.editors.map((e) => e.toLowerCase()));
    const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
    // The owner and the person running the script stay editors whatever we ask (Sheets' rule).
    const extra = current.filter((e) => !want.has(e) && e !== me);
    if (extra.length > 0) protection.removeEditors(extra);
    const missing = [...want].filter((e) => !current.includes(e));
    if (missing.length > 0) protection.addEditors(missing);
    const allowed = new Set([...want, ...(runner.owner === null ? [] : [runner.owner.toLowerCase()])]);
    const after = protection.getEditors().map((u) => u.getEmail().toLowerCase());
    return after.every((e) => allowed.has(e)) ? 'exact' : 'partial';
  } catch {
    return 'denied';
  }
}

/**
 * Whether the tab's protection already is what `wanted` asks, as the Sheets API reports it:
 * ours, enforced, whole-sheet, domain editing off, and exactly the wanted editors apart from the
 * owner and the runner (whom Sheets keeps anyway). Editors are only visible to someone who may
 * edit the protection; when they are hidden, nothing matches and the caller tries (and is denied).
 */
export function protectionMatches(existing: ReadonlyArray<SheetsProtectedRange>, wanted: TabProtection, runner: Runner): boolean {
  const mine = existing.filter((p) => (p.description ?? '').startsWith(PROTECTION_PREFIX));
  if (mine.length !== 1) return false;
  const p = mine[0]!;
  if (p.description !== wanted.description || p.warningOnly === true || p.editors === undefined) return false;
  // A whole-sheet protection's range names the sheet and nothing else.
  if (Object.keys(p.range ?? {}).some((k) => k !== 'sheetId') || p.editors.domainUsersCanEdit === true) return false;
  const tolerated = new Set([runner.me.toLowerCase(), ...(runner.owner === null ? [] : [runner.owner.toLowerCase()])]);
  const have = new Set([...(p.editors.users ?? []), ...(p.editors.groups ?? [])].map((e) => e.toLowerCase()));
  const want = new Set(wanted.editors.map((e) => e.toLowerCase()));
  for (const e of want) if (!have.has(e) && !tolerated.has(e)) return false;
  for (const e of have) if (!want.has(e) && !tolerated.has(e)) return false;
  return true;
}

/**
 * The requests that give each tab its wanted editors in ONE spreadsheets.batchUpdate, for a
 * whole spreadsheet at once (a new period's copy, whose protections Google hands over with the
 * copier as their only editor): our protection updated where the tab has one, a whole-sheet
 * protection added where it has none. The API lists groups apart from people; an address is a
 * group when an earlier read of the protections reported it as one (`groups`).
 */
export function protectionRequests(
  tabs: ReadonlyArray<{ readonly name: string; readonly sheetId: number; readonly protections: ReadonlyArray<SheetsProtectedRange> }>,
  wanted: ReadonlyArray<TabProtection>,
  groups: ReadonlySet<string>,
): SheetsRequest[] {
  const requests: SheetsRequest[] = [];
  for (const want of wanted) {
    const tab = tabs.find((t) => t.name === want.tab);
    if (tab === undefined) continue;
    const emails = [...new Set(want.editors.map((e) => e.toLowerCase()))];
    const editors = { users: emails.filter((e) => !groups.has(e)), groups: emails.filter((e) => groups.has(e)), domainUsersCanEdit: false };
    const ours = tab.protections.find((p) => (p.description ?? '').startsWith(PROTECTION_PREFIX));
    if (ours?.protectedRangeId !== undefined) {
      requests.push({ updateProtectedRange: { protectedRange: { protectedRangeId: ours.protectedRangeId, description: want.description, warningOnly: false, editors }, fields: 'description,warningOnly,editors' } });
    } else {
      requests.push({ addProtectedRange: { protectedRange: { range: { sheetId: tab.sheetId }, description: want.description, warningOnly: false, editors } } });
    }
  }
  return requests;
}

/** Every address some protection lists as a group (the Sheets API keeps them apart from people). */
export function groupsIn(tabs: ReadonlyArray<{ readonly protections: ReadonlyArray<SheetsProtectedRange> }>): Set<string> {
  return new Set(tabs.flatMap((t) => t.protections.flatMap((p) => p.editors?.groups ?? [])).map((g) => g.toLowerCase()));
}
