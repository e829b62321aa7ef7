/**
 * The reminder planner: from the settings' schedule, each unit's progress, the log of reminders
 * already sent and today's date, decides who gets a reminder today and why (sắp đến hạn, quá hạn,
 * còn lỗi) and what exactly is missing. Pure and deterministic, so "who would get what" can be
 * shown before anything is sent, and the same day never mails a unit twice.
 */
import type { ReminderLogEntry, ReminderReason, Settings } from '../contract/tables';
import { addDays, daysBetween, type IsoDate } from '../dates';
import { makeFinding, type Finding } from '../findings';
import type { MissingPart } from '../validate/unit-checks';
import type { UnitStatus, WorkbookStatus } from '../status';

export interface ReminderSchedule {
  /** Days before the deadline on which to remind (0 = the deadline itself). */
  readonly daysBefore: ReadonlyArray<number>;
  /** Once overdue (or in error after submitting), remind again after this many days. */
  readonly repeatEvery: number;
  readonly copySecretariat: boolean;
  readonly digest: boolean;
}

export const DEFAULT_SCHEDULE: ReminderSchedule = { daysBefore: [3, 1, 0], repeatEvery: 1, copySecretariat: false, digest: false };

export function scheduleFrom(settings: Settings | null): ReminderSchedule {
  if (settings === null) return DEFAULT_SCHEDULE;
  const days = (settings.reminderDaysBefore ?? '3, 1, 0')
    .split(/[,;]/)
    .map((d) => Number(d.trim()))
    .filter((d) => Number.isInteger(d) && d >= 0);
  return {
    daysBefore: days.length > 0 ? [...new Set(days)].sort((a, b) => b - a) : DEFAULT_SCHEDULE.daysBefore,
    repeatEvery: Math.max(1, settings.reminderOverdueEvery ?? 1),
    copySecretariat: settings.reminderCopySecretariat ?? false,
    digest: settings.reminderDigest ?? false,
  };
}

export interface PlannedReminder {
  readonly unitId: string;
  readonly unitName: string;
  readonly tab: string;
  readonly to: ReadonlyArray<string>;
  readonly cc: ReadonlyArray<string>;
  readonly reason: Exclude<ReminderReason, 'digest'>;
  readonly deadline: IsoDate | null;
  /** Days until the deadline: positive before it, 0 on the day, negative when overdue. */
  readonly daysLeft: number | null;
  readonly submitted: boolean;
  readonly missing: ReadonlyArray<MissingPart>;
  /** The unit's errors (then warnings), each with tab and cell. */
  readonly problems: ReadonlyArray<Finding>;
  /**
   * Set for a child report (roll-up): the mail goes to the child's secretariat, `problems` are the
   * child's own findings (tabs of its workbook), `missing` its totals not computable and its units
   * not yet submitted (kind "unit").
   */
  readonly child?: ChildReminder;
}

export interface ChildReminder {
  /** The child's workbook as the units tab names it (a Google Sheets link or id, a path). */
  readonly source: string;
  /** How many of the child's own units have not submitted (more than `missing` may list). */
  readonly pendingUnits: number;
  readonly reportSubmitted: boolean;
  readonly errors: number;
}

export interface PlannedDigest {
  readonly to: ReadonlyArray<string>;
  readonly secretariatUnit: string;
  readonly late: ReadonlyArray<UnitStatus>;
  readonly status: WorkbookStatus;
}

export interface ReminderPlan {
  readonly today: IsoDate;
  readonly reminders: ReadonlyArray<PlannedReminder>;
  readonly digest: PlannedDigest | null;
  /** Units that need a reminder but cannot get one, for the secretariat. */
  readonly findings: ReadonlyArray<Finding>;
}

function sentOn(log: ReadonlyArray<Pick<ReminderLogEntry, 'time' | 'unitId' | 'reason' | 'result'>>, unitId: string, date: IsoDate, digest: boolean): boolean {
  return log.some(
    (e) => e.unitId === unitId && e.result === 'sent' && e.time.slice(0, 10) === date && (e.reason === 'digest') === digest,
  );
}

function sentSince(log: ReadonlyArray<Pick<ReminderLogEntry, 'time' | 'unitId' | 'reason' | 'result'>>, unitId: string, from: IsoDate): boolean {
  return log.some((e) => e.unitId === unitId && e.result === 'sent' && e.reason !== 'digest' && e.time.slice(0, 10) >= from);
}

/** Why a unit should be reminded today, or null. */
export function reminderReason(
  unit: UnitStatus,
  today: IsoDate,
  schedule: ReminderSchedule,
  log: ReadonlyArray<Pick<ReminderLogEntry, 'time' | 'unitId' | 'reason' | 'result'>>,
): Exclude<ReminderReason, 'digest'> | null {
  if (unit.state === 'no_tab') return null;
  const repeatDue = !sentSince(log, unit.unitId, addDays(today, -(schedule.repeatEvery - 1)));
  if (unit.state === 'submitted') return unit.errors > 0 && repeatDue ? 'has_errors' : null;
  if (unit.deadline === null) return null;
  const daysLeft = daysBetween(today, unit.deadline);
  if (daysLeft >= 0) return schedule.daysBefore.includes(daysLeft) ? 'due_soon' : null;
  return repeatDue ? 'overdue' : null;
}

export interface PlanInput {
  readonly today: IsoDate;
  readonly status: WorkbookStatus;
  readonly schedule: ReminderSchedule;
  readonly log: ReadonlyArray<Pick<ReminderLogEntry, 'time' | 'unitId' | 'reason' | 'result'>>;
  readonly secretariatUnit: string | null;
  readonly secretariatEmails: ReadonlyArray<string>;
}

export function planReminders(input: PlanInput): ReminderPlan {
  const { today, status, schedule, log } = input;
  const reminders: PlannedReminder[] = [];
  const findings: Finding[] = [];
  for (const unit of status.units) {
    if (sentOn(log, unit.unitId, today, false)) continue;
    const reason = reminderReason(unit, today, schedule, log);
    if (reason === null) continue;
    if (unit.emails.length === 0) {
      findings.push(makeFinding('NO_EMAIL', { tab: 'Đơn vị', cell: null, unitId: unit.unitId }, { unit: unit.name }));
      continue;
    }
    const cc = schedule.copySecretariat ? input.secretariatEmails.filter((e) => !unit.emails.includes(e)) : [];
    reminders.push({
      unitId: unit.unitId,
      unitName: unit.name,
      tab: unit.tab,
      to: unit.emails,
      cc,
      reason,
      deadline: unit.deadline,
      daysLeft: unit.deadline === null ? null : daysBetween(today, unit.deadline),
      submitted: unit.state === 'submitted',
      missing: unit.missing,
      problems: unit.rollup?.kind === 'child' ? unit.rollup.childFindings : unit.findings,
      ...(unit.rollup?.kind === 'child'
        ? { child: { source: unit.rollup.source, pendingUnits: unit.rollup.pendingUnits, reportSubmitted: unit.rollup.reportSubmitted, errors: unit.rollup.childErrors } }
        : {}),
    });
  }
  const late = status.units.filter(
    (u) => !(u.state === 'submitted' && u.errors === 0) && u.deadline !== null && daysBetween(today, u.deadline) < 0,
  );
  const digestDue =
    schedule.digest &&
    input.secretariatEmails.length > 0 &&
    input.secretariatUnit !== null &&
    !sentOn(log, input.secretariatUnit, today, true) &&
    (late.length > 0 || reminders.length > 0);
  const digest: PlannedDigest | null =
    digestDue && input.secretariatUnit !== null
      ? { to: input.secretariatEmails, secretariatUnit: input.secretariatUnit, late, status }
      : null;
  return { today, reminders, digest, findings };
}
