/**
 * docs/cli.md documents the program as it is: every command and every option the program
 * defines (read from the program, so the two cannot drift), the exit codes, and --json shapes
 * that hold exactly the fields the program prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeProvince } from '../../../scripts/synthetic-rollup';
import { planWorkbookFromData } from '../../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { buildProgram } from '../../../src/local/cli/program';
import { writeXlsx } from '../../../src/local/xlsx';
import { run, workspace } from './run';

const DOC = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'cli.md'), 'utf8');
const README = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

function program() {
  return buildProgram({ stdout: () => undefined, stderr: () => undefined, progress: () => undefined, cwd: '/', now: () => new Date() }, () => undefined);
}

/** The text of the section "### `baocao <name>…`" up to the next heading. */
function section(name: string): string {
  const start = DOC.search(new RegExp(`^### \`baocao ${name}[ \`]`, 'm'));
  if (start < 0) return '';
  const rest = DOC.slice(start + 4);
  const end = rest.search(/^##/m);
  return end < 0 ? rest : rest.slice(0, end);
}

function jsonBlock(text: string): unknown {
  const match = /```json\n([\s\S]+?)\n```/.exec(text);
  return match === null ? null : JSON.parse(match[1]!);
}

/** Every key path in a JSON value ("units[].tasks.done"); arrays merge their items. */
function keyPaths(value: unknown, prefix = ''): Set<string> {
  const paths = new Set<string>();
  if (Array.isArray(value)) {
    for (const item of value) for (const p of keyPaths(item, `${prefix}[]`)) paths.add(p);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      paths.add(path);
      for (const p of keyPaths(inner, path)) paths.add(p);
    }
  }
  return paths;
}

describe('docs/cli.md', () => {
  it('has a section for every command, naming each of its options and arguments', () => {
    const commands = program().commands;
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) {
      const text = section(command.name());
      expect({ command: command.name(), documented: text !== '' }).toEqual({ command: command.name(), documented: true });
      for (const option of command.options) {
        for (const flag of [option.long, option.short].filter((f): f is string => f !== undefined)) {
          expect({ command: command.name(), flag, documented: text.includes(`\`${flag}`) }).toEqual({ command: command.name(), flag, documented: true });
        }
      }
      for (const argument of command.registeredArguments) expect(text).toContain(`<${argument.name()}>`);
    }
  });

  it('documents the program’s own options and every exit code', () => {
    for (const option of program().options) {
      for (const flag of [option.long, option.short].filter((f): f is string => f !== undefined)) expect(DOC).toContain(`\`${flag}\``);
    }
    for (const code of ['0', '1', '2']) expect(DOC).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
    expect(README).toContain('(docs/cli.md)');
  });

  it('shows the --json shapes with exactly the fields the program prints', async () => {
    const dir = workspace();
    // The example with one figure typed in words and one left blank, so that every field is printed.
    const ubnd = CHU_PUH_2023.sheets['UBND']!;
    const figures = ubnd.figures.map((f, i) => (i === 0 ? { ...f, value: 'mười hai' } : i === 1 ? { ...f, value: null } : f));
    const data = { ...CHU_PUH_2023, sheets: { ...CHU_PUH_2023.sheets, UBND: { ...ubnd, figures } } };
    writeFileSync(join(dir, 'bc.xlsx'), await writeXlsx(planWorkbookFromData(data)));
    // A province of child reports prints the roll-up fields, which the example has none of.
    writeProvince(join(dir, 'tinh'), { children: 3, chiBoPerChild: 2 });
    const rollupOnly = {
      validate: ['findings[].source'],
      status: ['children', 'children.expected', 'children.submitted', 'children.read', 'children.units', 'children.units.expected', 'children.units.submitted', 'children.units.complete', 'children.units.onTime', 'units[].source', 'units[].source.kind', 'units[].source.path', 'units[].source.state', 'units[].source.readAt', 'units[].source.units', 'units[].source.units.expected', 'units[].source.units.submitted', 'units[].source.units.complete', 'units[].source.units.onTime'],
    };
    for (const [name, exampleLacks] of [['validate', ['findings[].cells', 'findings[].cells[].tab', 'findings[].cells[].cell', 'findings[].cells[].label', 'findings[].cells[].value']], ['status', []]] as const) {
      const optional = [...exampleLacks, ...rollupOnly[name]];
      const province = keyPaths(JSON.parse((await run(join(dir, 'tinh'), [name, 'tinh.xlsx', '--json'])).out));
      expect([...rollupOnly[name]].filter((p) => !province.has(p))).toEqual([]);
      const printed = new Set([...keyPaths(JSON.parse((await run(dir, [name, 'bc.xlsx', '--json'])).out)), ...province]);
      const documented = keyPaths(jsonBlock(section(name)));
      expect([...printed].filter((p) => !documented.has(p))).toEqual([]);
      expect([...documented].filter((p) => !printed.has(p) && !optional.includes(p))).toEqual([]);
      // Each field of the top level and of the listed items has a line in the table below the example.
      for (const path of [...documented].filter((p) => p.split('.').length <= 2)) {
        const field = path.replace(/^.*[.\]]/, '');
        const text = section(name);
        const described = [`\`${field}\``, `\`${field}[]`, `.${field}\``, `.${field}[]`, `, ${field}`, `\`${field},`].some((form) => text.includes(form));
        expect({ path, described }).toEqual({ path, described: true });
      }
    }
  });
});
