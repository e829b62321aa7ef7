/**
 * The example's report as .docx, checked inside the file: A4, the Party profile's margins,
 * Times New Roman, 14 pt body, fourteen real footnotes each referenced once, all text NFC.
 */
import JSZip from 'jszip';
import { compileReport } from '../../src/domain/report/compile';
import { validateWorkbook } from '../../src/domain/validate/validate';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { renderDocx } from '../../src/local/docx-renderer';
import { rawOf } from '../support/raw';

async function exampleDocx(): Promise<{ document: string; footnotes: string; styles: string }> {
  const model = compileReport(validateWorkbook(rawOf(CHU_PUH_2023)).lookup).model!;
  const zip = await JSZip.loadAsync(await renderDocx(model));
  const read = (name: string) => zip.file(name)!.async('string');
  return { document: await read('word/document.xml'), footnotes: await read('word/footnotes.xml'), styles: await read('word/styles.xml') };
}

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');

describe('the example report as .docx', () => {
  let docx: { document: string; footnotes: string; styles: string };
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
});
