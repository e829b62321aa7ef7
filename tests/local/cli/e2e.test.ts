/**
 * The built program as a stranger runs it: `node bin/baocao.js` (after `npm run build:cli`)
 * from a folder of their own, with absolute and relative paths, through `npm run baocao --`
 * from another folder, piped into `head -1`, as an unprivileged user on a chmod-000 file (a
 * real EACCES, which root never gets), twice at once on one workbook, and rolling up child
 * reports: the bundled source worker, a progress bar on a terminal and silence in a pipe.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { version } from '../../../package.json';
import { writeProvince } from '../../../scripts/synthetic-rollup';
import { mainThreadPool, threadPool } from '../../../src/local/rollup/pool';
import { ENGLISH_SYSTEM_TEXT, workspace } from './run';
import { exampleWithErrors, workbookWithLog } from './workbook-fixtures';

const REPO = resolve(__dirname, '..', '..', '..');
const BIN = join(REPO, 'bin', 'baocao.js');

/** The environment without npm's variables of the `npm test` this runs under. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_') && k !== 'INIT_CWD'));
}

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function baocao(cwd: string, args: ReadonlyArray<string>, options: { uid?: number; gid?: number; bin?: string } = {}): Result {
  const { bin = BIN, ...user } = options;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: cleanEnv(), ...user });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function baocaoAsync(cwd: string, args: ReadonlyArray<string>): Promise<Result> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build:cli', '--silent'], { cwd: REPO, env: cleanEnv(), stdio: 'pipe' });
}, 120_000);

describe('the built command line', () => {
  it('works from any folder with absolute and relative paths', () => {
    const home = workspace('baocao-e2e-');
    const work = join(home, 'viec');
    mkdirSync(work);
    const book = join(home, 'bc.xlsx');
    expect(baocao(work, ['init', '--example', '-o', book])).toMatchObject({ status: 0, stdout: `Đã tạo ${book} (ví dụ Báo cáo 350-BC/HU).\n` });
    expect(baocao(work, ['validate', book]).status).toBe(0);
    expect(baocao(work, ['validate', '../bc.xlsx']).stdout).toContain('Kiểm tra ../bc.xlsx: 0 lỗi, 2 cảnh báo.');
    expect(baocao('/', ['status', relative('/', book)]).status).toBe(0);
    expect(baocao(work, ['report', book, '-o', join(home, 'bc.docx')]).status).toBe(0);
    expect(existsSync(join(home, 'bc.docx'))).toBe(true);
    expect(readdirSync(work)).toEqual([]);
  });

  it('prints the version bundled at build time, with --version and -V', () => {
    expect(baocao('/', ['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(baocao('/', ['-V']).stdout).toBe(`${version}\n`);
    expect(readFileSync(join(REPO, 'build', 'cli.js'), 'utf8')).not.toMatch(/require\([^)]*package\.json/);
  });

  it('resolves `npm run baocao -- validate x.xlsx` from the folder it was typed in', () => {
    const dir = workspace('baocao-npm-');
    baocao(dir, ['init', '--example', '-o', 'x.xlsx']);
    const result = spawnSync('npm', ['run', '--silent', '--prefix', REPO, 'baocao', '--', 'validate', 'x.xlsx'], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Kiểm tra x.xlsx: 0 lỗi, 2 cảnh báo.');
    expect(result.status).toBe(0);
  });

  it('ends quietly when its output is cut (`demo | head -1`), finishing its files, with the command’s exit code', () => {
    const dir = workspace('baocao-pipe-');
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" demo 2>err.txt | head -1; echo "exit=\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
    expect(result.stdout).toBe('Đã tạo out/demo/workbook.xlsx (ví dụ Báo cáo 350-BC/HU, Huyện ủy Chư Pưh).\nexit=0\n');
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe('');
    for (const file of ['workbook.xlsx', 'report.docx', 'report.md', 'chua-nop.xlsx']) expect(existsSync(join(dir, 'out', 'demo', file))).toBe(true);
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it : it.skip)('explains a real EACCES to an unprivileged user: chmod-000 workbook and read-only folder', () => {
    const dir = workspace('baocao-perm-');
    chmodSync(dir, 0o755);
    baocao(dir, ['init', '--example', '-o', 'bc.xlsx']);
    chmodSync(join(dir, 'bc.xlsx'), 0o000);
    // The checkout may sit in a folder only its owner can enter (CI's clone, mktemp -d is 0700),
    // so the unprivileged user runs the command line bundled whole into a folder it can read.
    const bin = join(dir, 'cli', 'cli.js');
    buildSync({ entryPoints: [join(REPO, 'src', 'entry', 'cli.ts')], bundle: true, platform: 'node', target: 'node20', outfile: bin, logLevel: 'warning' });
    chmodSync(join(dir, 'cli'), 0o755);
    chmodSync(bin, 0o644);
    const nobody = { uid: 65534, gid: 65534, bin };
    expect(baocao(dir, ['--version'], nobody)).toMatchObject({ status: 0, stdout: `${version}\n` });
    const unreadable = baocao(dir, ['validate', 'bc.xlsx'], nobody);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toBe('Không có quyền đọc "bc.xlsx". Hãy xin quyền đọc, hoặc chép tệp sang thư mục của bạn.\n');
    chmodSync(join(dir, 'bc.xlsx'), 0o644);
    const readOnlyFolder = baocao(dir, ['report', 'bc.xlsx', '-o', 'bc.docx'], nobody);
    expect(readOnlyFolder.status).toBe(2);
    expect(readOnlyFolder.stderr).toBe('Không có quyền ghi "bc.docx" (thư mục hoặc tệp chỉ cho đọc). Hãy chọn thư mục khác.\n');
    expect(readOnlyFolder.stderr + unreadable.stderr).not.toMatch(ENGLISH_SYSTEM_TEXT);
    // A folder the user owns works as their outbox: mails, log and lock are written there.
    mkdirSync(join(dir, 'mine'));
    chownSync(join(dir, 'mine'), 65534, 65534);
    expect(baocao(dir, ['remind', 'bc.xlsx', '--outbox', 'mine', '--today', '2023-03-12'], nobody).status).toBe(0);
  });

  it('lets exactly one of two processes started at once on one workbook send', async () => {
    const dir = workspace('baocao-race-');
    writeFileSync(join(dir, 'bc.xlsx'), await workbookWithLog(exampleWithErrors('UBND', 'HDND'), []));
    const before = readFileSync(join(dir, 'bc.xlsx'));
    const args = ['remind', 'bc.xlsx', '--outbox', 'thu', '--today', '2023-03-12'];
    const results = await Promise.all([baocaoAsync(dir, args), baocaoAsync(dir, args)]);
    const emls = readdirSync(join(dir, 'thu')).filter((f) => f.endsWith('.eml'));
    expect(emls.sort()).toEqual(['2023-03-12-01-HDND.eml', '2023-03-12-02-UBND.eml']);
    expect(results.filter((r) => r.stdout.includes('Đã ghi 2 tệp .eml'))).toHaveLength(1);
    for (const r of results) expect(r.stderr + r.stdout).not.toMatch(ENGLISH_SYSTEM_TEXT);
    const log = readFileSync(join(dir, 'thu', 'nhat-ky-nhac-viec.csv'), 'utf8').trim().split('\r\n');
    expect(log).toHaveLength(3);
    expect(readFileSync(join(dir, 'bc.xlsx')).equals(before)).toBe(true);
  });

  it('bundles a source worker that reads a child report in a thread of its own', async () => {
    const dir = workspace('baocao-worker-e2e-');
    const { childPaths } = writeProvince(dir, { children: 1, chiBoPerChild: 2 });
    const pool = threadPool(join(REPO, 'build', 'source-worker.js'), 1, mainThreadPool(() => ({ kind: 'failed', failure: { kind: 'unreadable', detail: 'main' } })));
    try {
      const path = childPaths[0]!;
      const content = await pool.parse({ kind: 'child', shown: 'xa/xa-001.xlsx', absolute: path, tabs: null, readAt: '2026-04-02T08:00', ancestors: [] }, readFileSync(path));
      expect(content.kind === 'child' && [content.summary.issuingBody, content.summary.units.expected]).toEqual(['ĐẢNG ỦY XÃ SỐ 1', 2]);
      expect(pool.mode()).toBe('threads');
    } finally {
      await pool.close();
    }
  });

  it('reads a province’s child reports: a progress bar on a terminal, nothing in a pipe', () => {
    const dir = workspace('baocao-rollup-e2e-');
    writeProvince(dir, { children: 6, chiBoPerChild: 4 });
    const piped = baocao(dir, ['status', 'tinh.xlsx']);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toContain('Báo cáo cấp dưới: ');
    // script(1) gives the program a terminal (a pty); what it prints comes back on one stream.
    const command = `"${process.execPath}" "${BIN}" status tinh.xlsx`;
    const terminal = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
    expect(terminal.status).toBe(piped.status);
    expect(terminal.stdout).toMatch(/\rĐang đọc 6\/6 báo cáo cấp dưới…\u001b\[K\r?\n/);
    expect(terminal.stdout).toContain('Đã đọc 6/6 báo cáo cấp dưới.');
    // The terminal ends lines with CR LF; past the progress lines, it shows what the pipe got.
    expect(terminal.stdout.replace(/\r\n/g, '\n')).toContain(piped.stdout.trim());
  });
});
