/**
 * Fake MailApp: an outbox instead of Gmail. The daily quota (100 recipients for consumer
 * accounts by default) is decremented per recipient (to + cc + bcc) and a send that needs more
 * than is left throws Apps Script's quota error. A test can make the Nth send attempt fail, to
 * exercise partial-failure handling; failed sends consume no quota and reach no outbox.
 */
import type { MailAppSurface, MailMessage } from '../../../src/gas/surface';
import type { CallLog } from './call-log';

export interface SentMail extends MailMessage {
  recipients: string[];
}

export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

function recipientsOf(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export class FakeMailApp implements MailAppSurface {
  readonly outbox: SentMail[] = [];
  private remaining: number;
  private attempts = 0;
  private readonly failures = new Map<number, string>();

  constructor(
    private readonly calls: CallLog,
    dailyQuota: number,
  ) {
    this.remaining = dailyQuota;
  }

  sendEmail(message: MailMessage): void {
    this.calls.record('MailApp.sendEmail');
    this.attempts += 1;
    if (typeof message !== 'object' || message === null) {
      throw new Error('The fake MailApp supports only the sendEmail(message) form used by baocao.');
    }
    const recipients = [...recipientsOf(message.to), ...recipientsOf(message.cc), ...recipientsOf(message.bcc)];
    if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
    for (const address of recipients) {
      if (!EMAIL.test(address)) throw new Error(`Invalid email: ${address}`);
    }
    if (message.subject === undefined || message.subject === null) throw new Error('Invalid argument: subject');
    const failure = this.failures.get(this.attempts);
    if (failure !== undefined) throw new Error(failure);
    if (recipients.length > this.remaining) throw new Error(MAIL_QUOTA_MESSAGE);
    this.remaining -= recipients.length;
    this.outbox.push({ ...message, recipients });
  }

  getRemainingDailyQuota(): number {
    this.calls.record('MailApp.getRemainingDailyQuota');
    return this.remaining;
  }

  /* ---- test controls ---- */

  /** The `attempt`-th call to sendEmail (1-based, counted from the start) throws `message`. */
  failOnAttempt(attempt: number, message = 'Service unavailable: Gmail'): void {
    this.failures.set(attempt, message);
  }

  setRemainingQuota(remaining: number): void {
    this.remaining = remaining;
  }

  /** How many times sendEmail was called, successful or not. */
  attemptCount(): number {
    return this.attempts;
  }
}
