/**
 * Reminders: "Gửi nhắc việc ngay" (preview, confirm before any lock, then send under the lock),
 * the daily trigger's handler, and turning the daily trigger on and off. The trigger belongs to
 * one person, recorded in document properties (triggers.ts): a second secretariat member is told
 * who owns it and may take it over on purpose; only the owner or the secretariat may turn it
 * off; a trigger whose owner is no longer the recorded one removes itself without sending.
 */
import { sendReminders, type ReminderRun } from '../../app/send-reminders';
import { REMINDER_REASONS, type ReminderLogEntry } from '../../domain/contract/tables';
import { REMINDER_LOG_TAB, SETTINGS_TAB } from '../../domain/contract/tabs';
import { formatDateTimeNumeric } from '../../domain/format';
import { planTableTab, toCell } from '../../domain/workbook/layout';
import type { GasContext, Reading } from '../context';
import { GasMailer } from '../mailer';
import { appendRows } from '../tab-writer';
import { claimDailyRun, disableDailyReminders, enableDailyReminders, readTriggerRecord } from '../triggers';
import { snapshotWhenDue } from './cutoff';
import { REMINDERS_OFF_NOTE } from './new-period';
import { requireSecretariat, syncPendingLocks } from './shared';

function runReminders(ctx: GasContext, dryRun: boolean, reading: Reading = ctx.read()): ReminderRun {
  const { raw, sources } = reading;
  const url = ctx.spreadsheet().getUrl();
  return sendReminders({
    source: { read: () => raw },
    sources,
    today: ctx.today(),
    now: ctx.nowIso(),
    mailer: new GasMailer(ctx.g.MailApp, ctx.budget),
    log: {
      append: (entries: ReadonlyArray<ReminderLogEntry>) => {
        const columns = Object.entries(REMINDER_LOG_TAB.columns);
        const rows = entries.map((e) => columns.map(([field, def]) => toCell(def, (e as Record<string, unknown>)[field])));
        appendRows(ctx.spreadsheet(), planTableTab(REMINDER_LOG_TAB, [], 'system'), rows, ctx.g.SpreadsheetApp);
      },
    },
    tabLink: () => url,
    dryRun,
  });
}

function describePlan(run: ReminderRun): string {
  const label = (value: string) => REMINDER_REASONS.find((r) => r.value === value)?.label ?? value;
  const lines = run.mails.slice(0, 25).map((m) => `• ${m.unitName} (${label(m.reason)}) → ${m.message.to.join(', ')}`);
  return [...lines, ...(run.mails.length > 25 ? [`… và ${run.mails.length - 25} thư khác.`] : [])].join('\n');
}

const TITLE = 'Nhắc việc tự động';

export function runSendRemindersNow(ctx: GasContext): void {
  const preview = runReminders(ctx, true);
  if (preview.mails.length === 0) return ctx.say('Gửi nhắc việc', 'Hôm nay không có đơn vị nào cần nhắc.');
  if (!ctx.confirm('Gửi nhắc việc', `Sẽ gửi ${preview.mails.length} thư:\n${describePlan(preview)}\n\nGửi ngay?`)) return;
  const run = ctx.withLock(() => runReminders(ctx, false));
  const count = (result: string) => run.attempts.filter((a) => a.result === result).length;
  const failed = count('failed');
  ctx.say(
    'Gửi nhắc việc',
    `Đã gửi ${count('sent')} thư.` +
      (failed > 0 ? ` ${failed} thư chưa gửi được, sẽ gửi lại lần sau (xem tab ${REMINDER_LOG_TAB.name}).` : '') +
      (run.stoppedForQuota ? ' Đã hết hạn mức gửi thư hôm nay; phần còn lại gửi lần sau.' : ''),
  );
}

export function runEnableReminders(ctx: GasContext): void {
  // Settings and the secretariat only: no shard needs reading.
  const { check } = ctx.read({ sources: false });
  requireSecretariat(ctx, check);
  const hour = check.workbook.settings?.reminderHour ?? 8;
  const me = ctx.me();
  const enable = (takeOver: boolean) => ctx.withLock(() => enableDailyReminders(ctx.g.ScriptApp, ctx.properties(), me, hour, takeOver));
  let outcome = enable(false);
  if (outcome.kind === 'owned-by-other') {
    const owner = `Nhắc việc tự động đang chạy trong tài khoản ${outcome.owner} (${outcome.hour} giờ mỗi ngày${outcome.lastRun === null ? '' : `, lần gần nhất ${formatDateTimeNumeric(outcome.lastRun)}`}).`;
    // Asked with no lock held; the record is read again under the lock before taking over.
    if (!ctx.confirm(TITLE, `${owner}\nChuyển sang tài khoản của bạn (${me})? Trình kích hoạt của ${outcome.owner} sẽ tự gỡ ở lần chạy tới.`)) {
      return ctx.say(TITLE, `${owner} Không thay đổi gì.`);
    }
    outcome = enable(true);
  }
  clearRemindersOffNote(ctx, check);
  ctx.say(TITLE, outcome.kind === 'installed' ? `Đã bật trong tài khoản ${me}: ${hour} giờ mỗi ngày.` : `Đã bật sẵn trong tài khoản của bạn (${hour} giờ).`);
}

/** A new period's file says reminders are off in it until they are turned on here (new-period.ts). */
function clearRemindersOffNote(ctx: GasContext, check: Reading['check']): void {
  const cell = check.workbook.settingsCells.reminderHour;
  const sheet = cell === undefined ? null : ctx.spreadsheet().getSheetByName(SETTINGS_TAB.name);
  const label = sheet?.getRange(`A${/\d+/.exec(cell ?? '')?.[0] ?? '1'}`);
  if (label !== undefined && label.getNotes()[0]?.[0] === REMINDERS_OFF_NOTE) label.setNote('');
}

export function runDisableReminders(ctx: GasContext): void {
  // Who is the secretariat, nothing more: no shard needs reading.
  const { check } = ctx.read({ sources: false });
  const me = ctx.me();
  if (readTriggerRecord(ctx.properties())?.owner !== me) requireSecretariat(ctx, check);
  const outcome = ctx.withLock(() => disableDailyReminders(ctx.g.ScriptApp, ctx.properties(), me));
  ctx.say(
    TITLE,
    outcome.kind === 'not-enabled'
      ? 'Nhắc việc tự động chưa bật.'
      : `Đã tắt nhắc việc tự động.${outcome.kind === 'released' ? ` Trình kích hoạt trong tài khoản ${outcome.owner} sẽ tự gỡ ở lần chạy tới, không gửi thư.` : ''}`,
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
    // From the cut-off date on, the snapshot nobody took.
    snapshotWhenDue(ctx, reading);
  }, 60 * 1000);
}

