/**
 * "Chốt số liệu" (secretariat only) and the daily trigger's own cut-off: the figures of every
 * unit as they stand, with who took them (the running user) and when (Vietnam time), written as
 * the "Chốt số liệu" tab in one write of its values and protected for the secretariat. A second
 * snapshot replaces the first only when the secretariat confirms it, asked before the lock is
 * taken (a dialog under the document lock would block every other user, context.ts); the
 * figures are then read again under the lock, so the snapshot is what stands when it is taken.
 * From the cut-off date on, the daily reminder trigger takes the snapshot itself when nobody has.
 */
import { cutoffDue, cutoffRows, cutoffTab, existingCutoff } from '../../app/cutoff';
import { configTabProtection } from '../../app/setup-workbook';
import type { CutoffRow } from '../../domain/contract/tables';
import { CUTOFF_TAB } from '../../domain/contract/tabs';
import { formatDateTimeNumeric } from '../../domain/format';
import { findTabName } from '../../domain/workbook/read';
import type { GasContext, Reading } from '../context';
import { applyProtection, runner } from '../protections';
import { createTab } from '../tab-writer';
import { requireSecretariat } from './shared';

const TITLE = 'Chốt số liệu';

/** The cut-off tab's name as the spreadsheet spells it, from the metadata already read (no call per tab). */
function cutoffTabName(reading: Pick<Reading, 'metadata'>): string | undefined {
  return findTabName(reading.metadata.tabs.map((t) => t.name), CUTOFF_TAB.name);
}

function hasCutoffTab(reading: Pick<Reading, 'metadata'>): boolean {
  return cutoffTabName(reading) !== undefined;
}

/** Writes the snapshot tab (replacing the old one when there is one); the caller holds the lock. */
export function takeSnapshot(ctx: GasContext, reading: Reading, by: string, time: string): CutoffRow[] {
  const { check } = reading;
  const rows = cutoffRows(check, by, time);
  const spreadsheet = ctx.spreadsheet();
  const app = ctx.g.SpreadsheetApp;
  // One getSheetByName, not a getName per tab: at 1,000 tabs that loop was 1,000 calls in the
  // daily trigger (scripts/bench-gas.ts).
  const oldName = cutoffTabName(reading);
  const old = oldName === undefined ? null : spreadsheet.getSheetByName(oldName);
  if (old !== null) spreadsheet.deleteSheet(old);
  const sheet = createTab(spreadsheet, cutoffTab(rows), app);
  const secretariat = check.workbook.settings?.secretariatEmails ?? [];
  applyProtection(sheet, configTabProtection(CUTOFF_TAB.name, secretariat), app, runner(ctx));
  return rows;
}

function said(rows: ReadonlyArray<CutoffRow>, by: string, time: string): string {
  const units = new Set(rows.map((r) => r.unitId)).size;
  const blank = rows.filter((r) => r.value === null).length;
  return (
    `Đã chốt số liệu lúc ${formatDateTimeNumeric(time)} (người chốt: ${by}): ${rows.length} số liệu của ${units} đơn vị, ở tab "${CUTOFF_TAB.name}".` +
    (blank > 0 ? ` ${blank} ô còn trống được chốt là trống (không phải 0).` : '') +
    ' Từ nay, số nào sửa khác số đã chốt được báo ở Kiểm tra dữ liệu và Tiến độ, kèm số cũ và số mới.'
  );
}

export function runCutoff(ctx: GasContext): void {
  const first = ctx.read();
  const who = requireSecretariat(ctx, first.check);
  const again = hasCutoffTab(first);
  if (again) {
    const previous = existingCutoff(first.check);
    const when = previous === null ? '' : ` lúc ${formatDateTimeNumeric(previous.time)}${previous.by === null || previous.by === '' ? '' : ` (người chốt: ${previous.by})`}`;
    // Asked with no lock held; the answer may take minutes.
    if (!ctx.confirm(TITLE, `Số liệu đã được chốt${when}.\nChốt lại bằng số hiện tại? Số đã chốt trước đó sẽ được thay.`)) {
      return ctx.say(TITLE, 'Không chốt lại: số đã chốt được giữ nguyên.');
    }
  }
  const by = who.email;
  const result = ctx.withLock(() => {
    // After a question, what stands now is read again under the lock (minutes may have passed).
    const reading = again ? ctx.read() : first;
    const time = ctx.nowIso();
    return { rows: takeSnapshot(ctx, reading, by, time), time };
  });
  ctx.say(TITLE, said(result.rows, by, result.time));
}

/** The daily trigger, under its lock: the snapshot on or after the cut-off date, when nobody took one. */
export function snapshotWhenDue(ctx: GasContext, reading: Reading): boolean {
  if (!cutoffDue(reading.check, ctx.today(), hasCutoffTab(reading))) return false;
  takeSnapshot(ctx, reading, `${ctx.me()} (tự động, ngày chốt số liệu)`, ctx.nowIso());
  return true;
}
