/**
 * Use case "send reminders": plan who gets a reminder today, compose each email, send them one
 * by one through the Mailer (Apps Script MailApp, or .eml files offline), stop cleanly when the
 * daily quota runs out, keep going when one send fails, and record every attempt in the log.
 * With `dryRun` it only plans and composes: nothing is sent, nothing is logged.
 */
import type { ReminderLogEntry, ReminderReason, ReminderResult } from '../domain/contract/tables';
import type { IsoDate, IsoDateTime } from '../domain/dates';
import type { Finding } from '../domain/findings';
import { numberLine } from '../domain/report/compile';
import { plainText, type Paragraph, type ReportModel } from '../domain/report/model';
import { PROFILES } from '../domain/report/profiles';
import { composeDigest, composeReminder, type EmailMessage, type ReportIdentity, type TabLink } from '../domain/reminders/email';
import { planReminders, scheduleFrom, type ReminderPlan } from '../domain/reminders/plan';
import type { SourceReads } from '../domain/rollup/sources';
import { checkWorkbook, type WorkbookCheck } from './check-workbook';
import { reportModelOf } from './generate-report';
import type { WorkbookSource } from './ports';

export interface Mailer {
  /** How many more recipients may be mailed today. */
  remainingQuota(): number;
  /** Sends one message; `unitId` names the unit it is about (for outbox file names and logs). */
  send(message: EmailMessage, unitId: string): void;
}

export interface ReminderLog {
  append(entries: ReadonlyArray<ReminderLogEntry>): void;
}

export interface OutgoingMail {
  readonly unitId: string;
  readonly unitName: string;
  readonly reason: ReminderReason;
  readonly message: EmailMessage;
}

export interface ReminderRun {
  readonly plan: ReminderPlan;
  readonly mails: ReadonlyArray<OutgoingMail>;
  readonly attempts: ReadonlyArray<ReminderLogEntry>;
  readonly stoppedForQuota: boolean;
  /** Findings for the secretariat (units without email, unusable settings). */
  readonly findings: ReadonlyArray<Finding>;
}

export interface ReminderRequest {
  readonly source: WorkbookSource;
  readonly today: IsoDate;
  readonly now: IsoDateTime;
  readonly mailer: Mailer;
  readonly log: ReminderLog;
  readonly tabLink: TabLink;
  readonly dryRun: boolean;
  /** Log entries kept outside the workbook (the command line's log beside its outbox), read with the log tab. */
  readonly earlierLog?: ReadonlyArray<ReminderLogEntry>;
  /** The shards and child reports the adapter read (roll-up): a child's reminder goes to its secretariat. */
  readonly sources?: SourceReads;
  /**
   * The check of `source` with `sources`, when the caller has made it already (the command line
   * reads its settings first), so the workbook is not checked twice; checked here when absent.
   */
  readonly check?: WorkbookCheck;
}

/** Which report the mails are about, as the unit clerk will recognise it. */
function identityOf(check: { readonly check: WorkbookCheck; readonly model: ReportModel | null }): ReportIdentity {
  const settings = check.check.workbook.settings;
  if (settings === null) return { label: 'Báo cáo', summary: '', secretariatName: 'Bộ phận tổng hợp', secretariatEmails: [] };
  const profile = PROFILES[settings.profile];
  const summary = check.model?.blocks.find((b): b is Paragraph => b.type === 'paragraph' && b.role === 'summary');
  const type = settings.documentType.charAt(0) + settings.documentType.slice(1).toLocaleLowerCase('vi');
  return {
    label: `${type} ${numberLine(settings, profile).replace(/^Số:? /, 'số ')}`.replace(/\s+/g, ' '),
    summary: summary === undefined ? '' : plainText(summary.runs.filter((r) => r.type === 'text')),
    secretariatName: check.check.lookup.unitsById.get(settings.secretariatUnit)?.name ?? 'Bộ phận tổng hợp',
    secretariatEmails: settings.secretariatEmails ?? [],
  };
}

export function sendReminders(request: ReminderRequest): ReminderRun {
  const check = request.check ?? checkWorkbook(request.source, request.sources);
  const compiled = { check, model: reportModelOf(check) };
  const settings = check.workbook.settings;
  const plan = planReminders({
    today: request.today,
    status: check.status,
    schedule: scheduleFrom(settings),
    log: [...check.workbook.reminderLog, ...(request.earlierLog ?? [])],
    secretariatUnit: settings?.secretariatUnit ?? null,
    secretariatEmails: settings?.secretariatEmails ?? [],
  });
  const identity = identityOf(compiled);
  const mails: OutgoingMail[] = plan.reminders.map((r) => ({
    unitId: r.unitId,
    unitName: r.unitName,
    reason: r.reason,
    message: composeReminder(r, identity, request.tabLink),
  }));
  if (plan.digest !== null) {
    mails.push({
      unitId: plan.digest.secretariatUnit,
      unitName: identity.secretariatName,
      reason: 'digest',
      message: composeDigest(plan.digest, identity, request.today, request.tabLink),
    });
  }
  const findings = [...plan.findings, ...(settings === null ? check.findings.filter((f) => f.tab === 'Thiết lập') : [])];
  if (request.dryRun) return { plan, mails, attempts: [], stoppedForQuota: false, findings };

  const attempts: ReminderLogEntry[] = [];
  let stoppedForQuota = false;
  const entry = (mail: OutgoingMail, result: ReminderResult, detail: string | null): ReminderLogEntry => ({
    time: request.now,
    unitId: mail.unitId,
    unitName: mail.unitName,
    recipients: [...mail.message.to, ...mail.message.cc].join(', '),
    reason: mail.reason,
    result,
    detail,
  });
  // Asked once: each call is a round trip, and only our own sends spend the quota meanwhile.
  let quota = mails.length > 0 ? request.mailer.remainingQuota() : 0;
  for (const mail of mails) {
    const needed = mail.message.to.length + mail.message.cc.length;
    if (stoppedForQuota || quota < needed) {
      stoppedForQuota = true;
      attempts.push(entry(mail, 'quota', 'Hết hạn mức gửi thư trong ngày; sẽ gửi ở lần chạy sau.'));
      continue;
    }
    try {
      request.mailer.send(mail.message, mail.unitId);
      quota -= needed;
      attempts.push(entry(mail, 'sent', mail.message.subject));
    } catch (error) {
      attempts.push(entry(mail, 'failed', error instanceof Error ? error.message : String(error)));
    }
  }
  if (attempts.length > 0) request.log.append(attempts);
  return { plan, mails, attempts, stoppedForQuota, findings };
}
