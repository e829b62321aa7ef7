/**
 * The Apps Script part of `npm run bench` (called from bench.ts; prints, asserts nothing): the
 * add-in's actions against the counting fakes for 10, 100 and 1,000 units, with a stated latency
 * per call turning counts into simulated time, next to the figures before issue 9; and a
 * 1,000-unit setup from scratch, continuing itself through one-off triggers, with the number of
 * executions it needs and the longest one. The fakes answer instantly; the latencies are stated,
 * not measured, and the add-in's time budget stays well inside the 6-minute limit whatever they are.
 */
import { performance } from 'node:perf_hooks';
import { planWorkbookFromData } from '../src/domain/workbook/layout';
import { createAddon } from '../src/gas/addon';
import { EXECUTION_LIMIT_MS } from '../src/gas/budget';
import { OAUTH_SCOPES } from '../src/gas/manifest';
import { staticPages } from '../src/gas/pages';
import { createTab } from '../src/gas/tab-writer';
import { batchGetUrl, createGasEnvironment, GET_URL_LIMIT, STATED_LATENCY } from '../tests/fakes/gas';
import { runContinuing } from '../tests/support/gas-workbook';
import { syntheticWorkbook } from './synthetic-workbook';
import { CPU_FACTOR, measureAction } from './bench-gas-measure';
import { printTable, seconds } from './bench-table';

const SIZES = [10, 100, 1000];
const OWNER = 'th@example.org';
/** Measured before this change, at 1,000 units (issue 9). */
const BEFORE: Record<string, string> = {
  'Kiểm tra dữ liệu': '8 reads',
  'Tiến độ': '17 reads',
  'Tạo báo cáo': '6 reads + 3 Docs',
  'Nhắc việc (hằng ngày)': '22 reads',
};

function workbookEnv(units: number, createUnitTabs: boolean) {
  const data = syntheticWorkbook(units);
  const env = createGasEnvironment({ user: OWNER, spreadsheet: { owner: OWNER, editors: [OWNER], sheets: {} }, mailQuota: 1500, grantedScopes: OAUTH_SCOPES, htmlFiles: staticPages() });
  const spreadsheet = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  const unitTabs = new Set(data.units.map((u) => u.tab));
  for (const plan of planWorkbookFromData(data)) if (createUnitTabs || !unitTabs.has(plan.name)) createTab(spreadsheet, plan, env.globals.SpreadsheetApp);
  env.clock.set(new Date(Date.UTC(2023, 2, 12, 1, 0)));
  const handlers = createAddon(() => env.globals, () => env.clock.now());
  const call = (name: keyof typeof handlers) => (handlers[name] as () => void)();
  /** Runs a trigger handler as `owner` would: no editor open, so no Ui. */
  const fire = (name: keyof typeof handlers, owner: string) => {
    const before = env.session.currentEditor();
    env.session.setUser(owner);
    env.session.execution = 'trigger';
    call(name);
    env.session.execution = 'interactive';
    env.session.setUser(before);
  };
  return { env, data, call, fire };
}

function actions(): void {
  process.stdout.write('\n== Apps Script: round trips per menu action, against the counting fakes ==\n');
  process.stdout.write(`Simulated time = calls × stated latency (read/write ${STATED_LATENCY.read} ms, Docs ${STATED_LATENCY.docs} ms, other ${STATED_LATENCY.other} ms) + CPU × ${CPU_FACTOR}.\n`);
  const rows = [['units', 'action', 'reads', 'writes', 'Docs', 'other', 'simulated', 'before (1,000 units)']];
  for (const n of SIZES) {
    const { env, call } = workbookEnv(n, true);
    env.properties.document.setProperty('baocao.reminderTrigger', JSON.stringify({ owner: OWNER, hour: 8, lastRun: null }));
    const list: Array<[string, () => void]> = [
      ['Kiểm tra dữ liệu', () => call('baocaoCheck')],
      ['Tiến độ', () => call('baocaoProgress')],
      ['Tạo báo cáo', () => call('baocaoGenerateReport')],
      ['Nhắc việc (hằng ngày)', () => {
        env.session.execution = 'trigger';
        call('baocaoDailyReminders');
        env.session.execution = 'interactive';
      }],
    ];
    for (const [label, run] of list) {
      const s = measureAction(env, run);
      rows.push([String(n), label, String(s.read), String(s.write), String(s.docs), String(s.other), seconds(s.simulated, 1), n === 1000 ? (BEFORE[label] ?? '') : '']);
    }
    if (n === 1000) {
      const ranges = env.spreadsheet.sheetNames().map((name) => `'${name.replace(/'/g, "''")}'`);
      process.stdout.write(
        `1,000 units: the GET form (values.batchGet) would need a ${(batchGetUrl(env.spreadsheet.id, { ranges, valueRenderOption: 'FORMULA' }).length / 1024).toFixed(1)} KB URL ` +
          `(limit ${GET_URL_LIMIT / 1024} KB, refused); the add-in's longest GET URL: ${env.sheetsApi.values.longestUrl} characters (reads go through the POST batchGetByDataFilter).\n`,
      );
    }
  }
  printTable(rows);
  process.stdout.write('Reads stay at three (metadata + values + formulas) whatever the number of units; writes grow only with per-unit work (marks, mails, log rows).\n');
}

function setupAtScale(): void {
  process.stdout.write('\n== Apps Script: "Thiết lập bảng tính" from scratch at 1,000 units, continuing itself ==\n');
  const workbook = workbookEnv(1000, false);
  const { env, data } = workbook;
  env.clock.latency = STATED_LATENCY;
  const t0 = performance.now();
  const durations = runContinuing(workbook, 'baocaoSetup', 'baocaoContinueSetup', { maxContinuations: 100 });
  const created = data.units.filter((u) => env.spreadsheet.findSheet(u.tab) !== undefined).length;
  process.stdout.write(
    `Executions: ${durations.length} (1 from the menu + ${durations.length - 1} continuation triggers); longest ${seconds(Math.max(...durations), 1)} of the ${seconds(EXECUTION_LIMIT_MS, 1)} limit; ` +
      `simulated total ${seconds(durations.reduce((a, b) => a + b, 0), 1)}; unit tabs ${created}/${data.units.length}; cells in the spreadsheet ${env.spreadsheet.cellCount().toLocaleString('en')} of 10,000,000; ` +
      `continuation left: ${env.triggers.byHandler('baocaoContinueSetup').length}. CPU here ${seconds(performance.now() - t0, 1)}.\n`,
  );
  process.stdout.write('Before: 1,000-unit setup never finished past ~100 units (no time budget, ~9 protection round trips per tab on every run, untrimmed tabs).\n');
}

export function gasBench(): void {
  actions();
  setupAtScale();
}
