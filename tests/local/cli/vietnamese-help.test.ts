/**
 * Help pages and usage errors are Vietnamese throughout: commander's headings ("Usage:",
 * "Options:"…), its "(default: …)" and "(choices: …)", and every error sentence (unknown
 * command or option, missing argument or option value, too many arguments, invalid choice).
 * Every command's help and every kind of usage error is produced and checked against
 * commander's English vocabulary; the commands come from the program itself.
 */
import type { Command } from 'commander';
import { buildProgram, COMMANDS, VERSION } from '../../../src/local/cli/program';
import { version } from '../../../package.json';
import { run, workspace } from './run';

/** What commander 14 prints in English (lib/command.js, lib/help.js, lib/option.js, lib/suggestSimilar.js). */
const COMMANDER_ENGLISH = [
  'Usage',
  'Options',
  'Commands',
  'Arguments',
  'Global Options',
  'default',
  'choices',
  'preset',
  'env:',
  'error',
  'unknown',
  'missing',
  'required',
  'argument',
  'option',
  'too many',
  'Expected',
  'Did you mean',
  'display help',
  'output the version',
  '[options]',
  '[command]',
  'command',
  'Allowed choices',
  'is invalid',
  'cannot be used with',
  'not specified',
];

function englishIn(text: string): string[] {
  return COMMANDER_ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}])${word.replace(/[[\]]/g, '\\$&')}([^\\p{L}]|$)`, 'iu').test(text));
}

function subcommands(): ReadonlyArray<Command> {
  return buildProgram({ stdout: () => undefined, stderr: () => undefined, progress: () => undefined, cwd: '/', now: () => new Date() }, () => undefined).commands;
}

/** Every usage error commander can raise for this command, as arguments to run. */
function usageErrors(command: Command): string[][] {
  const name = command.name();
  const args = command.registeredArguments.map(() => 'bc.xlsx');
  const mandatory = command.options.filter((o) => o.mandatory).map((o) => [o.long!, o.long === '--output' ? 'x.docx' : 'x']);
  const cases: string[][] = [[name, ...args, ...mandatory.flat(), '--khong-co']];
  if (args.length > 0) cases.push([name]);
  cases.push([name, ...args, ...mandatory.flat(), 'thua-1', 'thua-2']);
  for (const option of command.options.filter((o) => o.required)) cases.push([name, ...args, option.long!]);
  if (mandatory.length > 0) cases.push([name, ...args]);
  for (const option of command.options.filter((o) => o.argChoices !== undefined)) cases.push([name, ...args, ...mandatory.flat(), option.long!, 'khong-co']);
  return cases;
}

describe('help and usage errors', () => {
  it('prints the program’s help in Vietnamese, with the commands, --version and --help', async () => {
    const result = await run(workspace(), ['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Cách dùng: baocao \[tùy chọn\] \[lệnh\]/);
    expect(result.out).toContain('\nTùy chọn:\n  -V, --version');
    expect(result.out).toContain('\nLệnh:\n  init [tùy chọn]');
    expect(englishIn(result.out)).toEqual([]);
  });

  it('prints every command’s help in Vietnamese, through --help and through `help <lệnh>`', async () => {
    for (const command of subcommands()) {
      for (const args of [[command.name(), '--help'], ['help', command.name()], [command.name(), '-h']]) {
        const result = await run(workspace(), args);
        expect(result.code).toBe(0);
        expect(result.out).toMatch(new RegExp(`^Cách dùng: baocao ${command.name()} \\[tùy chọn\\]`));
        expect(result.out).toContain('Tùy chọn:');
        expect(englishIn(result.out + result.err)).toEqual([]);
      }
    }
    const report = (await run(workspace(), ['report', '--help'])).out;
    expect(report).toContain('Tham số:\n  <tệp.xlsx>');
    expect(report).toContain('(chọn một trong: docx, md)');
    expect((await run(workspace(), ['demo', '--help'])).out).toContain('(mặc định: out/demo)');
  });

  it('answers every usage error of every command in Vietnamese, with exit 2', async () => {
    const seen = new Set<string>();
    for (const command of subcommands()) {
      for (const args of usageErrors(command)) {
        const result = await run(workspace(), args);
        expect({ args, code: result.code }).toEqual({ args, code: 2 });
        expect({ args, english: englishIn(result.out + result.err) }).toEqual({ args, english: [] });
        expect(result.err).toMatch(/Xem "baocao( \S+)? --help"\.$/);
        seen.add(result.err.split(' ')[0] ?? '');
      }
    }
    for (const args of [['xuat-ban'], ['help', 'xuat-ban'], ['--khong-co'], ['valdate', 'bc.xlsx'], []]) {
      const result = await run(workspace(), args);
      expect(result.code).toBe(2);
      expect(englishIn(result.out + result.err)).toEqual([]);
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it('says which command was meant, and what is wrong, in so many words', async () => {
    const dir = workspace();
    expect((await run(dir, ['valdate', 'bc.xlsx'])).err).toBe(
      `Không có lệnh "valdate". Có phải ý bạn là "validate"? Các lệnh: ${[...COMMANDS.map((c) => c.name), 'help'].join(', ')}. Xem "baocao --help".`,
    );
    expect((await run(dir, ['validate', 'bc.xlsx', '--jsn'])).err).toBe('Lệnh "baocao validate" không có tùy chọn "--jsn". Có phải ý bạn là --json? Xem "baocao validate --help".');
    expect((await run(dir, ['validate'])).err).toBe('Thiếu tham số tệp.xlsx: lệnh "baocao validate" cần nó. Xem "baocao validate --help".');
    expect((await run(dir, ['init'])).err).toBe('Lệnh "baocao init" cần tùy chọn -o, --output <tệp.xlsx>. Xem "baocao init --help".');
    expect((await run(dir, ['init', '-o'])).err).toBe('Tùy chọn -o, --output <tệp.xlsx> cần một giá trị ngay sau nó. Xem "baocao init --help".');
    expect((await run(dir, ['validate', 'bao', 'cao.xlsx'])).err).toContain('Thừa tham số "cao.xlsx": lệnh "baocao validate" nhận 1 tham số nhưng được 2.');
    expect((await run(dir, ['report', 'bc.xlsx', '-o', 'r.docx', '--format', 'pdf'])).err).toBe(
      'Giá trị "pdf" của tùy chọn --format <định dạng> không hợp lệ (chọn một trong: docx, md). Xem "baocao report --help".',
    );
  });

  it('prints the version from package.json with --version and -V', async () => {
    expect(VERSION).toBe(version);
    for (const flag of ['--version', '-V']) {
      const result = await run(workspace(), [flag]);
      expect(result).toEqual({ code: 0, out: version, err: '' });
    }
  });
});
