/**
 * The `baocao` command line. Exit codes: 0 = no errors, 1 = the workbook has errors (or a
 * reminder failed), 2 = the input could not be read or used, or the command was used wrongly.
 *
 * How it is put together (add a command the same way): each command is one module under
 * ./commands/ exporting a CommandModule, `{ name, register(program, context) }`, and is listed
 * in COMMANDS below. `register` declares the command's arguments and options on the program and
 * its action, which uses only the shared CliContext (./context.ts): `context.path(typed)` to
 * resolve what the person typed, `context.readWorkbook`, `context.checkOutput` and
 * `context.writeOutput` to write outputs safely (never onto an input, atomic, modes kept),
 * `context.lockKey` / `context.lockFile` for one run at a time, `context.io` for text and
 * `context.setExit` for the exit code. A command throws UsageError or FileError for what the
 * person must fix; runCli turns every failure into one Vietnamese sentence and exit code 2.
 * commander is the Vietnamese subclass of ./vietnamese-commander.ts; docs/cli.md documents
 * every command and option, and a test derives the list from this program so the two agree.
 */
import { CommanderError, type Command } from 'commander';
import { version } from '../../../package.json';
import { FileError } from '../files/errors';
import { NotAWorkbookError } from '../xlsx';
import { cutoffCommand } from './commands/cutoff';
import { demoCommand } from './commands/demo';
import { initCommand } from './commands/init';
import { newPeriodCommand } from './commands/new-period';
import { remindCommand } from './commands/remind';
import { reportCommand } from './commands/report';
import { setupCommand } from './commands/setup';
import { statusCommand } from './commands/status';
import { validateCommand } from './commands/validate';
import type { CommandModule } from './commands/command-module';
import { createContext, EXIT, UsageError, type CliIo } from './context';
import { VietnameseCommand } from './vietnamese-commander';

export { EXIT, type CliIo } from './context';

/** The program's version, bundled from package.json at build time. */
export const VERSION: string = version;

export const COMMANDS: ReadonlyArray<CommandModule> = [initCommand, setupCommand, validateCommand, statusCommand, reportCommand, remindCommand, newPeriodCommand, cutoffCommand, demoCommand];

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new VietnameseCommand();
  program
    .name('baocao')
    .description('Tổng hợp báo cáo từ bảng tính của các đơn vị: kiểm tra, theo dõi tiến độ, nhắc việc, tạo báo cáo. Hướng dẫn đầy đủ: docs/cli.md.')
    .version(VERSION, '-V, --version', 'in số phiên bản')
    .helpOption('-h, --help', 'hiện hướng dẫn')
    .helpCommand('help [lệnh]', 'hướng dẫn cho một lệnh')
    .configureOutput({
      writeOut: (s) => io.stdout(s.trimEnd()),
      writeErr: (s) => io.stderr(s.trimEnd()),
      // runCli prints the (Vietnamese) message of the CommanderError itself.
      outputError: () => undefined,
    })
    .exitOverride();
  const context = createContext(io, setExit);
  for (const command of COMMANDS) command.register(program, context);
  // Subcommands inherit the output settings and exitOverride, but not the help option's words.
  for (const command of program.commands) command.helpOption('-h, --help', 'hiện hướng dẫn');
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
    return reportFailure(error, io);
  }
}

/** One Vietnamese sentence for any failure, and its exit code; never a stack trace. */
export function reportFailure(error: unknown, io: Pick<CliIo, 'stderr'>): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    // `baocao` alone prints the help on stderr (exit code 1 from commander): a usage error.
    if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    io.stderr(error.message);
    return EXIT.unusable;
  }
  if (error instanceof NotAWorkbookError || error instanceof UsageError || error instanceof FileError) {
    io.stderr(error.message);
    return EXIT.unusable;
  }
  io.stderr(
    'Lỗi không mong đợi: baocao dừng lại; tệp đang ghi dở (nếu có) không bị thay. ' +
      'Hãy báo lỗi kèm lệnh đã chạy; đặt biến môi trường BAOCAO_DEBUG=1 để xem chi tiết kỹ thuật.',
  );
  if (process.env['BAOCAO_DEBUG'] === '1') io.stderr(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT.unusable;
}
