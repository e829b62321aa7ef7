/**
 * "Nộp báo cáo" and "Mở lại để bổ sung": the decision is the use case's; here it is recorded in
 * document properties (which any unit may write), mirrored into the units tab where the user
 * may, and the unit's tab locked or unlocked, all under the document lock. The reason for a
 * reopening is asked before the lock is taken, and every message is shown after it is released.
 */
import { checkWorkbook } from '../../app/check-workbook';
import { decideReopen, decideSubmission, unitOfTab } from '../../app/submission';
import { formatDateTimeNumeric } from '../../domain/format';
import type { GasContext } from '../context';
import { overlaySubmissions, readSubmissionStates, writeSubmissionState, type SubmissionState } from '../submission-state';
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
    const previous = readSubmissionStates(ctx.properties()).get(record.unitId);
    const state: SubmissionState = {
      submittedAt: record.submittedAt,
      submittedBy: record.submittedBy,
      reopenedAt: previous?.reopenedAt ?? null,
      reopenReason: previous?.reopenReason ?? null,
    };
    writeSubmissionState(ctx.properties(), record.unitId, state);
    mirrorSubmissions(ctx, raw, new Map([[record.unitId, state]]));
    const unit = check.lookup.unitsById.get(record.unitId);
    const submitted = checkWorkbook({ read: () => overlaySubmissions(raw, readSubmissionStates(ctx.properties())) });
    const locked = setUnitLock(ctx, submitted, record.unitId, true, record.submittedAt);
    ctx.say(
      'Nộp báo cáo',
      `Đã nộp phần của ${unit?.name ?? record.unitId} lúc ${formatDateTimeNumeric(record.submittedAt)}.` +
        (locked ? ' Tab đã được khóa; muốn sửa, đề nghị bộ phận tổng hợp mở lại.' : ' Bộ phận tổng hợp sẽ khóa tab ở lần cập nhật tới.'),
    );
  });
}

export function runReopen(ctx: GasContext): void {
  const first = ctx.read();
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
    const previous = readSubmissionStates(ctx.properties()).get(record.unitId);
    const state: SubmissionState = {
      submittedAt: previous?.submittedAt ?? null,
      submittedBy: previous?.submittedBy ?? null,
      reopenedAt: record.reopenedAt,
      reopenReason: record.reason,
    };
    writeSubmissionState(ctx.properties(), record.unitId, state);
    mirrorSubmissions(ctx, raw, new Map([[record.unitId, state]]));
    const unit = check.lookup.unitsById.get(record.unitId);
    setUnitLock(ctx, check, record.unitId, false, null);
    ctx.say('Mở lại để bổ sung', `Đã mở lại tab của ${unit?.name ?? record.unitId}. Lý do: ${record.reason}`);
  });
}
