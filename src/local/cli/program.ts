/**
 * The `baocao` command line: init, validate, status, demo (and, as they arrive, report and
 * remind). Each command reads files through the local adapters, runs the same use cases as the
 * Sheets add-in, prints Vietnamese text (or JSON with --json) and returns an exit code:
 * 0 = no errors, 1 = the workbook has errors, 2 = the file could not be read or used.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Command, CommanderError } from 'commander';
import { checkWorkbook, type WorkbookCheck } from '../../app/check-workbook';
import { compileChecked } from '../../app/generate-report';
import { sendReminders, type ReminderRun } from '../../app/send-reminders';
import { REMINDER_LOG_TAB } from '../../domain/contract/tabs';
import { REMINDER_REASONS, type ReminderLogEntry } from '../../domain/contract/tables';
import { isIsoDate, isoDateInZone, isoDateTimeInZone, REPORT_TIME_ZONE } from '../../domain/dates';
import { renderMarkdown } from '../../domain/report/markdown';
import type { ReportModel } from '../../domain/report/model';
import { planTableTab, toCell } from '../../domain/workbook/layout';
import type { RawWorkbook } from '../../domain/cells';
import { hasErrors } from '../../domain/findings';
import { planWorkbookFromData } from '../../domain/workbook/layout';
import type { WorkbookData } from '../../domain/workbook/data';
import { CHU_PUH_2023 } from '../../example/chu-puh-2023';
import { BLANK_WORKBOOK } from '../../example/blank';
import { renderDocx } from '../docx-renderer';
import { EmlOutbox } from '../eml-outbox';
import { appendRowsToTab, NotAWorkbookError, readXlsx, writeXlsx } from '../xlsx';
import { findingsJson, findingsSummary, renderFindings, renderStatus, statusJson } from './render-text';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Progress lines for long work; silent when not attached to a terminal. */
  readonly progress: (text: string) => void;
  readonly cwd: string;
  /** The real clock; tests pass a fixed one. */
  readonly now: () => Date;
}

export const EXIT = { ok: 0, hasErrors: 1, unusable: 2 } as const;

class UsageError extends Error {}

const USAGE_MESSAGES: Readonly<Record<string, string>> = {
  'commander.unknownCommand': 'Không có lệnh này.',
  'commander.unknownOption': 'Không có tùy chọn này.',
  'commander.missingArgument': 'Thiếu tên tệp hoặc tham số.',
  'commander.missingMandatoryOptionValue': 'Thiếu tùy chọn bắt buộc.',
  'commander.optionMissingArgument': 'Tùy chọn thiếu giá trị.',
  'commander.excessArguments': 'Thừa tham số.',
};

async function loadWorkbook(file: string, io: CliIo): Promise<RawWorkbook> {
  io.progress(`Đang đọc ${file}…`);
  return readXlsx(join(io.cwd, file), { fileLabel: file });
}

async function check(file: string, io: CliIo): Promise<WorkbookCheck> {
  const raw = await loadWorkbook(file, io);
  io.progress('Đang kiểm tra dữ liệu…');
  return checkWorkbook({ read: () => raw });
}

async function writeNew(path: string, content: Buffer | string, force: boolean): Promise<void> {
  if (!force && existsSync(path)) {
    throw new UsageError(`Tệp "${path}" đã có. Không ghi đè để khỏi mất dữ liệu; hãy chọn tên khác hoặc thêm --force.`);
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

async function workbookBuffer(data: WorkbookData): Promise<Buffer> {
  return writeXlsx(planWorkbookFromData(data));
}

type ReportFormat = 'docx' | 'md';

async function renderReport(model: ReportModel, format: ReportFormat): Promise<Buffer | string> {
  return format === 'docx' ? renderDocx(model) : renderMarkdown(model);
}

function formatOf(output: string, requested: string | undefined): ReportFormat {
  const format = requested ?? (output.toLowerCase().endsWith('.md') ? 'md' : 'docx');
  if (format !== 'docx' && format !== 'md') throw new UsageError(`Định dạng "${format}" không có; chọn docx hoặc md.`);
  return format;
}

/** Replaces a file in one step: a crash midway leaves the old file intact. */
async function replaceFile(path: string, content: Buffer): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

function logRows(entries: ReadonlyArray<ReminderLogEntry>) {
  const columns = Object.entries(REMINDER_LOG_TAB.columns);
  return entries.map((entry) => columns.map(([field, def]) => toCell(def, (entry as Record<string, unknown>)[field])));
}

function describeRun(run: ReminderRun, dryRun: boolean): string {
  const reasonLabel = (value: string) => REMINDER_REASONS.find((r) => r.value === value)?.label ?? value;
  if (run.mails.length === 0) return `Ngày ${run.plan.today}: không có đơn vị nào cần nhắc.`;
  const lines = [`Ngày ${run.plan.today}: ${run.mails.length} thư nhắc${dryRun ? ' (chạy thử, chưa gửi)' : ''}.`];
  for (const mail of run.mails) {
    lines.push(`  ${mail.unitId}  ${reasonLabel(mail.reason)}  → ${mail.message.to.join(', ')}  "${mail.message.subject}"`);
  }
  const failed = run.attempts.filter((a) => a.result === 'failed');
  if (failed.length > 0) lines.push(`Gửi lỗi: ${failed.map((a) => a.unitId).join(', ')}.`);
  if (run.stoppedForQuota) lines.push('Đã dừng vì hết hạn mức gửi thư trong ngày; phần còn lại sẽ gửi ở lần chạy sau.');
  return lines.join('\n');
}

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('baocao')
    .description('Tổng hợp báo cáo từ bảng tính của các đơn vị: kiểm tra, theo dõi tiến độ, tạo báo cáo.')
    .helpOption('-h, --help', 'hiện hướng dẫn')
    .helpCommand('help [lệnh]', 'hướng dẫn cho một lệnh')
    .configureOutput({
      writeOut: (s) => io.stdout(s.trimEnd()),
      writeErr: (s) => io.stderr(s.trimEnd()),
      // Commander's own error sentences are English; runCli prints a Vietnamese one instead.
      outputError: () => undefined,
    })
    .exitOverride();

  program
    .command('init')
    .description('tạo bảng tính mới với đủ các tab, tiêu đề, danh sách chọn')
    .option('--example', 'điền sẵn ví dụ Báo cáo 350-BC/HU của Huyện ủy Chư Pưh')
    .option('--blank', 'bảng tính trống (mặc định)')
    .requiredOption('-o, --output <tệp.xlsx>', 'tệp sẽ tạo')
    .option('--force', 'ghi đè nếu tệp đã có')
    .action(async (options: { example?: boolean; blank?: boolean; output: string; force?: boolean }) => {
      if (options.example === true && options.blank === true) throw new UsageError('Chỉ chọn một trong --example và --blank.');
      const data = options.example === true ? CHU_PUH_2023 : BLANK_WORKBOOK;
      const path = join(io.cwd, options.output);
      await writeNew(path, await workbookBuffer(data), options.force === true);
      io.stdout(`Đã tạo ${options.output}${options.example === true ? ' (ví dụ Báo cáo 350-BC/HU)' : ''}.`);
      setExit(EXIT.ok);
    });

  program
    .command('validate')
    .description('kiểm tra bảng tính; thoát 0 khi không có lỗi, 1 khi có lỗi, 2 khi không đọc được tệp')
    .argument('<tệp.xlsx>')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const result = await check(file, io);
      io.stdout(options.json === true ? JSON.stringify(findingsJson(file, result.findings), null, 2) : renderFindings(file, result.findings));
      setExit(hasErrors(result.findings) ? EXIT.hasErrors : EXIT.ok);
    });

  program
    .command('status')
    .description('tiến độ từng đơn vị: nhiệm vụ, số liệu, nội dung, lỗi, đã nộp hay chưa')
    .argument('<tệp.xlsx>')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const result = await check(file, io);
      io.stdout(options.json === true ? JSON.stringify(statusJson(file, result.status), null, 2) : renderStatus(result.status));
      setExit(hasErrors(result.findings) ? EXIT.hasErrors : EXIT.ok);
    });

  program
    .command('report')
    .description('tạo báo cáo tổng hợp (.docx có chú thích thật, hoặc Markdown để xem nhanh)')
    .argument('<tệp.xlsx>')
    .requiredOption('-o, --output <tệp>', 'tệp báo cáo sẽ tạo (.docx hoặc .md)')
    .option('--format <docx|md>', 'định dạng; mặc định theo đuôi tệp')
    .option('--force', 'ghi đè nếu tệp đã có')
    .action(async (file: string, options: { output: string; format?: string; force?: boolean }) => {
      const format = formatOf(options.output, options.format);
      const raw = await loadWorkbook(file, io);
      io.progress('Đang kiểm tra và tổng hợp…');
      const { check, model } = compileChecked({ read: () => raw });
      if (model === null) {
        io.stderr(renderFindings(file, check.findings));
        io.stderr('Chưa tạo được báo cáo vì tab Thiết lập còn thiếu thông tin bắt buộc.');
        setExit(EXIT.hasErrors);
        return;
      }
      io.progress('Đang ghi báo cáo…');
      await writeNew(join(io.cwd, options.output), await renderReport(model, format), options.force === true);
      const errors = check.findings.filter((f) => f.severity === 'error');
      io.stdout(`Đã tạo ${options.output}: ${model.footnotes.length} chú thích; kiểm tra: ${findingsSummary(check.findings)}.`);
      if (errors.length > 0) {
        io.stdout('Bản thảo có chỗ đánh dấu [?] vì còn lỗi:');
        for (const f of errors) io.stdout(`  '${f.tab ?? ''}'!${f.cell ?? ''}: ${f.message}`);
      }
      setExit(errors.length > 0 ? EXIT.hasErrors : EXIT.ok);
    });

  program
    .command('remind')
    .description('nhắc việc: ghi thư (.eml) cho các đơn vị sắp đến hạn, quá hạn hoặc còn lỗi, và ghi nhật ký vào bảng tính')
    .argument('<tệp.xlsx>')
    .requiredOption('--outbox <thư mục>', 'thư mục ghi các tệp .eml')
    .option('--today <YYYY-MM-DD>', 'ngày tính nhắc việc (mặc định: hôm nay, giờ Việt Nam)')
    .option('--dry-run', 'chỉ liệt kê ai sẽ nhận thư gì; không ghi thư, không ghi nhật ký')
    .action(async (file: string, options: { outbox: string; today?: string; dryRun?: boolean }) => {
      const instant = io.now();
      const today = options.today ?? isoDateInZone(instant, REPORT_TIME_ZONE);
      if (!isIsoDate(today)) throw new UsageError(`Ngày "${today}" không hợp lệ; dùng dạng YYYY-MM-DD, ví dụ 2023-03-12.`);
      const path = join(io.cwd, file);
      const raw = await loadWorkbook(file, io);
      const settings = checkWorkbook({ read: () => raw }).workbook.settings;
      const from = settings?.secretariatEmails?.[0] ?? 'baocao@localhost';
      const outbox = new EmlOutbox(`"baocao" <${from}>`, instant);
      const logged: ReminderLogEntry[] = [];
      const url = settings?.spreadsheetUrl ?? null;
      const run = sendReminders({
        source: { read: () => raw },
        today,
        now: `${today}T${isoDateTimeInZone(instant, REPORT_TIME_ZONE).slice(11)}`,
        mailer: outbox,
        log: { append: (entries) => logged.push(...entries) },
        tabLink: () => url,
        dryRun: options.dryRun === true,
      });
      io.stdout(describeRun(run, options.dryRun === true));
      for (const f of run.findings) io.stdout(`  cảnh báo: ${f.message}`);
      if (options.dryRun !== true) {
        const written = await outbox.writeTo(join(io.cwd, options.outbox), today);
        if (written.length > 0) io.stdout(`Đã ghi ${written.length} tệp .eml vào ${options.outbox}.`);
        if (logged.length > 0) {
          const plan = planTableTab(REMINDER_LOG_TAB, [], 'system');
          await replaceFile(path, await appendRowsToTab(await readFile(path), plan, logRows(logged)));
          io.stdout(`Đã ghi ${logged.length} dòng vào tab "${REMINDER_LOG_TAB.name}" của ${file}.`);
        }
      }
      setExit(run.attempts.some((a) => a.result === 'failed') ? EXIT.hasErrors : EXIT.ok);
    });

  program
    .command('demo')
    .description('chạy thử trên ví dụ có sẵn: tạo bảng tính, kiểm tra, in tiến độ')
    .option('--out <thư mục>', 'thư mục kết quả', join('out', 'demo'))
    .action(async (options: { out: string }) => {
      const dir = join(io.cwd, options.out);
      const workbookPath = join(dir, 'workbook.xlsx');
      await mkdir(dir, { recursive: true });
      io.progress('Đang tạo bảng tính ví dụ…');
      await writeFile(workbookPath, await workbookBuffer(CHU_PUH_2023));
      const shown = relative(io.cwd, workbookPath);
      io.stdout(`Đã tạo ${shown} (ví dụ Báo cáo 350-BC/HU, Huyện ủy Chư Pưh).`);
      const raw = await loadWorkbook(shown, io);
      const result = checkWorkbook({ read: () => raw });
      io.stdout(`Kiểm tra: ${findingsSummary(result.findings)}.`);
      for (const f of result.findings) io.stdout(`  ${f.severity === 'error' ? 'lỗi' : 'cảnh báo'} '${f.tab ?? ''}'!${f.cell ?? ''}: ${f.message}`);
      io.stdout('');
      io.stdout(renderStatus(result.status));
      const { model } = compileChecked({ read: () => raw });
      if (model !== null) {
        io.progress('Đang tạo báo cáo…');
        await writeFile(join(dir, 'report.docx'), await renderDocx(model));
        await writeFile(join(dir, 'report.md'), renderMarkdown(model));
        io.stdout('');
        io.stdout(`Đã tạo ${relative(io.cwd, join(dir, 'report.docx'))} và report.md: ${model.footnotes.length} chú thích.`);
      }
      setExit(hasErrors(result.findings) ? EXIT.hasErrors : EXIT.ok);
    });

  return program;
}

/** Runs the command line; never throws, always returns the exit code. */
export async function runCli(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...args], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      io.stderr(`${USAGE_MESSAGES[error.code] ?? 'Lệnh không đúng.'} Xem "baocao --help". (${error.message.replace(/^error: /, '')})`);
      return EXIT.unusable;
    }
    if (error instanceof NotAWorkbookError || error instanceof UsageError) {
      io.stderr(error.message);
      return EXIT.unusable;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`Lỗi không mong đợi: ${message}`);
    return EXIT.unusable;
  }
}
