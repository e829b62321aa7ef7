/**
 * Composition root of the command line: wires the real terminal, the folder the person typed
 * the command in, and the clock into the program, and sets the process exit code. When the
 * reader of our output goes away (`baocao demo | head -1`), writing to stdout fails with EPIPE:
 * the program then stops writing to it, finishes its work quietly and exits with its own code
 * (documented in docs/cli.md), instead of dying with a stack trace.
 */
import { launchDirectory, launchedByOurNpmScript } from '../local/files/paths';
import { reportFailure, runCli } from '../local/cli/program';

const interactive = process.stderr.isTTY === true;
const closed = { stdout: false, stderr: false };

function guard(stream: NodeJS.WriteStream, name: keyof typeof closed): (text: string) => void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // EPIPE: the reading end of a pipe was closed; anything else on a terminal stream is as final.
    closed[name] = true;
    if (error.code !== 'EPIPE' && name === 'stdout' && !closed.stderr) process.stderr.write('Không ghi được ra màn hình; baocao dừng in.\n');
  });
  return (text) => {
    if (!closed[name]) stream.write(text + '\n');
  };
}

const stdout = guard(process.stdout, 'stdout');
const stderr = guard(process.stderr, 'stderr');

runCli(process.argv.slice(2), {
  stdout,
  stderr,
  progress: (text) => {
    if (interactive) stderr(text);
  },
  // A progress bar: the line is rewritten in place ("\r", then erase to its end), and ended by a newline.
  progressLine: (text) => {
    if (!interactive || closed.stderr) return;
    process.stderr.write(text === null ? '\n' : `\r${text}\u001b[K`);
  },
  cwd: launchDirectory(process.env, process.cwd()),
  now: () => new Date(),
  invokedAs: launchedByOurNpmScript(process.env, process.cwd()) ? 'npm run baocao --' : 'baocao',
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.exitCode = reportFailure(error, { stderr });
  });
