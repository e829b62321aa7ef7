/**
 * Behaviour of workbook validation, one rule or bad input at a time: each test starts from the
 * tiny valid workbook, breaks one thing, and checks the finding's code, severity, tab and cell.
 */
import type { CellValue, RawWorkbook } from '../../../src/domain/cells';
import { compileReport } from '../../../src/domain/report/compile';
import { renderMarkdown } from '../../../src/domain/report/markdown';
import { FINDING_CELLS_MAX } from '../../../src/domain/rules';
import type { Finding } from '../../../src/domain/findings';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { cellRightOf, findCell, getCell, rawOf, withCell, withoutTab } from '../../support/raw';
import { tinyWorkbook } from '../../support/tiny-workbook';

const XA = 'Xã Ia Le';
const findingsOf = (raw: RawWorkbook): ReadonlyArray<Finding> => validateWorkbook(raw).findings;
const only = (findings: ReadonlyArray<Finding>, code: string) => findings.filter((f) => f.code === code);
const brief = (f: Finding) => ({ code: f.code, severity: f.severity, tab: f.tab, cell: f.cell });

function edit(mutate: (data: WorkbookData) => WorkbookData): RawWorkbook {
  return rawOf(mutate(tinyWorkbook()));
}

function replaceCell(tab: string, match: (v: CellValue) => boolean, value: CellValue): { raw: RawWorkbook; cell: string } {
  const base = rawOf(tinyWorkbook());
  const cell = findCell(base, tab, match);
  return { raw: withCell(base, tab, cell, value), cell };
}

describe('validating a workbook', () => {
  it('finds nothing wrong in a complete, consistent workbook', () => {
    expect(findingsOf(rawOf(tinyWorkbook()))).toEqual([]);
  });

  describe('the file and its structure', () => {
    it('reports an empty workbook once, not one error per tab', () => {
      expect(findingsOf({ tabs: [] }).map(brief)).toEqual([{ code: 'EMPTY_WORKBOOK', severity: 'error', tab: null, cell: null }]);
      expect(findingsOf({ tabs: [{ name: 'Sheet1', rows: [[null, ''], []] }] }).map((f) => f.code)).toEqual(['EMPTY_WORKBOOK']);
    });

    it('reports a missing configuration tab by name', () => {
      const findings = findingsOf(withoutTab(rawOf(tinyWorkbook()), 'Chỉ tiêu'));
      expect(only(findings, 'MISSING_TAB').map(brief)).toEqual([{ code: 'MISSING_TAB', severity: 'error', tab: 'Chỉ tiêu', cell: null }]);
    });

    it('reports a unit whose tab is missing, at the tab-name cell of the units tab', () => {
      const raw = withoutTab(rawOf(tinyWorkbook()), XA);
      const [finding] = only(findingsOf(raw), 'MISSING_UNIT_TAB');
      expect(finding).toMatchObject({ tab: 'Đơn vị', cell: 'D3', unitId: 'XA1' });
      expect(finding?.message).toContain('Xã Ia Le');
    });

    it('reports a renamed header with the name it now has', () => {
      const { raw, cell } = replaceCell('Đơn vị', (v) => v === 'Tên tab *', 'Trang tính');
      const [finding] = only(findingsOf(raw), 'MISSING_COLUMN');
      expect(finding).toMatchObject({ tab: 'Đơn vị', cell, severity: 'error' });
      expect(finding?.message).toContain('"Trang tính"');
    });

    it('still finds columns that were moved, and headers typed without diacritics', () => {
      const { raw } = replaceCell('Đơn vị', (v) => v === 'Tên đơn vị *', 'TEN DON VI');
      expect(findingsOf(raw)).toEqual([]);
    });

    it('reports a unit tab whose block title was deleted', () => {
      const { raw } = replaceCell(XA, (v) => v === 'B. SỐ LIỆU', null);
      const findings = only(findingsOf(raw), 'MISSING_BLOCK');
      expect(findings.map((f) => [f.tab, f.unitId])).toEqual([[XA, 'XA1']]);
    });

    it('reports a missing settings row and a tab name spreadsheets refuse', () => {
      const { raw } = replaceCell('Thiết lập', (v) => v === 'Hạn nộp của đơn vị *', 'Ghi chú');
      expect(only(findingsOf(raw), 'MISSING_SETTING')).toHaveLength(1);
      const bad = edit((d) => ({ ...d, units: d.units.map((u) => (u.id === 'BDV' ? { ...u, tab: 'BDV/HU' } : u)) }));
      expect(only(findingsOf(bad), 'INVALID_TAB_NAME').map((f) => f.cell)).toEqual(['D2']);
    });
  });

  describe('cells', () => {
    it('refuses a number written in words and names the tab and cell', () => {
      const base = rawOf(tinyWorkbook());
      const cell = cellRightOf(base, XA, 'DON_TN', 3);
      const findings = findingsOf(withCell(base, XA, cell, 'mười hai'));
      expect(findings.filter((f) => f.severity === 'error').map(brief)).toEqual([
        { code: 'NOT_A_NUMBER', severity: 'error', tab: XA, cell },
      ]);
    });

    it('refuses negative figures and decimals for whole-number indicators', () => {
      const base = rawOf(tinyWorkbook());
      const cell = cellRightOf(base, XA, 'DON_DANG', 3);
      expect(only(findingsOf(withCell(base, XA, cell, -3)), 'NEGATIVE_NUMBER').map((f) => f.cell)).toEqual([cell]);
      expect(only(findingsOf(withCell(base, XA, cell, 2.5)), 'NOT_AN_INTEGER').map((f) => f.cell)).toEqual([cell]);
    });

    it('refuses an impossible date with the settings cell', () => {
      const base = rawOf(tinyWorkbook());
      const cell = cellRightOf(base, 'Thiết lập', 'Hạn nộp của đơn vị *');
      const findings = findingsOf(withCell(base, 'Thiết lập', cell, '31/02/2023'));
      expect(only(findings, 'INVALID_DATE').map(brief)).toEqual([{ code: 'INVALID_DATE', severity: 'error', tab: 'Thiết lập', cell }]);
    });

    it('refuses a status outside the list', () => {
      const { raw, cell } = replaceCell(XA, (v) => v === 'Hoàn thành', 'xong rồi');
      expect(only(findingsOf(raw), 'INVALID_CHOICE').map((f) => f.cell)).toEqual([cell]);
    });

    it('accepts NFD text and tone-placement variants and reads them as NFC', () => {
      const base = rawOf(tinyWorkbook());
      const statusCell = findCell(base, XA, (v) => v === 'Hoàn thành');
      const groupCell = findCell(base, 'Đề cương', (v) => v === 'Xã');
      const textCell = findCell(base, XA, (v) => typeof v === 'string' && v.startsWith('Xã tiếp nhận'));
      let raw = withCell(base, XA, statusCell, 'Hoàn thành'.normalize('NFD'));
      raw = withCell(raw, 'Đề cương', groupCell, 'XÃ'.normalize('NFD'));
      raw = withCell(raw, XA, textCell, 'Xã tiếp nhận {{SL:DON_TN}} đơn{{CT:C1}} của Huyện uỷ.'.normalize('NFD'));
      const result = validateWorkbook(raw);
      expect(result.findings).toEqual([]);
      const narrative = result.workbook.unitSheets.get('XA1')?.narratives[0]?.text ?? '';
      expect(narrative).toBe(narrative.normalize('NFC'));
      expect(narrative).toContain('Huyện uỷ');
    });

    it('reports a formula in a text cell and a text starting with "="', () => {
      const formula = replaceCell(XA, (v) => v === 'Tổ chức hội nghị', { formula: 'A1', result: 'Tổ chức hội nghị' });
      expect(only(findingsOf(formula.raw), 'FORMULA_IN_TEXT').map((f) => f.cell)).toEqual([formula.cell]);
      const equals = replaceCell(XA, (v) => v === 'Tổ chức hội nghị', '=Tổ chức hội nghị');
      expect(only(findingsOf(equals.raw), 'TEXT_STARTS_WITH_EQUALS').map((f) => f.severity)).toEqual(['warning']);
    });

    it('reports a 50,000-character cell without losing a character', () => {
      const long = 'Nội dung rất dài. '.repeat(2800);
      const { raw, cell } = replaceCell(XA, (v) => typeof v === 'string' && v.startsWith('Xã tiếp nhận'), long + '{{CT:C1}}');
      const result = validateWorkbook(raw);
      expect(only(result.findings, 'CELL_TOO_LONG').map((f) => f.cell)).toEqual([cell]);
      expect(result.workbook.unitSheets.get('XA1')?.narratives[0]?.text?.length).toBe((long + '{{CT:C1}}').trim().length);
    });

    it('refuses malformed emails and warns about units without one', () => {
      const bad = replaceCell('Đơn vị', (v) => v === 'iale@example.org', 'iale at example');
      expect(only(findingsOf(bad.raw), 'INVALID_EMAIL').map((f) => f.cell)).toEqual([bad.cell]);
      const none = replaceCell('Đơn vị', (v) => v === 'iale@example.org', null);
      expect(only(findingsOf(none.raw), 'NO_EMAIL').map((f) => [f.severity, f.cell, f.unitId])).toEqual([['warning', none.cell, 'XA1']]);
    });
  });

  describe('ids and references', () => {
    it('reports a duplicate id and points to the first one', () => {
      const raw = edit((d) => ({ ...d, units: [...d.units, { ...d.units[1]!, tab: 'Xã khác' }] }));
      const [finding] = only(findingsOf(raw), 'DUPLICATE_ID');
      expect(finding).toMatchObject({ tab: 'Đơn vị', cell: 'A4' });
      expect(finding?.message).toContain("'Đơn vị'!A3");
    });

    it('reports writers, reporters and the secretariat that are not units or groups', () => {
      const raw = edit((d) => ({
        ...d,
        settings: { ...d.settings, secretariatUnit: 'BTG' },
        sections: d.sections.map((s) => (s.id === 'I.2' ? { ...s, writers: ['BDV', 'Phường'] } : s)),
      }));
      const findings = only(findingsOf(raw), 'UNKNOWN_UNIT');
      expect(findings.map((f) => f.tab).sort()).toEqual(['Thiết lập', 'Đề cương']);
    });

    it('reports outline numbers that are malformed or have no parent', () => {
      const raw = edit((d) => ({
        ...d,
        sections: [...d.sections, { id: 'II.3', title: 'Mồ côi', writers: null, textRequired: null, guidance: null }, { id: '2.1', title: 'Sai số', writers: null, textRequired: null, guidance: null }],
      }));
      const findings = findingsOf(raw);
      expect(only(findings, 'MISSING_PARENT_SECTION').map((f) => f.cell)).toEqual(['A5']);
      expect(only(findings, 'INVALID_SECTION_ID').map((f) => f.cell)).toEqual(['A6']);
    });

    it('reports narrative for an unknown section and for a section the unit does not write', () => {
      const raw = edit((d) => ({
        ...d,
        sheets: { ...d.sheets, XA1: { ...d.sheets['XA1']!, narratives: [...d.sheets['XA1']!.narratives, { section: 'IX', text: 'Lạc.' }, { section: 'I.2', text: 'Không phải việc của xã.' }] } },
      }));
      const findings = findingsOf(raw);
      expect(only(findings, 'UNKNOWN_SECTION')).toHaveLength(1);
      expect(only(findings, 'SECTION_NOT_ASSIGNED').map((f) => f.severity)).toEqual(['warning']);
    });

    it('reports assigned figures and required texts left empty, as errors of that unit', () => {
      const raw = edit((d) => ({
        ...d,
        sheets: { ...d.sheets, XA1: { ...d.sheets['XA1']!, figures: [{ code: 'DON_TN', value: 45 }, { code: 'DON_GQ', value: 35 }], narratives: [] } },
      }));
      const findings = findingsOf(raw);
      expect(only(findings, 'MISSING_FIGURE').map((f) => [f.tab, f.unitId])).toEqual([[XA, 'XA1']]);
      expect(only(findings, 'MISSING_TEXT').map((f) => [f.tab, f.unitId])).toEqual([[XA, 'XA1']]);
    });
  });

  describe('consistency between figures', () => {
    it('reports a part larger than its whole as an error, on the unit figures', () => {
      const base = rawOf(tinyWorkbook());
      const cell = cellRightOf(base, XA, 'DON_GQ', 3);
      const whole = cellRightOf(base, XA, 'DON_TN', 3);
      const findings = only(findingsOf(withCell(base, XA, cell, 50)), 'RULE_VIOLATED');
      // Both rules point first at the topmost of their cells (DON_TN, above DON_GQ).
      expect(findings.map(brief)).toEqual([
        { code: 'RULE_VIOLATED', severity: 'error', tab: XA, cell: whole },
        { code: 'RULE_VIOLATED', severity: 'warning', tab: XA, cell: whole },
      ]);
      expect(findings[0]?.message).toContain('50');
      expect(findings[0]?.cells?.map((c) => c.cell)).toEqual([whole, cell]);
    });

    it('names every cell of a rule with its value, whatever the order of the terms', () => {
      const base = rawOf(tinyWorkbook());
      const [tn, gq, dang] = ['DON_TN', 'DON_GQ', 'DON_DANG'].map((code) => cellRightOf(base, XA, code, 3));
      const expected = [
        { tab: XA, cell: tn, label: 'DON_TN', value: '45' },
        { tab: XA, cell: gq, label: 'DON_GQ', value: '35' },
        { tab: XA, cell: dang, label: 'DON_DANG', value: '6' },
      ];
      for (const expression of ['DON_GQ + DON_DANG = DON_TN', 'DON_DANG + DON_GQ = DON_TN', 'DON_TN = DON_GQ + DON_DANG']) {
        const rules = tinyWorkbook().rules.map((r) => (r.id === 'R1' ? { ...r, expression } : r));
        const raw = rawOf({ ...tinyWorkbook(), rules });
        const [finding] = only(findingsOf(withCell(raw, XA, dang ?? '', 6)), 'RULE_VIOLATED');
        expect(finding).toMatchObject({ tab: XA, cell: tn, cells: expected });
        for (const c of expected) expect(finding?.message).toContain(`${c.label}: '${XA}'!${c.cell} = ${c.value}`);
      }
    });

    it('points a total across units at the rule and at every figure that adds up to it', () => {
      const data = tinyWorkbook();
      const xa2 = { ...data.units[1]!, id: 'XA2', name: 'Ủy ban nhân dân xã Ia Ga', tab: 'Xã Ia Ga', emails: ['iaga@example.org'] };
      const raw = rawOf({
        ...data,
        units: [...data.units, xa2],
        indicators: [...data.indicators, { code: 'DON_HUYEN', label: 'Đơn huyện chuyển về', measure: 'đơn', reporters: ['BDV'], aggregation: 'sum', numberKind: 'integer', note: null }],
        rules: [...data.rules, { id: 'R3', expression: 'DON_TN <= DON_HUYEN', severity: 'warning', description: null }],
        sheets: {
          ...data.sheets,
          BDV: { ...data.sheets['BDV']!, figures: [{ code: 'DON_HUYEN', value: 50 }] },
          XA2: { ...data.sheets['XA1']!, footnotes: [], narratives: [{ section: 'I.1', text: 'Xã Ia Ga.' }] },
        },
      });
      const [total] = findingsOf(raw).filter((f) => f.code === 'RULE_VIOLATED' && f.message.includes('tổng các đơn vị'));
      const ruleCell = findCell(raw, 'Ràng buộc', (v) => v === 'DON_TN <= DON_HUYEN');
      expect(total).toMatchObject({ tab: 'Ràng buộc', cell: ruleCell });
      expect(total?.cells?.map((c) => `${c.tab}!${c.cell}=${c.value}`)).toEqual([
        `Ràng buộc!${ruleCell}=DON_TN <= DON_HUYEN`,
        `BDV!${cellRightOf(raw, 'BDV', 'DON_HUYEN', 3)}=50`,
        `${XA}!${cellRightOf(raw, XA, 'DON_TN', 3)}=45`,
        `Xã Ia Ga!${cellRightOf(raw, 'Xã Ia Ga', 'DON_TN', 3)}=45`,
      ]);
      expect(total?.message).toContain('DON_TN = 90 (tổng của 2 đơn vị)');
    });

    it('caps the cells of a total over many units, the rule first', () => {
      const data = tinyWorkbook();
      const communes = Array.from({ length: 60 }, (_, i) => ({ ...data.units[1]!, id: `XA${i + 2}`, name: `Xã số ${i + 2}`, tab: `Xã ${i + 2}`, emails: [`xa${i + 2}@example.org`] }));
      const raw = rawOf({
        ...data,
        units: [...data.units, ...communes],
        indicators: [...data.indicators, { code: 'DON_HUYEN', label: 'Đơn huyện', measure: 'đơn', reporters: ['BDV'], aggregation: 'sum', numberKind: 'integer', note: null }],
        rules: [{ id: 'R3', expression: 'DON_TN <= DON_HUYEN', severity: 'warning', description: null }],
        sheets: {
          ...data.sheets,
          BDV: { ...data.sheets['BDV']!, figures: [{ code: 'DON_HUYEN', value: 1 }] },
          ...Object.fromEntries(communes.map((u) => [u.id, { ...data.sheets['XA1']!, footnotes: [], narratives: [{ section: 'I.1', text: 'Xã.' }] }])),
        },
      });
      const [total] = only(findingsOf(raw), 'RULE_VIOLATED');
      expect(total?.tab).toBe('Ràng buộc');
      expect(total?.cells).toHaveLength(FINDING_CELLS_MAX);
      expect(total?.cells?.[0]).toMatchObject({ tab: 'Ràng buộc', label: 'R3' });
    });

    it('reports parts that do not add up to the total with the rule severity', () => {
      const base = rawOf(tinyWorkbook());
      const cell = cellRightOf(base, XA, 'DON_DANG', 3);
      const [finding] = only(findingsOf(withCell(base, XA, cell, 6)), 'RULE_VIOLATED');
      expect(finding).toMatchObject({ severity: 'warning', unitId: 'XA1' });
      expect(finding?.message).toContain('41');
      expect(finding?.message).toContain('45');
    });

    it('reports a rule that cannot be read or names an unknown indicator', () => {
      const syntax = replaceCell('Ràng buộc', (v) => v === 'DON_GQ <= DON_TN', 'DON_GQ nhỏ hơn DON_TN');
      expect(only(findingsOf(syntax.raw), 'RULE_SYNTAX').map((f) => f.cell)).toEqual([syntax.cell]);
      const unknown = replaceCell('Ràng buộc', (v) => v === 'DON_GQ <= DON_TN', 'DON_GQ <= DON_NHAN');
      expect(only(findingsOf(unknown.raw), 'UNKNOWN_INDICATOR').map((f) => f.cell)).toEqual([unknown.cell]);
    });
  });

  describe('documents and citations', () => {
    it('refuses a number and symbol in neither Party nor State form', () => {
      const { raw, cell } = replaceCell('Văn bản', (v) => v === '529-QĐ/HU', 'QĐ 529 HU');
      expect(only(findingsOf(raw), 'INVALID_SYMBOL').map((f) => f.cell)).toEqual([cell]);
    });

    it('accepts both Party and State forms', () => {
      for (const symbol of ['529-QĐ/HU', '172/QĐ-UBND', '30/2020/NĐ-CP']) {
        const { raw } = replaceCell('Văn bản', (v) => v === '529-QĐ/HU', symbol);
        expect(only(findingsOf(raw), 'INVALID_SYMBOL')).toEqual([]);
      }
    });

    it('warns when the symbol suffix contradicts the issuing body, or the kind', () => {
      const issuer = replaceCell('Văn bản', (v) => v === '529-QĐ/HU', '529-QĐ/TU');
      expect(only(findingsOf(issuer.raw), 'SYMBOL_ISSUER_MISMATCH').map((f) => f.severity)).toEqual(['warning']);
      const kind = replaceCell('Văn bản', (v) => v === '529-QĐ/HU', '529-KH/HU');
      expect(only(findingsOf(kind.raw), 'SYMBOL_KIND_MISMATCH')).toHaveLength(1);
    });

    it('checks a citation typed as free text against the registry', () => {
      const text = 'Thực hiện Quyết định số 529-QĐ/TU ngày 11 tháng 02 năm 2022 của Ban Thường vụ Tỉnh ủy, xã tiếp nhận {{SL:DON_TN}} đơn{{CT:C1}}.';
      const { raw, cell } = replaceCell(XA, (v) => typeof v === 'string' && v.startsWith('Xã tiếp nhận'), text);
      const findings = only(findingsOf(raw), 'CITATION_MISMATCH');
      expect(findings.map(brief)).toEqual([{ code: 'CITATION_MISMATCH', severity: 'warning', tab: XA, cell }]);
      expect(findings[0]?.message).toContain('529-QĐ/HU');
    });

    it('warns about a cited document missing from the registry and a wrong date', () => {
      const text = 'Theo Kế hoạch số 99-KH/HU và Quyết định số 529-QĐ/HU ngày 12/02/2022, xã tiếp nhận {{SL:DON_TN}} đơn{{CT:C1}}.';
      const { raw } = replaceCell(XA, (v) => typeof v === 'string' && v.startsWith('Xã tiếp nhận'), text);
      const codes = findingsOf(raw).map((f) => f.code);
      expect(codes).toEqual(expect.arrayContaining(['CITATION_NOT_IN_REGISTRY', 'CITATION_DATE_MISMATCH']));
    });

    it('warns about a place name spelled without its diacritics', () => {
      const { raw } = replaceCell(XA, (v) => typeof v === 'string' && v.startsWith('Xã tiếp nhận'), 'Huyện Chu Puh tiếp nhận {{SL:DON_TN}} đơn{{CT:C1}}.');
      expect(only(findingsOf(raw), 'PLACE_NAME_VARIANT').map((f) => f.message)).toEqual([expect.stringContaining('"Chu Puh"')]);
    });
  });

  describe('placeholders and footnotes', () => {
    const narrativeWith = (text: string) => replaceCell(XA, (v) => typeof v === 'string' && v.startsWith('Xã tiếp nhận'), text);

    it('reports an unknown kind, a malformed token and unknown references', () => {
      expect(only(findingsOf(narrativeWith('{{XX:A}} {{CT:C1}}').raw), 'UNKNOWN_PLACEHOLDER')).toHaveLength(1);
      expect(only(findingsOf(narrativeWith('{{SL}} {{CT:C1}}').raw), 'PLACEHOLDER_SYNTAX')).toHaveLength(1);
      expect(only(findingsOf(narrativeWith('{{SL:}} {{CT:C1}}').raw), 'EXPRESSION_SYNTAX').map((f) => f.message)).toEqual([
        'Phép tính trong "{{SL:}}" không đúng dạng: chưa có mã chỉ tiêu nào. Ví dụ đúng: {{SL:A - B}}, {{SL:(A + B) / C}}, {{SL:A - B@UBND}}; dấu trừ giữa hai mã phải có dấu cách hai bên.',
      ]);
      expect(only(findingsOf(narrativeWith('{{SL:DON_X}} {{CT:C1}}').raw), 'UNKNOWN_INDICATOR')).toHaveLength(1);
      expect(only(findingsOf(narrativeWith('{{VB:QD1}} {{CT:C1}}').raw), 'UNKNOWN_DOCUMENT')).toHaveLength(1);
      expect(only(findingsOf(narrativeWith('{{NV:KHAC}} {{CT:C1}}').raw), 'UNKNOWN_TASK_GROUP')).toHaveLength(1);
      expect(only(findingsOf(narrativeWith('{{TL:DON_GQ/#Phường}} {{CT:C1}}').raw), 'UNKNOWN_GROUP')).toHaveLength(1);
    });

    it('reports a footnote that does not exist, one used twice, and one never used', () => {
      expect(only(findingsOf(narrativeWith('{{CT:C9}}').raw), 'UNKNOWN_FOOTNOTE')).toHaveLength(1);
      expect(only(findingsOf(narrativeWith('{{CT:C1}} và {{CT:C1}}').raw), 'FOOTNOTE_REUSED')).toHaveLength(1);
      const unused = only(findingsOf(narrativeWith('Không chú thích.').raw), 'FOOTNOTE_UNUSED');
      expect(unused.map((f) => f.severity)).toEqual(['warning']);
    });
  });

  describe('codes and settings that used to crash every command', () => {
    const unitIdCell = findCell(rawOf(tinyWorkbook()), 'Đơn vị', (v) => v === 'XA1');
    const survive = (raw: RawWorkbook) => {
      const result = validateWorkbook(raw);
      const model = compileReport(result.lookup).model;
      expect(model).not.toBeNull();
      if (model !== null) expect(renderMarkdown(model)).not.toMatch(/Infinity|NaN|undefined/);
      return result.findings;
    };

    it.each([
      ['blank', '', 'REQUIRED_MISSING'],
      ['only spaces', '   ', 'REQUIRED_MISSING'],
      ['with a space', 'XA 1', 'INVALID_CODE'],
      ['with a diacritic', 'XÃ1', 'INVALID_CODE'],
      ['with a trailing zero-width space', 'XA1\u200b', 'INVISIBLE_CHARACTERS'],
      ['with a zero-width joiner', 'XA\u200d1', 'INVISIBLE_CHARACTERS'],
      ['with a byte-order mark', '\ufeffXA1', 'INVISIBLE_CHARACTERS'],
      ['with a word joiner', 'XA1\u2060', 'INVISIBLE_CHARACTERS'],
    ])('gives a unit id %s a finding on its cell, and every command still runs', (_name, value, code) => {
      const findings = survive(withCell(rawOf(tinyWorkbook()), 'Đơn vị', unitIdCell, value));
      expect(only(findings, code).map(brief)).toEqual([expect.objectContaining({ code, tab: 'Đơn vị', cell: unitIdCell })]);
    });

    it('reads a unit id with a no-break space as the id it shows', () => {
      expect(survive(withCell(rawOf(tinyWorkbook()), 'Đơn vị', unitIdCell, 'XA1\u00a0'))).toEqual([]);
    });

    it('refuses a percentage precision of 200 on its cell and still compiles with the default', () => {
      const base = rawOf({ ...tinyWorkbook(), sheets: { ...tinyWorkbook().sheets, BDV: { ...tinyWorkbook().sheets['BDV']!, narratives: [{ section: 'I.2', text: 'Đạt {{PT:DON_GQ/DON_TN}}.' }] } } });
      const cell = cellRightOf(base, 'Thiết lập', 'Số chữ số thập phân của tỷ lệ % *');
      for (const value of [200, -1, 2.5, 'hai']) {
        const raw = withCell(base, 'Thiết lập', cell, value);
        const findings = survive(raw);
        expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.tab}!${f.cell}`)).toEqual([`Thiết lập!${cell}`]);
        const model = compileReport(validateWorkbook(raw).lookup).model;
        expect(renderMarkdown(model!)).toContain('Đạt 77,78%.');
      }
    });

    it('refuses a reminder hour outside the day and a repeat of zero days on their cells', () => {
      const base = rawOf(tinyWorkbook());
      const hour = cellRightOf(base, 'Thiết lập', 'Giờ gửi nhắc việc');
      const every = cellRightOf(base, 'Thiết lập', 'Nhắc lại khi quá hạn (mỗi … ngày)');
      const findings = survive(withCell(withCell(base, 'Thiết lập', hour, 24), 'Thiết lập', every, 0));
      expect(only(findings, 'NUMBER_OUT_OF_RANGE').map((f) => f.cell)).toEqual([every, hour]);
    });

    it('reports a text that includes itself, and two units that include each other, instead of overflowing the stack', () => {
      const data = tinyWorkbook();
      const self = rawOf({ ...data, sheets: { ...data.sheets, BDV: { ...data.sheets['BDV']!, narratives: [{ section: 'I.2', text: '{{DV:BDV}}' }] } } });
      const bdvCell = findCell(self, 'BDV', (v) => v === '{{DV:BDV}}');
      expect(only(survive(self), 'UNIT_TEXT_CYCLE').map(brief)).toEqual([{ code: 'UNIT_TEXT_CYCLE', severity: 'error', tab: 'BDV', cell: bdvCell }]);

      const mutual = rawOf({
        ...data,
        sections: data.sections.map((s) => (s.id === 'I.2' ? { ...s, writers: ['BDV', 'Xã'] } : s)),
        sheets: {
          ...data.sheets,
          BDV: { ...data.sheets['BDV']!, narratives: [{ section: 'I.2', text: '{{DV:XA1}}' }] },
          XA1: { ...data.sheets['XA1']!, narratives: [...data.sheets['XA1']!.narratives, { section: 'I.2', text: 'Theo tổng hợp: {{DV:BDV}}' }] },
        },
      });
      const xaCell = findCell(mutual, XA, (v) => v === 'Theo tổng hợp: {{DV:BDV}}');
      const cycles = only(survive(mutual), 'UNIT_TEXT_CYCLE');
      expect(cycles.map((f) => `${f.tab}!${f.cell}`)).toEqual([`${XA}!${xaCell}`]);
      expect(cycles[0]?.message).toContain('BDV → XA1 → BDV');
    });
  });

  describe('huge numbers', () => {
    const base = rawOf(tinyWorkbook());
    const tn = cellRightOf(base, XA, 'DON_TN', 3);

    it.each([
      ['Infinity', Number.POSITIVE_INFINITY, 'NOT_A_NUMBER'],
      ['NaN', Number.NaN, 'NOT_A_NUMBER'],
      ['1e308', 1e308, 'NUMBER_TOO_LARGE'],
      ['"1e400" typed as text', '1e400', 'NOT_A_NUMBER'],
      ['twenty nines', '99999999999999999999', 'NUMBER_TOO_LARGE'],
    ])('gives %s in a figure a finding on its cell and never prints "Infinity"', (_name, value, code) => {
      const raw = withCell(base, XA, tn, value);
      const result = validateWorkbook(raw);
      expect(only(result.findings, code).map((f) => `${f.tab}!${f.cell}`)).toEqual([`${XA}!${tn}`]);
      expect(renderMarkdown(compileReport(result.lookup).model!)).not.toMatch(/Infinity|NaN|e\+/);
    });

    it('refuses a sum that cannot be computed exactly, in the rules and in the text', () => {
      const data = tinyWorkbook();
      const xa2 = { ...data.units[1]!, id: 'XA2', name: 'Xã Ia Ga', tab: 'Xã Ia Ga', emails: ['iaga@example.org'] };
      const big = 5e15;
      const raw = rawOf({
        ...data,
        units: [...data.units, xa2],
        rules: [],
        sheets: {
          ...data.sheets,
          XA1: { ...data.sheets['XA1']!, figures: [{ code: 'DON_TN', value: big }, { code: 'DON_GQ', value: big }, { code: 'DON_DANG', value: 0 }] },
          XA2: { ...data.sheets['XA1']!, footnotes: [], narratives: [{ section: 'I.1', text: 'Xã Ia Ga.' }], figures: [{ code: 'DON_TN', value: big }, { code: 'DON_GQ', value: 1 }, { code: 'DON_DANG', value: 0 }] },
        },
      });
      const result = validateWorkbook(raw);
      const tooLarge = only(result.findings, 'SUM_TOO_LARGE');
      expect(tooLarge.map((f) => f.tab)).toEqual(['BDV']);
      expect(renderMarkdown(compileReport(result.lookup).model!)).toContain('Các xã đã giải quyết \\[?\\] đơn.');
      const withRule = rawOf({ ...data, rules: [{ id: 'R9', expression: 'DON_GQ + DON_TN <= DON_DANG', severity: 'error', description: null }], sheets: { ...data.sheets, XA1: { ...data.sheets['XA1']!, figures: [{ code: 'DON_TN', value: big }, { code: 'DON_GQ', value: big }, { code: 'DON_DANG', value: 0 }] } } });
      const ruleFindings = only(findingsOf(withRule), 'SUM_TOO_LARGE');
      expect(ruleFindings.map((f) => [f.tab, f.cells?.length])).toEqual([[XA, 3]]);
    });
  });

  describe('misses that are findings now', () => {
    it('reports a date typed in a number cell, naming the date', () => {
      const base = rawOf(tinyWorkbook());
      const cell = cellRightOf(base, XA, 'DON_TN', 3);
      const [finding] = only(findingsOf(withCell(base, XA, cell, { date: '2023-03-01' })), 'DATE_IN_NUMBER');
      expect(finding).toMatchObject({ tab: XA, cell, severity: 'error' });
      expect(finding?.message).toContain('01/03/2023');
    });

    it('reports a serial date far out of range in a date cell', () => {
      const base = rawOf(tinyWorkbook());
      const cell = cellRightOf(base, 'Thiết lập', 'Hạn nộp của đơn vị *');
      for (const value of [1e9, 2023, 100000, -5]) {
        expect(only(findingsOf(withCell(base, 'Thiết lập', cell, value)), 'DATE_OUT_OF_RANGE').map((f) => f.cell)).toEqual([cell]);
      }
    });

    it('reports a settings row typed twice, on the second one', () => {
      const base = rawOf(tinyWorkbook());
      const raw = { tabs: base.tabs.map((t) => (t.name === 'Thiết lập' ? { name: t.name, rows: [...t.rows, ['Hạn nộp của đơn vị', '20/03/2023']] } : t)) };
      const row = base.tabs.find((t) => t.name === 'Thiết lập')!.rows.length + 1;
      const [finding] = only(findingsOf(raw), 'DUPLICATE_SETTING');
      expect(finding).toMatchObject({ tab: 'Thiết lập', cell: `A${row}`, severity: 'error' });
      expect(finding?.message).toContain(cellRightOf(base, 'Thiết lập', 'Hạn nộp của đơn vị *'));
    });

    it('reports configuration tabs with their header only', () => {
      const raw = edit((d) => ({ ...d, units: [], sections: [], recipients: [], sheets: {} }));
      expect(findingsOf(raw).filter((f) => f.code === 'EMPTY_TAB').map((f) => [f.tab, f.cell, f.severity])).toEqual([
        ['Đơn vị', 'A2', 'error'],
        ['Đề cương', 'A2', 'error'],
        ['Nơi nhận', 'A2', 'warning'],
      ]);
    });

    it('reports unit tabs where nothing was entered, and says so once for the file when all are empty', () => {
      const findings = findingsOf(edit((d) => ({ ...d, sheets: {} })));
      expect(only(findings, 'UNIT_TAB_EMPTY').map((f) => [f.tab, f.unitId])).toEqual([['BDV', 'BDV'], [XA, 'XA1']]);
      expect(only(findings, 'NO_UNIT_DATA').map(brief)).toEqual([{ code: 'NO_UNIT_DATA', severity: 'error', tab: null, cell: null }]);
      expect(only(findingsOf(rawOf(tinyWorkbook())), 'UNIT_TAB_EMPTY')).toEqual([]);
    });

    it('reports a unit tab that exists but holds nothing at all, at its first cell, once', () => {
      const base = rawOf(tinyWorkbook());
      const raw = { tabs: base.tabs.map((t) => (t.name === XA ? { name: t.name, rows: [] } : t)) };
      const findings = findingsOf(raw).filter((f) => f.tab === XA);
      expect(only(findings, 'UNIT_TAB_BLANK').map(brief)).toEqual([{ code: 'UNIT_TAB_BLANK', severity: 'error', tab: XA, cell: 'A1' }]);
      expect(only(findings, 'MISSING_BLOCK')).toEqual([]);
      expect(findings.every((f) => f.cell !== null)).toBe(true);
    });

    it('points a missing block title at the row where it belongs', () => {
      const { raw, cell } = replaceCell(XA, (v) => v === 'B. SỐ LIỆU', null);
      const next = findCell(raw, XA, (v) => v === 'C. NỘI DUNG');
      const [finding] = only(findingsOf(raw), 'MISSING_BLOCK');
      expect(finding).toMatchObject({ tab: XA, cell: next });
      expect(cell).not.toBe(next);
    });
  });

  describe('findings on the right row', () => {
    it('reports a section retyped with its parent id on that row, not on each of its children', () => {
      const raw = edit((d) => ({
        ...d,
        sections: [
          ...d.sections,
          { id: 'II', title: 'PHƯƠNG HƯỚNG', writers: null, textRequired: null, guidance: null },
          { id: 'II', title: 'Nhiệm vụ trọng tâm', writers: null, textRequired: null, guidance: null },
          { id: 'II.1.1', title: 'Về tổ chức', writers: null, textRequired: null, guidance: null },
          { id: 'II.1.2', title: 'Về kiểm tra', writers: null, textRequired: null, guidance: null },
        ],
      }));
      const findings = findingsOf(raw).filter((f) => f.tab === 'Đề cương');
      expect(findings.map(brief)).toEqual([{ code: 'SECTION_REPEATS_PARENT', severity: 'error', tab: 'Đề cương', cell: 'A6' }]);
      expect(findings[0]?.message).toContain('"II.1"');
      expect(findings[0]?.message).toContain('II.1.1, II.1.2');
      expect(findings[0]?.cells?.map((c) => c.cell)).toEqual(['A6', 'A7', 'A8']);
    });

    it('still reports a child whose parent is simply missing on the child row', () => {
      const raw = edit((d) => ({ ...d, sections: [...d.sections, { id: 'II.3', title: 'Mồ côi', writers: null, textRequired: null, guidance: null }] }));
      expect(only(findingsOf(raw), 'MISSING_PARENT_SECTION').map((f) => f.cell)).toEqual(['A5']);
    });

    it('reports a group named like a unit on the group cell that was typed, naming the unit', () => {
      const raw = edit((d) => ({ ...d, units: d.units.map((u) => (u.id === 'XA1' ? { ...u, group: 'bdv' } : u)) }));
      const [finding] = only(findingsOf(raw), 'AMBIGUOUS_GROUP');
      expect(finding).toMatchObject({ tab: 'Đơn vị', cell: 'C3' });
      expect(finding?.cells?.map((c) => `${c.cell}=${c.value}`)).toEqual(['C3=bdv', 'A2=BDV']);
    });
  });

  describe('document number and profile', () => {
    it('warns on the settings cell when a Party symbol is used under the State profile, and the reverse', () => {
      const state = edit((d) => ({ ...d, settings: { ...d.settings, profile: 'state', documentNumber: '45', documentSymbol: 'BC/ĐU' } }));
      const cell = cellRightOf(state, 'Thiết lập', 'Ký hiệu văn bản *');
      const [finding] = only(findingsOf(state), 'SYMBOL_PROFILE_MISMATCH');
      expect(finding).toMatchObject({ tab: 'Thiết lập', cell, severity: 'warning' });
      expect(finding?.message).toContain('Số: 45/BC/ĐU');
      const party = edit((d) => ({ ...d, settings: { ...d.settings, documentSymbol: 'BC-UBND' } }));
      expect(only(findingsOf(party), 'SYMBOL_PROFILE_MISMATCH').map((f) => f.cell)).toEqual([cell]);
      expect(only(findingsOf(edit((d) => ({ ...d, settings: { ...d.settings, profile: 'state', documentSymbol: 'BC-UBND' } }))), 'SYMBOL_PROFILE_MISMATCH')).toEqual([]);
    });

    it('warns when the spreadsheet address is not a Google Sheets link', () => {
      const base = rawOf(tinyWorkbook());
      const cell = cellRightOf(base, 'Thiết lập', 'Địa chỉ bảng tính');
      expect(only(findingsOf(withCell(base, 'Thiết lập', cell, 'javascript:alert(1)')), 'UNSAFE_LINK').map((f) => f.cell)).toEqual([cell]);
      expect(findingsOf(withCell(base, 'Thiết lập', cell, 'https://docs.google.com/spreadsheets/d/abc/edit'))).toEqual([]);
    });
  });

  it('lists findings in tab order, then by row and column', () => {
    const base = rawOf(tinyWorkbook());
    const emails = `${findCell(base, 'Đơn vị', (v) => v === 'Email liên hệ').replace(/\d+$/, '')}2`;
    let raw = withCell(base, XA, cellRightOf(base, XA, 'DON_TN', 3), 'mười');
    raw = withCell(raw, 'Đơn vị', emails, 'sai');
    raw = withCell(raw, XA, cellRightOf(base, XA, 'DON_GQ', 3), 'năm');
    expect(findingsOf(raw).filter((f) => f.severity === 'error').map((f) => `${f.tab}!${f.cell}`)).toEqual([
      `Đơn vị!${emails}`,
      `${XA}!${cellRightOf(base, XA, 'DON_TN', 3)}`,
      `${XA}!${cellRightOf(base, XA, 'DON_GQ', 3)}`,
    ]);
    expect(getCell(raw, 'Đơn vị', emails)).toBe('sai');
  });
});
