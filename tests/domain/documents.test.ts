/** Behaviour of document numbers and symbols: parsing, contradictions, free-text citations. */
import { contradictingIssuerCodes, findCitations, formatCitation, kindMatchesAbbreviation, parseSymbol } from '../../src/domain/documents';

describe('document number and symbol', () => {
  it('parses Party symbols, including joint ones', () => {
    expect(parseSymbol('529-QĐ/HU')).toMatchObject({ system: 'party', number: '529', abbreviation: 'QĐ', issuers: ['HU'] });
    expect(parseSymbol('06-CTr/BDVHU-BCHQSH-CAH')).toMatchObject({ abbreviation: 'CTr', issuers: ['BDVHU', 'BCHQSH', 'CAH'] });
  });

  it('parses State symbols, normative ones with a year, and laws', () => {
    expect(parseSymbol('172/QĐ-UBND')).toMatchObject({ system: 'state', number: '172', abbreviation: 'QĐ', issuers: ['UBND'] });
    expect(parseSymbol('30/2020/NĐ-CP')).toMatchObject({ year: '2020', abbreviation: 'NĐ', issuers: ['CP'] });
    expect(parseSymbol('22/2015/QH13')).toMatchObject({ year: '2015', issuers: ['QH13'] });
  });

  it('rejects what is not a number and symbol', () => {
    expect(parseSymbol('Quyết định 529')).toBeNull();
    expect(parseSymbol('529/HU')).toBeNull();
    expect(parseSymbol('')).toBeNull();
  });

  it('finds a suffix that contradicts the issuing body', () => {
    const symbol = parseSymbol('529-QĐ/TU');
    expect(symbol).not.toBeNull();
    expect(contradictingIssuerCodes(symbol!, 'Ban Thường vụ Huyện ủy')).toEqual(['TU']);
    expect(contradictingIssuerCodes(symbol!, 'Ban Thường vụ Tỉnh uỷ')).toEqual([]);
    expect(contradictingIssuerCodes(parseSymbol('23-QĐ/TW')!, 'Bộ Chính trị')).toEqual([]);
  });

  it('knows which kind each abbreviation stands for', () => {
    expect(kindMatchesAbbreviation('Kế hoạch', 'KH')).toBe(true);
    expect(kindMatchesAbbreviation('Kế hoạch', 'QĐ')).toBe(false);
    expect(kindMatchesAbbreviation('Chương trình phối hợp', 'CTr')).toBe(true);
    expect(kindMatchesAbbreviation('Công văn', 'UBND')).toBeNull();
  });

  it('finds citations written as free text, with their dates', () => {
    const text =
      'thực hiện Quyết định số 529-QĐ/TU ngày 11 tháng 02 năm 2022 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 141/KH-UBND ngày 27/5/2022 và Chỉ thị 76/CT-BQP.';
    expect(findCitations(text).map((c) => [c.kind, c.symbol, c.date])).toEqual([
      ['Quyết định', '529-QĐ/TU', '2022-02-11'],
      ['Kế hoạch', '141/KH-UBND', '2022-05-27'],
      ['Chỉ thị', '76/CT-BQP', null],
    ]);
  });

  it('renders citations in full, short and dated forms', () => {
    const doc = {
      id: 'KH141',
      kind: 'Kế hoạch',
      numberSymbol: '141/KH-UBND',
      issuedOn: '2022-05-27',
      issuer: 'Ủy ban nhân dân huyện',
      summary: 'về việc thực hiện công tác dân vận chính quyền năm 2022',
    };
    expect(formatCitation(doc, 'full', 'short')).toBe(
      'Kế hoạch số 141/KH-UBND ngày 27/5/2022 của Ủy ban nhân dân huyện về việc thực hiện công tác dân vận chính quyền năm 2022',
    );
    expect(formatCitation(doc, 'full', 'long')).toContain('ngày 27 tháng 5 năm 2022');
    expect(formatCitation(doc, 'short', 'long')).toBe('Kế hoạch số 141/KH-UBND');
    expect(formatCitation(doc, 'dated', 'short')).toBe('Kế hoạch số 141/KH-UBND ngày 27/5/2022 của Ủy ban nhân dân huyện');
  });
});
