/**
 * `npm run setup:gas` against a stand-in `clasp` on PATH that records its arguments and writes
 * .clasp.json the way clasp 3.4 does (create-script.js: a non-standalone --type creates a new
 * container file and ignores --parentId; standalone passes parentId to projects.create, which
 * binds the script to that file). The stand-in refuses --parentId with a container type, as the
 * real one silently does the wrong thing with it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'setup-gas.mjs');
const SHEET_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xy';

function standIn(dir: string): string {
  const bin = join(dir, 'bin');
  execFileSync('mkdir', ['-p', bin]);
  const log = join(dir, 'clasp-args.json');
  const clasp = join(bin, 'clasp');
  writeFileSync(
    clasp,
    `#!/usr/bin/env node
const fs = require('fs');
const args = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify(args));
const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const type = opt('--type') || 'standalone';
const standalone = ['standalone', 'webapp', 'api'].includes(type);
if (!standalone && opt('--parentId')) { console.error('clasp would ignore --parentId and create a new file'); process.exit(3); }
if (fs.existsSync('.clasp.json')) { console.error('Project file already exists.'); process.exit(1); }
const parentId = standalone ? opt('--parentId') : 'new-spreadsheet-id';
fs.writeFileSync('.clasp.json', JSON.stringify({ scriptId: 'script-123', rootDir: opt('--rootDir'), parentId }));
`,
  );
  chmodSync(clasp, 0o755);
  return bin;
}

function run(args: string[]): { dir: string; clasp: string[]; config: Record<string, unknown>; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'setup-gas-'));
  writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' }));
  const bin = standIn(dir);
  const out = execFileSync(process.execPath, [SCRIPT, ...args], { cwd: dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` }, encoding: 'utf8' });
  return {
    dir,
    out,
    clasp: JSON.parse(readFileSync(join(dir, 'clasp-args.json'), 'utf8')) as string[],
    config: JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8')) as Record<string, unknown>,
  };
}

describe('npm run setup:gas', () => {
  it('binds the script to an existing spreadsheet with --parentId (a standalone create with that parent)', () => {
    const { clasp, config, out, dir } = run(['--parentId', SHEET_ID]);
    expect(clasp).toEqual(['create-script', '--type', 'standalone', '--parentId', SHEET_ID, '--title', 'Báo cáo tổng hợp', '--rootDir', 'dist']);
    expect(config).toMatchObject({ scriptId: 'script-123', parentId: SHEET_ID, rootDir: 'dist' });
    expect(out).toContain(`gắn với bảng tính ${SHEET_ID}`);
    expect(existsSync(join(dir, '.clasp.json.placeholder'))).toBe(false);
  });

  it('accepts the spreadsheet address instead of its id', () => {
    const { clasp } = run(['--parentId', `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=0`]);
    expect(clasp).toContain(SHEET_ID);
  });

  it('still creates a new spreadsheet with --title', () => {
    const { clasp, config } = run(['--title', 'Báo cáo sơ kết']);
    expect(clasp).toEqual(['create-script', '--type', 'sheets', '--title', 'Báo cáo sơ kết', '--rootDir', 'dist']);
    expect(config).toMatchObject({ scriptId: 'script-123', parentId: 'new-spreadsheet-id', rootDir: 'dist' });
  });

  it('refuses, in Vietnamese, something that is not a spreadsheet id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'setup-gas-'));
    expect(() => execFileSync(process.execPath, [SCRIPT, '--parentId', 'abc'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' })).toThrow(/không phải mã bảng tính/);
  });
});
