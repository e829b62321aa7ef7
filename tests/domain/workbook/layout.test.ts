/**
 * The layout makes each tab readable where it is opened (LibreOffice, Excel, Sheets): long text
 * wraps and its rows are tall enough for every line, code columns show their longest code, the
 * dropdown ranges of a tab never overlap, and unit tabs keep the unit's name and the row codes in
 * view while scrolling.
 */
import { cellText } from '../../../src/domain/cells';
import { planWorkbookFromData, TEXT_METRICS, textLines, textWidth, type CellRange, type TabPlan } from '../../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { syntheticWorkbook } from '../../../scripts/synthetic-workbook';
import { tinyWorkbook } from '../../support/tiny-workbook';

const EXAMPLE = planWorkbookFromData(CHU_PUH_2023);

function plan(name: string, plans: ReadonlyArray<TabPlan> = EXAMPLE): TabPlan {
  const found = plans.find((p) => p.name === name);
  if (found === undefined) throw new Error(`no tab ${name}`);
  return found;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

describe('textLines', () => {
  it('breaks at spaces as a spreadsheet does, and counts explicit line breaks', () => {
    expect(textLines('ngắn', 20)).toBe(1);
    expect(textLines('một hai ba bốn năm sáu bảy tám chín mười', 10)).toBeGreaterThanOrEqual(4);
    expect(textLines('dòng một\ndòng hai\ndòng ba', 60)).toBe(3);
    expect(textLines('', 10)).toBe(1);
  });

  it('gives a word longer than the line as many lines as it needs', () => {
    expect(textLines('X'.repeat(100), 11)).toBe(Math.ceil(textWidth('X'.repeat(100)) / (11 - TEXT_METRICS.cellMargin)));
  });

  it('counts capitals wider than small letters, and Vietnamese letters as wide as their base letter', () => {
    expect(textWidth('ĐẢNG BỘ')).toBeGreaterThan(textWidth('đảng bộ'));
    expect(textWidth('Ủy ban')).toBeCloseTo(textWidth('Uy ban'));
    expect(textWidth('Ủy ban'.normalize('NFD'))).toBeCloseTo(textWidth('Ủy ban'));
  });
});

describe('long text wraps and its rows are as tall as its lines', () => {
  const cases = EXAMPLE.flatMap((p) => p.rows.map((row, i) => ({ plan: p, row: i + 1, cells: row })));

  it('every wrapped cell of the example fits in its row', () => {
    let checked = 0;
    for (const { plan: p, row, cells } of cases) {
      const style = p.rowStyles.find((s) => s.row === row)?.style;
      if (style === 'unitTitle' || style === 'blockTitle' || style === 'info') continue;
      const height = p.rowHeights?.find((h) => h.row === row)?.height ?? 15;
      cells.forEach((value, c) => {
        if (typeof value !== 'string' || value === '' || (style !== 'header' && !p.wrapColumns.includes(c + 1))) return;
        const lines = textLines(value, p.columnWidths[c] ?? 10, style === 'header' ? 1.1 : 1);
        expect(height).toBeGreaterThanOrEqual(Math.min(TEXT_METRICS.maxRowHeight, lines * TEXT_METRICS.lineHeight));
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('wraps sentences in configuration tabs (Trích yếu, Cơ quan ban hành, Tên mục) and every unit-tab column but the codes', () => {
    const documents = plan('Văn bản');
    const headers = documents.rows[0]!.map((v) => cellText(v));
    for (const label of ['Cơ quan ban hành *', 'Trích yếu', 'Loại văn bản *']) expect(documents.wrapColumns).toContain(headers.indexOf(label) + 1);
    expect(documents.wrapColumns).not.toContain(headers.indexOf('Mã văn bản *') + 1);
    expect(plan('VP Huyện ủy').wrapColumns).toEqual([2, 3, 4, 5, 6]);
  });

  it('never asks for a row taller than Excel allows, even for a 50,000-character narrative', () => {
    const data = tinyWorkbook();
    const long = { ...data, sheets: { ...data.sheets, BDV: { ...data.sheets['BDV']!, narratives: [{ section: 'I.2', text: 'chữ '.repeat(12500) }] } } };
    const heights = planWorkbookFromData(long).flatMap((p) => p.rowHeights ?? []);
    expect(Math.max(...heights.map((h) => h.height))).toBe(TEXT_METRICS.maxRowHeight);
  });
});

describe('code columns fit their longest code', () => {
  it('in the indicators tab, codes that differ only at the end are shown whole', () => {
    const indicators = plan('Chỉ tiêu');
    const codes = indicators.rows.slice(1).map((r) => cellText(r[0] ?? null)).filter((c) => c !== '');
    expect(codes).toEqual(expect.arrayContaining(['DANG_UY_XA_KT_2022', 'DANG_UY_XA_KT_2023']));
    expect(indicators.columnWidths[0]).toBeGreaterThanOrEqual(Math.max(...codes.map(textWidth)) + 1);
  });

  it('in unit tabs, column A fits every code of every block, but not the titles that overflow it', () => {
    for (const p of EXAMPLE.filter((t) => t.role === 'unit')) {
      const titled = new Set(p.rowStyles.filter((s) => s.style !== 'header').map((s) => s.row));
      const codes = p.rows.filter((_, i) => !titled.has(i + 1)).map((r) => cellText(r[0] ?? null));
      const needed = Math.min(40, Math.max(...codes.map(textWidth)) + 1);
      expect(p.columnWidths[0]).toBeGreaterThanOrEqual(needed);
      expect(p.columnWidths[0]).toBeLessThanOrEqual(40);
    }
  });
});

describe('dropdowns and frozen panes', () => {
  it('no two dropdown ranges of any tab overlap (example and a synthetic workbook)', () => {
    for (const p of [...EXAMPLE, ...planWorkbookFromData(syntheticWorkbook(20))]) {
      p.choices.forEach((a, i) => p.choices.slice(i + 1).forEach((b) => expect(overlaps(a.range, b.range)).toBe(false)));
    }
  });

  it('unit tabs freeze the unit title rows and the code column; table tabs their header row and code column', () => {
    const unit = plan('Xã Ia Le');
    expect([unit.frozenRows, unit.frozenColumns]).toEqual([2, 1]);
    expect([plan('Chỉ tiêu').frozenRows, plan('Chỉ tiêu').frozenColumns]).toEqual([1, 1]);
    expect(plan('Nơi nhận').frozenColumns).toBe(0);
    expect(plan('Thiết lập').frozenColumns ?? 0).toBe(0);
  });
});
