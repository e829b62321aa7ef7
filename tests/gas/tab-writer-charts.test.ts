/**
 * The Sheets tab writer draws a plan's charts over the plan's own cells (first column the
 * categories, first row the series names), where the plan anchors them; rebuilding the tab
 * updates its charts in place and removes the ones the plan no longer has, so charts never pile up.
 */
import type { TabPlan } from '../../src/domain/workbook/layout';
import { createTab, rebuildTab } from '../../src/gas/tab-writer';
import { createGasEnvironment } from '../fakes/gas';

function planWith(charts: TabPlan['charts'], title = 'Số đơn vị đã nộp'): TabPlan {
  return {
    name: 'Tổng hợp',
    role: 'system',
    rows: [
      ['Ngày', title],
      [{ date: '2023-03-06' }, 3],
      [{ date: '2023-03-07' }, 7],
      [{ date: '2023-03-08' }, 12],
    ],
    columnWidths: [12, 12],
    frozenRows: 1,
    rowStyles: [{ row: 1, style: 'header' }],
    inputRanges: [],
    choices: [],
    notes: [],
    formats: [],
    wrapColumns: [],
    ...(charts === undefined ? {} : { charts }),
  };
}

const submissions = { title: 'Số đơn vị đã nộp theo ngày', kind: 'line' as const, range: { row: 1, col: 1, rows: 4, cols: 2 }, anchor: { row: 1, col: 4 } };
const trend = { title: 'Chỉ tiêu qua các kỳ', kind: 'column' as const, range: { row: 1, col: 1, rows: 2, cols: 2 }, anchor: { row: 20, col: 4 } };

describe('charts drawn by the Sheets tab writer', () => {
  it('inserts one chart per spec, over the plan’s cells, with its title, headers and anchor', () => {
    const env = createGasEnvironment();
    createTab(env.globals.SpreadsheetApp.getActiveSpreadsheet(), planWith([submissions, trend]), env.globals.SpreadsheetApp);
    const charts = env.spreadsheet.sheet('Tổng hợp').chartStates();
    expect(charts.map((c) => ({ type: c.type, title: c.title, ranges: c.ranges, headers: c.numHeaders, at: [c.position?.row, c.position?.column] }))).toEqual([
      { type: 'LINE', title: 'Số đơn vị đã nộp theo ngày', ranges: [{ sheet: 'Tổng hợp', area: { row: 1, column: 1, numRows: 4, numColumns: 2 } }], headers: 1, at: [1, 4] },
      { type: 'COLUMN', title: 'Chỉ tiêu qua các kỳ', ranges: [{ sheet: 'Tổng hợp', area: { row: 1, column: 1, numRows: 2, numColumns: 2 } }], headers: 1, at: [20, 4] },
    ]);
  });

  it('updates the charts in place when the tab is rebuilt, and removes charts the plan dropped', () => {
    const env = createGasEnvironment();
    const spreadsheet = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    rebuildTab(spreadsheet, planWith([submissions, trend]), env.globals.SpreadsheetApp, []);
    rebuildTab(spreadsheet, planWith([submissions, trend]), env.globals.SpreadsheetApp, []);
    rebuildTab(spreadsheet, planWith([{ ...submissions, title: 'Đã nộp (cập nhật)' }, trend]), env.globals.SpreadsheetApp, []);
    const sheet = env.spreadsheet.sheet('Tổng hợp');
    expect(sheet.chartStates().map((c) => c.title)).toEqual(['Đã nộp (cập nhật)', 'Chỉ tiêu qua các kỳ']);
    rebuildTab(spreadsheet, planWith([submissions]), env.globals.SpreadsheetApp, []);
    expect(sheet.chartStates().map((c) => c.title)).toEqual(['Số đơn vị đã nộp theo ngày']);
    rebuildTab(spreadsheet, planWith(undefined), env.globals.SpreadsheetApp, []);
    expect(sheet.chartStates()).toEqual([]);
  });

  it('costs no chart round trip for a new tab without charts, and one read to find a rebuilt tab’s charts', () => {
    const env = createGasEnvironment();
    const spreadsheet = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    createTab(spreadsheet, { ...planWith(undefined), name: 'Khác' }, env.globals.SpreadsheetApp);
    expect(env.calls.count('Sheet.getCharts') + env.calls.count('Sheet.insertChart')).toBe(0);
    rebuildTab(spreadsheet, planWith([submissions]), env.globals.SpreadsheetApp, []);
    env.calls.reset();
    rebuildTab(spreadsheet, planWith([submissions]), env.globals.SpreadsheetApp, []);
    expect([env.calls.count('Sheet.getCharts'), env.calls.count('Sheet.updateChart'), env.calls.count('Sheet.insertChart')]).toEqual([1, 1, 0]);
  });
});
