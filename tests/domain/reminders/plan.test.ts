/**
 * Behaviour of the reminder planner: each schedule point, overdue repeats, submitted units,
 * per-unit deadlines, never twice a day, units without email, and the secretariat's digest.
 */
import type { ReminderLogEntry } from '../../../src/domain/contract/tables';
import { makeFinding } from '../../../src/domain/findings';
import { planReminders, scheduleFrom, type ReminderSchedule } from '../../../src/domain/reminders/plan';
import { summarizeUnits, type UnitStatus, type WorkbookStatus } from '../../../src/domain/status';

function unit(overrides: Partial<UnitStatus> = {}): UnitStatus {
  return {
    unitId: 'UBND',
    name: 'Ủy ban nhân dân huyện',
    tab: 'UBND huyện',
    group: null,
    emails: ['ubnd@example.org'],
    tasks: { done: 0, total: 0 },
    figures: { filled: 1, required: 2 },
    texts: { filled: 1, required: 1 },
    missing: [{ kind: 'figure', id: 'DON_TIEP_NHAN', label: 'Đơn tiếp nhận', where: { tab: 'UBND huyện', cell: 'D20', unitId: 'UBND' } }],
    errors: 1,
    warnings: 0,
    complete: false,
    submittedAt: null,
    submittedBy: null,
    deadline: '2023-03-10',
    state: 'incomplete',
    timeliness: 'not_submitted',
    expected: true,
    changedAfterCutoff: 0,
    findings: [makeFinding('MISSING_FIGURE', { tab: 'UBND huyện', cell: 'D20', unitId: 'UBND' }, { code: 'DON_TIEP_NHAN', label: 'Đơn tiếp nhận' })],
    ...overrides,
  };
}

const done = (u: Partial<UnitStatus> = {}) =>
  unit({ state: 'submitted', complete: true, errors: 0, missing: [], findings: [], submittedAt: '2023-03-08T09:00', timeliness: 'on_time', ...u });

const statusOf = (units: UnitStatus[]): WorkbookStatus => summarizeUnits(units);

const schedule: ReminderSchedule = { daysBefore: [3, 1, 0], repeatEvery: 1, copySecretariat: false, digest: false };

function plan(units: UnitStatus[], today: string, options: { schedule?: ReminderSchedule; log?: Array<Pick<ReminderLogEntry, 'time' | 'unitId' | 'reason' | 'result'>> } = {}) {
  return planReminders({
    today,
    status: statusOf(units),
    schedule: options.schedule ?? schedule,
    log: options.log ?? [],
    secretariatUnit: 'BDVHU',
    secretariatEmails: ['bdv@example.org'],
  });
}

const reasons = (p: ReturnType<typeof plan>) => p.reminders.map((r) => [r.unitId, r.reason, r.daysLeft]);

describe('planning reminders', () => {
  it('reminds on each configured day before the deadline and on the day itself, not in between', () => {
    expect(reasons(plan([unit()], '2023-03-07'))).toEqual([['UBND', 'due_soon', 3]]);
    expect(reasons(plan([unit()], '2023-03-08'))).toEqual([]);
    expect(reasons(plan([unit()], '2023-03-09'))).toEqual([['UBND', 'due_soon', 1]]);
    expect(reasons(plan([unit()], '2023-03-10'))).toEqual([['UBND', 'due_soon', 0]]);
    expect(reasons(plan([unit()], '2023-03-01'))).toEqual([]);
  });

  it('reminds every day once overdue, or every N days when so configured', () => {
    expect(reasons(plan([unit()], '2023-03-11'))).toEqual([['UBND', 'overdue', -1]]);
    expect(reasons(plan([unit()], '2023-03-12'))).toEqual([['UBND', 'overdue', -2]]);
    const everyThree = { ...schedule, repeatEvery: 3 };
    const log = [{ time: '2023-03-11T08:00', unitId: 'UBND', reason: 'overdue' as const, result: 'sent' as const }];
    expect(reasons(plan([unit()], '2023-03-12', { schedule: everyThree, log }))).toEqual([]);
    expect(reasons(plan([unit()], '2023-03-13', { schedule: everyThree, log }))).toEqual([]);
    expect(reasons(plan([unit()], '2023-03-14', { schedule: everyThree, log }))).toEqual([['UBND', 'overdue', -4]]);
  });

  it('catches up after a missed day instead of waiting for the next multiple', () => {
    const everyTwo = { ...schedule, repeatEvery: 2 };
    const log = [{ time: '2023-03-11T08:00', unitId: 'UBND', reason: 'overdue' as const, result: 'sent' as const }];
    expect(reasons(plan([unit()], '2023-03-14', { schedule: everyTwo, log }))).toEqual([['UBND', 'overdue', -4]]);
  });

  it('sends nothing to a unit that submitted without errors, even when overdue dates pass', () => {
    expect(plan([done()], '2023-03-09').reminders).toEqual([]);
    expect(plan([done()], '2023-03-15').reminders).toEqual([]);
  });

  it('reminds a unit that submitted but now has errors, with the errors', () => {
    const changed = done({ errors: 1, complete: false, findings: [makeFinding('NOT_A_NUMBER', { tab: 'UBND huyện', cell: 'D21', unitId: 'UBND' }, { label: 'Giá trị', value: 'mười hai' })] });
    const [reminder] = plan([changed], '2023-03-12').reminders;
    expect(reminder).toMatchObject({ reason: 'has_errors', submitted: true });
    expect(reminder?.problems.map((f) => f.cell)).toEqual(['D21']);
  });

  it('reminds a complete unit that has not pressed submit', () => {
    expect(reasons(plan([unit({ state: 'complete', complete: true, errors: 0, missing: [], findings: [] })], '2023-03-09'))).toEqual([['UBND', 'due_soon', 1]]);
  });

  it('uses a unit’s own deadline over the common one', () => {
    const late = unit({ deadline: '2023-03-15' });
    expect(reasons(plan([late], '2023-03-12'))).toEqual([['UBND', 'due_soon', 3]]);
    expect(reasons(plan([late], '2023-03-11'))).toEqual([]);
  });

  it('never writes twice to the same unit on the same day, whatever the reason', () => {
    const log = [{ time: '2023-03-12T07:59', unitId: 'UBND', reason: 'overdue' as const, result: 'sent' as const }];
    expect(plan([unit()], '2023-03-12', { log }).reminders).toEqual([]);
    const failed = [{ time: '2023-03-12T07:59', unitId: 'UBND', reason: 'overdue' as const, result: 'failed' as const }];
    expect(plan([unit()], '2023-03-12', { log: failed }).reminders).toHaveLength(1);
  });

  it('turns a unit without an email into a finding for the secretariat instead of failing', () => {
    const result = plan([unit({ emails: [] }), unit({ unitId: 'CAH', name: 'Công an huyện', emails: ['cah@example.org'] })], '2023-03-12');
    expect(result.reminders.map((r) => r.unitId)).toEqual(['CAH']);
    expect(result.findings.map((f) => [f.code, f.unitId])).toEqual([['NO_EMAIL', 'UBND']]);
  });

  it('copies the secretariat when asked, without duplicating an address', () => {
    const cc = plan([unit(), unit({ unitId: 'BDVHU', emails: ['bdv@example.org'] })], '2023-03-12', { schedule: { ...schedule, copySecretariat: true } });
    expect(cc.reminders.map((r) => [r.unitId, r.cc])).toEqual([
      ['UBND', ['bdv@example.org']],
      ['BDVHU', []],
    ]);
  });

  it('sends the secretariat one digest a day listing the late units', () => {
    const withDigest = { ...schedule, digest: true };
    const first = plan([unit(), done({ unitId: 'CAH' })], '2023-03-12', { schedule: withDigest });
    expect(first.digest?.late.map((u) => u.unitId)).toEqual(['UBND']);
    expect(first.digest?.to).toEqual(['bdv@example.org']);
    const log = [{ time: '2023-03-12T08:00', unitId: 'BDVHU', reason: 'digest' as const, result: 'sent' as const }];
    expect(plan([unit()], '2023-03-12', { schedule: withDigest, log }).digest).toBeNull();
    expect(plan([done()], '2023-03-12', { schedule: withDigest }).digest).toBeNull();
  });

  it('never reminds a unit outside its active dates, nor lists it late in the digest', () => {
    const gone = unit({ unitId: 'XA_CU', expected: false });
    const withDigest = { ...schedule, digest: true };
    for (const today of ['2023-03-07', '2023-03-10', '2023-03-12', '2023-04-30']) {
      expect(reasons(plan([gone], today))).toEqual([]);
    }
    const both = plan([gone, unit()], '2023-03-12', { schedule: withDigest });
    expect(reasons(both)).toEqual([['UBND', 'overdue', -2]]);
    expect(both.digest?.late.map((u) => u.unitId)).toEqual(['UBND']);
    expect(both.digest?.status).toMatchObject({ expected: 1, notExpected: 1 });
  });

  it('counts only expected units, and on-time ones among the submitted', () => {
    const status = statusOf([
      done({ unitId: 'A' }),
      done({ unitId: 'B', submittedAt: '2023-03-11T08:00', timeliness: 'late' }),
      unit({ unitId: 'C' }),
      done({ unitId: 'D', expected: false }),
    ]);
    expect(status).toMatchObject({ expected: 3, submitted: 2, done: 2, complete: 2, onTime: 1, notExpected: 1 });
  });

  it('reads the schedule from settings, tolerating spacing and duplicates', () => {
    const settings = { reminderDaysBefore: '7; 3,3 , 0', reminderOverdueEvery: 2, reminderCopySecretariat: true, reminderDigest: null } as never;
    expect(scheduleFrom(settings)).toEqual({ daysBefore: [7, 3, 0], repeatEvery: 2, copySecretariat: true, digest: false });
  });
});
