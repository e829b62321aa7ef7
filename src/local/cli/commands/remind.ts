/**
 * `baocao remind`: writes a reminder (.eml) for each unit that is due soon, overdue or has
 * errors, into an outbox folder, and logs each one in `nhat-ky-nhac-viec.csv` in that folder.
 * It never writes into the clerk's workbook. "Never twice a day" reads both that log and the
 * workbook's own log tab (where the Sheets add-in logs). The order makes a crash harmless: the
 * mails are first written under temporary names, then the log is replaced in one step, then
 * the mails get their real names; a mail is never visible unless the log says it was sent, and
 * a failure to log leaves no mail. Two runs at once never both send: a run holds a lock keyed
 * by the workbook's real path and another in the outbox folder, and the second run stops.
 */
import { join } from 'node:path';
import { checkWorkbook } from '../../../app/check-workbook';
import { sendReminders, type ReminderRun } from '../../../app/send-reminders';
import { REMINDER_REASONS } from '../../../domain/contract/tables';
import { isIsoDate, isoDateInZone, isoDateTimeInZone, REPORT_TIME_ZONE, type IsoDate } from '../../../domain/dates';
import type { Finding } from '../../../domain/findings';
import { EmlOutbox, type RenderedMail } from '../../eml-outbox';
import { errnoCode, FileError, fileError, guarded } from '../../files/errors';
import type { FileSystem } from '../../files/file-system';
import type { Release } from '../../files/lock';
import { childPath, type UserPath } from '../../files/paths';
import { appendReminderLog, readReminderLog, REMINDER_LOG_FILE, type LogRead } from '../../reminder-log-file';
import { EXIT, UsageError } from '../context';
import type { CommandModule } from './command-module';
import { readWithSources, WORKBOOK_ARGUMENT } from './shared';

/** More lines than this and a run's listing stops, saying how many more there are. */
export const MAX_LISTED = 20;
const LOCK_FILE = '.baocao-remind.lock';
const PENDING_SUFFIX = '.baocao-pending';

function pendingName(fileName: string): string {
  return `.${fileName}${PENDING_SUFFIX}`;
}

function reasonLabel(value: string): string {
  return REMINDER_REASONS.find((r) => r.value === value)?.label ?? value;
}

/** What a run did (or would do), at most MAX_LISTED mails listed. */
export function describeRun(run: ReminderRun, dryRun: boolean, logShown: string): string[] {
  if (run.mails.length === 0) return [`Ngày ${run.plan.today}: không có đơn vị nào cần nhắc.`];
  const lines = [`Ngày ${run.plan.today}: ${run.mails.length} thư nhắc${dryRun ? ' (chạy thử, chưa ghi gì)' : ''}.`];
  for (const mail of run.mails.slice(0, MAX_LISTED)) {
    lines.push(`  ${mail.unitId}  ${reasonLabel(mail.reason)}  → ${mail.message.to.join(', ')}  "${mail.message.subject}"`);
  }
  const more = run.mails.length - MAX_LISTED;
  if (more > 0) lines.push(`  … và ${more} thư nữa${dryRun ? '' : `; danh sách đủ ở ${logShown}`}.`);
  const failed = run.attempts.filter((a) => a.result === 'failed');
  if (failed.length > 0) lines.push(`Gửi lỗi: ${failed.map((a) => a.unitId).join(', ')}.`);
  if (run.stoppedForQuota) lines.push('Đã dừng vì hết hạn mức gửi thư trong ngày; phần còn lại sẽ gửi ở lần chạy sau.');
  return lines;
}

/** Warnings, at most MAX_LISTED of them, then how many more and the command (as the person runs it) that lists them all. */
export function describeWarnings(findings: ReadonlyArray<Finding>, validateCommand: string): string[] {
  const lines = findings.slice(0, MAX_LISTED).map((f) => `  cảnh báo: ${f.message}`);
  if (findings.length > MAX_LISTED) lines.push(`  … và ${findings.length - MAX_LISTED} cảnh báo nữa (xem "${validateCommand}").`);
  return lines;
}

async function outboxState(fs: FileSystem, outbox: UserPath): Promise<'missing' | 'folder'> {
  try {
    const info = await fs.stat(outbox.absolute);
    if (info.kind === 'directory') return 'folder';
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 'missing';
    throw fileError(error, 'list', outbox.typed);
  }
  throw new FileError(
    `"${outbox.typed}" là một tệp, không phải thư mục. --outbox cần một thư mục (có thể chưa có, baocao sẽ tạo), ví dụ "--outbox thu-nhac".`,
    outbox.typed,
    'ENOTDIR',
  );
}

/**
 * Finishes what a run cut short between logging and naming its mails: a pending mail whose unit
 * the log says was mailed that day gets its real name; any other pending mail was never logged
 * and is removed (this run plans it again).
 */
async function recoverPending(fs: FileSystem, outbox: UserPath, names: ReadonlyArray<string>, log: LogRead): Promise<string[]> {
  const notes: string[] = [];
  for (const name of names) {
    if (!name.startsWith('.') || !name.endsWith(PENDING_SUFFIX)) continue;
    const fileName = name.slice(1, -PENDING_SUFFIX.length);
    const match = /^(\d{4}-\d{2}-\d{2})-\d+-(.+)\.eml$/.exec(fileName);
    const logged =
      match !== null &&
      log.entries.some((e) => e.result === 'sent' && e.time.slice(0, 10) === match[1] && e.unitId.replace(/[^A-Za-z0-9_.-]/g, '_') === match[2]);
    const pending = join(outbox.absolute, name);
    if (logged) {
      await guarded('write', childPath(outbox, fileName).typed, () => fs.rename(pending, join(outbox.absolute, fileName)));
      notes.push(`Đã hoàn tất thư ${childPath(outbox, fileName).typed} của lần chạy trước (bị ngắt sau khi ghi nhật ký).`);
    } else {
      await fs.unlink(pending).catch(() => undefined);
    }
  }
  return notes;
}

async function removeAll(fs: FileSystem, paths: ReadonlyArray<string>): Promise<void> {
  for (const path of paths) await fs.unlink(path).catch(() => undefined);
}

/** Pending files, then the log (the commit), then the real names. */
async function deliver(fs: FileSystem, outbox: UserPath, mails: ReadonlyArray<RenderedMail>, commitLog: () => Promise<void>): Promise<void> {
  const pending: string[] = [];
  try {
    for (const mail of mails) {
      const path = join(outbox.absolute, pendingName(mail.fileName));
      await guarded('write', childPath(outbox, mail.fileName).typed, () => fs.createExclusive(path, mail.bytes, 0o666));
      pending.push(path);
    }
  } catch (error) {
    await removeAll(fs, pending);
    const cause = fileError(error, 'write', outbox.typed);
    throw new FileError(`${cause.message} Chưa ghi thư nào và chưa ghi nhật ký; hãy sửa rồi chạy lại.`, cause.shown, cause.code, { cause });
  }
  try {
    await commitLog();
  } catch (error) {
    await removeAll(fs, pending);
    const cause = fileError(error, 'write', outbox.typed);
    throw new FileError(`${cause.message} Vì không ghi được nhật ký nên không thư nào được ghi; hãy sửa rồi chạy lại.`, cause.shown, cause.code, { cause });
  }
  for (const mail of mails) {
    const shown = childPath(outbox, mail.fileName).typed;
    await guarded('write', shown, () => fs.rename(join(outbox.absolute, pendingName(mail.fileName)), join(outbox.absolute, mail.fileName)));
  }
}

export const remindCommand: CommandModule = {
  name: 'remind',
  register(program, context) {
    program
      .command('remind')
      .description('nhắc việc: ghi thư (.eml) cho các đơn vị sắp đến hạn, quá hạn hoặc còn lỗi vào thư mục thư, kèm nhật ký; không sửa bảng tính')
      .argument(...WORKBOOK_ARGUMENT)
      .requiredOption('--outbox <thư mục>', `thư mục ghi các tệp .eml và nhật ký ${REMINDER_LOG_FILE}`)
      .option('--today <YYYY-MM-DD>', 'ngày tính nhắc việc (mặc định: hôm nay, giờ Việt Nam)')
      .option('--dry-run', 'chỉ liệt kê ai sẽ nhận thư gì; không ghi thư, không ghi nhật ký')
      .action(async (typed: string, options: { outbox: string; today?: string; dryRun?: boolean }) => {
        const { fs, io } = context;
        const dryRun = options.dryRun === true;
        const instant = io.now();
        const today: IsoDate = options.today ?? isoDateInZone(instant, REPORT_TIME_ZONE);
        if (!isIsoDate(today)) throw new UsageError(`Ngày "${today}" không hợp lệ; dùng dạng YYYY-MM-DD, ví dụ 2023-03-12.`);
        const file = context.path(typed);
        const outbox = context.path(options.outbox);
        const logFile = childPath(outbox, REMINDER_LOG_FILE);
        const releases: Release[] = [];
        try {
          let state = await outboxState(fs, outbox);
          // Read first: an unreadable workbook stops the run before anything is created.
          const { raw, sources } = await readWithSources(context, file);
          if (!dryRun) {
            // The workbook's real path: a symbolic link and the file itself take the same lock.
            const real = await guarded('read', file.typed, () => fs.realpath(file.absolute));
            releases.push(await context.lockKey(`remind:${real}`, `Bảng tính "${file.typed}"`));
            await guarded('mkdir', outbox.typed, () => fs.mkdirp(outbox.absolute));
            state = 'folder';
            releases.push(await context.lockFile(childPath(outbox, LOCK_FILE), `Thư mục thư "${outbox.typed}"`));
          }
          const log: LogRead = state === 'folder' ? await readReminderLog(fs, logFile) : { entries: [], findings: [], text: null, mode: null };
          if (!dryRun) {
            const names = await guarded('list', outbox.typed, () => fs.readdir(outbox.absolute));
            for (const note of await recoverPending(fs, outbox, names, log)) io.stdout(note);
          }

          // Checked once: its settings name the sender and the link, and sendReminders plans from the same check.
          const check = checkWorkbook({ read: () => raw }, sources);
          const settings = check.workbook.settings;
          const from = settings?.secretariatEmails?.[0] ?? 'baocao@localhost';
          const mailer = new EmlOutbox(`"baocao" <${from}>`, instant);
          const url = settings?.spreadsheetUrl ?? null;
          const run = sendReminders({
            source: { read: () => raw },
            today,
            now: `${today}T${isoDateTimeInZone(instant, REPORT_TIME_ZONE).slice(11)}`,
            mailer,
            // The attempts come back in `run.attempts`; they are logged below, before any mail is visible.
            log: { append: () => undefined },
            tabLink: () => url,
            dryRun,
            earlierLog: log.entries,
            sources,
            check,
          });
          for (const line of describeRun(run, dryRun, logFile.typed)) io.stdout(line);
          for (const line of describeWarnings([...run.findings, ...log.findings], `${context.invokedAs} validate ${file.typed}`)) io.stdout(line);

          if (!dryRun && run.attempts.length > 0) {
            const names = await guarded('list', outbox.typed, () => fs.readdir(outbox.absolute));
            const mails = await mailer.render(today, names);
            await deliver(fs, outbox, mails, () => appendReminderLog(fs, logFile, log, run.attempts));
            if (mails.length > 0) io.stdout(`Đã ghi ${mails.length} tệp .eml vào ${outbox.typed}.`);
            io.stdout(`Đã ghi ${run.attempts.length} dòng vào nhật ký ${logFile.typed} (bảng tính không bị sửa).`);
          }
          context.setExit(run.attempts.some((a) => a.result === 'failed') ? EXIT.hasErrors : EXIT.ok);
        } finally {
          for (const release of releases.reverse()) await release();
        }
      });
  },
};

