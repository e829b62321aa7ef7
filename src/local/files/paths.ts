/**
 * Paths as every command-line tool treats them: an absolute path is used as is, a relative one
 * is resolved against the folder the person typed the command in, and messages show the path as
 * it was typed. `npm run baocao -- …` runs the program from the package's root, so under npm the
 * folder the person typed in is npm's INIT_CWD (https://docs.npmjs.com/cli/commands/npm-run-script:
 * "INIT_CWD … the original working directory from which npm was started"); it is used only then.
 */
import { dirname, resolve } from 'node:path';

/** A path as the person typed it, and where it really is. */
export interface UserPath {
  readonly typed: string;
  readonly absolute: string;
}

export function userPath(cwd: string, typed: string): UserPath {
  return { typed, absolute: resolve(cwd, typed) };
}

/** A path the program makes up (a file inside an output folder), shown relative to what the person typed. */
export function childPath(parent: UserPath, ...segments: string[]): UserPath {
  const typed = [parent.typed.replace(/[/\\]+$/, ''), ...segments].join('/');
  return { typed, absolute: resolve(parent.absolute, ...segments) };
}

/** npm's scripts in package.json that launch this program. */
const OUR_NPM_SCRIPTS: ReadonlySet<string> = new Set(['baocao', 'demo']);

/**
 * Whether this process is one of our own npm scripts (`npm run baocao -- …`, `npm run demo`),
 * which npm runs from the package's root. A `node bin/baocao.js` run by some other npm script (a
 * test, another package) is not ours.
 */
export function launchedByOurNpmScript(env: NodeJS.ProcessEnv, processCwd: string): boolean {
  const script = env['npm_lifecycle_event'];
  const packageJson = env['npm_package_json'];
  return (
    script !== undefined &&
    OUR_NPM_SCRIPTS.has(script) &&
    env['npm_package_name'] === 'baocao' &&
    (packageJson === undefined || resolve(dirname(packageJson)) === resolve(processCwd))
  );
}

/** The folder relative paths are resolved against: npm's INIT_CWD under our npm scripts, otherwise the process's. */
export function launchDirectory(env: NodeJS.ProcessEnv, processCwd: string): string {
  const initCwd = env['INIT_CWD'];
  return launchedByOurNpmScript(env, processCwd) && initCwd !== undefined && initCwd !== '' ? resolve(initCwd) : processCwd;
}
