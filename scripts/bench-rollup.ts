/**
 * Part of `npm run bench` (scripts/bench.ts): the offline roll-up end to end, as a person runs
 * it: `baocao report tinh.xlsx -o bao-cao.docx` on a province of 135 child commune reports of
 * 30 chi bộ each (scripts/synthetic-rollup.ts), which reads every child, summarizes it,
 * validates the province, compiles and renders the .docx. Each run is a fresh Node process (so
 * peak RSS, which covers the worker threads too, is that run's own), with worker threads (one
 * per core), without (the main thread parses every file), and as the command line chooses (one
 * worker per spare core, src/local/cli/sources.ts); the table gives medians over
 * several runs and the largest peak. The phases come from the command's own progress lines.
 * Also: the same for the 89-unit ward in one workbook and over 3 shards, and what structured
 * cloning a summary or a shard costs next to parsing it. Target: 135 × 30 in ≤ 10 s, ≤ 1 GB.
 * The machine's load average is printed before and after: on a shared machine it explains noise.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { buildSync } from 'esbuild';
import { summarizeChild } from '../src/domain/rollup/summarize';
import { runCli } from '../src/local/cli/program';
import { spareCores } from '../src/local/cli/sources';
import { readXlsxBytes } from '../src/local/xlsx-read';
import { writeProvince, writeWard } from './synthetic-rollup';
import { median, printTable, seconds } from './bench-table';

const CHILDREN = 135;
const CHI_BO = 30;
const RUNS = Number(process.env['BENCH_ROLLUP_RUNS'] ?? 5);

interface RollupRun {
  readonly read: number;
  readonly check: number;
  readonly render: number;
  readonly total: number;
  /** CPU time of the whole process, every thread (user + system): what the run costs whatever the load. */
  readonly cpu: number;
  readonly peakMb: number;
  readonly exit: number;
  readonly out: string;
}

/** Child process: one `report` run, timed by its progress lines; prints JSON. */
export async function runRollupCase(args: ReadonlyArray<string>): Promise<void> {
  const [parent, output, threads, script] = args as [string, string, string, string];
  const marks: Array<[string, number]> = [];
  const out: string[] = [];
  const t0 = performance.now();
  const exit = await runCli(['report', parent, '-o', output, '--force'], {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    progress: (t) => marks.push([t, performance.now()]),
    cwd: process.cwd(),
    now: () => new Date(Date.UTC(2026, 3, 2, 1, 0)),
    // 'auto': as the command line decides, from the cores not already busy.
    sourceWorkers: { script: script === '-' ? null : script, threads: threads === 'auto' ? spareCores() : Number(threads) },
  });
  const end = performance.now();
  const usage = process.cpuUsage();
  const at = (prefix: string) => marks.find(([t]) => t.startsWith(prefix))?.[1] ?? t0;
  const readDone = at('Đã đọc ') === t0 ? at('Đang kiểm tra') : at('Đã đọc ');
  const result: RollupRun = {
    read: readDone - t0,
    check: at('Đang ghi báo cáo') - readDone,
    render: end - at('Đang ghi báo cáo'),
    total: end - t0,
    cpu: (usage.user + usage.system) / 1000,
    peakMb: process.resourceUsage().maxRSS / 1024,
    exit,
    out: out.join('\n').slice(0, 400),
  };
  process.stdout.write(JSON.stringify(result));
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

/** The worker script as `npm run build:cli` bundles it, built here so the bench needs no prior build. */
function buildWorker(dir: string): string {
  const outfile = join(dir, 'source-worker.js');
  buildSync({
    entryPoints: [join(__dirname, '..', 'src', 'entry', 'source-worker.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
    absWorkingDir: join(__dirname, '..'),
  });
  return outfile;
}

function runOnce(bench: string, parent: string, output: string, threads: number | 'auto', script: string | null): RollupRun {
  const json = execFileSync(process.execPath, [bench, '--rollup-case', parent, output, String(threads), script ?? '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    cwd: join(__dirname, '..'),
  });
  return JSON.parse(json) as RollupRun;
}

function measureCases(bench: string, cases: ReadonlyArray<{ label: string; parent: string; threads: number | 'auto'; script: string | null }>, dir: string): void {
  const rows = [['case', 'runs', 'read (workbook + sources)', 'check+compile', 'render', 'total (median)', 'min–max', 'CPU, all threads', 'peak RSS (max)', 'exit']];
  for (const c of cases) {
    const runs = Array.from({ length: RUNS }, (_, i) => runOnce(bench, c.parent, join(dir, `out-${i}.docx`), c.threads, c.script));
    const totals = runs.map((r) => r.total);
    rows.push([
      c.label,
      String(runs.length),
      seconds(median(runs.map((r) => r.read))),
      seconds(median(runs.map((r) => r.check))),
      seconds(median(runs.map((r) => r.render))),
      seconds(median(totals)),
      `${seconds(Math.min(...totals))}–${seconds(Math.max(...totals))}`,
      seconds(median(runs.map((r) => r.cpu))),
      `${Math.max(...runs.map((r) => r.peakMb)).toFixed(0)} MB`,
      String(runs[0]?.exit ?? '?'),
    ]);
  }
  printTable(rows);
}

/** What handing a result from a worker to the main thread costs, next to producing it. */
function cloneCosts(childFile: string, shardFile: string): void {
  const time = (f: () => unknown, n = 20): number => {
    f();
    const t0 = performance.now();
    for (let i = 0; i < n; i += 1) f();
    return (performance.now() - t0) / n;
  };
  const childBytes = readFileSync(childFile);
  const childRaw = readXlsxBytes(childBytes);
  const summary = summarizeChild(childRaw);
  const shardRaw = readXlsxBytes(readFileSync(shardFile));
  const parse = time(() => summarizeChild(readXlsxBytes(childBytes)), 5);
  const rows = [['what crosses the thread boundary', 'size', 'serialize + deserialize', 'vs parsing + summarizing one child']];
  for (const [label, value] of [
    ['a child summary (what is sent)', summary],
    ['a whole child raw workbook (what is not)', childRaw],
    ['a shard raw workbook (30 unit tabs)', shardRaw],
  ] as const) {
    const bytes = serialize(value).length;
    const ms = time(() => deserialize(serialize(value)));
    rows.push([label, `${(bytes / 1024).toFixed(1)} KB`, `${ms.toFixed(2)} ms`, `${((ms / parse) * 100).toFixed(1)} % of ${parse.toFixed(1)} ms`]);
  }
  printTable(rows);
}

export function rollupBench(dir: string, bench: string): void {
  process.stdout.write(`\n== Offline roll-up: baocao report of a province of ${CHILDREN} child reports × ${CHI_BO} chi bộ (a fresh process per run) ==\n`);
  process.stdout.write(`Machine: ${cpus().length} CPUs (availableParallelism ${availableParallelism()}), load average before: ${load()}\n`);
  const t0 = performance.now();
  const province = writeProvince(join(dir, 'rollup'), { children: CHILDREN, chiBoPerChild: CHI_BO });
  const ward = writeWard(join(dir, 'ward'));
  const script = buildWorker(dir);
  process.stdout.write(
    `Generated in ${seconds(performance.now() - t0)} (not timed below): ${province.childPaths.length + 1} files, ${(province.bytes / 1e6).toFixed(1)} MB; ` +
      `${province.province.children.reduce((n, c) => n + c.data.units.length, 0)} units in the children.\n`,
  );
  const threads = availableParallelism();
  measureCases(
    bench,
    [
      { label: `135 × 30, ${threads} worker threads`, parent: province.parentPath, threads, script },
      { label: '135 × 30, main thread only', parent: province.parentPath, threads: 1, script: null },
      { label: `135 × 30, as the CLI chooses (spare cores now: ${spareCores()})`, parent: province.parentPath, threads: 'auto', script },
      { label: 'ward of 89, one workbook', parent: ward.singlePath, threads, script },
      { label: 'ward of 89 over 3 shards (main thread: too few files for workers)', parent: ward.shardedPath, threads, script },
    ],
    dir,
  );
  process.stdout.write(`Target: 135 × 30 ≤ 10 s and ≤ 1 GB (peak RSS covers the worker threads and Node itself). Load average after: ${load()}\n`);
  cloneCosts(province.childPaths[0]!, ward.shardPaths[0]!);
}
