/**
 * Runs the command line in process, as a person would from a folder, with a fixed clock, and
 * collects what it prints. Shared by the command-line tests.
 */
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIo } from '../../../src/local/cli/program';

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export function workspace(prefix = 'baocao-cli-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export async function run(cwd: string, args: ReadonlyArray<string>, extra: Partial<CliIo> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    progress: () => undefined,
    cwd,
    now: () => new Date(Date.UTC(2023, 2, 12, 1, 30)),
    ...extra,
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Words of Node's and commander's English that must never reach a person. */
export const ENGLISH_SYSTEM_TEXT =
  /\b(Usage|Options|Commands|Arguments|default|choices|error|unknown|missing|required|argument|option '|too many|Expected|Did you mean|permission denied|not permitted|no such file|read-only file system|no space left|not a directory|illegal operation|too many open files|EACCES:|ENOENT:|at \S+ \(|Error:)\b/;
