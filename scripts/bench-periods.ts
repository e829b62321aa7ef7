/**
 * The periods part of `npm run bench` (called from bench.ts; prints, asserts nothing): creating
 * the next period and a report with comparisons, at 100 and 1,000 units.
 *
 * Offline: the time of `new-period` (plan the next period from the checked workbook, lay it out,
 * write the .xlsx), and of validating and compiling the next period's report with and without
 * comparisons ({{SS:…}}, {{SL:…|kỳ trước}}) over the history new-period wrote; medians of 5 runs.
 *
 * Apps Script, against the counting fakes with the stated latencies: "Tạo kỳ báo cáo mới" (reads,
 * writes, other calls, simulated time, executions it needs), and "Tạo báo cáo" on the next
 * period with and without comparisons: earlier periods must cost at most one extra read, and
 * cost none, since the history tab comes with the one read of the whole spreadsheet.
 */
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../src/app/check-workbook';
import { nextPeriodTabs, planNextPeriod } from '../src/app/new-period';
import { compileReport } from '../src/domain/report/compile';
import type { WorkbookData } from '../src/domain/workbook/data';
import { planWorkbookFromData, rawFromPlans } from '../src/domain/workbook/layout';
import { createAddon } from '../src/gas/addon';
import { EXECUTION_LIMIT_MS } from '../src/gas/budget';
import { OAUTH_SCOPES } from '../src/gas/manifest';
import { staticPages } from '../src/gas/pages';
import { createTab } from '../src/gas/tab-writer';
import { writeNewXlsx } from '../src/local/xlsx';
import { createGasEnvironment, STATED_LATENCY } from '../tests/fakes/gas';
import { syntheticWorkbook } from './synthetic-workbook';
import { CPU_FACTOR, measureAction } from './bench-gas-measure';
import { median, printTable, seconds } from './bench-table';

const SIZES = [100, 1000];
const RUNS = 5;
const OWNER = 'th@example.org';

const ms = (value: number) => `${value.toFixed(0)} ms`;

const COMPARING = 'So với {{KY|trước}}, toàn huyện tiếp nhận {{SL:DON_TN}} đơn, {{SS:DON_TN}}; kỳ trước {{SL:DON_TN|kỳ trước}} đơn; đã giải quyết {{SL:DON_GQ}} đơn, {{SS:DON_GQ}}; còn {{SL:DON_TN - DON_GQ}} đơn.';
const PLAIN = 'Toàn huyện tiếp nhận {{SL:DON_TN}} đơn, đã giải quyết {{SL:DON_GQ}} đơn; còn {{SL:DON_DANG}} đơn.';

/** The next period of a synthetic workbook, filled in by its units (a few more petitions each), with or without comparisons in the synthesis. */
function secondPeriod(units: number, comparisons: boolean): { first: WorkbookData; second: WorkbookData } {
  const first = syntheticWorkbook(units);
  const plan = planNextPeriod(checkWorkbook({ read: () => rawFromPlans(planWorkbookFromData(first)) }));
  const sheets: Record<string, WorkbookData['sheets'][string]> = {};
  for (const [id, sheet] of Object.entries(first.sheets)) {
    const grown = sheet.figures.map((f) => (typeof f.value === 'number' && f.code === 'DON_TN' ? { ...f, value: f.value + 2 } : f.code === 'DON_DANG' && typeof f.value === 'number' ? { ...f, value: f.value + 2 } : f));
    sheets[id] = { ...sheet, figures: grown, narratives: id === 'TH' ? [{ section: 'I.1', text: comparisons ? COMPARING : PLAIN }] : sheet.narratives };
  }
  return { first, second: { ...plan.data, history: comparisons ? plan.data.history : [], sheets } };
}

function offline(): void {
  process.stdout.write('\n== Periods, offline: next period and a report with comparisons (median of 5 runs) ==\n');
  const rows = [['units', 'new-period: check old', 'plan next', 'lay out + write .xlsx', 'history rows', 'report without comparisons', 'with comparisons', 'comparison phrases']];
  for (const n of SIZES) {
    const { first } = secondPeriod(n, false);
    const raw = rawFromPlans(planWorkbookFromData(first));
    const checks: number[] = [];
    const plans: number[] = [];
    const writes: number[] = [];
    let historyRows = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      const check = checkWorkbook({ read: () => raw });
      const t1 = performance.now();
      const plan = planNextPeriod(check);
      const t2 = performance.now();
      writeNewXlsx(nextPeriodTabs(plan));
      const t3 = performance.now();
      checks.push(t1 - t0);
      plans.push(t2 - t1);
      writes.push(t3 - t2);
      historyRows = plan.carried.historyRows;
    }
    const report = (comparisons: boolean): { time: number; phrases: number } => {
      const data = secondPeriod(n, comparisons).second;
      const rawSecond = rawFromPlans(planWorkbookFromData(data));
      const times: number[] = [];
      let phrases = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const t0 = performance.now();
        const check = checkWorkbook({ read: () => rawSecond });
        const model = compileReport(check.lookup).model;
        times.push(performance.now() - t0);
        phrases = JSON.stringify(model?.blocks ?? []).match(/tăng \d|giảm \d|bằng kỳ trước/g)?.length ?? 0;
      }
      return { time: median(times), phrases };
    };
    const plain = report(false);
    const compared = report(true);
    rows.push([String(n), ms(median(checks)), ms(median(plans)), ms(median(writes)), String(historyRows), ms(plain.time), ms(compared.time), String(compared.phrases)]);
  }
  printTable(rows);
}

function gasEnvironment(data: WorkbookData) {
  const env = createGasEnvironment({ user: OWNER, spreadsheet: { owner: OWNER, editors: [OWNER], sheets: {} }, mailQuota: 1500, grantedScopes: OAUTH_SCOPES, htmlFiles: staticPages() });
  const spreadsheet = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  for (const plan of planWorkbookFromData(data)) createTab(spreadsheet, plan, env.globals.SpreadsheetApp);
  const handlers = createAddon(() => env.globals, () => env.clock.now());
  return { env, handlers };
}

function appsScript(): void {
  process.stdout.write('\n== Periods, Apps Script: round trips against the counting fakes ==\n');
  process.stdout.write(`Simulated time = calls × stated latency (read/write ${STATED_LATENCY.read} ms, other ${STATED_LATENCY.other} ms) + CPU × ${CPU_FACTOR}; one execution may run ${seconds(EXECUTION_LIMIT_MS, 1)}.\n`);
  const rows = [['units', 'action', 'reads', 'writes', 'Docs', 'other', 'simulated', 'executions']];
  for (const n of SIZES) {
    const { env, handlers } = gasEnvironment(syntheticWorkbook(n));
    env.ui.answerNext({ button: 'YES' });
    const made = measureAction(env, () => handlers.baocaoNewPeriod());
    rows.push([String(n), 'Tạo kỳ báo cáo mới', String(made.read), String(made.write), String(made.docs), String(made.other), seconds(made.simulated, 1), made.simulated <= EXECUTION_LIMIT_MS ? '1' : 'more than 1']);
    for (const comparisons of [false, true]) {
      const second = gasEnvironment(secondPeriod(n, comparisons).second);
      const report = measureAction(second.env, () => second.handlers.baocaoGenerateReport());
      rows.push([String(n), comparisons ? 'Tạo báo cáo, có so sánh kỳ trước' : 'Tạo báo cáo, không so sánh', String(report.read), String(report.write), String(report.docs), String(report.other), seconds(report.simulated, 1), '1']);
    }
  }
  printTable(rows);
  process.stdout.write('Earlier periods live in the "Số liệu các kỳ" tab, read with every other tab in the one batchGetByDataFilter: a report with comparisons makes the same reads as one without.\n');
}

export function periodsBench(): void {
  offline();
  appsScript();
}
