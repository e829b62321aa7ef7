/**
 * Reminders: "Gửi nhắc việc ngay" (preview, confirm before any lock, then send under the lock),
 * the daily trigger's handler, and turning the daily trigger on and off. The trigger belongs to
 * one person, recorded in document properties (triggers.ts): a second secretariat member is told
 * who owns it and may take it over on purpose; only the owner or the secretariat may turn it
 * off; a trigger whose owner is no longer the recorded one removes itself without sending.
 */
import { sendReminders, type ReminderRun } from '../../app/send-reminders';
import { REMINDER_REASONS, type ReminderLogEntry } from '../../domain/contract/tables';
import { REMINDER_LOG_TAB } from '../../domain/contract/tabs';
import { formatDateTimeNumeric } from '../../domain/format';
import { planTableTab, toCell } from '../../domain/workbook/layout';
import type { GasContext, Reading } from '../context';
import { GasMailer } from '../mailer';
import { appendRows } from '../tab-writer';
import { claimDailyRun, disableDailyReminders, enableDailyReminders, readTriggerRecord } from '../triggers';
import { requireSecretariat, syncPendingLocks } from './shared';

function runReminders(ctx: GasContext, dryRun: boolean, reading: Reading = ctx.read()): ReminderRun {
  const { raw } = reading;
  const url = ctx.spreadsheet().getUrl();
  return sendReminders({
    source: { read: () => raw },
    today: ctx.today(),
    now: ctx.nowIso(),
    mailer: new GasMailer(ctx.g.MailApp, ctx.budget),
    log: {
      append: (entries: ReadonlyArray<ReminderLogEntry>) => {
        const columns = Object.entries(REMINDER_LOG_TAB.columns);
        const rows = entries.map((e) => columns.map(([field, def]) => toCell(def, (e as Record<string, unknown>)[field])));
        appendRows(ctx.spreadsheet(), planTableTab(REMINDER_LOG_TAB, [], 'system'), rows, ctx.g.SpreadsheetApp, ctx.timeZone());
      },
    },
    tabLink: () => url,
    dryRun,
  });
}

function describePlan(run: ReminderRun): string {
  const label = (value: string) => REMINDER_REASONS.find((r) => r.value === value)?.label ?? value;
  const lines = run.mails.map((m) => `• ${m.unitName} (${label(m.reason)}) → ${m.message.to.join(', ')}`);
  return lines.length > 25 ? [...lines.slice(0, 25), `… và ${lines.length - 25} thư khác.`].join('\n') : lines.join('\n');
}

export function runSendRemindersNow(ctx: GasContext): void {
  const preview = runReminders(ctx, true);
  if (preview.mails.length === 0) {
    ctx.say('Gửi nhắc việc', 'Hôm nay không có đơn vị nào cần nhắc.');
    return;
  }
  if (!ctx.confirm('Gửi nhắc việc', `Sẽ gửi ${preview.mails.length} thư:\n${describePlan(preview)}\n\nGửi ngay?`)) return;
  const run = ctx.withLock(() => runReminders(ctx, false));
  const sent = run.attempts.filter((a) => a.result === 'sent').length;
  const failed = run.attempts.filter((a) => a.result === 'failed').length;
  ctx.say(
    'Gửi nhắc việc',
    `Đã gửi ${sent} thư.` +
      (failed > 0 ? ` ${failed} thư chưa gửi được (xem tab ${REMINDER_LOG_TAB.name}; sẽ gửi lại ở lần sau).` : '') +
      (run.stoppedForQuota ? ' Đã hết hạn mức gửi thư trong ngày; phần còn lại sẽ gửi ở lần sau.' : ''),
  );
}

function ownerLine(owner: string, hour: number, lastRun: string | null): string {
  return `Nhắc việc tự động đang chạy trong tài khoản ${owner} (mỗi ngày lúc ${hour} giờ${lastRun === null ? '' : `, lần chạy gần nhất ${formatDateTimeNumeric(lastRun)}`}).`;
}

export function runEnableReminders(ctx: GasContext): void {
  const { check } = ctx.read();
  requireSecretariat(ctx, check);
  const hour = check.workbook.settings?.reminderHour ?? 8;
  const me = ctx.me();
  const first = ctx.withLock(() => enableDailyReminders(ctx.g.ScriptApp, ctx.properties(), me, hour));
  if (first.kind === 'owned-by-other') {
    const question =
      `${ownerLine(first.owner, first.hour, first.lastRun)}\n` +
      `Chỉ cần một người bật. Chuyển sang tài khoản của bạn (${me})? Thư sẽ gửi từ tài khoản của bạn; trình kích hoạt của ${first.owner} tự gỡ ở lần chạy tới.`;
    // Asked with no lock held; the record is re-read under the lock before taking over.
    if (!ctx.confirm('Nhắc việc tự động', question)) {
      ctx.say('Nhắc việc tự động', `${ownerLine(first.owner, first.hour, first.lastRun)} Không thay đổi gì.`);
      return;
    }
    const taken = ctx.withLock(() => enableDailyReminders(ctx.g.ScriptApp, ctx.properties(), me, hour, true));
    ctx.say('Nhắc việc tự động', taken.kind === 'installed' ? `Đã chuyển nhắc việc tự động sang tài khoản ${me}: mỗi ngày lúc ${hour} giờ.` : 'Không thay đổi gì.');
    return;
  }
  ctx.say(
    'Nhắc việc tự động',
    first.kind === 'installed'
      ? `Đã bật: mỗi ngày lúc ${hour} giờ sẽ gửi thư nhắc các đơn vị cần nhắc, từ tài khoản ${me}.`
      : `Nhắc việc tự động đã bật sẵn trong tài khoản của bạn (lúc ${hour} giờ).`,
  );
}

export function runDisableReminders(ctx: GasContext): void {
  const { check } = ctx.read();
  const me = ctx.me();
  const record = readTriggerRecord(ctx.properties());
  if (record?.owner !== me) requireSecretariat(ctx, check);
  const outcome = ctx.withLock(() => disableDailyReminders(ctx.g.ScriptApp, ctx.properties(), me));
  ctx.say(
    'Nhắc việc tự động',
    outcome.kind === 'not-enabled'
      ? 'Nhắc việc tự động chưa bật.'
      : outcome.kind === 'released'
        ? `Đã tắt nhắc việc tự động. Trình kích hoạt trong tài khoản ${outcome.owner} sẽ tự gỡ ở lần chạy tới và không gửi thư nào.`
        : 'Đã tắt nhắc việc tự động.',
  );
}

/** The daily trigger: runs as its owner, without Ui; sends only if that owner is the recorded one. */
export function runDailyReminders(ctx: GasContext): void {
  const me = ctx.me();
  if (!claimDailyRun(ctx.g.ScriptApp, ctx.properties(), me, ctx.nowIso())) return;
  // Waiting for the lock spends this execution's time: one minute at most, then tomorrow.
  ctx.withLock(() => {
    const reading = ctx.read();
    runReminders(ctx, false, reading);
    // The trigger runs as the secretariat: finish locks that units could not apply.
    syncPendingLocks(ctx, reading.check);
  }, 60 * 1000);
}

