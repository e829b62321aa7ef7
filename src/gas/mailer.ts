/**
 * The Apps Script Mailer: MailApp, with its daily recipient quota. One message per call; the
 * use case decides when to stop for quota and logs each attempt. Given the execution's budget,
 * it refuses to start a send once the time is used, so the use case logs the rest as not sent
 * (and the next run sends them) instead of the execution dying before the log is written.
 */
import type { Mailer } from '../app/send-reminders';
import type { EmailMessage } from '../domain/reminders/email';
import type { Budget } from './budget';
import type { MailAppSurface } from './surface';

export const OUT_OF_TIME = 'Hết thời gian chạy cho phép của lần này; thư sẽ được gửi ở lần chạy sau.';

export const SENDER_NAME = 'Báo cáo (tự động)';

export class GasMailer implements Mailer {
  constructor(
    private readonly mail: MailAppSurface,
    private readonly budget: Budget | null = null,
  ) {}

  remainingQuota(): number {
    return this.mail.getRemainingDailyQuota();
  }

  send(message: EmailMessage): void {
    if (this.budget?.exhausted() === true) throw new Error(OUT_OF_TIME);
    this.mail.sendEmail({
      to: message.to.join(','),
      ...(message.cc.length > 0 ? { cc: message.cc.join(',') } : {}),
      subject: message.subject,
      body: message.text,
      htmlBody: message.html,
      name: SENDER_NAME,
    });
  }
}
