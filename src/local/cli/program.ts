/**
 * The `baocao` command line: init, validate, status, demo (and, as they arrive, report and
 * remind). Each command reads files through the local adapters, runs the same use cases as the
 * Sheets add-in, prints Vietnamese text (or JSON with --json) and returns an exit code:
 * 0 = no errors, 1 = the workbook has errors, 2 = the file could not be read or used.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Command, CommanderError } from 'commander';
import { checkWorkbook, type WorkbookCheck } from '../../app/check-workbook';
import type { RawWorkbook } from '../../domain/cells';
import { hasErrors } from '../../domain/findings';
import { planWorkbookFromData } from '../../domain/workbook/layout';
import type { WorkbookData } from '../../domain/workbook/data';
import { CHU_PUH_2023 } from '../../example/chu-puh-2023';
import { BLANK_WORKBOOK } from '../../example/blank';
import { NotAWorkbookError, readXlsx, writeXlsx } from '../xlsx';
import { findingsJson, findingsSummary, renderFindings, renderStatus, statusJson } from './render-text';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Progress lines for long work; silent when not attached to a terminal. */
  readonly progress: (text: string) => void;
  readonly cwd: string;
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
  return readXlsx(join(io.cwd, file));
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
      const result = await check(shown, io);
      io.stdout(`Kiểm tra: ${findingsSummary(result.findings)}.`);
      for (const f of result.findings) io.stdout(`  ${f.severity === 'error' ? 'lỗi' : 'cảnh báo'} '${f.tab ?? ''}'!${f.cell ?? ''}: ${f.message}`);
      io.stdout('');
      io.stdout(renderStatus(result.status));
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
