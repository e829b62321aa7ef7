/**
 * Behaviour of the fake Docs service: requests in one batch see each other's index shifts,
 * footnotes are created in the body with their own segment, a bad request anywhere leaves the
 * document untouched, malformed requests are rejected the way the API rejects them, tables
 * have the API's index layout, and document style and headers can be set.
 */
import type { DocsRequest } from '../../../src/gas/surface';
import { ENUMS, MASKABLE_FIELDS, SUPPORTED_REQUEST_KINDS, UNIMPLEMENTED_REQUEST_KINDS } from './docs-requests';
import { conformanceProblems, publishedDocsSchema, schemaFields, writableFields } from './docs-schema';
import { bodyEndIndex, bodyText, createGasEnvironment, footnotesInOrder, paragraphsOf, tablesOf } from './index';

function newDocument(initialText?: string) {
  const env = createGasEnvironment();
  const docs = env.globals.Docs!;
  const id = docs.Documents.create({ title: 'Báo cáo' }).documentId!;
  if (initialText) docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: initialText } }] }, id);
  const update = (...requests: DocsRequest[]) => docs.Documents.batchUpdate({ requests }, id);
  return { env, docs, id, update, read: () => env.docs.document(id) };
}

describe('fake Docs: a new document', () => {
  it('starts as a section break and one empty paragraph, ending at index 2', () => {
    const { read } = newDocument();
    const doc = read();
    expect(doc.body!.content).toEqual([
      expect.objectContaining({ endIndex: 1, sectionBreak: expect.any(Object) }),
      expect.objectContaining({ startIndex: 1, endIndex: 2, paragraph: expect.any(Object) }),
    ]);
    expect(doc.body!.content![0]!.startIndex).toBeUndefined();
    expect(bodyText(doc)).toBe('\n');
  });
});

describe('fake Docs: index shifting within one batch', () => {
  it('applies requests in order, each seeing the indexes left by the previous ones', () => {
    const { update, read } = newDocument();
    update(
      { insertText: { location: { index: 1 }, text: 'Hello\n' } },
      { insertText: { endOfSegmentLocation: {}, text: 'World' } },
      { updateTextStyle: { range: { startIndex: 1, endIndex: 6 }, textStyle: { bold: true }, fields: 'bold' } },
      { insertText: { location: { index: 1 }, text: '¡' } },
    );
    const doc = read();
    expect(bodyText(doc)).toBe('¡Hello\nWorld\n');
    const [first, second] = paragraphsOf(doc);
    expect(first).toMatchObject({ text: '¡Hello', startIndex: 1, endIndex: 8 });
    expect(first!.runs).toEqual([
      { text: '¡Hello', style: { bold: true } },
      { text: '\n', style: {} },
    ]);
    expect(second).toMatchObject({ text: 'World', startIndex: 8, endIndex: 14 });
    expect(bodyEndIndex(doc)).toBe(14);
  });

  it('names the failing request, with indexes as they stand after the earlier requests', () => {
    const { update } = newDocument();
    expect(() =>
      update({ insertText: { location: { index: 1 }, text: 'abc' } }, { insertText: { location: { index: 120 }, text: 'x' } }),
    ).toThrow('Invalid requests[1].insertText: Index 120 must be less than the end index of the referenced segment, 5.');
  });

  it('counts UTF-16 code units, as the API does', () => {
    const { update, read } = newDocument();
    update({ insertText: { location: { index: 1 }, text: 'Việt 😀' } });
    expect(bodyEndIndex(read())).toBe(1 + 'Việt 😀'.length + 1);
  });
});

describe('fake Docs: atomic batches', () => {
  it('leaves the document unchanged when any request in the batch fails', () => {
    const { update, read, env } = newDocument('Giữ nguyên');
    const before = read();
    expect(() =>
      update(
        { insertText: { location: { index: 1 }, text: 'Mất ' } },
        { createFootnote: { location: { index: 2 } } },
        { updateParagraphStyle: { range: { startIndex: 1, endIndex: 3 }, paragraphStyle: { alignment: 'CENTER' }, fields: '' } },
      ),
    ).toThrow(/Invalid requests\[2\]\.updateParagraphStyle: At least one field must be listed in 'fields'/);
    expect(read()).toEqual(before);
    expect(env.docs.batches.at(-1)).toMatchObject({ succeeded: false, requestKinds: ['insertText', 'createFootnote', 'updateParagraphStyle'] });
  });

  it('leaves the styles, bullets and tables of earlier batches as they were when a later batch fails', () => {
    const { update, read } = newDocument('Một\nHai\n');
    update(
      { updateTextStyle: { range: { startIndex: 1, endIndex: 4 }, textStyle: { bold: true }, fields: 'bold' } },
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 5 }, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' } },
      { createParagraphBullets: { range: { startIndex: 5, endIndex: 8 }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } },
      { insertTable: { location: { index: 9 }, rows: 1, columns: 2 } },
    );
    const before = read();
    const tableStart = before.body!.content!.find((e) => e.table)!.startIndex!;
    expect(() =>
      update(
        { updateTextStyle: { range: { startIndex: 1, endIndex: 4 }, textStyle: { italic: true }, fields: 'bold,italic' } },
        { updateParagraphStyle: { range: { startIndex: 1, endIndex: 5 }, paragraphStyle: { alignment: 'END' }, fields: 'alignment' } },
        { deleteParagraphBullets: { range: { startIndex: 5, endIndex: 8 } } },
        { updateTableCellStyle: { tableStartLocation: { index: tableStart }, tableCellStyle: { paddingTop: { magnitude: 3, unit: 'PT' } }, fields: 'paddingTop' } },
        { insertText: { location: { index: 10_000 }, text: 'x' } },
      ),
    ).toThrow(/requests\[4\]\.insertText/);
    expect(read()).toEqual(before);
  });
});

describe('fake Docs: batch size', () => {
  it('refuses a batch over the stated limit of requests, applying none of it', () => {
    const { update, read, env } = newDocument('Giữ nguyên');
    const before = read();
    const requests = Array.from({ length: env.docs.batchLimits.maxRequests + 1 }, (): DocsRequest => ({ insertText: { location: { index: 1 }, text: 'a' } }));
    expect(() => update(...requests)).toThrow(/holds 501 requests .* over the stated limit of 500 requests and 1000000 bytes/);
    expect(read()).toEqual(before);
    expect(() => update(...requests.slice(1))).not.toThrow();
  });

  it('refuses a batch over the stated byte limit, and any body over Google’s 10 MiB', () => {
    const { update, env } = newDocument();
    const text = 'ư'.repeat(200_000); // 400 000 bytes of UTF-8
    const three = [1, 2, 3].map((): DocsRequest => ({ insertText: { location: { index: 1 }, text } }));
    expect(() => update(...three)).toThrow(/over the stated limit/);
    env.docs.batchLimits = { maxRequests: 1_000, maxBytes: 100_000_000 };
    const big = Array.from({ length: 27 }, (): DocsRequest => ({ insertText: { location: { index: 1 }, text } }));
    expect(() => update(...big)).toThrow('Request payload size exceeds the limit: 10485760 bytes.');
    expect(() => update(...three)).not.toThrow();
  });
});

describe('fake Docs: footnotes', () => {
  it('inserts a reference in the body and a footnote segment holding " \\n"; text goes to the footnote', () => {
    const { update, read } = newDocument('Kết quả tốt.');
    const reply = update({ createFootnote: { location: { index: 13 } } }).replies![0]!;
    const footnoteId = reply.createFootnote!.footnoteId!;
    expect(footnotesInOrder(read())).toEqual([{ id: footnoteId, number: '1', text: ' ' }]);
    update({ insertText: { endOfSegmentLocation: { segmentId: footnoteId }, text: 'Theo báo cáo của xã.' } });
    const doc = read();
    expect(footnotesInOrder(doc)).toEqual([{ id: footnoteId, number: '1', text: ' Theo báo cáo của xã.' }]);
    expect(bodyText(doc, { footnoteMarkers: true })).toBe('Kết quả tốt.[1]\n');
    expect(bodyEndIndex(doc)).toBe(15);
  });

  it('numbers footnotes in reference order, not creation order', () => {
    const { update, read } = newDocument('Một. Hai.');
    const later = update({ createFootnote: { location: { index: 10 } } }).replies![0]!.createFootnote!.footnoteId!;
    const earlier = update({ createFootnote: { location: { index: 5 } } }).replies![0]!.createFootnote!.footnoteId!;
    expect(footnotesInOrder(read()).map((f) => [f.id, f.number])).toEqual([
      [earlier, '1'],
      [later, '2'],
    ]);
  });

  it('refuses footnotes outside the body and drops a footnote whose reference is deleted', () => {
    const { update, read } = newDocument('Câu.');
    const id = update({ createFootnote: { endOfSegmentLocation: {} } }).replies![0]!.createFootnote!.footnoteId!;
    expect(() => update({ createFootnote: { location: { segmentId: id, index: 0 } } })).toThrow(
      'Invalid requests[0].createFootnote: Footnotes can only be inserted in the document body.',
    );
    update({ deleteContentRange: { range: { startIndex: 5, endIndex: 6 } } });
    expect(read().footnotes).toBeUndefined();
  });
});

describe('fake Docs: tables', () => {
  it('inserts a newline then the table, whose first cell content starts at table start + 3', () => {
    const { update, read } = newDocument('Intro');
    update({ insertTable: { rows: 2, columns: 2, endOfSegmentLocation: {} } });
    const table = read().body!.content!.find((e) => e.table)!;
    expect(table).toMatchObject({ startIndex: 7, endIndex: 19 });
    expect(table.table!.tableRows![0]!.tableCells![0]!.content![0]).toMatchObject({ startIndex: 10, endIndex: 11 });
    update(
      { insertText: { location: { index: 17 }, text: 'd' } },
      { insertText: { location: { index: 15 }, text: 'c' } },
      { insertText: { location: { index: 12 }, text: 'b' } },
      { insertText: { location: { index: 10 }, text: 'a' } },
    );
    expect(tablesOf(read())).toEqual([
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ]);
    expect(bodyText(read())).toBe('Intro\na\nb\nc\nd\n\n');
  });

  it('rejects insertions at table structure indexes and partial table deletions', () => {
    const { update } = newDocument('Intro');
    update({ insertTable: { rows: 1, columns: 1, endOfSegmentLocation: {} } });
    for (const index of [7, 8, 9]) {
      expect(() => update({ insertText: { location: { index }, text: 'x' } })).toThrow(
        'must be inside the bounds of an existing paragraph',
      );
    }
    expect(() => update({ insertPageBreak: { location: { index: 10 } } })).toThrow('Page breaks cannot be inserted inside a table.');
    expect(() => update({ deleteContentRange: { range: { startIndex: 3, endIndex: 9 } } })).toThrow('Cannot delete part of a table');
    expect(() => update({ deleteContentRange: { range: { startIndex: 6, endIndex: 7 } } })).toThrow('newline before a table');
    update({ deleteContentRange: { range: { startIndex: 7, endIndex: 12 } } });
  });

  it('styles cell borders, sharing each border with the neighbouring cell', () => {
    const { update, read } = newDocument();
    update({ insertTable: { rows: 1, columns: 2, location: { index: 1 } } });
    const border = { width: { magnitude: 1, unit: 'PT' as const }, dashStyle: 'SOLID' as const, color: { color: { rgbColor: {} } } };
    update({
      updateTableCellStyle: {
        tableRange: { tableCellLocation: { tableStartLocation: { index: 2 }, rowIndex: 0, columnIndex: 0 }, rowSpan: 1, columnSpan: 1 },
        tableCellStyle: { borderRight: border },
        fields: 'borderRight',
      },
    });
    const cells = read().body!.content!.find((e) => e.table)!.table!.tableRows![0]!.tableCells!;
    expect(cells[0]!.tableCellStyle!.borderRight).toEqual(border);
    expect(cells[1]!.tableCellStyle!.borderLeft).toEqual(border);
  });
});

describe('fake Docs: malformed requests', () => {
  it('rejects unknown kinds, several kinds in one request, and empty requests', () => {
    const { update } = newDocument();
    expect(() => update({ insertFoo: {} } as unknown as DocsRequest)).toThrow('Unknown name "insertFoo" at \'requests[0]\'');
    expect(() => update({ insertText: { location: { index: 1 }, text: 'a' }, insertPageBreak: { location: { index: 1 } } })).toThrow(
      "oneof field 'request' is already set",
    );
    expect(() => update({})).toThrow('Invalid requests[0]');
  });

  it('rejects index 0 of the body, a missing location, enum typos and missing fields', () => {
    const { update } = newDocument('abc');
    expect(() => update({ insertText: { location: { index: 0 }, text: 'x' } })).toThrow('Invalid requests[0].insertText');
    expect(() => update({ insertText: { text: 'x' } })).toThrow('Either location or endOfSegmentLocation');
    expect(() =>
      update({
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { alignment: 'LEFT' as 'START' },
          fields: 'alignment',
        },
      }),
    ).toThrow('"LEFT"');
    expect(() => update({ updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: { bold: true } } as never })).toThrow("'fields'");
    expect(() => update({ deleteContentRange: { range: { startIndex: 1, endIndex: 5 } } })).toThrow('newline character at the end of the segment');
  });

  it('says plainly when a real request kind is not implemented by the fake', () => {
    const { update } = newDocument();
    expect(() => update({ insertInlineImage: { uri: 'x' } } as unknown as DocsRequest)).toThrow('does not implement');
  });
});

describe('fake Docs: styles, headers and lists', () => {
  it('updates paragraph styles for every paragraph the range touches', () => {
    const { update, read } = newDocument('Tiêu đề\nNội dung\nKết luận');
    update({
      updateParagraphStyle: {
        range: { startIndex: 3, endIndex: 10 },
        paragraphStyle: { namedStyleType: 'HEADING_1', alignment: 'CENTER', indentFirstLine: { magnitude: 36, unit: 'PT' } },
        fields: 'namedStyleType,alignment',
      },
    });
    const [title, body, last] = paragraphsOf(read());
    expect(title!.style).toMatchObject({ namedStyleType: 'HEADING_1', alignment: 'CENTER' });
    expect(title!.style.indentFirstLine).toBeUndefined();
    expect(body!.style.alignment).toBe('CENTER');
    expect(last!.style.alignment).toBeUndefined();
  });

  it('sets page size and margins and creates one default header', () => {
    const { update, read } = newDocument();
    const A4 = { width: { magnitude: 595.3, unit: 'PT' as const }, height: { magnitude: 841.9, unit: 'PT' as const } };
    update({
      updateDocumentStyle: {
        documentStyle: { pageSize: A4, marginLeft: { magnitude: 85, unit: 'PT' }, useFirstPageHeaderFooter: true },
        fields: 'pageSize,marginLeft,useFirstPageHeaderFooter',
      },
    });
    const headerId = update({ createHeader: { type: 'DEFAULT' } }).replies![0]!.createHeader!.headerId!;
    update({ insertText: { location: { segmentId: headerId, index: 0 }, text: 'Đầu trang' } });
    const doc = read();
    expect(doc.documentStyle).toMatchObject({ pageSize: A4, marginLeft: { magnitude: 85 }, useFirstPageHeaderFooter: true, defaultHeaderId: headerId });
    expect(doc.headers![headerId]!.content![0]!.paragraph!.elements![0]!.textRun!.content).toBe('Đầu trang\n');
    expect(() => update({ createHeader: { type: 'DEFAULT' } })).toThrow('A default header already exists.');
  });

  it('turns leading tabs into nesting levels when creating bullets, shifting later indexes', () => {
    const { update, read } = newDocument('a\n\tb\nc');
    update({ createParagraphBullets: { range: { startIndex: 1, endIndex: 7 }, bulletPreset: 'NUMBERED_DECIMAL_ALPHA_ROMAN' } });
    const doc = read();
    expect(bodyText(doc)).toBe('a\nb\nc\n');
    const paragraphs = doc.body!.content!.filter((e) => e.paragraph);
    expect(paragraphs.map((e) => e.paragraph!.bullet?.nestingLevel ?? (e.paragraph!.bullet ? 0 : null))).toEqual([0, 1, 0]);
    expect(paragraphs[2]).toMatchObject({ startIndex: 5, endIndex: 7 });
  });
});

describe('fake Docs: structure edits', () => {
  it("inserts a table row below, copying the row's cell styles", () => {
    const { update, read } = newDocument();
    update({ insertTable: { rows: 1, columns: 2, location: { index: 1 } } });
    update({
      updateTableCellStyle: {
        tableStartLocation: { index: 2 },
        tableCellStyle: { backgroundColor: { color: { rgbColor: { red: 1 } } } },
        fields: 'backgroundColor',
      },
    });
    update({ insertTableRow: { tableCellLocation: { tableStartLocation: { index: 2 }, rowIndex: 0 }, insertBelow: true } });
    update({ insertText: { location: { index: 10 }, text: 'x' } });
    const table = read().body!.content!.find((e) => e.table)!.table!;
    expect(table.rows).toBe(2);
    expect(table.tableRows![1]!.tableCells![0]!.tableCellStyle!.backgroundColor).toEqual({ color: { rgbColor: { red: 1 } } });
    expect(tablesOf(read())).toEqual([
      [
        ['', ''],
        ['x', ''],
      ],
    ]);
  });

  it('replaces text everywhere, footnotes included, and reports the count', () => {
    const { update, read } = newDocument('{{HUYEN}} và {{huyen}}');
    const id = update({ createFootnote: { endOfSegmentLocation: {} } }).replies![0]!.createFootnote!.footnoteId!;
    update({ insertText: { location: { segmentId: id, index: 1 }, text: 'Nguồn: {{HUYEN}}' } });
    const reply = update({ replaceAllText: { containsText: { text: '{{HUYEN}}', matchCase: true }, replaceText: 'Chư Pưh' } }).replies![0]!;
    expect(reply.replaceAllText).toEqual({ occurrencesChanged: 2 });
    expect(bodyText(read())).toBe('Chư Pưh và {{huyen}}\n');
    expect(footnotesInOrder(read())[0]!.text).toBe(' Nguồn: Chư Pưh');
  });

  it('inserts page breaks and section breaks with their newline, in the body only', () => {
    const { update, read } = newDocument('Trang một');
    update({ insertPageBreak: { endOfSegmentLocation: {} } }, { insertSectionBreak: { sectionType: 'NEXT_PAGE', endOfSegmentLocation: {} } });
    const content = read().body!.content!;
    expect(content.map((e) => (e.sectionBreak ? 'section' : e.paragraph ? 'paragraph' : 'table'))).toEqual([
      'section',
      'paragraph',
      'paragraph',
      'section',
      'paragraph',
    ]);
    expect(content[1]!.paragraph!.elements!.map((e) => Object.keys(e).find((k) => k !== 'startIndex' && k !== 'endIndex'))).toEqual([
      'textRun',
      'pageBreak',
      'textRun',
    ]);
    const headerId = update({ createHeader: { type: 'DEFAULT', sectionBreakLocation: { index: content[3]!.startIndex! } } }).replies![0]!
      .createHeader!.headerId!;
    expect(read().body!.content![3]!.sectionBreak!.sectionStyle!.defaultHeaderId).toBe(headerId);
    expect(read().documentStyle!.defaultHeaderId).toBeUndefined();
    expect(() => update({ insertPageBreak: { endOfSegmentLocation: { segmentId: headerId } } })).toThrow('only be inserted in the document body');
  });

  it('merges paragraphs when a deletion crosses a newline, keeping the first paragraph style', () => {
    const { update, read } = newDocument('Một\nHai');
    update({ updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' } });
    update({ deleteContentRange: { range: { startIndex: 3, endIndex: 6 } } });
    const paragraphs = paragraphsOf(read());
    expect(paragraphs.map((p) => p.text)).toEqual(['Mộai']);
    expect(paragraphs[0]!.style.alignment).toBe('CENTER');
  });

  it('sets column widths and row styles on a table', () => {
    const { update, read } = newDocument();
    update({ insertTable: { rows: 2, columns: 2, location: { index: 1 } } });
    update(
      {
        updateTableColumnProperties: {
          tableStartLocation: { index: 2 },
          columnIndices: [0],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 40, unit: 'PT' } },
          fields: 'widthType,width',
        },
      },
      { updateTableRowStyle: { tableStartLocation: { index: 2 }, rowIndices: [0], tableRowStyle: { tableHeader: true }, fields: 'tableHeader' } },
    );
    const table = read().body!.content!.find((e) => e.table)!.table!;
    expect(table.tableStyle!.tableColumnProperties).toEqual([
      { widthType: 'FIXED_WIDTH', width: { magnitude: 40, unit: 'PT' } },
      { widthType: 'EVENLY_DISTRIBUTED' },
    ]);
    expect(table.tableRows![0]!.tableRowStyle!.tableHeader).toBe(true);
    expect(() => update({ updateTableRowStyle: { tableStartLocation: { index: 3 }, tableRowStyle: {}, fields: '*' } })).toThrow(
      'not the start of a table',
    );
  });
});

describe('fake Docs: held to Google’s published Docs v1 schema', () => {
  beforeAll(() => publishedDocsSchema(), 60_000);

  it('knows every request kind of Schema$Request, and no other', () => {
    const known = [...SUPPORTED_REQUEST_KINDS, ...UNIMPLEMENTED_REQUEST_KINDS].sort();
    expect(known).toEqual(schemaFields('Request').sort());
  });

  it('lets a mask name exactly the writable fields of each style object', () => {
    for (const [name, fields] of Object.entries(MASKABLE_FIELDS)) expect([name, [...fields].sort()]).toEqual([name, writableFields(name).sort()]);
  });

  it('checks enum values only of fields that exist', () => {
    const everyField = new Set(publishedDocsSchema().interfaceNames().flatMap((name) => schemaFields(name)));
    for (const field of Object.keys(ENUMS)) expect(everyField).toContain(field);
  });

  it('answers with documents and replies in the published shapes', () => {
    const { update, read } = newDocument('Một đoạn\n');
    const { replies } = update(
      { createFootnote: { location: { index: 2 } } },
      { insertTable: { location: { index: 1 }, rows: 1, columns: 2 } },
      { createHeader: { type: 'DEFAULT' } },
      { createParagraphBullets: { range: { startIndex: 1, endIndex: 2 }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } },
    );
    expect(conformanceProblems(read(), publishedDocsSchema().named('Document'), 'document')).toEqual([]);
    expect(conformanceProblems(replies, { kind: 'array', of: publishedDocsSchema().named('Response') }, 'replies')).toEqual([]);
  });
});
