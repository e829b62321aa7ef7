/**
 * A second, unrelated report built only from docs/workbook.md (tests/support/commune-workbook.ts):
 * a commune Party committee's six-month report. It validates, prints every percentage with the
 * one precision of its settings, lays out sections written by several units and by the
 * secretariat as the docs say, computes @unit/@group scopes in SL, TL, PT and NV, and puts rule
 * findings on the cells of the rule.
 */
import type { Finding } from '../../src/domain/findings';
import { compileReport } from '../../src/domain/report/compile';
import { draftNotes } from '../../src/domain/report/draft-notes';
import { renderMarkdown } from '../../src/domain/report/markdown';
import { plainText, type Paragraph, type ReportModel } from '../../src/domain/report/model';
import { validateWorkbook } from '../../src/domain/validate/validate';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { communeWorkbook } from '../support/commune-workbook';
import { cellRightOf, findCell, rawOf } from '../support/raw';

function build(data: WorkbookData): { model: ReportModel; findings: ReadonlyArray<Finding> } {
  const validation = validateWorkbook(rawOf(data));
  const model = compileReport(validation.lookup).model;
  if (model === null) throw new Error('the commune report must compile');
  return { model, findings: validation.findings };
}

const paragraphsOf = (model: ReportModel, sectionId: string): Paragraph[] =>
  model.blocks.filter((b): b is Paragraph => b.type === 'paragraph' && b.role === 'body' && b.sectionId === sectionId);
const textOf = (model: ReportModel, sectionId: string): string[] => paragraphsOf(model, sectionId).map((p) => plainText(p.runs));

function withFigure(unitId: string, code: string, value: number): WorkbookData {
  const data = communeWorkbook();
  const sheet = data.sheets[unitId]!;
  return { ...data, sheets: { ...data.sheets, [unitId]: { ...sheet, figures: sheet.figures.map((f) => (f.code === code ? { ...f, value } : f)) } } };
}

describe('a commune Party committee report built from the documentation alone', () => {
  const { model, findings } = build(communeWorkbook());
  const markdown = renderMarkdown(model);

  it('validates without a single finding', () => {
    expect(findings).toEqual([]);
    expect(draftNotes(model)).toEqual(['Bản thảo không có chỗ nào đánh dấu [?].']);
  });

  it('prints every percentage with the one precision of its settings, trailing zeros kept', () => {
    expect(markdown.match(/\d+(?:,\d+)?%/g)).toEqual(['86,00%', '12,90%', '81,36%', '80,00%', '87,10%']);
    const data = communeWorkbook();
    const noDecimals = renderMarkdown(build({ ...data, settings: { ...data.settings, percentDecimals: 0 } }).model);
    expect(noDecimals.match(/\d+(?:,\d+)?%/g)).toEqual(['86%', '13%', '81%', '80%', '87%']);
  });

  it('heads each unit’s first paragraph with its name in italics when several units write one section', () => {
    const paragraphs = paragraphsOf(model, 'I.4');
    expect(paragraphs.map((p) => plainText(p.runs))).toEqual([
      'Chi bộ ấp 1: Chi bộ sinh hoạt đều đặn hằng tháng, 54/60 đảng viên dự đầy đủ.',
      'Chi bộ ấp 2: Chi bộ tổ chức sinh hoạt chuyên đề về chuyển đổi số(2).',
      'Tỷ lệ dự sinh hoạt của chi bộ đạt 81,36%.',
      'Chi bộ ấp 3: Chi bộ duy trì sinh hoạt; có 27 đảng viên dự đầy đủ.',
    ]);
    expect(paragraphs.map((p) => (p.runs[0]?.type === 'text' && p.runs[0].italic === true ? p.runs[0].text : null))).toEqual([
      'Chi bộ ấp 1: ',
      'Chi bộ ấp 2: ',
      null,
      'Chi bộ ấp 3: ',
    ]);
  });

  it('uses only the secretariat’s text where it wrote one, taking units’ texts with {{DV:…}}', () => {
    // I.2: the chi bộ texts are replaced; "{{DV:BXD}}" alone in a paragraph becomes BXD's paragraph.
    expect(textOf(model, 'I.2')).toEqual([
      'Toàn Đảng bộ kết nạp 03 đảng viên mới, riêng Chi bộ ấp 1 kết nạp 02; các chi bộ ấp hoàn thành 09/12 nhiệm vụ, Chi bộ ấp 2 hoàn thành 03/04.',
      'Có 02/03 chi bộ hoàn thành tốt nhiệm vụ(1).',
    ]);
    expect(markdown).not.toContain('Chi bộ kết nạp');
    // I.3: "{{DV:UBKT}}" inside a sentence joins the unit's text into it.
    expect(textOf(model, 'I.3')).toEqual([
      'Thực hiện Kế hoạch số 12-KH/ĐU, Ủy ban Kiểm tra đã kiểm tra 31 đảng viên, hoàn thành 04/05 nhiệm vụ kiểm tra, giám sát. Tỷ lệ đảng viên vi phạm là 12,90%.',
    ]);
  });

  it('computes @unit and @group scopes in SL, TL, PT and NV', () => {
    expect(textOf(model, 'I.1')[0]).toContain('đến 150 đảng viên của 03/03 chi bộ; tỷ lệ dự sinh hoạt đạt 86,00%.');
    expect(textOf(model, 'II')).toEqual(['Tiếp tục nâng tỷ lệ dự sinh hoạt ở Chi bộ ấp 3 (hiện 87,10%) và của các chi bộ ấp (129/150).']);
    expect(textOf(model, 'I.2')[0]).toContain('Chi bộ ấp 1 kết nạp 02; các chi bộ ấp hoàn thành 09/12 nhiệm vụ, Chi bộ ấp 2 hoàn thành 03/04.');
  });

  it('points a broken sum at every cell of the rule, with its value, and marks the figures the draft used', () => {
    const data = withFigure('MTTQ', 'DON_DANG', 5);
    const raw = rawOf(data);
    const { model: broken, findings: found } = build(data);
    const [rule] = found.filter((f) => f.code === 'RULE_VIOLATED');
    const cellOf = (code: string) => cellRightOf(raw, 'Mặt trận', code, 3);
    expect(rule).toMatchObject({ severity: 'error', tab: 'Mặt trận', cell: cellOf('DON_NHAN'), unitId: 'MTTQ' });
    expect(rule?.cells?.map((c) => `${c.label} ${c.cell} ${c.value}`)).toEqual([
      `DON_NHAN ${cellOf('DON_NHAN')} 15`,
      `DON_GQ ${cellOf('DON_GQ')} 12`,
      `DON_DANG ${cellOf('DON_DANG')} 5`,
    ]);
    expect(rule?.message).toContain(`DON_GQ: 'Mặt trận'!${cellOf('DON_GQ')} = 12`);
    expect(textOf(broken, 'I.5')).toEqual(['Mặt trận tiếp nhận 15[!] đơn, đã giải quyết 12/15[!] đơn, đạt 80,00%[!]; 05[!] đơn đang giải quyết.']);
    const text = findCell(raw, 'Mặt trận', (v) => typeof v === 'string' && v.startsWith('Mặt trận tiếp nhận'));
    expect(found.filter((f) => f.code === 'FIGURE_FAILS_RULE').map((f) => `${f.tab}!${f.cell}`)).toEqual(Array(4).fill(`Mặt trận!${text}`));
    expect(draftNotes(broken)[1]).toBe('Bản thảo có 4 chỗ dùng số liệu không thỏa ràng buộc mức lỗi, đánh dấu [!] ngay sau con số; hãy sửa số liệu rồi tạo lại:');
  });

  it('marks a group total that includes a chi bộ whose part exceeds its whole', () => {
    const { model: broken, findings: found } = build(withFigure('CB_AP3', 'DV_SINH_HOAT', 40));
    expect(found.filter((f) => f.code === 'RULE_VIOLATED').map((f) => [f.tab, f.unitId])).toEqual([['Ấp 3', 'CB_AP3']]);
    expect(textOf(broken, 'I.1')[0]).toContain('tỷ lệ dự sinh hoạt đạt 94,67%[!].');
    expect(textOf(broken, 'I.4')).toContain('Chi bộ ấp 3: Chi bộ duy trì sinh hoạt; có 40[!] đảng viên dự đầy đủ.');
  });

  it('points a total across units at the rule row and every figure that adds up to it', () => {
    const data = withFigure('BXD', 'CB_TOT', 200);
    const raw = rawOf(data);
    const [total] = build(data).findings.filter((f) => f.code === 'RULE_VIOLATED');
    expect(total).toMatchObject({ severity: 'warning', tab: 'Ràng buộc', cell: findCell(raw, 'Ràng buộc', (v) => v === 'CB_TOT <= DV_TONG') });
    expect(total?.cells?.map((c) => `${c.tab}:${c.label}=${c.value}`)).toEqual([
      'Ràng buộc:CB_TOT_HOP_LY=CB_TOT <= DV_TONG',
      'Ban Xây dựng Đảng:CB_TOT=200',
      'Ấp 1:DV_TONG=60',
      'Ấp 2:DV_TONG=59',
      'Ấp 3:DV_TONG=31',
    ]);
  });
});
