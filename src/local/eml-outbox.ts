/**
 * The offline Mailer: instead of sending, keeps each message and then writes it as an RFC 5322
 * .eml file (UTF-8, multipart/alternative with a plain-text and an HTML part) that any mail
 * program opens. Messages are built by nodemailer's MailComposer, a well-kept MIME writer. The
 * outbox only composes: `render` gives every file's name and bytes, and the `remind` command
 * writes them (temporary files first, then the log, then the final names), so that a mail is
 * never visible in the folder unless the log says it was sent.
 */
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

  /**
   * Every queued message as an .eml file: named `<prefix>-NN-<unit>.eml`, NN counting on from
   * the highest number already used with that prefix among `existingNames`, so a second run the
   * same day never takes the name of a mail already in the folder.
   */
  async render(prefix: string, existingNames: ReadonlyArray<string>): Promise<RenderedMail[]> {
    let index = highestIndex(prefix, existingNames);
    const taken = new Set(existingNames.map((n) => n.toLowerCase()));
    const rendered: RenderedMail[] = [];
    for (const { message, unitId } of this.queued) {
      let fileName: string;
      do {
        index += 1;
        fileName = emlFileName(prefix, index, unitId);
      } while (taken.has(fileName.toLowerCase()));
      taken.add(fileName.toLowerCase());
      rendered.push({ unitId, fileName, bytes: await buildEml(message, this.from, this.date) });
    }
    return rendered;
  }
}

export interface RenderedMail {
  readonly unitId: string;
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** Unit ids may hold any character; a file name keeps only the safe ones. */
export function emlFileName(prefix: string, index: number, unitId: string): string {
  return `${prefix}-${String(index).padStart(2, '0')}-${unitId.replace(/[^A-Za-z0-9_.-]/g, '_')}.eml`;
}

function highestIndex(prefix: string, names: ReadonlyArray<string>): number {
  let highest = 0;
  for (const name of names) {
    if (!name.startsWith(`${prefix}-`)) continue;
    const match = /^-(\d+)-/.exec(name.slice(prefix.length));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
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
