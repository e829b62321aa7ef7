/**
 * The example's report as .docx, checked inside the file: A4, the Party profile's margins,
 * Times New Roman, 14 pt body, fourteen real footnotes each referenced once, all text NFC; its
 * outline as Word headings; and the same report under the State and the provisional 2026 Party
 * profiles.
 */
import JSZip from 'jszip';
import { compileReport } from '../../src/domain/report/compile';
import { validateWorkbook } from '../../src/domain/validate/validate';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import type { ProfileId } from '../../src/domain/contract/tables';
import { renderDocx } from '../../src/local/docx-renderer';
import { rawOf } from '../support/raw';

interface ExampleDocx {
  document: string;
  footnotes: string;
  styles: string;
  settings: string;
  /** The header part that holds the PAGE field. */
  pageNumberHeader: string;
}

async function exampleDocx(profile: ProfileId = 'party'): Promise<ExampleDocx> {
  const data = { ...CHU_PUH_2023, settings: { ...CHU_PUH_2023.settings, profile } };
  const model = compileReport(validateWorkbook(rawOf(data)).lookup).model!;
  const zip = await JSZip.loadAsync(await renderDocx(model));
  const read = (name: string) => zip.file(name)!.async('string');
  return {
    document: await read('word/document.xml'),
    footnotes: await read('word/footnotes.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    pageNumberHeader: (await Promise.all(zip.file(/^word\/header\d+\.xml$/).map((f) => f.async('string')))).find((h) => h.includes('PAGE')) ?? '',
  };
}

const paragraphs = (xml: string): string[] => [...xml.matchAll(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
const textOf = (xml: string): string => texts(xml.replace(/<w:noBreakHyphen\/>/g, '<w:t>-</w:t>')).join('');
const styleXml = (styles: string, id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');

describe('the example report as .docx', () => {
  let docx: ExampleDocx;
  beforeAll(async () => {
    docx = await exampleDocx();
  });

  it('has A4 pages with the Party margins (top/bottom 20 mm, left 30 mm, right 15 mm)', () => {
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(docx.document)?.[1] ?? '';
    expect(margins).toMatch(/w:top="1134"/);
    expect(margins).toMatch(/w:bottom="1134"/);
    expect(margins).toMatch(/w:left="1701"/);
    expect(margins).toMatch(/w:right="850"/);
  });

  it('sets Times New Roman and a 14 pt body', () => {
    expect(docx.styles).toMatch(/w:ascii="Times New Roman"/);
    expect(docx.styles).toMatch(/<w:sz w:val="28"\/>/);
  });

  it('holds fourteen real footnotes, each referenced exactly once, in order', () => {
    const defined = [...docx.footnotes.matchAll(/<w:footnote [^>]*w:id="(\d+)"/g)].map((m) => Number(m[1])).filter((id) => id > 0);
    const referenced = [...docx.document.matchAll(/<w:footnoteReference w:id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(defined).toHaveLength(14);
    expect(referenced).toEqual(defined);
    expect(texts(docx.footnotes).join('')).toContain('đạt tỷ lệ 85,48%');
  });

  it('writes every piece of text in NFC', () => {
    for (const t of [...texts(docx.document), ...texts(docx.footnotes)]) expect(t).toBe(t.normalize('NFC'));
  });

  it('marks every section heading of the outline as a Word heading of its level, none indented', () => {
    const headings = paragraphs(docx.document).filter((p) => p.includes('<w:pStyle w:val="Heading'));
    expect(headings.length).toBeGreaterThan(20);
    const levels = headings.map((p) => /w:val="Heading(\d)"/.exec(p)?.[1]);
    expect(new Set(levels)).toEqual(new Set(['1', '2', '3']));
    const first = headings[0] ?? '';
    expect(textOf(first)).toBe('I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO TRIỂN KHAI THỰC HIỆN');
    for (const heading of headings) expect(heading).toMatch(/w:firstLine="0"/);
    for (const id of ['Heading1', 'Heading2', 'Heading3']) expect(styleXml(docx.styles, id)).toContain('<w:outlineLvl');
  });

  it('writes the numbers it cites with non-breaking hyphens (550-QĐ/HU broke at its hyphen before)', () => {
    const body = textOf(docx.document);
    expect(body).toContain('Quyết định số 550-QĐ/HU');
    expect(docx.document).toMatch(/550<\/w:t><w:noBreakHyphen\/><w:t[^>]*>QĐ\/HU/);
    for (const t of texts(docx.document)) expect(t).not.toMatch(/\d-[A-ZĐ]/);
  });

  it('keeps the last paragraph ("6. Triển khai…") with the signature block', () => {
    const beforeClosing = docx.document.slice(0, docx.document.lastIndexOf('<w:tbl>'));
    const last = paragraphs(beforeClosing).at(-1) ?? '';
    expect(textOf(last)).toMatch(/^6\. Triển khai thực hiện hiệu quả/);
    expect(last).toContain('<w:keepNext/>');
  });
});

describe('the example report under the provisional 2026 Party profile', () => {
  let docx: ExampleDocx;
  beforeAll(async () => {
    docx = await exampleDocx('party2026');
  });

  it('mirrors 20/20/30/15 mm margins for two-sided printing and puts the page number 10 mm from the top', () => {
    expect(docx.settings).toContain('<w:mirrorMargins/>');
    const margins = /<w:pgMar ([^>]*)\/>/.exec(docx.document)?.[1] ?? '';
    for (const expected of ['w:top="1134"', 'w:bottom="1134"', 'w:left="1701"', 'w:right="850"', 'w:header="567"']) expect(margins).toContain(expected);
  });

  it('sets the body at exactly 18 pt line spacing with a 1 cm first-line indent', () => {
    const body = paragraphs(docx.document).find((p) => textOf(p).startsWith('Sau khi có Quyết định số 23-QĐ/TW')) ?? '';
    expect(body).toMatch(/<w:spacing [^>]*w:line="360"[^>]*w:lineRule="exact"/);
    expect(body).toMatch(/w:firstLine="567"/);
  });

  it('writes the signer’s title in capitals, not bold', () => {
    const title = paragraphs(docx.document).find((p) => textOf(p) === 'PHÓ BÍ THƯ') ?? '';
    expect(title).not.toContain('<w:b/>');
    const name = paragraphs(docx.document).find((p) => textOf(p) === 'Nguyễn Huy Châu') ?? '';
    expect(name).toContain('<w:b/>');
  });

  it('numbers pages at 14 pt, where the 36-HD/VPTW profile, still selectable and unchanged, uses 13 pt and no mirrored margins', async () => {
    const pageNumberSize = (header: string) => /<w:sz w:val="(\d+)"/.exec(header)?.[1];
    expect(pageNumberSize(docx.pageNumberHeader)).toBe('28');
    const party = await exampleDocx('party');
    expect(pageNumberSize(party.pageNumberHeader)).toBe('26');
    expect(party.settings).not.toContain('mirrorMargins');
  });
});
