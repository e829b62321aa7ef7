/**
 * The Apps Script roll-up part of `npm run bench` (called from bench.ts; prints, asserts
 * nothing): "Thu thập số liệu cấp dưới" for a province of 135 child commune reports of 30 units
 * each, against the counting fakes with Google's per-user quota of 60 Sheets API reads a minute
 * enforced on the simulated clock. It prints the reads (per child and in all), the executions
 * needed (the menu run plus one-off continuation triggers), the longest execution against the
 * 6-minute limit, the simulated time, the pacing sleeps and any 429, then the report made from
 * the cache next to the same report action on one spreadsheet of 135 units.
 *
 * Simulated time = the stated latency of each call (STATED_LATENCY; a whole child read is
 * stated at 150 ms, 1.5 s and 3 s in turn, its answer being about 260 KB of grid data) + CPU_FACTOR × the CPU this
 * process spends between calls (Apps Script's V8 is slower than Node; the fakes' own work is
 * counted too, so the figure errs high). Stated, not measured: Google publishes no latency.
 */
import { performance } from 'node:perf_hooks';
import { EXECUTION_LIMIT_MS } from '../src/gas/budget';
import { PACED_READS_PER_MINUTE, SHEETS_READS_PER_MINUTE_PER_USER } from '../src/gas/rollup/pacer';
import { NO_LATENCY, STATED_LATENCY } from '../tests/fakes/gas';
import { gasWorkbook, runContinuing, sheetsApiReads } from '../tests/support/gas-workbook';
import { sheetsProvince, type SheetsProvince } from '../tests/gas/rollup/province';
import { syntheticWorkbook } from './synthetic-workbook';
import { chargeCpu, CPU_FACTOR, measureAction } from './bench-gas-measure';
import { printTable, seconds } from './bench-table';

const CHILDREN = 135;
const UNITS_PER_CHILD = 30;
const CONTINUE = 'baocaoContinueCollect';

function collect(p: SheetsProvince, childReadMs: number): string[] {
  const { env } = p;
  env.calls.reset();
  env.calls.onRecord((record) => {
    if (record.name === 'Sheets.Spreadsheets.get' && env.clock.latency !== NO_LATENCY) env.clock.advance(childReadMs - STATED_LATENCY.read);
  });
  env.clock.latency = STATED_LATENCY;
  const stop = chargeCpu(env);
  const begin = env.clock.now().getTime();
  const durations = runContinuing(p, 'baocaoCollectChildren', CONTINUE, { maxContinuations: 50 });
  stop();
  env.clock.latency = NO_LATENCY;
  const perChild = p.children.map((c) => env.sheetsApi.readsOf(c.id));
  const quota = env.sheetsApi.gate.quota!;
  const total = env.clock.now().getTime() - begin;
  return [
    `${childReadMs.toLocaleString('en')} ms`,
    `${sheetsApiReads(env)} (${perChild.every((n) => n === 1) ? 'one' : 'NOT one'} per child + ${sheetsApiReads(env) - CHILDREN} of the parent)`,
    `${durations.length} (menu + ${durations.length - 1} continuation${durations.length === 2 ? "" : "s"})`,
    seconds(Math.max(...durations), 1),
    seconds(total, 1),
    `${seconds(env.utilities.sleptMs, 1)} / ${quota.refused} / ${quota.peak.read}`,
  ];
}

function reportAction(call: () => void, env: SheetsProvince['env']): string {
  const s = measureAction(env, call);
  return `${sheetsApiReads(env)} Sheets API reads, ${s.docs} Docs calls, ${seconds(s.simulated, 1)}`;
}

export function gasRollupBench(): void {
  process.stdout.write(`\n== Apps Script roll-up: "Thu thập số liệu cấp dưới", ${CHILDREN} child reports × ${UNITS_PER_CHILD} units ==\n`);
  process.stdout.write(
    `Google's quota: ${SHEETS_READS_PER_MINUTE_PER_USER} Sheets API reads per minute per user (enforced by the fake on the simulated clock); the collector allows itself ${PACED_READS_PER_MINUTE}. ` +
      `At the quota alone, ${CHILDREN} reads need at least ${seconds((CHILDREN / SHEETS_READS_PER_MINUTE_PER_USER) * 60_000, 1)}.\n`,
  );
  process.stdout.write(`Simulated time = stated latency per call (read/write ${STATED_LATENCY.read} ms, other ${STATED_LATENCY.other} ms) + ${CPU_FACTOR} × CPU between calls.\n`);
  const rows = [['child read', 'Sheets API reads', 'executions', 'longest', 'simulated total', 'slept / 429s / peak reads per min']];
  let last: SheetsProvince | null = null;
  for (const childReadMs of [150, 1500, 3000]) {
    const t0 = performance.now();
    const province = sheetsProvince(CHILDREN, UNITS_PER_CHILD);
    const built = performance.now() - t0;
    rows.push(collect(province, childReadMs));
    if (last === null) process.stdout.write(`(fixture: ${CHILDREN} child spreadsheets of ${province.children[0]!.spreadsheet.sheetNames().length} tabs each, built in ${seconds(built, 1)})\n`);
    last = province;
  }
  printTable(rows);
  process.stdout.write(`Every execution stays under the ${seconds(EXECUTION_LIMIT_MS, 1)} limit (work stops at 4.5 min; a wait for the quota never crosses it).\n`);
  if (last !== null) {
    last.env.ui.answerNext({ button: 'YES' });
    process.stdout.write(`Tạo báo cáo after collecting (children from the cache, no child read): ${reportAction(() => last.call('baocaoGenerateReport'), last.env)}\n`);
  }
  const single = gasWorkbook(syntheticWorkbook(CHILDREN), { user: 'th@example.org', spreadsheet: { owner: 'th@example.org' } });
  process.stdout.write(`Tạo báo cáo on one spreadsheet of ${CHILDREN} units (no roll-up): ${reportAction(() => single.call('baocaoGenerateReport'), single.env)}\n`);
}
