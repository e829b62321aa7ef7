/**
 * The appendix (phụ lục số liệu): which rows it has, how its "Kèm theo" line reads under each
 * profile and before the report is numbered, and that a report without the setting has none.
 */
import { compileReport } from '../../../src/domain/report/compile';
import type { Block, Table } from '../../../src/domain/report/model';
import { plainText } from '../../../src/domain/report/model';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { rawOf } from '../../support/raw';
import { tinyWorkbook } from '../../support/tiny-workbook';

function appendixOf(data: WorkbookData): { blocks: Block[]; codes: string[] } {
  const validation = validateWorkbook(rawOf(data));
  const model = compileReport(validation.lookup).model!;
  const at = model.blocks.findIndex((b) => b.type === 'paragraph' && b.role === 'appendix');
  return { blocks: at < 0 ? [] : model.blocks.slice(at), codes: validation.findings.map((f) => f.code) };
}

const withSettings = (extra: WorkbookData['settings']): WorkbookData => {
  const data = tinyWorkbook();
  return { ...data, settings: { ...data.settings, ...extra } };
};

describe('the appendix', () => {
  test('is absent unless indicators are chosen', () => {
    expect(appendixOf(tinyWorkbook()).blocks).toEqual([]);
  });

  test('without child reports, has a row per unit reporting a chosen indicator, "-" where a unit does not report it', () => {
    const data = withSettings({ appendixIndicators: ['DON_TN', 'DON_GQ'] });
    const extra: WorkbookData = {
      ...data,
      units: [...data.units, { id: 'XA2', name: 'Xã Ia Hla', group: null, tab: 'Xã Ia Hla', emails: ['h@example.org'] }],
      indicators: data.indicators.map((i) => (i.code === 'DON_TN' ? { ...i, reporters: ['Xã', 'XA2'] } : i)),
      sheets: { ...data.sheets, XA2: { tasks: [], figures: [{ code: 'DON_TN', value: 1234 }], narratives: [], footnotes: [], documents: [] } },
    };
    const { blocks } = appendixOf(extra);
    const table = blocks[3] as Table;
    expect(table.rows).toEqual([
      ['1', 'Ủy ban nhân dân xã Ia Le', '45', '35'],
      ['2', 'Xã Ia Hla', '1.234', '-'],
      ['', 'Tổng cộng', '1.279', '35'],
    ]);
    expect(table.columnAlign).toEqual(['center', 'left', 'right', 'right']);
  });

  test('"Phụ lục: đơn vị" chooses the rows and their order; a group brings its units', () => {
    const data = withSettings({ appendixIndicators: ['DON_TN'], appendixUnits: ['Xã', 'BDV'] });
    const table = appendixOf(data).blocks[3] as Table;
    expect(table.rows.map((r) => r[1])).toEqual(['Ủy ban nhân dân xã Ia Le', 'Ban Dân vận Huyện ủy', 'Tổng cộng']);
    expect(table.rows[1]?.[2]).toBe('-');
  });

  test('the "Kèm theo" line follows the profile, and says "…" until the report has a number and a date', () => {
    const line = (data: WorkbookData) => {
      const block = appendixOf(data).blocks[1];
      return block?.type === 'paragraph' ? plainText(block.runs) : '';
    };
    expect(line(withSettings({ appendixIndicators: ['DON_TN'] }))).toBe('(Kèm theo Báo cáo số 12-BC/HU ngày 16/3/2023)');
    expect(line(withSettings({ appendixIndicators: ['DON_TN'], profile: 'state', documentSymbol: 'BC-UBND' }))).toBe('(Kèm theo Báo cáo số 12/BC-UBND ngày 16/3/2023)');
    expect(line(withSettings({ appendixIndicators: ['DON_TN'], documentNumber: null, documentDate: null }))).toBe('(Kèm theo Báo cáo số …-BC/HU ngày …)');
  });

  test('starts on a new page with its heading, and an unknown code is left out (the settings check names it)', () => {
    const { blocks, codes } = appendixOf(withSettings({ appendixIndicators: ['DON_TN', 'KHONG_CO'] }));
    expect(blocks[0]).toMatchObject({ runs: [{ text: 'PHỤ LỤC' }], style: { pageBreakBefore: true } });
    expect(blocks[2]).toMatchObject({ runs: [{ text: 'PHỤ LỤC SỐ LIỆU' }] });
    expect((blocks[3] as Table).header).toEqual(['STT', 'Đơn vị', 'Đơn tiếp nhận (đơn)']);
    expect(codes).toContain('UNKNOWN_INDICATOR');
  });

  test('with no unit to list, there is no appendix and a warning says why', () => {
    const { blocks, codes } = appendixOf(withSettings({ appendixIndicators: ['DON_TN'], appendixUnits: ['KHONG_CO'] }));
    expect(blocks).toEqual([]);
    expect(codes).toEqual(expect.arrayContaining(['UNKNOWN_UNIT', 'APPENDIX_NO_UNITS']));
  });
});
