/**
 * commander, speaking Vietnamese: the help layout ("Cách dùng:", "Tham số:", "Tùy chọn:",
 * "Lệnh:", "(mặc định: …)", "(chọn một trong: …)") through commander's documented Help hooks
 * (formatHelp, optionDescription, argumentDescription, subcommandTerm, commandUsage; see
 * node_modules/commander/lib/help.js), and every usage error sentence through the Command
 * methods that build them (unknownOption, unknownCommand, missingArgument,
 * optionMissingArgument, missingMandatoryOptionValue, _excessArguments, _conflictingOption,
 * _callParseArg in node_modules/commander/lib/command.js, commander 14). Those methods are
 * commander's own, not part of its typed API, so tests/local/cli/vietnamese-help.test.ts runs
 * every error and every help page and fails on any English word commander would have printed.
 */
import { Command, Help, type Argument, type Option } from 'commander';

const HEADINGS = {
  usage: 'Cách dùng:',
  arguments: 'Tham số:',
  options: 'Tùy chọn:',
  globalOptions: 'Tùy chọn chung:',
  commands: 'Lệnh:',
} as const;

const OPTIONS_WORD = '[tùy chọn]';
const COMMAND_WORD = '[lệnh]';

function argumentWord(argument: Argument): string {
  const name = argument.name() + (argument.variadic ? '...' : '');
  return argument.required ? `<${name}>` : `[${name}]`;
}

function extras(choices: ReadonlyArray<string> | undefined, defaultValue: unknown, defaultDescription: string | undefined, showDefault: boolean): string[] {
  const info: string[] = [];
  if (choices !== undefined && choices.length > 0) info.push(`chọn một trong: ${choices.join(', ')}`);
  if (defaultValue !== undefined && showDefault) info.push(`mặc định: ${defaultDescription ?? String(defaultValue)}`);
  return info;
}

function withExtras(description: string, info: ReadonlyArray<string>): string {
  if (info.length === 0) return description;
  return description === '' ? `(${info.join('; ')})` : `${description} (${info.join('; ')})`;
}

export class VietnameseHelp extends Help {
  override commandUsage(cmd: Command): string {
    const names: string[] = [];
    for (let at: Command | null = cmd.parent; at !== null; at = at.parent) names.unshift(at.name());
    // Every command has at least the help option.
    const words = [
      OPTIONS_WORD,
      ...(cmd.commands.length > 0 ? [COMMAND_WORD] : []),
      ...cmd.registeredArguments.map(argumentWord),
    ];
    return [...names, cmd.name(), ...words].join(' ');
  }

  override subcommandTerm(cmd: Command): string {
    const args = cmd.registeredArguments.map(argumentWord).join(' ');
    return cmd.name() + (cmd.options.length > 0 ? ` ${OPTIONS_WORD}` : '') + (args === '' ? '' : ` ${args}`);
  }

  override optionDescription(option: Option): string {
    const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    return withExtras(option.description, extras(option.argChoices, option.defaultValue, option.defaultValueDescription, showDefault));
  }

  override argumentDescription(argument: Argument): string {
    return withExtras(argument.description, extras(argument.argChoices, argument.defaultValue, argument.defaultValueDescription, true));
  }

  override formatHelp(cmd: Command, helper: Help): string {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80;
    const item = (term: string, description: string) => helper.formatItem(term, termWidth, description, helper);
    const list = (heading: string, items: string[]) => (items.length === 0 ? [] : [helper.styleTitle(heading), ...items, '']);

    let output = [`${helper.styleTitle(HEADINGS.usage)} ${helper.styleUsage(helper.commandUsage(cmd))}`, ''];
    const description = helper.commandDescription(cmd);
    if (description.length > 0) output.push(helper.boxWrap(helper.styleCommandDescription(description), helpWidth), '');
    output = output.concat(
      list(
        HEADINGS.arguments,
        helper.visibleArguments(cmd).map((a) => item(helper.styleArgumentTerm(argumentWord(a)), helper.styleArgumentDescription(helper.argumentDescription(a)))),
      ),
      list(
        HEADINGS.options,
        helper.visibleOptions(cmd).map((o) => item(helper.styleOptionTerm(helper.optionTerm(o)), helper.styleOptionDescription(helper.optionDescription(o)))),
      ),
      list(
        HEADINGS.commands,
        helper.visibleCommands(cmd).map((c) => item(helper.styleSubcommandTerm(helper.subcommandTerm(c)), helper.styleSubcommandDescription(helper.subcommandDescription(c)))),
      ),
    );
    return output.join('\n');
  }

  /** commander counts UTF-16 units; Vietnamese text typed in NFD would misalign, so count characters. */
  override displayWidth(text: string): number {
    return Array.from(text.normalize('NFC').replace(/\x1b\[\d*(;\d*)*m/g, '')).length;
  }
}

/** Commander's private state read by the error methods below (command.js, commander 14). */
interface CommanderInternals {
  readonly _allowUnknownOption: boolean;
  readonly _allowExcessArguments: boolean;
  readonly _showSuggestionAfterError: boolean;
}

/** The closest of `candidates` to `word` (at most a third of its letters off), for "có phải … không?". */
export function closest(word: string, candidates: ReadonlyArray<string>): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.replace(/^-+/, ''), candidate.replace(/^-+/, ''));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

export class VietnameseCommand extends Command {
  override createCommand(name?: string): Command {
    return new VietnameseCommand(name);
  }

  override createHelp(): Help {
    return Object.assign(new VietnameseHelp(), this.configureHelp());
  }

  private commandLabel(): string {
    const names: string[] = [this.name()];
    for (let at: Command | null = this.parent; at !== null; at = at.parent) names.unshift(at.name());
    return names.join(' ');
  }

  private seeHelp(): string {
    return `Xem "${this.commandLabel()} --help".`;
  }

  missingArgument(name: string): void {
    this.error(`Thiếu tham số ${name}: lệnh "${this.commandLabel()}" cần nó. ${this.seeHelp()}`, { code: 'commander.missingArgument' });
  }

  optionMissingArgument(option: Option): void {
    this.error(`Tùy chọn ${option.flags} cần một giá trị ngay sau nó. ${this.seeHelp()}`, { code: 'commander.optionMissingArgument' });
  }

  missingMandatoryOptionValue(option: Option): void {
    this.error(`Lệnh "${this.commandLabel()}" cần tùy chọn ${option.flags}. ${this.seeHelp()}`, { code: 'commander.missingMandatoryOptionValue' });
  }

  _conflictingOption(option: Option, conflictingOption: Option): void {
    this.error(`Không dùng được ${option.flags} cùng với ${conflictingOption.flags}. ${this.seeHelp()}`, { code: 'commander.conflictingOption' });
  }

  unknownOption(flag: string): void {
    if ((this as unknown as CommanderInternals)._allowUnknownOption) return;
    const known = this.createHelp()
      .visibleOptions(this)
      .flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined));
    const guess = flag.startsWith('--') ? closest(flag, known.filter((f) => f.startsWith('--'))) : null;
    this.error(
      `Lệnh "${this.commandLabel()}" không có tùy chọn "${flag}".${guess === null ? '' : ` Có phải ý bạn là ${guess}?`} ${this.seeHelp()}`,
      { code: 'commander.unknownOption' },
    );
  }

  _excessArguments(received: ReadonlyArray<string>): void {
    if ((this as unknown as CommanderInternals)._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    const extra = received.slice(expected).map((a) => `"${a}"`).join(', ');
    this.error(
      `Thừa tham số ${extra}: lệnh "${this.commandLabel()}" nhận ${expected === 0 ? 'không tham số nào' : `${expected} tham số`} nhưng được ${received.length}. ` +
        `(Tên tệp có dấu cách thì đặt trong dấu ngoặc kép.) ${this.seeHelp()}`,
      { code: 'commander.excessArguments' },
    );
  }

  unknownCommand(): void {
    const name = this.args[0] ?? '';
    const names = this.createHelp()
      .visibleCommands(this)
      .map((c) => c.name());
    const guess = closest(name, names);
    this.error(
      `Không có lệnh "${name}".${guess === null ? '' : ` Có phải ý bạn là "${guess}"?`} Các lệnh: ${names.join(', ')}. ${this.seeHelp()}`,
      { code: 'commander.unknownCommand' },
    );
  }

  /** commander prefixes the parser's message with "error: option '…' argument '…' is invalid."; say it in Vietnamese. */
  _callParseArg(target: Option | Argument, value: string, previous: unknown, _english: string): unknown {
    try {
      return target.parseArg === undefined ? value : target.parseArg(value, previous);
    } catch (error) {
      if ((error as { code?: string }).code !== 'commander.invalidArgument') throw error;
      const what = 'flags' in target ? `tùy chọn ${target.flags}` : `tham số ${target.name()}`;
      const choices = target.argChoices;
      const reason = choices !== undefined ? `chọn một trong: ${choices.join(', ')}` : (error as Error).message;
      this.error(`Giá trị "${value}" của ${what} không hợp lệ (${reason}). ${this.seeHelp()}`, { code: 'commander.invalidArgument' });
      return undefined;
    }
  }
}
