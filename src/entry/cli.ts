/**
 * Composition root of the command line: wires the real terminal and working directory into
 * the program and sets the process exit code. Nothing else lives here.
 */
import { runCli } from '../local/cli/program';

const interactive = process.stderr.isTTY === true;

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text + '\n'),
  progress: (text) => {
    if (interactive) process.stderr.write(text + '\n');
  },
  cwd: process.cwd(),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
