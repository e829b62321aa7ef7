/**
 * Cell marks of "Kiểm tra dữ liệu": the clerk's own note and colour are kept in the hidden
 * store tab (a property value would hold only 9 KB in UTF-8 bytes and the store 500 KB; the
 * fake counts both), saved before any mark is written, and given back exactly; a finding about
 * several cells marks all of them.
 */
import type { Finding } from '../../src/domain/findings';
import { Budget } from '../../src/gas/budget';
import { markFindings, NOTE_PREFIX } from '../../src/gas/marks';
import { MARK_STORE_TAB } from '../../src/gas/mark-store';
import { COLOURS } from '../../src/gas/tab-writer';
import { createGasEnvironment, PROPERTY_VALUE_LIMIT_BYTES } from '../fakes/gas';
import vm from 'node:vm';
import { staticPages } from '../../src/gas/pages';
import { findingsSidebarHtml, PAGE_FILE } from '../../src/gas/ui';

function workbook() {
  const env = createGasEnvironment({ spreadsheet: { sheets: { 'Xã Ia Le': [['Mã', 'Giá trị'], ['DT_NHAN', 10], ['DT_GQ', 8], ['DT_DANG', 5]] } } });
  const sheet = env.spreadsheet.sheet('Xã Ia Le');
  const budget = () => new Budget(() => env.clock.now());
  return { env, sheet, budget };
}

const rule: Finding = {
  code: 'RULE_FAILED' as Finding['code'],
  severity: 'error',
  tab: 'Xã Ia Le',
  cell: 'B3',
  message: 'DT_GQ + DT_DANG = DT_NHAN không đúng: 8 + 5 ≠ 10.',
  cells: [
    { tab: 'Xã Ia Le', cell: 'B3', label: 'DT_GQ', value: '8' },
    { tab: 'Xã Ia Le', cell: 'B4', label: 'DT_DANG', value: '5' },
    { tab: 'Xã Ia Le', cell: 'B2', label: 'DT_NHAN', value: '10' },
  ],
};

describe('cell marks', () => {
  it('keeps a clerk’s Vietnamese note longer than 9 KB in UTF-8 (but under 9 K characters) and gives it back exactly', () => {
    const { env, sheet, budget } = workbook();
    const note = 'Số liệu đã được đối chiếu với sổ tiếp dân, hồ sơ đơn thư và biên bản họp; '.repeat(100);
    expect(note.length).toBeLessThan(8000);
    expect(Buffer.byteLength(note)).toBeGreaterThan(PROPERTY_VALUE_LIMIT_BYTES);
    sheet.getRange('B3').setNote(note).setBackground('#fff2cc');
    markFindings(env.spreadsheet, [rule], budget());
    expect(sheet.cell('B3').note).toMatch(new RegExp(`^${NOTE_PREFIX}Lỗi`));
    expect(sheet.cell('B3').background).toBe(COLOURS.error);
    expect(env.spreadsheet.findSheet(MARK_STORE_TAB)?.isHidden()).toBe(true);

    markFindings(env.spreadsheet, [], budget());
    expect(sheet.cell('B3').note).toBe(note);
    expect(sheet.cell('B3').background).toBe('#fff2cc');
  });

  it('keeps the originals of hundreds of marked cells, past what a 500 KB property store holds', () => {
    const { env, sheet, budget } = workbook();
    const rows = Array.from({ length: 400 }, (_, i) => [`Ghi chú dài của ô ${i + 1}: `.padEnd(1500, 'ư')]);
    sheet.getRange(10, 3, 400, 1).setNotes(rows);
    const findings: Finding[] = rows.map((_, i) => ({ code: 'NOT_A_NUMBER' as Finding['code'], severity: 'warning', tab: 'Xã Ia Le', cell: `C${i + 10}`, message: 'Kiểm tra lại.' }));
    expect(Buffer.byteLength(rows.flat().join(''))).toBeGreaterThan(500 * 1024);
    markFindings(env.spreadsheet, findings, budget());
    expect(sheet.cell('C10').note).toMatch(new RegExp(`^${NOTE_PREFIX}`));
    markFindings(env.spreadsheet, [], budget());
    expect(sheet.getRange(10, 3, 400, 1).getNotes()).toEqual(rows);
    expect(env.properties.document.snapshot()).toEqual({});
  });

  it('saves the originals before writing any mark, so a check stopped half way loses nothing', () => {
    const { env, sheet, budget } = workbook();
    sheet.getRange('B3').setNote('của cán bộ');
    const order: string[] = [];
    env.calls.onRecord((r) => order.push(r.name));
    markFindings(env.spreadsheet, [rule], budget());
    const firstStoreWrite = order.indexOf('Range.setValues');
    expect(firstStoreWrite).toBeGreaterThanOrEqual(0);
    expect(firstStoreWrite).toBeLessThan(order.indexOf('Range.setNotes'));
  });

  it('marks every cell of a rule finding, and the sidebar links each of them with its value', () => {
    const { env, sheet, budget } = workbook();
    markFindings(env.spreadsheet, [rule], budget());
    for (const cell of ['B2', 'B3', 'B4']) expect(sheet.cell(cell).note).toContain('DT_GQ + DT_DANG = DT_NHAN');
    // The sidebar as a person sees it: the static page's script drawing the appended data.
    const root = { innerHTML: '' };
    const context = vm.createContext({ document: { getElementById: () => root, addEventListener: () => undefined } });
    const page = staticPages()[PAGE_FILE]! + findingsSidebarHtml([rule], 'Kiểm tra');
    for (const [, script] of page.matchAll(/<script>([\s\S]*?)<\/script>/g)) vm.runInContext(script!, context);
    for (const text of ['B3: DT_GQ = 8', 'B4: DT_DANG = 5', 'B2: DT_NHAN = 10']) expect(root.innerHTML).toContain(text);
    const targets = [...root.innerHTML.matchAll(/data-tab="([^"]*)" data-cell="([^"]*)"/g)].map((m) => m[2]);
    expect(targets).toEqual(['B3', 'B3', 'B4', 'B2']);
  });

  it('does not give a cell back when the clerk has replaced the mark with a note of their own', () => {
    const { env, sheet, budget } = workbook();
    sheet.getRange('B3').setNote('cũ');
    markFindings(env.spreadsheet, [rule], budget());
    sheet.getRange('B3').setNote('ghi chú mới của cán bộ');
    markFindings(env.spreadsheet, [], budget());
    expect(sheet.cell('B3').note).toBe('ghi chú mới của cán bộ');
  });
});

describe('the findings sidebar', () => {
  it('escapes hostile text in tab names, cells and messages', () => {
    const root = { innerHTML: '' };
    const context = vm.createContext({ document: { getElementById: () => root, addEventListener: () => undefined } });
    const hostile: Finding = { code: 'NOT_A_NUMBER' as Finding['code'], severity: 'error', tab: `X"><img src=x onerror=alert(1)>`, cell: 'B2', message: '</script><script>alert(2)</script>' };
    const page = staticPages()[PAGE_FILE]! + findingsSidebarHtml([hostile], 'Kiểm tra');
    expect(page).not.toContain('</script><script>alert(2)');
    for (const [, script] of page.matchAll(/<script>([\s\S]*?)<\/script>/g)) vm.runInContext(script!, context);
    expect(root.innerHTML).not.toMatch(/<img|<script/);
    expect(root.innerHTML).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});
