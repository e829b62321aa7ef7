/**
 * The folder relative paths start from: the process's own, except when npm runs one of our
 * scripts (`npm run baocao -- …`), where it is npm's INIT_CWD, the folder the person typed in.
 */
import { childPath, launchDirectory, userPath } from '../../../src/local/files/paths';

const npmEnv = (script: string): NodeJS.ProcessEnv => ({
  INIT_CWD: '/home/thuky/bao-cao',
  npm_lifecycle_event: script,
  npm_package_name: 'baocao',
  npm_package_json: '/opt/baocao/package.json',
});

describe('paths', () => {
  it('keeps an absolute path and resolves a relative one from the folder', () => {
    expect(userPath('/tmp/x', '/home/thuky/bc.xlsx')).toEqual({ typed: '/home/thuky/bc.xlsx', absolute: '/home/thuky/bc.xlsx' });
    expect(userPath('/tmp/x', '../bc.xlsx')).toEqual({ typed: '../bc.xlsx', absolute: '/tmp/bc.xlsx' });
    expect(childPath(userPath('/tmp', 'thu/'), 'a.eml')).toEqual({ typed: 'thu/a.eml', absolute: '/tmp/thu/a.eml' });
  });

  it('starts from INIT_CWD under `npm run baocao` and `npm run demo`', () => {
    expect(launchDirectory(npmEnv('baocao'), '/opt/baocao')).toBe('/home/thuky/bao-cao');
    expect(launchDirectory(npmEnv('demo'), '/opt/baocao')).toBe('/home/thuky/bao-cao');
  });

  it('ignores INIT_CWD when some other npm script or package launched the program', () => {
    expect(launchDirectory(npmEnv('test'), '/tmp/work')).toBe('/tmp/work');
    expect(launchDirectory({ ...npmEnv('baocao'), npm_package_name: 'other' }, '/tmp/work')).toBe('/tmp/work');
    // Our script name, but the process is not in our package's folder: a nested launch.
    expect(launchDirectory(npmEnv('baocao'), '/tmp/work')).toBe('/tmp/work');
    expect(launchDirectory({}, '/tmp/work')).toBe('/tmp/work');
  });
});
