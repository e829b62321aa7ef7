/**
 * The Apps Script Mailer: MailApp, with its daily recipient quota. One message per call; the
 * use case decides when to stop for quota and logs each attempt.
 */
import type { Mailer } from '../app/send-reminders';
import type { EmailMessage } from '../domain/reminders/email';
import type { MailAppSurface } from './surface';

export const SENDER_NAME = 'Báo cáo (tự động)';

export class GasMailer implements Mailer {
  constructor(private readonly mail: MailAppSurface) {}

  remainingQuota(): number {
    return this.mail.getRemainingDailyQuota();
  }

  send(message: EmailMessage): void {
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
