/** Behaviour of the .docx renderer, read back from the XML parts of the file it writes. */
import JSZip from 'jszip';
import type { Inline, ReportModel } from '../../src/domain/report/model';
import { PARTY_PROFILE } from '../../src/domain/report/profiles';
import { renderDocx } from '../../src/local/docx-renderer';
import { reportFixture } from '../support/report-fixture';

interface Parts {
  readonly names: ReadonlyArray<string>;
  readonly document: string;
  readonly styles: string;
  readonly footnotes: string;
  readonly core: string;
  readonly rels: string;
  part(name: string): Promise<string>;
}

async function render(model: ReportModel = reportFixture()): Promise<Parts> {
  const zip = await JSZip.loadAsync(await renderDocx(model));
  const part = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (file === null) throw new Error(`${name} is missing`);
    return file.async('string');
  };
  return {
    names: Object.keys(zip.files),
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    footnotes: await part('word/footnotes.xml'),
    core: await part('docProps/core.xml'),
    rels: await part('word/_rels/document.xml.rels'),
    part,
  };
}

// --- A tiny reader for the WordprocessingML the renderer writes (no nesting of like elements). ---

const all = (xml: string, pattern: RegExp): string[] => [...xml.matchAll(pattern)].map((m) => m[0]);
const paragraphsOf = (xml: string): string[] => all(xml, /<w:p(?=[ >])[\s\S]*?<\/w:p>/g);
const tablesOf = (xml: string): string[] => all(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/g);
const runsOf = (xml: string): string[] => all(xml, /<w:r>[\s\S]*?<\/w:r>/g);
const attr = (element: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
const decode = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** Run texts, a non-breaking hyphen read as the "-" it shows. */
const textsOf = (xml: string): string[] =>
  [...xml.replace(/<w:noBreakHyphen\/>/g, '<w:t>-</w:t>').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? ''));
const textOf = (xml: string): string => textsOf(xml).join('');

function paragraphWith(xml: string, text: string): string {
  const found = paragraphsOf(xml).find((p) => textOf(p).includes(text));
  if (found === undefined) throw new Error(`no paragraph contains "${text}"`);
  return found;
}

/** The paragraph right after the one containing `text`. */
function paragraphAfter(xml: string, text: string): string {
  const paragraphs = paragraphsOf(xml);
  const index = paragraphs.findIndex((p) => textOf(p).includes(text));
  const next = paragraphs[index + 1];
  if (index < 0 || next === undefined) throw new Error(`no paragraph after "${text}"`);
  return next;
}

function runWith(xml: string, text: string): string {
  const found = runsOf(xml).find((r) => textOf(r) === text);
  if (found === undefined) throw new Error(`no run reads "${text}"`);
  return found;
}

const element = (xml: string, name: string): string | undefined => new RegExp(`<${name}(?=[ />])[^>]*>`).exec(xml)?.[0];
const mmToTwips = (mm: number): number => Math.round((mm / 25.4) * 1440);

/** Footnote ids in footnotes.xml, without the separator (-1) and continuation separator (0). */
function footnoteIds(footnotesXml: string): number[] {
  return all(footnotesXml, /<w:footnote [^>]*>/g)
    .map((tag) => Number(attr(tag, 'w:id')))
    .filter((id) => id > 0);
}

const referenceIds = (documentXml: string): number[] =>
  all(documentXml, /<w:footnoteReference [^>]*>/g).map((tag) => Number(attr(tag, 'w:id')));

function footnoteById(footnotesXml: string, id: number): string {
  const found = new RegExp(`<w:footnote w:id="${id}">[\\s\\S]*?</w:footnote>`).exec(footnotesXml)?.[0];
  if (found === undefined) throw new Error(`no footnote ${id}`);
  return found;
}

/** The fixture with one more body paragraph before the signature block. */
function withLastParagraph(runs: ReadonlyArray<Inline>): ReportModel {
  const model = reportFixture();
  const body = { type: 'paragraph' as const, role: 'body' as const, runs, style: PARTY_PROFILE.body };
  return { ...model, blocks: [...model.blocks.slice(0, -1), body, ...model.blocks.slice(-1)] };
}

function decomposed(model: ReportModel): ReportModel {
  const nfd = (runs: ReadonlyArray<Inline>): Inline[] => runs.map((r) => (r.type === 'text' ? { ...r, text: r.text.normalize('NFD') } : r));
  return {
    ...model,
    title: model.title.normalize('NFD'),
    blocks: model.blocks.map((b) => {
      if (b.type === 'paragraph') return { ...b, runs: nfd(b.runs) };
      if (b.type === 'columns') {
        return { ...b, left: b.left.map((p) => ({ ...p, runs: nfd(p.runs) })), right: b.right.map((p) => ({ ...p, runs: nfd(p.runs) })) };
      }
      return { ...b, header: b.header.map((h) => h.normalize('NFD')), rows: b.rows.map((r) => r.map((c) => c.normalize('NFD'))) };
    }),
    footnotes: model.footnotes.map((f) => ({ ...f, runs: nfd(f.runs) })),
  };
}

describe('renderDocx', () => {
  let parts: Parts;
  beforeAll(async () => {
    parts = await render();
  });

  it('writes a zip that opens and holds the main document, footnotes and headers', () => {
    expect(parts.names).toEqual(expect.arrayContaining(['word/document.xml', 'word/footnotes.xml', 'word/styles.xml', '[Content_Types].xml']));
    expect(parts.document).toContain('<w:body>');
  });

  it('sets an A4 page with the Party margins, converted from millimetres to twips', () => {
    const { page } = PARTY_PROFILE;
    const size = element(parts.document, 'w:pgSz') ?? '';
    expect(attr(size, 'w:w')).toBe('11906');
    expect(attr(size, 'w:h')).toBe('16838');
    expect(attr(size, 'w:w')).toBe(String(mmToTwips(page.widthMm)));

    const margins = element(parts.document, 'w:pgMar') ?? '';
    expect(attr(margins, 'w:top')).toBe('1134');
    expect(attr(margins, 'w:bottom')).toBe('1134');
    expect(attr(margins, 'w:left')).toBe('1701');
    expect(attr(margins, 'w:right')).toBe('850');
  });

  it('makes Times New Roman the default font for every script, at the body size, in Vietnamese', () => {
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(parts.styles)?.[0] ?? '';
    const fonts = element(defaults, 'w:rFonts') ?? '';
    for (const script of ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs']) expect(attr(fonts, script)).toBe('Times New Roman');
    expect(attr(element(defaults, 'w:sz') ?? '', 'w:val')).toBe('28');
    expect(attr(element(defaults, 'w:lang') ?? '', 'w:val')).toBe('vi-VN');
  });

  it('lays body paragraphs out justified, at 14 pt, with a 1.27 cm first-line indent and 6 pt after', () => {
    const body = paragraphWith(parts.document, 'Người đứng đầu cấp ủy');
    expect(attr(element(body, 'w:jc') ?? '', 'w:val')).toBe('both');
    expect(attr(element(body, 'w:ind') ?? '', 'w:firstLine')).toBe('720');
    expect(attr(element(body, 'w:spacing') ?? '', 'w:after')).toBe('120');
    for (const run of runsOf(body)) expect(attr(element(run, 'w:sz') ?? '', 'w:val')).toBe('28');
  });

  it('keeps headings with what follows and sets their weight from the profile', () => {
    const part = paragraphWith(parts.document, 'I- TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN');
    expect(part).toContain('<w:keepNext/>');
    expect(runWith(parts.document, 'I- TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN')).toContain('<w:b/>');
  });

  it('writes bold, italic and underlined runs where the model has them', () => {
    expect(runWith(parts.document, 'tập trung thực hiện nghiêm')).toContain('<w:b/>');
    expect(runWith(parts.document, 'tiếp công dân định kỳ')).toContain('<w:i/>');
    expect(runWith(parts.document, 'tiếp công dân định kỳ')).not.toContain('<w:b/>');
    expect(runWith(parts.document, 'Nơi nhận:')).toContain('<w:u w:val="single"/>');
    expect(runWith(parts.document, 'Chư Pưh, ngày 16 tháng 3 năm 2023')).toContain('<w:i/>');
  });

  it('draws a centred rule under the national title and the summary, as wide as the given fraction of the column', () => {
    const textWidth = mmToTwips(210 - 30 - 15);
    const rightColumn = textWidth - Math.round(textWidth * PARTY_PROFILE.headerWidths[0]);
    const cases = [
      { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', column: rightColumn, fraction: PARTY_PROFILE.nationalTitle.ruleBelow?.widthFraction ?? 0 },
      { text: 'kết quả công tác tiếp công dân', column: textWidth, fraction: PARTY_PROFILE.summary.ruleBelow?.widthFraction ?? 0 },
    ];
    for (const { text, column, fraction } of cases) {
      const rule = paragraphAfter(parts.document, text);
      expect(textOf(rule)).toBe('');
      expect(attr(element(rule, 'w:bottom') ?? '', 'w:val')).toBe('single');
      const indent = element(rule, 'w:ind') ?? '';
      const side = Math.round((column * (1 - fraction)) / 2);
      expect(attr(indent, 'w:left')).toBe(String(side));
      expect(attr(indent, 'w:right')).toBe(String(side));
      // The text stays with its rule, and keeps the full width of its column.
      const titled = paragraphWith(parts.document, text);
      expect(titled).toContain('<w:keepNext/>');
      expect(element(titled, 'w:ind')).toBeUndefined();
    }
  });

  it('lays the header and signature blocks out as two-column tables without any border', () => {
    const tables = tablesOf(parts.document);
    const blocks = [tables[0] ?? '', tables[tables.length - 1] ?? ''];
    expect(textOf(blocks[0] ?? '')).toContain('HUYỆN ỦY CHƯ PƯH');
    expect(textOf(blocks[1] ?? '')).toContain('Nguyễn Huy Châu');
    for (const table of blocks) {
      const columns = all(table, /<w:gridCol [^>]*>/g).map((c) => Number(attr(c, 'w:w')));
      expect(columns).toHaveLength(2);
      expect(columns.reduce((a, b) => a + b, 0)).toBe(mmToTwips(165));
      expect(table).not.toContain('<w:tblStyle');
      const borderSets = all(table, /<w:(tblBorders|tcBorders)>[\s\S]*?<\/w:\1>/g);
      expect(borderSets).toHaveLength(1 + 2);
      const sides = borderSets.flatMap((set) => all(set, /<w:(?:top|bottom|left|right|insideH|insideV) [^>]*>/g));
      expect(sides).toHaveLength(6 + 4 * 2);
      for (const side of sides) expect(['nil', 'none']).toContain(attr(side, 'w:val'));
    }
  });

  it('draws the data table with borders and a bold header row repeated on each page', () => {
    const table = tablesOf(parts.document).find((t) => textOf(t).includes('Đơn vị')) ?? '';
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)?.[0] ?? '';
    for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) {
      expect(attr(element(borders, `w:${side}`) ?? '', 'w:val')).toBe('single');
    }
    const [headerRow, firstRow] = all(table, /<w:tr>[\s\S]*?<\/w:tr>/g);
    expect(headerRow).toContain('<w:tblHeader/>');
    for (const run of runsOf(headerRow ?? '')) expect(run).toContain('<w:b/>');
    expect(textsOf(firstRow ?? '')).toEqual(['1', 'Ủy ban nhân dân huyện', '42', '37', '35']);
    expect(runWith(firstRow ?? '', '42')).not.toContain('<w:b/>');
  });

  it('turns every footnote anchor into a real Word footnote, referenced exactly once and in order', () => {
    const numbers = reportFixture().footnotes.map((f) => f.number);
    expect(numbers.length).toBeGreaterThanOrEqual(3);
    expect(footnoteIds(parts.footnotes)).toEqual(numbers);
    expect(referenceIds(parts.document)).toEqual(numbers);
    expect(parts.rels).toContain('Target="footnotes.xml"');
  });

  it('writes each footnote text at 12 pt after its automatic number', () => {
    for (const footnote of reportFixture().footnotes) {
      const note = footnoteById(parts.footnotes, footnote.number);
      expect(note).toContain('<w:footnoteRef/>');
      const expected = footnote.runs.map((r) => (r.type === 'text' ? r.text : '')).join('');
      expect(textOf(note).trim()).toBe(expected);
      for (const run of runsOf(note).filter((r) => textOf(r).trim() !== '')) expect(attr(element(run, 'w:sz') ?? '', 'w:val')).toBe('24');
    }
  });

  it('marks footnotes in the text as "(n)": superscript parentheses around the automatic number', () => {
    const runs = runsOf(parts.document);
    const anchors = runs.flatMap((run, i) => (run.includes('<w:footnoteReference') ? [i] : []));
    expect(anchors).toHaveLength(reportFixture().footnotes.length);
    for (const i of anchors) {
      expect(textOf(runs[i - 1] ?? '')).toBe('(');
      expect(textOf(runs[i + 1] ?? '')).toBe(')');
      for (const run of [runs[i - 1], runs[i], runs[i + 1]]) expect(run).toContain('<w:rStyle w:val="FootnoteReference"/>');
    }
  });

  it('gives the footnote its own mark in parentheses only when the model asks for ⁽¹⁾ marks, as only Word shows it so', async () => {
    const plainMark = runsOf(footnoteById(parts.footnotes, 1));
    expect(textOf(plainMark[0] ?? '')).toBe('');
    expect(plainMark[0]).toContain('<w:footnoteRef/>');

    const { footnotes } = await render({ ...reportFixture(), footnoteMarks: 'parenthesised' });
    const runs = runsOf(footnoteById(footnotes, 1));
    expect(runs.slice(0, 3).map(textOf)).toEqual(['(', '', ')']);
    expect(runs[1]).toContain('<w:footnoteRef/>');
  });

  it('numbers pages at the top centre from page 2: a PAGE field in the default header, an empty first-page header', async () => {
    const section = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(parts.document)?.[0] ?? '';
    expect(section).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(?:true|1)"\/>/);
    const target = (type: string): string => {
      const id = attr(element(section, `w:headerReference w:type="${type}"`) ?? '', 'r:id');
      const relationship = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(parts.rels)?.[0] ?? '';
      return `word/${attr(relationship, 'Target')}`;
    };
    const header = await parts.part(target('default'));
    expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/);
    expect(attr(element(header, 'w:jc') ?? '', 'w:val')).toBe('center');
    expect(attr(element(header, 'w:sz') ?? '', 'w:val')).toBe(String(PARTY_PROFILE.page.pageNumbers.size * 2));
    const firstPage = await parts.part(target('first'));
    expect(firstPage).not.toContain('PAGE');
  });

  it('numbers the first page too when the model asks for numbers from page 1', async () => {
    const model = reportFixture();
    const { document } = await render({ ...model, page: { ...model.page, pageNumbers: { ...model.page.pageNumbers, fromPage: 1 } } });
    const section = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(document)?.[0] ?? '';
    expect(section).not.toMatch(/<w:titlePg\/>|<w:titlePg w:val="(?:true|1|on)"\/>/);
    expect(section).not.toMatch(/<w:headerReference w:type="first"/);
    expect(section).toMatch(/<w:headerReference w:type="default"/);
  });

  it('writes every text in NFC, even when the model holds decomposed Vietnamese', async () => {
    const rendered = await render(decomposed(reportFixture()));
    const texts = [...textsOf(rendered.document), ...textsOf(rendered.footnotes)];
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(text).toBe(text.normalize('NFC'));
    expect(texts).toContain('HUYỆN ỦY CHƯ PƯH');
    expect(rendered.core).toContain('<dc:title>Báo cáo 350-BC/HU</dc:title>');
  });

  it('records the title, the creator and the language in the core properties', () => {
    expect(parts.core).toContain('<dc:title>Báo cáo 350-BC/HU</dc:title>');
    expect(parts.core).toContain('<dc:creator>baocao</dc:creator>');
    expect(parts.core).toContain('<dc:language>vi-VN</dc:language>');
  });

  it('keeps the file sound when an anchor has no footnote or repeats one: the mark stays as plain text', async () => {
    const model = withLastParagraph([
      { type: 'text', text: 'Lặp lại' },
      { type: 'footnote', number: 1 },
      { type: 'text', text: ' và không có' },
      { type: 'footnote', number: 9 },
    ]);
    const { document, footnotes } = await render(model);
    const ids = referenceIds(document);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => footnoteIds(footnotes).includes(id))).toBe(true);
    expect(textOf(paragraphWith(document, 'Lặp lại'))).toBe('Lặp lại(1) và không có(9)');
  });

  it('sizes the empty spacer lines of the signature block like the signer title', () => {
    const closing = tablesOf(parts.document).pop() ?? '';
    const spacers = paragraphsOf(closing).filter((p) => textOf(p) === '');
    expect(spacers).toHaveLength(PARTY_PROFILE.signatureSpaceLines);
    for (const spacer of spacers) expect(attr(element(spacer, 'w:sz') ?? '', 'w:val')).toBe('28');
  });

  it('keeps the last paragraph with the signature block: keep-with-next on it, widow control, and a block row that cannot split', () => {
    const beforeClosing = parts.document.slice(0, parts.document.lastIndexOf('<w:tbl>'));
    const lastParagraph = paragraphsOf(beforeClosing).at(-1) ?? '';
    expect(textOf(lastParagraph)).toMatch(/^Trên đây là báo cáo/);
    expect(lastParagraph).toContain('<w:keepNext/>');
    expect(lastParagraph).toContain('<w:widowControl/>');
    const closing = tablesOf(parts.document).at(-1) ?? '';
    expect(closing).toContain('<w:cantSplit/>');
    // Only that paragraph: earlier body paragraphs may still break across pages freely.
    expect(paragraphWith(parts.document, 'Người đứng đầu cấp ủy')).not.toContain('<w:keepNext/>');
  });

  it('never lets a document number break at its hyphen: in the header, the text and the footnotes', async () => {
    const model = withLastParagraph([{ type: 'text', text: 'Theo Kế hoạch 15/KH-UBND và Chương trình 06-CTr/BDVHU-BCHQSH-CAH; chủ nghĩa Mác-Lênin, kinh tế - xã hội.' }]);
    const { document, footnotes } = await render(model);
    const header = tablesOf(document)[0] ?? '';
    expect(header).toMatch(/Số 350<\/w:t><w:noBreakHyphen\/><w:t[^>]*>BC\/HU/);
    const paragraph = paragraphWith(document, 'Theo Kế hoạch');
    expect(textOf(paragraph)).toBe('Theo Kế hoạch 15/KH-UBND và Chương trình 06-CTr/BDVHU-BCHQSH-CAH; chủ nghĩa Mác-Lênin, kinh tế - xã hội.');
    expect(all(paragraph, /<w:noBreakHyphen\/>/g)).toHaveLength(1 + 3);
    // Words joined by a hyphen and spaced dashes keep an ordinary hyphen.
    expect(textsOf(paragraph).join('|')).toContain('Mác-Lênin, kinh tế - xã hội.');
    expect(footnoteById(footnotes, 1)).toMatch(/12<\/w:t><w:noBreakHyphen\/><w:t[^>]*>KH\/HU/);
    expect(footnotes).toMatch(/529\/QĐ<\/w:t><w:noBreakHyphen\/><w:t[^>]*>UBND/);
  });

  it('gives headings Word’s Heading 1–4 styles, defined with the profile’s look and outline levels, and no first-line indent', () => {
    const heading = paragraphWith(parts.document, 'I- TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN');
    expect(heading).toContain('<w:pStyle w:val="Heading1"/>');
    expect(attr(element(heading, 'w:ind') ?? '', 'w:firstLine')).toBe('0');
    const style = /<w:style [^>]*w:styleId="Heading1"[^>]*>[\s\S]*?<\/w:style>/.exec(parts.styles)?.[0] ?? '';
    expect(style).toContain('<w:outlineLvl w:val="0"/>');
    expect(style).toContain('<w:keepNext/>');
    expect(style).toContain('<w:b/>');
    expect(attr(element(style, 'w:sz') ?? '', 'w:val')).toBe('28');
    expect(attr(element(style, 'w:color') ?? '', 'w:val')).toBe('000000');
    expect(attr(element(style, 'w:ind') ?? '', 'w:firstLine')).toBe('0');
    const level2 = /<w:style [^>]*w:styleId="Heading2"[^>]*>[\s\S]*?<\/w:style>/.exec(parts.styles)?.[0] ?? '';
    expect(level2).toContain('<w:outlineLvl w:val="1"/>');
  });

  it('writes separator notes that hold only the separator, as Word does, in footnotes.xml and endnotes.xml', async () => {
    const endnotes = await parts.part('word/endnotes.xml');
    for (const [xml, kind] of [[parts.footnotes, 'footnote'], [endnotes, 'endnote']] as const) {
      const separators = all(xml, new RegExp(`<w:${kind} w:type="(?:separator|continuationSeparator)"[\\s\\S]*?</w:${kind}>`, 'g'));
      expect(separators).toHaveLength(2);
      for (const note of separators) {
        expect(note).not.toMatch(/<w:(?:footnoteRef|endnoteRef)\/>/);
        expect(runsOf(note)).toEqual([expect.stringMatching(/^<w:r><w:(?:separator|continuationSeparator)\/><\/w:r>$/)]);
      }
    }
    // The real footnotes keep their automatic number.
    expect(footnoteById(parts.footnotes, 1)).toContain('<w:footnoteRef/>');
  });

  it('mirrors the margins for two-sided printing only when the page asks for it', async () => {
    expect(await parts.part('word/settings.xml')).not.toContain('mirrorMargins');
    const model = reportFixture();
    const mirrored = await render({ ...model, page: { ...model.page, mirrorMargins: true } });
    const settings = await mirrored.part('word/settings.xml');
    expect(settings).toMatch(/<w:displayBackgroundShape\/><w:mirrorMargins\/><w:defaultTabStop/);
    expect(mirrored.footnotes).toBe(parts.footnotes);
  });
});

describe('the appendix (phụ lục) in .docx', () => {
  const body = PARTY_PROFILE.body;
  const appendixModel = (): ReportModel => {
    const base = reportFixture();
    return {
      ...base,
      blocks: [
        ...base.blocks,
        { type: 'paragraph', role: 'appendix', runs: [{ type: 'text', text: 'PHỤ LỤC' }], style: { ...body, align: 'center', bold: true, pageBreakBefore: true } },
        {
          type: 'table',
          header: ['STT', 'Đơn vị', 'Số đơn'],
          rows: [
            ['1', 'Xã A', '12'],
            ['2', 'Xã B', '30'],
            ['', 'Tổng cộng', '42'],
          ],
          widths: [1, 6, 3],
          style: { ...body, firstLineIndentCm: undefined },
          columnAlign: ['center', 'left', 'right'],
          totalRow: true,
        },
      ],
    };
  };

  it('starts the appendix on a new page', async () => {
    const { document } = await render(appendixModel());
    expect(paragraphWith(document, 'PHỤ LỤC')).toContain('<w:pageBreakBefore/>');
    expect(paragraphsOf(document).filter((p) => p.includes('<w:pageBreakBefore/>'))).toHaveLength(1);
  });

  it('aligns each column its own way and draws the total row bold, the header staying centred', async () => {
    const { document } = await render(appendixModel());
    const table = tablesOf(document).find((t) => textOf(t).includes('Xã A'))!;
    const jc = (text: string) => attr(/<w:jc [^>]*\/>/.exec(paragraphWith(table, text))?.[0] ?? '', 'w:val');
    expect([jc('Xã A'), jc('12')]).toEqual(['left', 'right']);
    expect(jc('Số đơn')).toBe('center');
    const boldRuns = (text: string) => runsOf(paragraphWith(table, text)).every((r) => /<w:b\/>|<w:b w:val="true"\/>/.test(r));
    expect(boldRuns('Tổng cộng')).toBe(true);
    expect(boldRuns('42')).toBe(true);
    expect(boldRuns('Xã B')).toBe(false);
  });
});
