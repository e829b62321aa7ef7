/**
 * The example's report, end to end in the core: the Markdown render is compared with a golden
 * file that a person reviewed line by line against the seed report (Báo cáo 350-BC/HU), and the
 * model is checked for the seed's structure, figures and footnotes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileReport } from '../../src/domain/report/compile';
import { renderMarkdown } from '../../src/domain/report/markdown';
import { plainText, type Columns, type Paragraph } from '../../src/domain/report/model';
import { validateWorkbook } from '../../src/domain/validate/validate';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { rawOf } from '../support/raw';

const GOLDEN = join(__dirname, '..', 'golden', 'chu-puh-2023.report.md');

function exampleModel() {
  const { lookup } = validateWorkbook(rawOf(CHU_PUH_2023));
  const { model, findings } = compileReport(lookup);
  if (model === null) throw new Error('the example must compile');
  return { model, findings };
}

describe('the example report (Báo cáo 350-BC/HU)', () => {
  const { model, findings } = exampleModel();
  const markdown = renderMarkdown(model);

  it('matches the reviewed golden Markdown (set UPDATE_GOLDEN=1 to rewrite it, then review the diff)', () => {
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, markdown);
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('compiles without findings of its own', () => {
    expect(findings).toEqual([]);
  });

  it('has the seed’s header, title, signature and recipients', () => {
    const header = model.blocks[0] as Columns;
    expect(header.left.map((p) => plainText(p.runs))).toEqual(['ĐẢNG BỘ TỈNH GIA LAI', 'HUYỆN ỦY CHƯ PƯH', '*', 'Số 350-BC/HU']);
    expect(header.right.map((p) => plainText(p.runs))).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM', '', '', 'Chư Pưh, ngày 16 tháng 3 năm 2023']);
    const closing = model.blocks[model.blocks.length - 1] as Columns;
    expect(closing.right.map((p) => plainText(p.runs)).filter((t) => t !== '')).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Huy Châu']);
    expect(closing.left.map((p) => plainText(p.runs))).toHaveLength(12);
    expect(plainText(closing.left[11]!.runs)).toBe('- Lưu Văn phòng Huyện ủy.');
  });

  it('has the seed’s sections in the seed’s order', () => {
    const headings = model.blocks
      .filter((b): b is Paragraph => b.type === 'paragraph' && b.role === 'heading')
      .map((p) => plainText(p.runs).split(' ')[0]);
    expect(headings).toEqual([
      'I-', '1.', '2.',
      'II-', '1.', '1.1.', '1.2.', '1.3.', '2.', '2.1.', '2.2.', '2.3.', '2.4.', '2.5.', '2.6.', '3.', '3.1.', '3.2.', '4.',
      'III-', '1.', '1.1.', '1.2.', '2.', '3.',
      'IV-',
    ]);
  });

  it('numbers fourteen footnotes 1..14, each anchored exactly once', () => {
    expect(model.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const anchors = model.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs.filter((r) => r.type === 'footnote') : []));
    expect(anchors.map((r) => (r.type === 'footnote' ? r.number : 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('prints every figure computed from the units’ data in vi-VN form', () => {
    for (const figure of ['34/37', '53/55', '09/09', '74/74', '70/74', '63/74', '3.500', '11.245', '8.463', '390.500', '189.880.000', '106/124 đơn, đạt tỷ lệ 85,48%', '2,4 km']) {
      expect(markdown).toContain(figure);
    }
  });

  it('spells the place name one way and writes all text in NFC', () => {
    expect(markdown).not.toMatch(/Chu Puh/);
    expect(markdown).toBe(markdown.normalize('NFC'));
  });
});
