/**
 * The layout helpers of the report model: which hyphens belong to document numbers (and must
 * not break a line), and the paragraph that keeps with the signature block.
 */
import { blocksForLayout, documentNumberHyphens, type Block, type Paragraph } from '../../../src/domain/report/model';

const hyphenated = (text: string): string => {
  const offsets = new Set(documentNumberHyphens(text));
  return [...text].map((ch, i) => (offsets.has(i) ? '‑' : ch)).join('');
};

describe('document-number hyphens', () => {
  it('finds the hyphens of Party and State numbers and symbols, wherever they stand', () => {
    expect(hyphenated('Số 350-BC/HU')).toBe('Số 350‑BC/HU');
    expect(hyphenated('Kế hoạch số 15/KH-UBND ngày 05/01/2023')).toBe('Kế hoạch số 15/KH‑UBND ngày 05/01/2023');
    expect(hyphenated('Nghị định 30/2020/NĐ-CP;')).toBe('Nghị định 30/2020/NĐ‑CP;');
    expect(hyphenated('(06-CTr/BDVHU-BCHQSH-CAH)')).toBe('(06‑CTr/BDVHU‑BCHQSH‑CAH)');
    expect(hyphenated('theo mẫu QĐ-UBND')).toBe('theo mẫu QĐ‑UBND');
  });

  it('leaves hyphenated words, spaced dashes and ranges of prose alone', () => {
    for (const text of ['chủ nghĩa Mác-Lênin', 'kinh tế - xã hội', 'Độc lập - Tự do - Hạnh phúc', 'I- CÔNG TÁC LÃNH ĐẠO', 'ngày 27/5/2022']) {
      expect(documentNumberHyphens(text)).toEqual([]);
    }
  });

  it('takes linear time on hostile cells: 300,000 digits with no separator, or a hyphen at the end', () => {
    const started = Date.now();
    expect(documentNumberHyphens('𝟙'.repeat(150_000))).toEqual([]);
    expect(documentNumberHyphens(`${'9'.repeat(300_000)}-`)).toEqual([]);
    expect(documentNumberHyphens(`${'đ'.repeat(50_000)}-${'Đ'.repeat(50_000)}`)).toEqual([]);
    expect(documentNumberHyphens(`${'1'.repeat(100_000)}-BC/HU`)).toEqual([100_000]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('counts offsets in UTF-16 code units, as renderers index text', () => {
    expect(documentNumberHyphens('𝟙 số 12-KH/HU')).toEqual(['𝟙 số 12'.length]);
  });
});

describe('blocks as laid out', () => {
  const paragraph = (text: string): Paragraph => ({ type: 'paragraph', role: 'body', runs: [{ type: 'text', text }], style: { size: 14, align: 'justify' } });
  const closing: Block = { type: 'columns', role: 'closing', widths: [0.5, 0.5], left: [], right: [] };
  const header: Block = { ...closing, role: 'header' };

  it('keeps the paragraph before the signature block with it, and only that one', () => {
    const laid = blocksForLayout([header, paragraph('a'), paragraph('b'), closing]);
    expect(laid.map((b) => (b.type === 'paragraph' ? b.style.keepWithNext ?? false : null))).toEqual([null, false, true, null]);
  });

  it('changes nothing when no paragraph comes before a signature block', () => {
    const blocks = [paragraph('a'), header, paragraph('b')];
    expect(blocksForLayout(blocks)).toEqual(blocks);
  });
});
