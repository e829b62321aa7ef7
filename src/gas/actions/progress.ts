/**
 * "Tiến độ": rebuilds the "Tổng hợp" dashboard tab from the one read, and, run by the
 * secretariat, finishes the locks units could not apply to their own tabs.
 */
import { planDashboard } from '../../domain/dashboard';
import type { GasContext } from '../context';
import { readSubmissionStates } from '../submission-state';
import { rebuildTab } from '../tab-writer';
import { mirrorSubmissions, syncPendingLocks } from './shared';

export const LAST_EDIT_PREFIX = 'baocao.lastEdit.';

export function runProgress(ctx: GasContext): void {
  const { raw, check } = ctx.read();
  const edits = new Map<string, string>();
  for (const [key, value] of Object.entries(ctx.properties().getProperties())) {
    if (key.startsWith(LAST_EDIT_PREFIX)) edits.set(key.slice(LAST_EDIT_PREFIX.length), value);
  }
  const plan = planDashboard(check.status, edits, ctx.nowIso());
  ctx.withLock(() => {
    rebuildTab(ctx.spreadsheet(), plan, ctx.g.SpreadsheetApp, plan.rowColours).activate();
    if (ctx.actor(check).isSecretariat) {
      syncPendingLocks(ctx, check);
      mirrorSubmissions(ctx, raw, readSubmissionStates(ctx.properties()));
    }
  });
  ctx.toast(`Đã nộp ${check.status.submitted}/${check.status.expected} đơn vị.`, 'Tiến độ');
}
