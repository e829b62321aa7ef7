/**
 * "Thu thập số liệu cấp dưới" (secretariat): the menu item runs one step now and, when children
 * are left, the rest continues by itself in one-off triggers (baocaoContinueCollect) until
 * every child was read once, writing how far it got in the "Tiến trình thu thập" tab. Clicking
 * again while a collection is under way continues it (nothing is read twice); once finished, a
 * click starts a new collection that reads every child afresh.
 */
import { UserFacingError, type GasContext } from '../context';
import { formatDateTimeNumeric } from '../../domain/format';
import {
  ABANDONED_AFTER_MS,
  COLLECT_CONTINUATION,
  COLLECT_PROGRESS_TAB,
  collectStep,
  readCollectJob,
  releaseLease,
  stepLines,
  takeLease,
  type CollectJob,
  type CollectStep,
} from '../rollup/collect';
import { COLLECT_CAPTION } from '../rollup/source-reader';
import { deleteContinuations, finishJob, scheduleContinuation, writeProgress } from '../setup-job';
import { requireSecretariat } from './shared';

/**
 * One step of `job` under the lease (taken before the spreadsheet is read, so the cache it sees
 * is not about to change); null when another step holds it. The job is then finished or
 * scheduled to continue. Only the secretariat may collect: the check runs on the same read.
 */
function step(ctx: GasContext, job: CollectJob): CollectStep | null {
  const busyUntil = ctx.withLock(() => takeLease(ctx));
  if (busyUntil !== null) return null;
  let result: CollectStep;
  try {
    const reading = ctx.read({ sources: false });
    requireSecretariat(ctx, reading.check);
    result = collectStep(ctx, reading, job.startedAt);
  } finally {
    releaseLease(ctx);
  }
  const script = ctx.g.ScriptApp;
  if (result.stop === 'finished') finishJob(script, ctx.properties(), COLLECT_CONTINUATION);
  else scheduleContinuation(script, ctx.properties(), { ...job, lastRunMs: ctx.clock().getTime() }, COLLECT_CONTINUATION);
  if (result.children > 0) writeProgress(ctx.spreadsheet(), stepLines(result, job, ctx.nowIso()), COLLECT_PROGRESS_TAB);
  return result;
}

export function runCollect(ctx: GasContext): void {
  const found = readCollectJob(ctx.properties());
  const existing = found !== null && ctx.clock().getTime() - found.lastRunMs < ABANDONED_AFTER_MS ? found : null;
  // A collection under way is continued (by whoever clicks: their trigger takes over), never restarted.
  const job: CollectJob =
    existing === null ? { owner: ctx.me(), startedAt: ctx.nowIso(), runs: 1, lastRunMs: ctx.clock().getTime() } : { ...existing, owner: ctx.me(), runs: existing.runs + 1 };
  const result = step(ctx, job);
  if (result === null) {
    throw new UserFacingError(`Một lần ${COLLECT_CAPTION.toLowerCase()} khác đang chạy (bắt đầu lúc ${formatDateTimeNumeric(job.startedAt)}). Xem tab "${COLLECT_PROGRESS_TAB}"; phần còn lại tự chạy tiếp.`);
  }
  if (result.children === 0) {
    ctx.say(COLLECT_CAPTION, 'Tab Đơn vị chưa có đơn vị nào có loại nguồn "Báo cáo cấp dưới" (với đường liên kết bảng tính ở cột Nguồn dữ liệu): không có gì để thu thập.');
    return;
  }
  const lines = stepLines(result, job, ctx.nowIso());
  if (result.stop !== 'finished') lines.push(`Phần còn lại tự chạy tiếp, không cần mở bảng tính; xem tab "${COLLECT_PROGRESS_TAB}".`);
  ctx.say(COLLECT_CAPTION, lines.join('\n'));
}

/** The continuation trigger's handler: runs as whoever last started or continued the collection. */
export function continueCollect(ctx: GasContext): void {
  const job = readCollectJob(ctx.properties());
  if (job === null || job.owner !== ctx.me()) {
    deleteContinuations(ctx.g.ScriptApp, COLLECT_CONTINUATION.handler);
    return;
  }
  // Another step still running: try again a minute later rather than read twice.
  if (step(ctx, { ...job, runs: job.runs + 1 }) === null) scheduleContinuation(ctx.g.ScriptApp, ctx.properties(), job, COLLECT_CONTINUATION);
}
