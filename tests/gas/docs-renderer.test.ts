/**
 * Behaviour of the Google Docs renderer, read back from the fake Docs service's document JSON:
 * the example report's text, figures, footnotes, header and signature blocks, page setup and
 * paragraph styles; three Docs calls for the example and batches under the stated limit for long
 * reports (a 1,000-unit report ends as it would in one batch); the State profile;
 * data tables and rules; and filing the document in a Drive folder, or keeping it when the
 * folder id is wrong.
 */
import { compileReport } from '../../src/domain/report/compile';
import { plainText, type Block, type Footnote, type Inline, type Paragraph, type ReportModel } from '../../src/domain/report/model';
import { validateWorkbook } from '../../src/domain/validate/validate';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import {
  DOCS_BATCH_LIMITS,
  EXACT_LINE_SPACING_NOTE,
  FOOTNOTE_MARKS_NOTE,
  GasDocsReportRenderer,
  MIRROR_MARGINS_NOTE,
  PAGE_NUMBER_NOTE,
  docsLayoutNotes,
  planBody,
} from '../../src/gas/docs-renderer';
import type { DocsBatchLimits } from '../../src/gas/docs-batches';
import { MAX_INSERT_CODE_UNITS } from '../../src/gas/docs-writer';
import type { DocsDocument, DocsStructuralElement, DocsTable } from '../../src/gas/surface';
import { syntheticWorkbook } from '../../scripts/synthetic-workbook';
import { bodyText, createGasEnvironment, footnotesInOrder, paragraphsOf, tablesOf, type GasEnvironment } from '../fakes/gas';
import { GOOGLE_PAYLOAD_LIMIT_BYTES } from '../fakes/gas/docs-service';
import { rawOf } from '../support/raw';
import { reportFixture } from '../support/report-fixture';
import { tinyWorkbook } from '../support/tiny-workbook';

function compiled(data: WorkbookData): ReportModel {
  const { model } = compileReport(validateWorkbook(rawOf(data)).lookup);
  if (model === null) throw new Error('the workbook must compile');
  return model;
}

const exampleModel = (): ReportModel => compiled(CHU_PUH_2023);

/** The example with its body (everything between the header and the closing block) repeated. */
function repeatedBody(model: ReportModel, times: number): ReportModel {
  const header = model.blocks[0]!;
  const closing = model.blocks[model.blocks.length - 1]!;
  const body = model.blocks.slice(1, -1);
  const count = model.footnotes.length;
  const shift = (runs: ReadonlyArray<Inline>, by: number): Inline[] => runs.map((r) => (r.type === 'footnote' ? { ...r, number: r.number + by } : r));
  const blocks: Block[] = [header];
  const footnotes: Footnote[] = [];
  for (let copy = 0; copy < times; copy++) {
    const by = copy * count;
    blocks.push(...body.map((b) => (b.type === 'paragraph' ? { ...b, runs: shift(b.runs, by) } : b)));
    footnotes.push(...model.footnotes.map((f) => ({ ...f, number: f.number + by })));
  }
  blocks.push(closing);
  return { ...model, blocks, footnotes };
}

interface Rendered {
  env: GasEnvironment;
  documentId: string;
  url: string;
  doc: DocsDocument;
}

function render(
  model: ReportModel,
  options: { title?: string; env?: GasEnvironment; batchLimits?: DocsBatchLimits } = {},
): Rendered {
  const env = options.env ?? createGasEnvironment();
  const renderer = new GasDocsReportRenderer({
    docs: env.globals.Docs!,
    title: options.title,
    batchLimits: options.batchLimits,
  });
  const { documentId, url } = renderer.render(model);
  return { env, documentId, url, doc: env.docs.document(documentId) };
}

const tableElements = (doc: DocsDocument): DocsTable[] => (doc.body?.content ?? []).flatMap((e) => (e.table ? [e.table] : []));

/** Every cell border of a table, as widths in points. */
const borderWidths = (table: DocsTable): number[] =>
  (table.tableRows ?? []).flatMap((row) =>
    (row.tableCells ?? []).flatMap((cell) => {
      const s = cell.tableCellStyle ?? {};
      return [s.borderTop, s.borderBottom, s.borderLeft, s.borderRight].map((b) => b?.width?.magnitude ?? NaN);
    }),
  );

/** For each footnote reference in the body: its id and the paragraph text before it (as it shows). */
function referencesWithTextBefore(doc: DocsDocument): Array<{ id: string; before: string }> {
  const out: Array<{ id: string; before: string }> = [];
  const visit = (content: readonly DocsStructuralElement[] | undefined): void => {
    for (const element of content ?? []) {
      let before = '';
      for (const e of element.paragraph?.elements ?? []) {
        if (e.footnoteReference?.footnoteId) out.push({ id: e.footnoteReference.footnoteId, before });
        before += (e.textRun?.content ?? '').replace(/\u2060/g, '');
      }
      for (const row of element.table?.tableRows ?? []) for (const cell of row.tableCells ?? []) visit(cell.content);
    }
  };
  visit(doc.body?.content);
  return out;
}

/**
 * For each footnote anchor in the model: the paragraph's text before it as Docs shows it. The
 * reference itself adds no text, but sits between the superscript "(" and ")" of the Party mark.
 */
function anchorsWithTextBefore(model: ReportModel): Array<{ number: number; before: string }> {
  return model.blocks.flatMap((block) => {
    if (block.type !== 'paragraph') return [];
    const out: Array<{ number: number; before: string }> = [];
    let before = '';
    for (const run of block.runs) {
      if (run.type === 'footnote') {
        out.push({ number: run.number, before: `${before}(` });
        before += '()';
      } else before += run.text.normalize('NFC');
    }
    return out;
  });
}

/** A model paragraph's text as the Google Doc shows it: each footnote mark as "()" around Docs' number. */
const shownText = (runs: ReadonlyArray<Inline>): string => runs.map((r) => (r.type === 'text' ? r.text.normalize('NFC') : '()')).join('');

describe('the Google Docs renderer, on the example report (Báo cáo 350-BC/HU)', () => {
  const model = exampleModel();
  let env: GasEnvironment;
  let doc: DocsDocument;
  let text: string;
  let returned: { documentId: string; url: string };
  beforeAll(() => {
    const rendered = render(model);
    ({ env, doc } = rendered);
    returned = { documentId: rendered.documentId, url: rendered.url };
    text = bodyText(doc);
  });

  it('creates a titled document and returns its id and edit link', () => {
    expect(env.docs.documentIds()).toEqual([returned.documentId]);
    expect(doc.title).toBe(model.title);
    expect(returned.url).toBe(`https://docs.google.com/document/d/${returned.documentId}/edit`);
  });

  it('uses exactly three Docs calls (create and two batchUpdates), and the fake rejected nothing', () => {
    expect(env.calls.count('Docs.Documents.create')).toBe(1);
    expect(env.calls.count('Docs.Documents.batchUpdate')).toBe(2);
    expect(env.calls.countKind('docs')).toBe(3);
    expect(env.docs.batches.map((b) => b.succeeded)).toEqual([true, true]);
  });

  it('writes every heading of the report into the body', () => {
    const headings = model.blocks.filter((b): b is Paragraph => b.type === 'paragraph' && b.role === 'heading').map((p) => plainText(p.runs));
    expect(headings.length).toBeGreaterThan(20);
    for (const heading of headings) expect(text).toContain(heading);
  });

  it('prints the figures computed from the units’ data, in the text and in the footnotes where the model has them', () => {
    for (const figure of ['34/37', '53/55', '09/09', '74/74']) expect(text).toContain(figure);
    const footnoteText = footnotesInOrder(doc).map((f) => f.text).join('\n');
    for (const figure of ['3.500', '11.245', '8.463', '390.500', '189.880.000', '106/124 đơn, đạt tỷ lệ 85,48%']) {
      expect(footnoteText).toContain(figure);
    }
  });

  it('writes fourteen footnotes in order with the model’s texts, after the space Docs puts first', () => {
    const footnotes = footnotesInOrder(doc);
    expect(footnotes.map((f) => f.number)).toEqual(model.footnotes.map((_f, i) => String(i + 1)));
    expect(footnotes.map((f) => f.text)).toEqual(model.footnotes.map((f) => ` ${plainText(f.runs)}`));
  });

  it('references each footnote once, right after the text it is anchored to', () => {
    const references = referencesWithTextBefore(doc);
    expect(new Set(references.map((r) => r.id)).size).toBe(14);
    expect(references.map((r) => r.before)).toEqual(anchorsWithTextBefore(model).map((a) => a.before));
    expect(references.every((r) => r.before.length > 0)).toBe(true);
  });

  it('styles the footnotes’ text in Times New Roman 12, justified', () => {
    const footnoteId = footnotesInOrder(doc)[0]!.id;
    const paragraph = doc.footnotes![footnoteId]!.content![0]!.paragraph!;
    expect(paragraph.paragraphStyle).toMatchObject({ alignment: 'JUSTIFIED', lineSpacing: 100 });
    for (const element of paragraph.elements ?? []) {
      expect(element.textRun!.textStyle).toMatchObject({ fontSize: { magnitude: 12, unit: 'PT' }, weightedFontFamily: { fontFamily: 'Times New Roman' } });
    }
  });

  it('lays the header block out as a borderless 1×2 table spanning the text width', () => {
    const [header] = tablesOf(doc);
    expect(header).toHaveLength(1);
    const [left, right] = header![0]!;
    expect(left!.split('\n')).toEqual(['ĐẢNG BỘ TỈNH GIA LAI', 'HUYỆN ỦY CHƯ PƯH', '*', 'Số 350-BC/HU']);
    // The empty line under the national title is the paragraph that draws its rule.
    expect(right!.split('\n')).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM', '', '', '', 'Chư Pưh, ngày 16 tháng 3 năm 2023']);
    const table = tableElements(doc)[0]!;
    expect(borderWidths(table)).toEqual(Array(8).fill(0));
    const widths = table.tableStyle!.tableColumnProperties!.map((p) => p.width!.magnitude!);
    expect(table.tableStyle!.tableColumnProperties!.every((p) => p.widthType === 'FIXED_WIDTH')).toBe(true);
    expect(widths[0]! + widths[1]!).toBeCloseTo(467.72, 2);
    expect(widths[0]! / (widths[0]! + widths[1]!)).toBeCloseTo(0.45, 3);
  });

  it('puts only a 1 pt empty paragraph before the header block (Docs needs a paragraph there)', () => {
    const [sectionBreak, first, second] = doc.body!.content!;
    expect(sectionBreak!.sectionBreak).toBeDefined();
    expect(first).toMatchObject({ startIndex: 1, endIndex: 2 });
    expect(first!.paragraph!.elements![0]!.textRun).toMatchObject({ content: '\n', textStyle: { fontSize: { magnitude: 1 } } });
    expect(second!.table).toBeDefined();
  });

  it('draws the rule under the national title as a centred bottom border, three quarters of the column wide', () => {
    const header = tableElements(doc)[0]!;
    const rightColumnPt = header.tableStyle!.tableColumnProperties![1]!.width!.magnitude!;
    const rule = header.tableRows![0]!.tableCells![1]!.content![1]!.paragraph!.paragraphStyle!;
    expect(rule.borderBottom).toMatchObject({ width: { magnitude: 0.75 }, dashStyle: 'SOLID' });
    expect(rule.indentStart!.magnitude).toBeCloseTo((rightColumnPt * 0.25) / 2, 1);
    expect(rule.indentEnd).toEqual(rule.indentStart);
  });

  it('ends with the recipients and the signature in a borderless block', () => {
    const closing = tablesOf(doc).at(-1)!;
    const [left, right] = closing[0]!;
    expect(left!.split('\n')[0]).toBe('Nơi nhận:');
    expect(left!.split('\n').at(-1)).toBe('- Lưu Văn phòng Huyện ủy.');
    expect(right!.split('\n').filter((line) => line !== '')).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Huy Châu']);
    expect(borderWidths(tableElements(doc).at(-1)!)).toEqual(Array(8).fill(0));
    const recipientsTitle = paragraphsOf(doc).find((p) => p.text === 'Nơi nhận:')!;
    expect(recipientsTitle.runs[0]!.style).toMatchObject({ underline: true, fontSize: { magnitude: 14 } });
  });

  it('sets an A4 page with the profile’s margins, in points, and a separate first-page header', () => {
    expect(doc.documentStyle).toMatchObject({
      pageSize: { width: { magnitude: 595.28, unit: 'PT' }, height: { magnitude: 841.89, unit: 'PT' } },
      marginTop: { magnitude: 56.69, unit: 'PT' },
      marginBottom: { magnitude: 56.69, unit: 'PT' },
      marginLeft: { magnitude: 85.04, unit: 'PT' },
      marginRight: { magnitude: 42.52, unit: 'PT' },
      useFirstPageHeaderFooter: true,
    });
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent, in Times New Roman 14', () => {
    const bodyTexts = new Set(model.blocks.filter((b): b is Paragraph => b.type === 'paragraph' && b.role === 'body').map((p) => shownText(p.runs)));
    const bodyParagraphs = paragraphsOf(doc).filter((p) => !p.inTable && bodyTexts.has(p.text));
    expect(bodyParagraphs.length).toBe(bodyTexts.size);
    for (const paragraph of bodyParagraphs) {
      expect(paragraph.style).toMatchObject({
        namedStyleType: 'NORMAL_TEXT',
        alignment: 'JUSTIFIED',
        indentFirstLine: { magnitude: 36, unit: 'PT' },
        spaceBelow: { magnitude: 6, unit: 'PT' },
        lineSpacing: 100,
      });
      for (const run of paragraph.runs) {
        expect(run.style).toMatchObject({ weightedFontFamily: { fontFamily: 'Times New Roman' }, fontSize: { magnitude: 14, unit: 'PT' } });
      }
    }
  });

  it('gives headings Docs heading styles (for the outline) but the profile’s look: bold, black, 14 pt', () => {
    const level1 = paragraphsOf(doc).find((p) => p.text.startsWith('I- CÔNG TÁC LÃNH ĐẠO'))!;
    expect(level1.style).toMatchObject({ namedStyleType: 'HEADING_1', alignment: 'JUSTIFIED', keepWithNext: true });
    expect(level1.runs[0]!.style).toMatchObject({ bold: true, italic: false, fontSize: { magnitude: 14 }, foregroundColor: { color: { rgbColor: { red: 0 } } } });
    const level3 = paragraphsOf(doc).find((p) => p.text.startsWith('1.1. Các cơ quan chuyên trách'))!;
    expect(level3.style.namedStyleType).toBe('HEADING_3');
    expect(level3.runs[0]!.style).toMatchObject({ bold: true, italic: true });
  });

  it('centres the title and the summary, and draws the summary’s short rule under it', () => {
    const paragraphs = paragraphsOf(doc);
    const title = paragraphs.find((p) => p.text === 'BÁO CÁO')!;
    expect(title.style).toMatchObject({ alignment: 'CENTER', spaceAbove: { magnitude: 18 } });
    expect(title.runs[0]!.style).toMatchObject({ bold: true, fontSize: { magnitude: 16 } });
    const summaryIndex = paragraphs.findIndex((p) => p.text.startsWith('Sơ kết 01 năm'));
    expect(paragraphs[summaryIndex]!.style).toMatchObject({ alignment: 'CENTER', spaceBelow: { magnitude: 0 }, keepWithNext: true });
    const rule = paragraphs[summaryIndex + 1]!;
    expect(rule.text).toBe('');
    expect(rule.style).toMatchObject({ borderBottom: { width: { magnitude: 0.75 } }, spaceBelow: { magnitude: 12 } });
    expect(rule.style.indentStart!.magnitude).toBeCloseTo((467.72 * 0.75) / 2, 1);
  });
});

describe('the Google Docs renderer, on a report five times the example’s length', () => {
  const model = repeatedBody(exampleModel(), 5);
  let env: GasEnvironment;
  let doc: DocsDocument;
  beforeAll(() => ({ env, doc } = render(model)), 60_000);

  it('sends its requests in several batches, each within the stated limit, with nothing rejected', () => {
    expect(env.docs.batches.length).toBeGreaterThan(1);
    expect(env.docs.batches.every((b) => b.succeeded && b.requestKinds.length <= DOCS_BATCH_LIMITS.maxRequests)).toBe(true);
    expect(env.calls.countKind('docs')).toBe(1 + env.docs.batches.length);
  });

  it('writes all its footnotes in order, each after its own text', () => {
    const footnotes = footnotesInOrder(doc);
    expect(footnotes).toHaveLength(model.footnotes.length);
    expect(model.footnotes.length).toBe(70);
    expect(footnotes.map((f) => f.text)).toEqual(model.footnotes.map((f) => ` ${plainText(f.runs)}`));
    expect(referencesWithTextBefore(doc).map((r) => r.before)).toEqual(anchorsWithTextBefore(model).map((a) => a.before));
  });
});

describe('the Google Docs renderer, on a 1,000-unit report', () => {
  const model = compiled(syntheticWorkbook(1_000));
  const withoutIds = (doc: DocsDocument): DocsDocument => ({ ...doc, documentId: '', revisionId: '' });
  let batched: Rendered;
  let single: Rendered;
  beforeAll(() => {
    batched = render(model);
    // The same report in one batch, with the fake's guard lifted to Google's 10 MiB payload cap.
    const env = createGasEnvironment();
    const unlimited = { maxRequests: Number.MAX_SAFE_INTEGER, maxBytes: GOOGLE_PAYLOAD_LIMIT_BYTES };
    env.docs.batchLimits = unlimited;
    single = render(model, { env, batchLimits: unlimited });
  }, 120_000);

  it('plans more requests and bytes than one batch may hold', () => {
    const requests = planBody(model).requests;
    expect(requests.length).toBeGreaterThan(DOCS_BATCH_LIMITS.maxRequests);
    expect(Buffer.byteLength(JSON.stringify(requests))).toBeGreaterThan(DOCS_BATCH_LIMITS.maxBytes);
    expect(model.footnotes).toHaveLength(1_000);
  });

  it('passes in two dozen calls at most, every batch within the stated limit, none rejected', () => {
    const { batches } = batched.env.docs;
    expect(batches.length).toBeGreaterThan(10);
    expect(batches.length).toBeLessThanOrEqual(24);
    expect(batches.every((b) => b.succeeded && b.requestKinds.length <= DOCS_BATCH_LIMITS.maxRequests)).toBe(true);
    expect(batched.env.calls.countKind('docs')).toBe(1 + batches.length);
    // One batch for the body, one for the footnotes' text, when nothing limits a batch.
    expect(single.env.docs.batches.map((b) => b.requestKinds.length)[0]).toBe(planBody(model).requests.length);
    expect(single.env.docs.batches).toHaveLength(2);
  });

  it('ends with the same document as one batch would, footnotes included', () => {
    expect(withoutIds(batched.doc)).toEqual(withoutIds(single.doc));
    const footnotes = footnotesInOrder(batched.doc);
    expect(footnotes).toHaveLength(1_000);
    expect(footnotes.map((f) => f.text)).toEqual(model.footnotes.map((f) => ` ${plainText(f.runs)}`));
  });
});

describe('the Google Docs renderer, on the State profile', () => {
  const base = tinyWorkbook();
  const model = compiled({ ...base, settings: { ...base.settings, profile: 'state' } });
  let env: GasEnvironment;
  let doc: DocsDocument;
  beforeAll(() => ({ env, doc } = render(model)));

  it('renders the State header with its motto and rules, the body and the footnote', () => {
    expect(env.docs.batches.map((b) => b.succeeded)).toEqual([true, true]);
    const [left, right] = tablesOf(doc)[0]![0]!;
    expect(left!.split('\n').filter((l) => l !== '')).toEqual(['ĐẢNG BỘ TỈNH GIA LAI', 'HUYỆN ỦY CHƯ PƯH', 'Số: 12/BC/HU']);
    expect(right!.split('\n').filter((l) => l !== '')).toEqual(expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']));
    const rules = paragraphsOf(doc).filter((p) => p.style.borderBottom !== undefined);
    expect(rules.length).toBeGreaterThanOrEqual(3); // under the issuing body, the motto and the summary
    expect(bodyText(doc)).toContain('Xã tiếp nhận 45 đơn');
    expect(footnotesInOrder(doc).map((f) => f.text)).toEqual([' Đã giải quyết 35 đơn.']);
  });

  it('uses the State recipients style (bold italic "Nơi nhận:")', () => {
    const recipientsTitle = paragraphsOf(doc).find((p) => p.text === 'Nơi nhận:')!;
    expect(recipientsTitle.runs[0]!.style).toMatchObject({ bold: true, italic: true, fontSize: { magnitude: 12 } });
  });
});

describe('the Google Docs renderer, on data tables', () => {
  const model = reportFixture();
  let env: GasEnvironment;
  let doc: DocsDocument;
  beforeAll(() => ({ env, doc } = render(model)));

  it('draws a bordered table with a bold, centred header row and the cell texts', () => {
    expect(env.docs.batches.every((b) => b.succeeded)).toBe(true);
    const dataTable = tablesOf(doc)[1]!;
    expect(dataTable[0]).toEqual(['TT', 'Đơn vị', 'Lượt tiếp công dân', 'Đơn tiếp nhận', 'Đã giải quyết']);
    expect(dataTable.at(-1)).toEqual(['', 'Tổng cộng', '69', '55', '52']);
    const table = tableElements(doc)[1]!;
    expect(borderWidths(table).every((w) => w === 0.5)).toBe(true);
    const widths = table.tableStyle!.tableColumnProperties!.map((p) => p.width!.magnitude!);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(467.72, 2);
    const headerCell = paragraphsOf(doc).find((p) => p.inTable && p.text === 'Lượt tiếp công dân')!;
    expect(headerCell.style.alignment).toBe('CENTER');
    expect(headerCell.runs[0]!.style).toMatchObject({ bold: true, fontSize: { magnitude: 13 } });
  });

  it('leaves a 6 pt hairline gap after the table, then carries on with the body', () => {
    const content = doc.body!.content!;
    const tableIndex = content.findIndex((e, i) => e.table && i > 2);
    const gap = content[tableIndex + 1]!.paragraph!;
    expect(gap.paragraphStyle).toMatchObject({ spaceBelow: { magnitude: 6 } });
    expect(gap.elements!.map((e) => e.textRun?.content)).toEqual(['\n']);
    expect(content[tableIndex + 2]!.paragraph!.elements![0]!.textRun!.content).toMatch(/^Ủy ban nhân dân huyện đã ban hành/);
  });

  it('keeps a mark without its footnote visible as a superscript "(n)" rather than dropping it', () => {
    const broken: ReportModel = { ...model, footnotes: model.footnotes.filter((f) => f.number !== 3) };
    const rendered = render(broken).doc;
    expect(footnotesInOrder(rendered)).toHaveLength(3);
    const mark = paragraphsOf(rendered).flatMap((p) => p.runs).find((r) => r.text === '(3)')!;
    expect(mark.style.baselineOffset).toBe('SUPERSCRIPT');
  });
});

describe('the Google Docs renderer, on other shapes of report', () => {
  it('starts straight with text when there is no header block, separates back-to-back tables, and needs no second batch without footnotes', () => {
    const style = { size: 13, align: 'center' as const };
    const table = { type: 'table' as const, header: ['A', 'B'], rows: [['1', '2\nba']], widths: [1, 1], style };
    const model: ReportModel = {
      ...reportFixture(),
      blocks: [
        { type: 'paragraph', role: 'body', runs: [{ type: 'text', text: 'Mở đầu' }], style: { size: 14, align: 'justify' } },
        table,
        table,
        { type: 'columns', role: 'closing', widths: [0.5, 0.5], left: [], right: [] },
      ],
      footnotes: [],
    };
    const { env, doc } = render(model);
    expect(env.calls.countKind('docs')).toBe(2);
    expect(env.docs.batches.map((b) => b.succeeded)).toEqual([true]);
    const content = doc.body!.content!;
    expect(content[1]!.paragraph!.elements![0]!.textRun!.content).toBe('Mở đầu\n');
    // Each data table's 6 pt gap paragraph also separates it from the next table; the document ends in a hairline.
    expect(content.slice(1).map((e) => (e.table ? 'table' : 'paragraph'))).toEqual(['paragraph', 'table', 'paragraph', 'table', 'paragraph', 'table', 'paragraph']);
    // A line break typed in a cell stays inside its paragraph, as Docs' line break.
    expect(tablesOf(doc)[0]![1]).toEqual(['1', '2\u000Bba']);
    expect(tablesOf(doc)[2]).toEqual([['', '']]);
  });
});

describe('the Google Docs renderer, on very long text', () => {
  it('cuts it into inserts that each fit a batch, never inside a surrogate pair, and the text comes out whole', () => {
    const long = `a${'𝟙'.repeat(150_000)}`;
    const model: ReportModel = {
      ...reportFixture(),
      blocks: [{ type: 'paragraph', role: 'body', runs: [{ type: 'text', text: long }], style: { size: 14, align: 'justify' } }],
      footnotes: [],
    };
    const inserts = planBody(model).requests.flatMap((r) => (typeof r.insertText?.text === 'string' ? [r.insertText.text] : []));
    expect(inserts.join('')).toBe(long);
    expect(inserts.length).toBe(4);
    for (const text of inserts) {
      expect(text.length).toBeLessThanOrEqual(MAX_INSERT_CODE_UNITS);
      expect(text.charCodeAt(text.length - 1)).not.toBe(0xd835);
    }
    const { env, doc } = render(model);
    expect(env.docs.batches.every((b) => b.succeeded)).toBe(true);
    // Compared as a boolean: a failing diff of 300,000 characters helps nobody.
    expect(bodyText(doc) === `${long}\n`).toBe(true);
  });
});

describe('the Google Doc it creates', () => {
  it('uses the given title instead of the report’s', () => {
    const { doc } = render(reportFixture(), { title: 'Bản thảo 350' });
    expect(doc.title).toBe('Bản thảo 350');
  });

});

describe('planning the Docs requests', () => {
  it('is pure: the same model gives the same requests, with one createFootnote per anchor', () => {
    const model = exampleModel();
    const plan = planBody(model);
    expect(planBody(model)).toEqual(plan);
    expect(plan.requests[0]!.updateDocumentStyle).toBeDefined();
    expect(plan.requests.filter((r) => r.createFootnote)).toHaveLength(14);
    expect(plan.anchoredFootnotes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('has a plain note for the UI about page numbers, which the API cannot insert', () => {
    expect(PAGE_NUMBER_NOTE).toBe('Google Docs chưa cho phép chèn số trang tự động qua API: vào Chèn › Số trang để thêm.');
  });
});

describe('the Google Docs renderer, on what keeps the layout together', () => {
  const model = exampleModel();
  let env: GasEnvironment;
  let doc: DocsDocument;
  beforeAll(() => ({ env, doc } = render(model)));

  it('marks footnotes in the text as "⁽¹⁾": superscript parentheses around Docs’ own number', () => {
    const paragraph = doc.body!.content!.find((e) => e.paragraph?.elements?.some((el) => el.footnoteReference))!.paragraph!;
    const elements = paragraph.elements!;
    const at = elements.findIndex((e) => e.footnoteReference);
    expect(elements[at - 1]!.textRun!.content!.endsWith('(')).toBe(true);
    expect(elements[at + 1]!.textRun!.content!.startsWith(')')).toBe(true);
    expect(elements[at - 1]!.textRun!.textStyle!.baselineOffset).toBe('SUPERSCRIPT');
    expect(elements[at]!.footnoteReference!.textStyle!.baselineOffset).toBe('SUPERSCRIPT');
  });

  it('keeps document numbers whole with a word joiner after their hyphens, and nowhere else', () => {
    const raw = bodyText(doc, { raw: true });
    expect(raw).toContain('Quyết định số 550-\u2060QĐ/HU');
    expect(raw).toContain('Số 350-\u2060BC/HU');
    expect(raw).toContain('chính trị - xã hội');
    expect(raw).not.toContain('chính trị -\u2060');
    const footnotes = footnotesInOrder(doc).map((f) => f.text).join('');
    expect(footnotes).toContain('529-QĐ/HU');
    const rawFootnote = JSON.stringify(doc.footnotes);
    expect(rawFootnote).toContain('529-\u2060QĐ/HU');
  });

  it('keeps the last paragraph with the signature block, whose row cannot break across pages', () => {
    const content = doc.body!.content!;
    const closingAt = content.map((e) => Boolean(e.table)).lastIndexOf(true);
    const last = content[closingAt - 1]!.paragraph!;
    expect(last.elements!.map((e) => e.textRun?.content ?? '').join('')).toMatch(/^6\. Triển khai thực hiện hiệu quả/);
    expect(last.paragraphStyle!.keepWithNext).toBe(true);
    expect(content[closingAt]!.table!.tableRows!.every((row) => row.tableRowStyle!.preventOverflow === true)).toBe(true);
    // Paragraphs before it still break freely.
    expect(content[closingAt - 2]!.paragraph!.paragraphStyle!.keepWithNext).toBe(false);
  });

  it('gives headings no first-line indent and keeps their lines together', () => {
    const heading = paragraphsOf(doc).find((p) => p.text.startsWith('1. Công tác lãnh đạo, chỉ đạo phổ biến'))!;
    expect(heading.style).toMatchObject({ namedStyleType: 'HEADING_2', indentFirstLine: { magnitude: 0 }, keepWithNext: true, keepLinesTogether: true });
    expect(env.docs.batches.every((b) => b.succeeded)).toBe(true);
  });

  it('tells the user only what Docs cannot show of the Party profile: the page number', () => {
    expect(docsLayoutNotes(model)).toEqual([PAGE_NUMBER_NOTE]);
  });
});

describe('the Google Docs renderer, on the provisional 2026 Party profile', () => {
  const model = compiled({ ...CHU_PUH_2023, settings: { ...CHU_PUH_2023.settings, profile: 'party2026' } });
  let doc: DocsDocument;
  beforeAll(() => ({ doc } = render(model)));

  it('sets what Docs can: the page number 10 mm from the top, a 1 cm indent, and 18 pt lines as the nearest percentage', () => {
    expect(doc.documentStyle).toMatchObject({ marginHeader: { magnitude: 28.35 }, marginLeft: { magnitude: 85.04 }, marginRight: { magnitude: 42.52 } });
    const body = paragraphsOf(doc).find((p) => p.text.startsWith('Sau khi có Quyết định số 23-QĐ/TW'))!;
    expect(body.style).toMatchObject({ indentFirstLine: { magnitude: 28.35 }, lineSpacing: 116 });
    const title = paragraphsOf(doc).find((p) => p.text === 'PHÓ BÍ THƯ')!;
    expect(title.runs[0]!.style.bold).toBe(false);
  });

  it('says in the UI what Docs cannot: mirrored margins and exact line spacing, besides the page number', () => {
    expect(docsLayoutNotes(model)).toEqual([PAGE_NUMBER_NOTE, MIRROR_MARGINS_NOTE, EXACT_LINE_SPACING_NOTE]);
    expect(docsLayoutNotes({ ...model, footnoteMarks: 'parenthesised' })).toContain(FOOTNOTE_MARKS_NOTE);
  });
});
