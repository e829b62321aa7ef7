/**
 * What package.json promises ("node": ">=20") holds for what `npm ci` installs: every package
 * in package-lock.json that the program needs at run time accepts any Node 20, and every
 * development tool accepts the Node 20 release this project is developed on (20.19, the
 * oldest that typescript-eslint and eslint 10 accept), so `npm ci` prints no EBADENGINE. (docx
 * 9.15 asks for nanoid 6, which wants Node 22; docx bundles nanoid's code into its own files and
 * never loads the package, so package.json pins nanoid 5 for docx through "overrides".)
 */
import { createRequire } from 'node:module';
import packageJson from '../../package.json';
import lock from '../../package-lock.json';

interface Locked {
  readonly dev?: boolean;
  readonly engines?: { readonly node?: string };
}

/** npm's own version-range reader (a dependency of npm and of ts-jest); its types are not installed. */
const semver = createRequire(__filename)('semver') as { satisfies(version: string, range: string): boolean };

const packages = Object.entries((lock as unknown as { packages: Record<string, Locked> }).packages).filter(([name]) => name !== '');

describe('the Node versions the installed packages accept', () => {
  it('lets every run-time package run on any Node 20, as package.json promises', () => {
    expect(packageJson.engines.node).toBe('>=20');
    const refusing = packages.filter(([, p]) => p.dev !== true && p.engines?.node !== undefined && !semver.satisfies('20.0.0', p.engines.node));
    expect(refusing.map(([name, p]) => `${name} ${p.engines?.node}`)).toEqual([]);
  });

  it('lets every development tool run on Node 20.19', () => {
    const refusing = packages.filter(([, p]) => p.engines?.node !== undefined && !semver.satisfies('20.19.0', p.engines.node));
    expect(refusing.map(([name, p]) => `${name} ${p.engines?.node}`)).toEqual([]);
  });

  it('keeps docx on a nanoid that accepts Node 20', () => {
    const nanoid = packages.filter(([name]) => name.endsWith('/nanoid'));
    expect(nanoid.length).toBeGreaterThan(0);
    for (const [, p] of nanoid) expect(semver.satisfies('20.0.0', p.engines?.node ?? '*')).toBe(true);
  });
});
