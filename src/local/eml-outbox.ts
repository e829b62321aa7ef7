/**
 * The offline Mailer: instead of sending, keeps each message and then writes it as an RFC 5322
 * .eml file (UTF-8, multipart/alternative with a plain-text and an HTML part) that any mail
 * program opens. Messages are built by nodemailer's MailComposer, a well-kept MIME writer.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Mailer } from '../app/send-reminders';
import type { EmailMessage } from '../domain/reminders/email';

interface Queued {
  readonly message: EmailMessage;
  readonly unitId: string;
}

export class EmlOutbox implements Mailer {
  private readonly queued: Queued[] = [];

  constructor(
    private readonly from: string,
    private readonly date: Date,
  ) {}

  remainingQuota(): number {
    return Number.POSITIVE_INFINITY;
  }

  send(message: EmailMessage, unitId: string): void {
    this.queued.push({ message, unitId });
  }

  get count(): number {
    return this.queued.length;
  }

  /** Writes every queued message to `dir`; returns the file paths in order. */
  async writeTo(dir: string, prefix: string): Promise<string[]> {
    await mkdir(dir, { recursive: true });
    const paths: string[] = [];
    let index = 0;
    for (const { message, unitId } of this.queued) {
      index += 1;
      const path = join(dir, `${prefix}-${String(index).padStart(2, '0')}-${unitId.replace(/[^A-Za-z0-9_.-]/g, '_')}.eml`);
      await writeFile(path, await buildEml(message, this.from, this.date));
      paths.push(path);
    }
    return paths;
  }
}

export function buildEml(message: EmailMessage, from: string, date: Date): Promise<Buffer> {
  const composer = new MailComposer({
    from,
    to: [...message.to],
    cc: message.cc.length > 0 ? [...message.cc] : undefined,
    subject: message.subject,
    text: message.text,
    html: message.html,
    date,
    textEncoding: 'base64',
    headers: { 'Content-Language': 'vi' },
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((error, eml) => (error ? reject(error) : resolve(eml)));
  });
}
