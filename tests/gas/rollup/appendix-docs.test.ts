/**
 * The appendix (phụ lục số liệu) of a province report in Google Docs, drawn from the children
 * collected into the cache: on a new page after the signature (pageBreakBefore on the heading,
 * which Docs accepts only for a paragraph of the body proper, and the fake refuses elsewhere as
 * Docs does), "PHỤ LỤC" and "(Kèm theo …)", then STT / Đơn vị / one column per indicator, a row
 * per child with its own totals, figures right-aligned, and a bold "Tổng cộng" row equal to the
 * sum of the children.
 */
import { formatNumber } from '../../../src/domain/format';
import { paragraphsOf, tablesOf } from '../../fakes/gas/docs-inspect';
import type { DocsDocument } from '../../../src/gas/surface';
import { sheetsProvince } from './province';

function appendixTable(doc: DocsDocument): { table: NonNullable<NonNullable<DocsDocument['body']>['content']>[number]['table']; texts: string[][] } {
  const elements = (doc.body?.content ?? []).filter((e) => e.table);
  const texts = tablesOf(doc);
  const index = texts.findIndex((t) => t[0]?.[0] === 'STT');
  return { table: elements[index]?.table, texts: texts[index] ?? [] };
}

describe('the appendix in the Google Doc', () => {
  it('starts on a new page with PHỤ LỤC, lists each child with its own figures, and a bold Tổng cộng row that is their sum', () => {
    const p = sheetsProvince(4);
    p.call('baocaoCollectChildren');
    p.call('baocaoGenerateReport');
    const doc = p.env.docs.document(p.env.docs.documentIds()[0]!);

    const paragraphs = paragraphsOf(doc);
    const heading = paragraphs.find((para) => para.text === 'PHỤ LỤC')!;
    expect(heading.style.pageBreakBefore).toBe(true);
    expect(heading.inTable).toBe(false);
    expect(paragraphs.filter((para) => para.style.pageBreakBefore === true)).toHaveLength(1);
    expect(paragraphs[paragraphs.indexOf(heading) + 1]?.text).toMatch(/^\(Kèm theo Báo cáo số /);

    const { table, texts } = appendixTable(doc);
    expect(texts[0]?.slice(0, 2)).toEqual(['STT', 'Đơn vị']);
    const body = texts.slice(1, -1);
    expect(body.map((r) => r[1])).toEqual(p.children.map((c) => c.name));
    const num = (n: number) => formatNumber(n, { zeroPad: false });
    expect(body.map((r) => r[2])).toEqual(p.children.map((c) => num(c.totals['DON_TN']!)));
    const total = texts.at(-1)!;
    expect(total[1]).toBe('Tổng cộng');
    expect(total[2]).toBe(num(p.children.reduce((sum, c) => sum + c.totals['DON_TN']!, 0)));
    expect(total[3]).toBe(num(p.children.reduce((sum, c) => sum + c.totals['DON_GQ']!, 0)));

    const cellParagraph = (row: number, column: number) => table?.tableRows?.[row]?.tableCells?.[column]?.content?.[0]?.paragraph;
    const bold = (row: number, column: number) => cellParagraph(row, column)?.elements?.every((e) => e.textRun?.textStyle?.bold === true);
    const last = (table?.tableRows?.length ?? 0) - 1;
    expect([cellParagraph(1, 0)?.paragraphStyle?.alignment, cellParagraph(1, 1)?.paragraphStyle?.alignment, cellParagraph(1, 2)?.paragraphStyle?.alignment]).toEqual(['CENTER', 'START', 'END']);
    expect(cellParagraph(0, 2)?.paragraphStyle?.alignment).toBe('CENTER');
    expect([bold(0, 1), bold(1, 1), bold(last, 1), bold(last, 2)]).toEqual([true, false, true, true]);
  });

  it('the fake refuses pageBreakBefore inside a table, as Docs does', () => {
    const p = sheetsProvince(1);
    const docs = p.env.globals.Docs!;
    const id = docs.Documents.create({ title: 'x' }).documentId!;
    docs.Documents.batchUpdate({ requests: [{ insertTable: { rows: 1, columns: 1, location: { index: 1 } } }] }, id);
    expect(() =>
      docs.Documents.batchUpdate(
        { requests: [{ updateParagraphStyle: { range: { startIndex: 5, endIndex: 6 }, paragraphStyle: { pageBreakBefore: true }, fields: 'pageBreakBefore' } }] },
        id,
      ),
    ).toThrow(/pageBreakBefore cannot be updated/);
  });
});
