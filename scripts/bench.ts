/**
 * `npm run bench`: prints measured figures, it asserts nothing.
 *
 * Part 1, offline: for the built-in example and synthetic workbooks of 10, 100 and 1,000 units,
 * the time of each step (read the .xlsx, validate, compile, render .docx) and the peak memory,
 * each case in a fresh Node process so peaks do not mix; reading is baocao's own reader
 * (src/local/xlsx/read.ts), and its throughput in MB of unpacked XML per second is shown too.
 * Targets: example ≤ 2 s end to end; 1,000 units ≤ 5 s (reading ≤ 0.6 s) and ≤ 1 GB.
 *
 * Part 1b, offline roll-up (scripts/bench-rollup.ts): `baocao report` of a province of 135 child
 * reports × 30 chi bộ, with and without worker threads, and a ward of 89 over 3 shards.
 *
 * Part 2, Apps Script (scripts/bench-gas.ts): the add-in's actions against the in-memory fakes
 * for 10, 100 and 1,000 units, and a 1,000-unit setup continuing itself; then the periods
 * (scripts/bench-periods.ts): the next period and a report with comparisons, offline and in
 * Apps Script, at 100 and 1,000 units; then the roll-up (scripts/bench-gas-rollup.ts):
 * collecting 135 child reports of 30 units under Google's per-user read quota, reads,
 * executions and simulated time. Part 3: the bundle
 * within BUNDLE_BUDGET (scripts/build-gas.ts): ≤ 300 KB and evaluated in ≤ 50 ms in a vm.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { compileReport } from '../src/domain/report/compile';
import { validateWorkbook } from '../src/domain/validate/validate';
import type { WorkbookData } from '../src/domain/workbook/data';
import { planWorkbookFromData } from '../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../src/example/chu-puh-2023';
import { renderDocx } from '../src/local/docx-renderer';
import { readXlsx, writeXlsx } from '../src/local/xlsx';
import { readZipDirectory } from '../src/local/xlsx/zip';
import { BUNDLE_BUDGET, buildGasBundle } from './build-gas';
import { gasBench } from './bench-gas';
import { gasRollupBench } from './bench-gas-rollup';
import { periodsBench } from './bench-periods';
import { rollupBench, runRollupCase } from './bench-rollup';
import { syntheticWorkbook } from './synthetic-workbook';
import { median, printTable, seconds } from './bench-table';

const SIZES = [10, 100, 1000];

interface StepTimes {
  readonly read: number;
  /** Unpacked size of the parts read (sheets, shared strings, styles, workbook), in MB. */
  readonly readMb: number;
  readonly validate: number;
  readonly compile: number;
  readonly render: number;
  readonly total: number;
  readonly peakMb: number;
  readonly errors: number;
  readonly footnotes: number;
  readonly docxKb: number;
}

/** Child process: times the pipeline on one .xlsx file and prints JSON. */
async function runCase(file: string): Promise<void> {
  const t0 = performance.now();
  const raw = await readXlsx(file);
  const t1 = performance.now();
  const readMb = unpackedXmlMb(readFileSync(file));
  const validation = validateWorkbook(raw);
  const t2 = performance.now();
  const { model } = compileReport(validation.lookup);
  const t3 = performance.now();
  const docx = model === null ? Buffer.alloc(0) : await renderDocx(model);
  const t4 = performance.now();
  const result: StepTimes = {
    read: t1 - t0,
    readMb,
    validate: t2 - t1,
    compile: t3 - t2,
    render: t4 - t3,
    total: t4 - t0,
    peakMb: process.resourceUsage().maxRSS / 1024,
    errors: validation.findings.filter((f) => f.severity === 'error').length,
    footnotes: model?.footnotes.length ?? 0,
    docxKb: docx.length / 1024,
  };
  process.stdout.write(JSON.stringify(result));
}

/** What the reader unpacks: every XML part but comments and drawings, which it never opens. */
function unpackedXmlMb(bytes: Uint8Array): number {
  const entries = readZipDirectory(bytes).filter((e) => /\.(xml|rels)$/.test(e.name) && !/comments|drawings|docProps|theme/.test(e.name));
  return entries.reduce((sum, e) => sum + e.size, 0) / 1e6;
}

async function offlinePart(dir: string): Promise<void> {
  process.stdout.write('\n== Offline: read .xlsx + validate + compile + render .docx (a fresh process per case) ==\n');
  const cases: Array<[string, WorkbookData]> = [['example (21 units)', CHU_PUH_2023], ...SIZES.map((n): [string, WorkbookData] => [`${n} units`, syntheticWorkbook(n)])];
  const rows = [['case', 'xlsx', 'read', 'read MB/s', 'validate', 'compile', 'render', 'total', 'peak RSS', 'errors', 'footnotes', 'docx']];
  for (const [label, data] of cases) {
    const file = join(dir, `${label.replace(/\W+/g, '_')}.xlsx`);
    const xlsx = await writeXlsx(planWorkbookFromData(data));
    writeFileSync(file, xlsx);
    const out = execFileSync(process.execPath, [__filename, '--case', file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out) as StepTimes;
    rows.push([
      label,
      `${(xlsx.length / 1024).toFixed(0)} KB`,
      seconds(r.read),
      (r.readMb / (r.read / 1000)).toFixed(0),
      seconds(r.validate),
      seconds(r.compile),
      seconds(r.render),
      seconds(r.total),
      `${r.peakMb.toFixed(0)} MB`,
      String(r.errors),
      String(r.footnotes),
      `${r.docxKb.toFixed(0)} KB`,
    ]);
  }
  printTable(rows);
  process.stdout.write('Targets: example ≤ 2 s; 1,000 units ≤ 5 s (reading ≤ 0.6 s) and ≤ 1 GB (peak RSS includes Node itself, ~40 MB).\n');
}

async function bundlePart(dir: string): Promise<void> {
  process.stdout.write('\n== Apps Script bundle ==\n');
  const { code, bytes } = await buildGasBundle(join(dir, 'dist'));
  const times: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const context = vm.createContext({});
    const t0 = performance.now();
    vm.runInContext(code, context);
    times.push(performance.now() - t0);
  }
  const evaluateMs = median(times);
  process.stdout.write(
    `Code.js: ${(bytes / 1024).toFixed(1)} KB minified (target ≤ ${BUNDLE_BUDGET.bytes / 1024} KB); evaluation in a vm: median ${evaluateMs.toFixed(1)} ms over 20 runs (target ≤ ${BUNDLE_BUDGET.evaluateMs} ms).\n`,
  );
}

async function main(): Promise<void> {
  const rollupIndex = process.argv.indexOf('--rollup-case');
  if (rollupIndex >= 0) {
    await runRollupCase(process.argv.slice(rollupIndex + 1));
    return;
  }
  const caseIndex = process.argv.indexOf('--case');
  if (caseIndex >= 0) {
    await runCase(process.argv[caseIndex + 1] ?? '');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'baocao-bench-'));
  process.stdout.write(`baocao benchmark · Node ${process.version} · ${new Date().toISOString()}\n`);
  await offlinePart(dir);
  rollupBench(dir, __filename);
  gasBench();
  gasRollupBench();
  periodsBench();
  await bundlePart(dir);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
