/**
 * Steps several actions share: who is the secretariat, locking and unlocking a unit's tab after
 * a submission, finishing locks a unit could not apply to itself, and mirroring the recorded
 * submissions into the units tab. All of them run inside the caller's document lock.
 */
import type { WorkbookCheck } from '../../app/check-workbook';
import { unitTabProtection, type TabProtection } from '../../app/setup-workbook';
import type { Actor } from '../../app/submission';
import type { RawWorkbook } from '../../domain/cells';
import { UNITS_TAB } from '../../domain/contract/tabs';
import { UserFacingError, type GasContext } from '../context';
import { applyProtection, runner } from '../protections';
import { mirrorWrites, type SubmissionState } from '../submission-state';
import { toSheetValue } from '../tab-writer';

/** Marks a unit tab as locked for the submission at this time, so locks are applied once. */
export const LOCKED_PREFIX = 'baocao.locked.';

export function requireSecretariat(ctx: GasContext, check: WorkbookCheck): Actor {
  const who = ctx.actor(check);
  if (!who.isSecretariat && check.workbook.settings !== null) {
    throw new UserFacingError('Chỉ bộ phận tổng hợp (email ở tab Thiết lập, hoặc chủ sở hữu bảng tính) được dùng chức năng này.');
  }
  return who;
}

function unitProtection(check: WorkbookCheck, unitId: string, locked: boolean): TabProtection | null {
  const unit = check.lookup.unitsById.get(unitId);
  return unit === undefined ? null : unitTabProtection(unit, check.workbook.settings?.secretariatEmails ?? [], locked);
}

/** Locks or unlocks one unit tab; remembers a completed lock so it is not redone. */
export function setUnitLock(ctx: GasContext, check: WorkbookCheck, unitId: string, locked: boolean, submittedAt: string | null): boolean {
  const wanted = unitProtection(check, unitId, locked);
  const sheet = wanted === null ? null : ctx.spreadsheet().getSheetByName(wanted.tab);
  if (wanted === null || sheet === null) return false;
  const exact = applyProtection(sheet, wanted, ctx.g.SpreadsheetApp, runner(ctx)) === 'exact';
  if (locked && exact) ctx.properties().setProperty(LOCKED_PREFIX + unitId, submittedAt ?? 'x');
  if (!locked) ctx.properties().deleteProperty(LOCKED_PREFIX + unitId);
  return exact;
}

/** Finishes locks a unit could not apply to itself (run by the secretariat or its trigger), within the budget. */
export function syncPendingLocks(ctx: GasContext, check: WorkbookCheck): number {
  // One read of every property, not one round trip per unit.
  const recorded = ctx.properties().getProperties();
  let done = 0;
  for (const unit of check.status.units) {
    if (ctx.budget.exhausted()) break;
    if (unit.state !== 'submitted' || recorded[LOCKED_PREFIX + unit.unitId] === unit.submittedAt) continue;
    if (setUnitLock(ctx, check, unit.unitId, true, unit.submittedAt)) done += 1;
  }
  return done;
}

/** Writes the recorded submission states into the units tab: at most four column writes. */
export function mirrorSubmissions(ctx: GasContext, stored: RawWorkbook, states: ReadonlyMap<string, SubmissionState>): boolean {
  const sheet = ctx.spreadsheet().getSheetByName(UNITS_TAB.name);
  const writes = mirrorWrites(stored, states);
  if (sheet === null || writes.length === 0) return true;
  try {
    for (const write of writes) {
      sheet.getRange(2, write.col, write.values.length, 1).setValues(write.values.map((v) => [toSheetValue(v)]));
    }
    return true;
  } catch {
    // A unit clerk cannot write the secretariat's tab; the next secretariat action mirrors it.
    return false;
  }
}
