/**
 * "Nộp báo cáo" and "Mở lại để bổ sung": the decision is the use case's; here it is recorded in
 * document properties (which any unit may write), mirrored into the units tab where the user
 * may, and the unit's tab locked or unlocked, all under the document lock. The reason for a
 * reopening is asked before the lock is taken, and every message is shown after it is released.
 */
import { decideReopen, decideSubmission, unitOfTab } from '../../app/submission';
import { formatDateTimeNumeric } from '../../domain/format';
import type { RawWorkbook } from '../../domain/cells';
import type { GasContext } from '../context';
import { readSubmissionStates, writeSubmissionState, type SubmissionState } from '../submission-state';
import { mirrorSubmissions, requireSecretariat, setUnitLock } from './shared';

export function runSubmit(ctx: GasContext): void {
  ctx.withLock(() => {
    const { raw, check } = ctx.read();
    const unitId = unitOfTab(check, ctx.spreadsheet().getActiveSheet().getName());
    const decision = decideSubmission(check, unitId, ctx.actor(check), ctx.nowIso());
    if (!decision.ok) {
      ctx.say('Nộp báo cáo', decision.reasons.join('\n'));
      return;
    }
    const { record } = decision;
    recordState(ctx, raw, record.unitId, { submittedAt: record.submittedAt, submittedBy: record.submittedBy });
    const unit = check.lookup.unitsById.get(record.unitId);
    // The lock needs only the unit's tab and emails and the secretariat, which the submission does not change.
    const locked = setUnitLock(ctx, check, record.unitId, true, record.submittedAt);
    ctx.say(
      'Nộp báo cáo',
      `Đã nộp phần của ${unit?.name ?? record.unitId} lúc ${formatDateTimeNumeric(record.submittedAt)}.` +
        (locked ? ' Tab đã được khóa; muốn sửa, đề nghị bộ phận tổng hợp mở lại.' : ' Bộ phận tổng hợp sẽ khóa tab ở lần cập nhật tới.'),
    );
  });
}

export function runReopen(ctx: GasContext): void {
  // Who is the secretariat and whose tab this is, before the question: no shard needs reading
  // (the decision reads everything again under the lock).
  const first = ctx.read({ sources: false });
  requireSecretariat(ctx, first.check);
  const unitId = unitOfTab(first.check, ctx.spreadsheet().getActiveSheet().getName());
  // Asked before taking the lock: a prompt suspends the script until the person answers.
  const reason = ctx.prompt('Mở lại để bổ sung', 'Lý do mở lại (đơn vị sẽ thấy lý do này):');
  if (reason === null) return;
  ctx.withLock(() => {
    const { raw, check } = ctx.read();
    const who = requireSecretariat(ctx, check);
    const decision = decideReopen(check, unitId, who, reason, ctx.nowIso());
    if (!decision.ok) {
      ctx.say('Mở lại để bổ sung', decision.reasons.join('\n'));
      return;
    }
    const { record } = decision;
    recordState(ctx, raw, record.unitId, { reopenedAt: record.reopenedAt, reopenReason: record.reason });
    const unit = check.lookup.unitsById.get(record.unitId);
    setUnitLock(ctx, check, record.unitId, false, null);
    ctx.say('Mở lại để bổ sung', `Đã mở lại tab của ${unit?.name ?? record.unitId}. Lý do: ${record.reason}`);
  });
}

/** Merges `change` into the unit's recorded state, stores it and mirrors it into the units tab. */
function recordState(ctx: GasContext, raw: RawWorkbook, unitId: string, change: Partial<SubmissionState>): void {
  const previous = readSubmissionStates(ctx.properties()).get(unitId);
  const state: SubmissionState = {
    submittedAt: previous?.submittedAt ?? null,
    submittedBy: previous?.submittedBy ?? null,
    reopenedAt: previous?.reopenedAt ?? null,
    reopenReason: previous?.reopenReason ?? null,
    ...change,
  };
  writeSubmissionState(ctx.properties(), unitId, state);
  mirrorSubmissions(ctx, raw, new Map([[unitId, state]]));
}
