/**
 * Behaviour of the report compiler on small workbooks: every placeholder kind, bad placeholders,
 * sections fed by several units, footnote numbering, and both document profiles.
 */
import { compileReport } from '../../../src/domain/report/compile';
import { plainText, type Columns, type Paragraph, type ReportModel } from '../../../src/domain/report/model';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { rawOf } from '../../support/raw';
import { tinyWorkbook } from '../../support/tiny-workbook';

function compile(data: WorkbookData) {
  const validation = validateWorkbook(rawOf(data));
  const compiled = compileReport(validation.lookup);
  if (compiled.model === null) throw new Error('no model');
  return { model: compiled.model, findings: validation.findings };
}

function sectionText(model: ReportModel, sectionId: string): string[] {
  return model.blocks
    .filter((b): b is Paragraph => b.type === 'paragraph' && b.role === 'body' && b.sectionId === sectionId)
    .map((p) => plainText(p.runs));
}

/** The tiny workbook with the secretariat's paragraph for I.2 replaced. */
function withSynthesis(text: string, extra: (d: WorkbookData) => WorkbookData = (d) => d): WorkbookData {
  const base = tinyWorkbook();
  return extra({ ...base, sheets: { ...base.sheets, BDV: { ...base.sheets['BDV']!, narratives: [{ section: 'I.2', text }] } } });
}

const communeTwo = (d: WorkbookData): WorkbookData => ({
  ...d,
  units: [...d.units, { ...d.units[1]!, id: 'XA2', name: 'Ủy ban nhân dân xã Ia Hrú', tab: 'Xã Ia Hrú', emails: ['iahru@example.org'] }],
  sheets: {
    ...d.sheets,
    XA2: {
      tasks: [{ group: 'NVTT', title: 'Tổ chức hội nghị', status: 'done', note: null }],
      figures: [
        { code: 'DON_TN', value: 7 },
        { code: 'DON_GQ', value: 7 },
        { code: 'DON_DANG', value: 0 },
      ],
      narratives: [{ section: 'I.1', text: 'Xã Ia Hrú tiếp nhận {{SL:DON_TN}} đơn.' }],
      footnotes: [],
      documents: [],
    },
  },
});

describe('compiling the report', () => {
  describe('placeholders', () => {
    it('puts the writing unit’s own figure, padded below 10', () => {
      const { model } = compile(tinyWorkbook());
      expect(sectionText(model, 'I.1')).toEqual(['Xã tiếp nhận 45 đơn(1).']);
    });

    it('sums a figure over all reporting units when the writer does not report it', () => {
      const { model } = compile(withSynthesis('Toàn huyện tiếp nhận {{SL:DON_TN}} đơn.', communeTwo));
      expect(sectionText(model, 'I.2')).toEqual(['Toàn huyện tiếp nhận 52 đơn.']);
    });

    it('takes one unit’s or one group’s figure when scoped with @', () => {
      const { model } = compile(withSynthesis('{{SL:DON_TN@XA2}} và {{SL:DON_TN@Xã}}.', communeTwo));
      expect(sectionText(model, 'I.2')).toEqual(['07 và 52.']);
    });

    it('writes ratios, percentages and counts of units in a group', () => {
      const { model } = compile(
        withSynthesis('{{TL:DON_GQ/DON_TN}} đơn, đạt {{PT:DON_GQ/DON_TN}}; {{TL:DON_DANG@XA2/#Xã}}; {{SL:DON_TN}}.', communeTwo),
      );
      expect(sectionText(model, 'I.2')).toEqual(['42/52 đơn, đạt 80,77%; 0/02; 52.']);
    });

    it('counts tasks done over assigned for a task group', () => {
      const { model } = compile(withSynthesis('Hoàn thành {{NV:NVTT@XA1}} nhiệm vụ; toàn bộ {{NV:NVTT}}.', communeTwo));
      expect(sectionText(model, 'I.2')).toEqual(['Hoàn thành 01/02 nhiệm vụ; toàn bộ 02/03.']);
    });

    it('cites documents from the registry in full, short and dated forms, with short dates in footnotes', () => {
      const base = withSynthesis('Theo {{VB:QD529|ngắn}}; {{VB:QD529|ngày}}{{CT:F1}}.', (d) => ({
        ...d,
        sheets: { ...d.sheets, BDV: { ...d.sheets['BDV']!, footnotes: [{ id: 'F1', text: '{{VB:QD529}}.' }] } },
      }));
      const { model } = compile(base);
      expect(sectionText(model, 'I.2')).toEqual([
        'Theo Quyết định số 529-QĐ/HU; Quyết định số 529-QĐ/HU ngày 11 tháng 02 năm 2022 của Ban Thường vụ Huyện ủy(2).',
      ]);
      expect(plainText(model.footnotes[1]!.runs)).toBe(
        'Quyết định số 529-QĐ/HU ngày 11/02/2022 của Ban Thường vụ Huyện ủy về ban hành Quy chế công tác dân vận.',
      );
    });

    it('numbers footnotes 1..N through the report in order of their anchors, once each', () => {
      const data = withSynthesis('Đoạn tổng hợp{{CT:F1}} và tiếp{{CT:F2}}.', (d) => ({
        ...d,
        sheets: {
          ...d.sheets,
          BDV: { ...d.sheets['BDV']!, footnotes: [{ id: 'F2', text: 'Hai.' }, { id: 'F1', text: 'Một.' }] },
        },
      }));
      const { model, findings } = compile(data);
      expect(findings).toEqual([]);
      expect(model.footnotes.map((f) => [f.number, plainText(f.runs), f.source.footnoteId])).toEqual([
        [1, 'Đã giải quyết 35 đơn.', 'C1'],
        [2, 'Một.', 'F1'],
        [3, 'Hai.', 'F2'],
      ]);
    });

    it('turns *italic* and **bold** into styled runs', () => {
      const { model } = compile(withSynthesis('Theo chủ trương *“Hàng tuần có ít nhất 01 ngày”* và **quan trọng**.'));
      const runs = model.blocks.find((b): b is Paragraph => b.type === 'paragraph' && b.role === 'body' && b.sectionId === 'I.2')!.runs;
      expect(runs).toEqual([
        { type: 'text', text: 'Theo chủ trương ' },
        { type: 'text', text: '“Hàng tuần có ít nhất 01 ngày”', italic: true },
        { type: 'text', text: ' và ' },
        { type: 'text', text: 'quan trọng', bold: true },
        { type: 'text', text: '.' },
      ]);
    });
  });

  describe('bad placeholders', () => {
    it('reports an unknown placeholder with tab and cell and shows [?] instead of a blank', () => {
      const { model, findings } = compile(withSynthesis('Có {{SL:KHONG_CO}} đơn và {{ZZ:A}}.'));
      expect(sectionText(model, 'I.2')).toEqual(['Có [?] đơn và [?].']);
      expect(findings.map((f) => [f.code, f.tab, f.cell])).toEqual([
        ['UNKNOWN_INDICATOR', 'BDV', 'B17'],
        ['UNKNOWN_PLACEHOLDER', 'BDV', 'B17'],
      ]);
    });

    it('reports a ratio whose part exceeds its whole instead of printing it', () => {
      const { model, findings } = compile(withSynthesis('{{TL:DON_TN/DON_GQ}}'));
      expect(sectionText(model, 'I.2')).toEqual(['[?]']);
      expect(findings.filter((f) => f.code === 'RATIO_INVALID').map((f) => f.message)).toEqual([expect.stringContaining('lớn hơn tổng')]);
    });

    it('reports a figure that cannot be computed because a unit has not entered it', () => {
      const data = withSynthesis('Tổng {{SL:DON_DANG}} đơn.', (d) => ({
        ...d,
        sheets: { ...d.sheets, XA1: { ...d.sheets['XA1']!, figures: d.sheets['XA1']!.figures.filter((f) => f.code !== 'DON_DANG') } },
      }));
      const { model, findings } = compile(data);
      expect(sectionText(model, 'I.2')).toEqual(['Tổng [?] đơn.']);
      expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['MISSING_FIGURE', 'FIGURE_UNAVAILABLE']));
    });

    it('reports a section with writers but no text at all', () => {
      const data = withSynthesis('x', (d) => ({
        ...d,
        sections: d.sections.map((s) => (s.id === 'I.1' ? { ...s, textRequired: false } : s)),
        sheets: { ...d.sheets, XA1: { ...d.sheets['XA1']!, narratives: [], footnotes: [] } },
      }));
      const { findings } = compile(data);
      expect(findings.filter((f) => f.code === 'EMPTY_SECTION').map((f) => [f.tab, f.cell])).toEqual([['Đề cương', 'A3']]);
    });
  });

  describe('sections fed by several units', () => {
    it('prints each unit’s text under its name, in the order of the units tab', () => {
      const { model } = compile(communeTwo(tinyWorkbook()));
      expect(sectionText(model, 'I.1')).toEqual([
        'Ủy ban nhân dân xã Ia Le: Xã tiếp nhận 45 đơn(1).',
        'Ủy ban nhân dân xã Ia Hrú: Xã Ia Hrú tiếp nhận 07 đơn.',
      ]);
    });

    it('prints the secretariat’s synthesis instead when it wrote one, pulling unit texts with DV', () => {
      const data = communeTwo(tinyWorkbook());
      const withSecretariat: WorkbookData = {
        ...data,
        sections: data.sections.map((s) => (s.id === 'I.1' ? { ...s, writers: ['Xã', 'BDV'] } : s)),
        sheets: {
          ...data.sheets,
          BDV: {
            ...data.sheets['BDV']!,
            narratives: [...data.sheets['BDV']!.narratives, { section: 'I.1', text: 'Các xã tiếp nhận {{SL:DON_TN}} đơn.' }, { section: 'I.1', text: '{{DV:XA2}}' }],
          },
        },
      };
      const { model, findings } = compile(withSecretariat);
      expect(sectionText(model, 'I.1')).toEqual(['Các xã tiếp nhận 52 đơn.', 'Xã Ia Hrú tiếp nhận 07 đơn.']);
      expect(findings).toEqual([]);
    });
  });

  describe('document profiles', () => {
    const header = (model: ReportModel) => model.blocks[0] as Columns;
    const lines = (ps: ReadonlyArray<Paragraph>) => ps.filter((p) => p.role !== 'spacer').map((p) => plainText(p.runs));

    it('lays out the Party header, title and signature per Hướng dẫn 36', () => {
      const { model } = compile(tinyWorkbook());
      expect(lines(header(model).left)).toEqual(['ĐẢNG BỘ TỈNH GIA LAI', 'HUYỆN ỦY CHƯ PƯH', '*', 'Số 12-BC/HU']);
      expect(lines(header(model).right)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Chư Pưh, ngày 16 tháng 3 năm 2023']);
      expect(header(model).right[0]!.style).toMatchObject({ size: 15, bold: true, ruleBelow: expect.any(Object) });
      expect(header(model).left[1]!.style).toMatchObject({ size: 14, bold: true });
      expect(header(model).right[1]!.style).toMatchObject({ italic: true });
      const closing = model.blocks[model.blocks.length - 1] as Columns;
      expect(lines(closing.left)).toEqual(['Nơi nhận:', '- Thường trực Tỉnh ủy (báo cáo),', '- Lưu Văn phòng Huyện ủy.']);
      expect(closing.left[0]!.style).toMatchObject({ underline: true, size: 14 });
      expect(closing.left[1]!.style.size).toBe(12);
      expect(lines(closing.right).filter((l) => l !== '')).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn A']);
      expect(model.page).toMatchObject({ widthMm: 210, heightMm: 297, font: 'Times New Roman', fontSize: 14, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } });
      const heading = model.blocks.find((b): b is Paragraph => b.type === 'paragraph' && b.role === 'heading')!;
      expect(plainText(heading.runs)).toBe('I- KẾT QUẢ');
    });

    it('lays out the State header with the motto, "Số:" and a rule instead of the star', () => {
      const base = tinyWorkbook();
      const { model } = compile({
        ...base,
        settings: {
          ...base.settings,
          profile: 'state',
          parentBody: 'ỦY BAN NHÂN DÂN TỈNH GIA LAI',
          issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN CHƯ PƯH',
          documentSymbol: 'BC-UBND',
          signingAuthority: 'TM. ỦY BAN NHÂN DÂN',
          signerTitle: 'CHỦ TỊCH',
        },
      });
      expect(lines(header(model).left)).toEqual(['ỦY BAN NHÂN DÂN TỈNH GIA LAI', 'ỦY BAN NHÂN DÂN HUYỆN CHƯ PƯH', 'Số: 12/BC-UBND']);
      expect(header(model).left[1]!.style.ruleBelow).toBeDefined();
      expect(lines(header(model).right)).toEqual([
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Chư Pưh, ngày 16 tháng 3 năm 2023',
      ]);
      const closing = model.blocks[model.blocks.length - 1] as Columns;
      expect(lines(closing.left)).toEqual(['Nơi nhận:', '- Thường trực Tỉnh ủy (báo cáo);', '- Lưu Văn phòng Huyện ủy.']);
      expect(closing.left[0]!.style).toMatchObject({ bold: true, italic: true, size: 12 });
      const heading = model.blocks.find((b): b is Paragraph => b.type === 'paragraph' && b.role === 'heading')!;
      expect(plainText(heading.runs)).toBe('I. KẾT QUẢ');
    });

    it('leaves the number and the day blank in a draft not yet numbered or signed', () => {
      const base = tinyWorkbook();
      const { model } = compile({ ...base, settings: { ...base.settings, documentNumber: null, documentDate: null } });
      expect(lines(header(model).left)[3]).toMatch(/^Số\s+-BC\/HU$/);
      expect(lines(header(model).right)[1]).toMatch(/^Chư Pưh, ngày\s+tháng\s+năm/);
    });
  });
});
