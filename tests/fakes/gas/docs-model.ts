/**
 * The in-memory document behind the fake Docs service, and its rendering as Docs API JSON.
 * Each segment (the body, every header, footer and footnote) is a flat array of units, one per
 * index position of the real API: a UTF-16 code unit of text, a footnote reference, a page
 * break, a section break, or a table marker (table start, row start, cell start, table end).
 * Position in the array is the API index, so index arithmetic is exact by construction: a
 * table's start index is its start marker, a cell's content begins one after the cell marker,
 * and a paragraph is a run of inline units closed by a '\n' unit, which carries the paragraph
 * style. Rendering rebuilds body.content with startIndex/endIndex (zero omitted, as the API's
 * JSON does), textRuns merged by style, footnote numbers in reference order, and tables.
 */
import type {
  DocsBullet,
  DocsDocument,
  DocsDocumentStyle,
  DocsList,
  DocsParagraphElement,
  DocsParagraphStyle,
  DocsSectionStyle,
  DocsStructuralElement,
  DocsTableCellStyle,
  DocsTableColumnProperties,
  DocsTableRow,
  DocsTableRowStyle,
  DocsTextStyle,
} from '../../../src/gas/surface';

export type CharUnit = {
  kind: 'char';
  ch: string;
  textStyle: DocsTextStyle;
  /** Only on '\n': the style of the paragraph this newline closes. */
  paragraphStyle?: DocsParagraphStyle;
  bullet?: DocsBullet;
};
export type FootnoteRefUnit = { kind: 'footnoteRef'; footnoteId: string; textStyle: DocsTextStyle };
export type PageBreakUnit = { kind: 'pageBreak'; textStyle: DocsTextStyle };
export type InlineUnit = CharUnit | FootnoteRefUnit | PageBreakUnit;
export type SectionBreakUnit = { kind: 'sectionBreak'; sectionStyle: DocsSectionStyle };
export type TableStartUnit = { kind: 'tableStart'; columnProperties: DocsTableColumnProperties[] };
export type RowStartUnit = { kind: 'rowStart'; rowStyle: DocsTableRowStyle };
export type CellStartUnit = { kind: 'cellStart'; cellStyle: DocsTableCellStyle };
export type TableEndUnit = { kind: 'tableEnd' };
export type Unit = InlineUnit | SectionBreakUnit | TableStartUnit | RowStartUnit | CellStartUnit | TableEndUnit;

export type SegmentKind = 'body' | 'header' | 'footer' | 'footnote';

export interface Segment {
  kind: SegmentKind;
  /** '' for the body, the header/footer/footnote id otherwise. */
  id: string;
  units: Unit[];
}

export interface DocState {
  documentId: string;
  title: string;
  revision: number;
  body: Segment;
  headers: Record<string, Segment>;
  footers: Record<string, Segment>;
  footnotes: Record<string, Segment>;
  lists: Record<string, DocsList>;
  documentStyle: DocsDocumentStyle;
  nextId: number;
}

export function isInline(unit: Unit | undefined): unit is InlineUnit {
  return unit !== undefined && (unit.kind === 'char' || unit.kind === 'footnoteRef' || unit.kind === 'pageBreak');
}

export function isNewline(unit: Unit | undefined): unit is CharUnit {
  return unit !== undefined && unit.kind === 'char' && unit.ch === '\n';
}

export function defaultParagraphStyle(): DocsParagraphStyle {
  return { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' };
}

export function newline(paragraphStyle: DocsParagraphStyle = defaultParagraphStyle(), textStyle: DocsTextStyle = {}): CharUnit {
  return { kind: 'char', ch: '\n', textStyle: clone(textStyle), paragraphStyle: clone(paragraphStyle) };
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/**
 * The copy a batch is applied to, so that a failing batch leaves the document as it was (the
 * API applies a batch atomically: https://developers.google.com/workspace/docs/api/how-tos/batch).
 * Copying every unit of a long report for every batch would be slow, so the copy is shallow where
 * the request handlers keep a rule: a character unit (text, newline) is never changed in place
 * but replaced in its segment's array by a changed copy, and style objects are never changed in
 * place either. Every other unit (table markers, section breaks, footnote references, page
 * breaks; there are few) and the document style are copied deeply, as handlers do change those.
 */
export function copyForBatch(state: DocState): DocState {
  const segment = (s: Segment): Segment => ({ ...s, units: s.units.map((u) => (u.kind === 'char' ? u : clone(u))) });
  const segments = (record: Record<string, Segment>): Record<string, Segment> =>
    Object.fromEntries(Object.entries(record).map(([id, s]) => [id, segment(s)]));
  return {
    ...state,
    body: segment(state.body),
    headers: segments(state.headers),
    footers: segments(state.footers),
    footnotes: segments(state.footnotes),
    lists: clone(state.lists),
    documentStyle: clone(state.documentStyle),
  };
}

const PT = (magnitude: number) => ({ magnitude, unit: 'PT' as const });

export function newDocState(documentId: string, title: string): DocState {
  return {
    documentId,
    title,
    revision: 1,
    body: {
      kind: 'body',
      id: '',
      units: [
        {
          kind: 'sectionBreak',
          sectionStyle: { columnSeparatorStyle: 'NONE', contentDirection: 'LEFT_TO_RIGHT', sectionType: 'CONTINUOUS' },
        },
        newline(),
      ],
    },
    headers: {},
    footers: {},
    footnotes: {},
    lists: {},
    documentStyle: {
      background: { color: {} },
      pageNumberStart: 1,
      marginTop: PT(72),
      marginBottom: PT(72),
      marginRight: PT(72),
      marginLeft: PT(72),
      pageSize: { height: PT(792), width: PT(612) },
      marginHeader: PT(36),
      marginFooter: PT(36),
      useCustomHeaderFooterMargins: true,
    },
    nextId: 1,
  };
}

/* ------------------------------------------------------------------ structure queries */

/** The index of the tableEnd that closes the table starting at `start`. */
export function matchingTableEnd(units: readonly Unit[], start: number): number {
  let depth = 0;
  for (let i = start; i < units.length; i++) {
    const kind = units[i]!.kind;
    if (kind === 'tableStart') depth += 1;
    if (kind === 'tableEnd') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  throw new Error(`Fake Docs model is corrupt: table at ${start} is not closed`);
}

export interface CellLayout {
  /** Index of the cellStart marker. */
  start: number;
  /** One past the cell's last unit (the next cell/row marker or the tableEnd). */
  end: number;
}
export interface RowLayout {
  start: number;
  end: number;
  cells: CellLayout[];
}
export interface TableLayout {
  start: number;
  /** Index of the tableEnd marker. */
  endMarker: number;
  rows: RowLayout[];
}

/** Rows and cells of the table whose start marker is at `start`. */
export function tableLayout(units: readonly Unit[], start: number): TableLayout {
  const endMarker = matchingTableEnd(units, start);
  const rows: RowLayout[] = [];
  let i = start + 1;
  while (i < endMarker) {
    if (units[i]!.kind !== 'rowStart') throw new Error(`Fake Docs model is corrupt: expected a row at ${i}`);
    const row: RowLayout = { start: i, end: i, cells: [] };
    i += 1;
    while (i < endMarker && units[i]!.kind === 'cellStart') {
      const cellStart = i;
      i += 1;
      while (i < endMarker) {
        const kind = units[i]!.kind;
        if (kind === 'cellStart' || kind === 'rowStart') break;
        if (kind === 'tableStart') i = matchingTableEnd(units, i) + 1;
        else i += 1;
      }
      row.cells.push({ start: cellStart, end: i });
    }
    row.end = i;
    rows.push(row);
  }
  return { start, endMarker, rows };
}

/** How many tables enclose `index`. */
export function tableDepthAt(units: readonly Unit[], index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const kind = units[i]!.kind;
    if (kind === 'tableStart') depth += 1;
    if (kind === 'tableEnd') depth -= 1;
  }
  return depth;
}

export interface ParagraphSpan {
  start: number;
  /** Index of the closing '\n'. */
  newlineIndex: number;
}

/** Every paragraph of a segment, including those inside table cells, in index order. */
export function paragraphSpans(units: readonly Unit[]): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let start: number | null = null;
  units.forEach((unit, i) => {
    if (!isInline(unit)) {
      start = null;
      return;
    }
    if (start === null) start = i;
    if (isNewline(unit)) {
      spans.push({ start, newlineIndex: i });
      start = null;
    }
  });
  return spans;
}

/**
 * The paragraphs that overlap [start, end), in index order, found from `start` alone rather than
 * by listing the whole segment (style requests come by the thousand on long reports).
 */
export function paragraphsTouching(units: readonly Unit[], start: number, end: number): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let i = start;
  while (i > 0 && isInline(units[i - 1]) && !isNewline(units[i - 1])) i -= 1;
  while (i < end && i < units.length) {
    if (!isInline(units[i])) {
      i += 1;
      continue;
    }
    let newlineIndex = i;
    while (!isNewline(units[newlineIndex])) newlineIndex += 1;
    spans.push({ start: i, newlineIndex });
    i = newlineIndex + 1;
  }
  return spans;
}

/** The paragraph containing an inline index. */
export function paragraphAt(units: readonly Unit[], index: number): ParagraphSpan {
  let start = index;
  while (start > 0 && isInline(units[start - 1]) && !isNewline(units[start - 1])) start -= 1;
  let end = index;
  while (end < units.length && !isNewline(units[end])) end += 1;
  return { start, newlineIndex: end };
}

/** Throws when a segment breaks the structural rules (a bug in the fake, never in the caller). */
export function assertWellFormed(segment: Segment): void {
  const units = segment.units;
  if (!isNewline(units[units.length - 1])) throw new Error(`Fake Docs model is corrupt: segment '${segment.id}' does not end with a newline`);
  units.forEach((unit, i) => {
    const next = units[i + 1];
    if (isInline(unit) && !isNewline(unit) && !isInline(next)) {
      throw new Error(`Fake Docs model is corrupt: paragraph at ${i} in '${segment.id}' is not closed`);
    }
    if (unit.kind === 'tableEnd' && !isInline(next)) {
      throw new Error(`Fake Docs model is corrupt: table ending at ${i} in '${segment.id}' is not followed by a paragraph`);
    }
  });
}

/* ------------------------------------------------------------------ rendering */

function indices<T extends object>(start: number, end: number, body: T): T & { startIndex?: number; endIndex: number } {
  return start === 0 ? { endIndex: end, ...body } : { startIndex: start, endIndex: end, ...body };
}

export function styleKey(style: object): string {
  return JSON.stringify(style, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

interface RenderContext {
  footnoteNumbers: Map<string, number>;
}

function renderParagraph(units: readonly Unit[], start: number, newlineIndex: number, ctx: RenderContext): DocsStructuralElement {
  const elements: DocsParagraphElement[] = [];
  let i = start;
  while (i <= newlineIndex) {
    const unit = units[i] as InlineUnit;
    if (unit.kind === 'footnoteRef') {
      elements.push(
        indices(i, i + 1, {
          footnoteReference: {
            footnoteId: unit.footnoteId,
            footnoteNumber: String(ctx.footnoteNumbers.get(unit.footnoteId) ?? ''),
            textStyle: clone(unit.textStyle),
          },
        }),
      );
      i += 1;
      continue;
    }
    if (unit.kind === 'pageBreak') {
      elements.push(indices(i, i + 1, { pageBreak: { textStyle: clone(unit.textStyle) } }));
      i += 1;
      continue;
    }
    const key = styleKey(unit.textStyle);
    let j = i;
    let content = '';
    while (j <= newlineIndex) {
      const next = units[j] as InlineUnit;
      if (next.kind !== 'char' || styleKey(next.textStyle) !== key) break;
      content += next.ch;
      j += 1;
    }
    elements.push(indices(i, j, { textRun: { content, textStyle: clone(unit.textStyle) } }));
    i = j;
  }
  const closing = units[newlineIndex] as CharUnit;
  const paragraph: DocsStructuralElement['paragraph'] = {
    elements,
    paragraphStyle: clone(closing.paragraphStyle ?? defaultParagraphStyle()),
  };
  if (closing.bullet) paragraph.bullet = clone(closing.bullet);
  return indices(start, newlineIndex + 1, { paragraph });
}

function renderTable(units: readonly Unit[], start: number, ctx: RenderContext): DocsStructuralElement {
  const layout = tableLayout(units, start);
  const tableStart = units[start] as TableStartUnit;
  const tableRows: DocsTableRow[] = layout.rows.map((row) =>
    indices(row.start, row.end, {
      tableCells: row.cells.map((cell) =>
        indices(cell.start, cell.end, {
          content: renderContent(units, cell.start + 1, cell.end, ctx),
          tableCellStyle: clone((units[cell.start] as CellStartUnit).cellStyle),
        }),
      ),
      tableRowStyle: clone((units[row.start] as RowStartUnit).rowStyle),
    }),
  );
  return indices(start, layout.endMarker + 1, {
    table: {
      rows: layout.rows.length,
      columns: layout.rows[0]?.cells.length ?? 0,
      tableRows,
      tableStyle: { tableColumnProperties: clone(tableStart.columnProperties) },
    },
  });
}

export function renderContent(units: readonly Unit[], from: number, to: number, ctx: RenderContext): DocsStructuralElement[] {
  const out: DocsStructuralElement[] = [];
  let i = from;
  while (i < to) {
    const unit = units[i]!;
    if (unit.kind === 'sectionBreak') {
      out.push(indices(i, i + 1, { sectionBreak: { sectionStyle: clone(unit.sectionStyle) } }));
      i += 1;
    } else if (unit.kind === 'tableStart') {
      out.push(renderTable(units, i, ctx));
      i = matchingTableEnd(units, i) + 1;
    } else if (isInline(unit)) {
      let end = i;
      while (!isNewline(units[end])) end += 1;
      out.push(renderParagraph(units, i, end, ctx));
      i = end + 1;
    } else {
      throw new Error(`Fake Docs model is corrupt: unexpected ${unit.kind} at ${i}`);
    }
  }
  return out;
}

/** Footnote ids in the order their references appear in the body. */
export function footnoteOrder(state: DocState): string[] {
  return state.body.units.flatMap((u) => (u.kind === 'footnoteRef' ? [u.footnoteId] : []));
}

export function renderDocument(state: DocState): DocsDocument {
  const ctx: RenderContext = { footnoteNumbers: new Map(footnoteOrder(state).map((id, i) => [id, i + 1])) };
  const segmentContent = (segment: Segment) => renderContent(segment.units, 0, segment.units.length, ctx);
  const doc: DocsDocument = {
    title: state.title,
    body: { content: segmentContent(state.body) },
    documentStyle: clone(state.documentStyle),
    namedStyles: {
      styles: [
        {
          namedStyleType: 'NORMAL_TEXT',
          textStyle: { fontSize: PT(11), weightedFontFamily: { fontFamily: 'Arial', weight: 400 } },
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT', alignment: 'START', lineSpacing: 100, direction: 'LEFT_TO_RIGHT' },
        },
      ],
    },
    revisionId: `rev-${state.revision}`,
    suggestionsViewMode: 'SUGGESTIONS_INLINE',
    documentId: state.documentId,
  };
  const headerIds = Object.keys(state.headers);
  if (headerIds.length) {
    doc.headers = Object.fromEntries(headerIds.map((id) => [id, { headerId: id, content: segmentContent(state.headers[id]!) }]));
  }
  const footerIds = Object.keys(state.footers);
  if (footerIds.length) {
    doc.footers = Object.fromEntries(footerIds.map((id) => [id, { footerId: id, content: segmentContent(state.footers[id]!) }]));
  }
  const footnoteIds = Object.keys(state.footnotes);
  if (footnoteIds.length) {
    doc.footnotes = Object.fromEntries(
      footnoteIds.map((id) => [id, { footnoteId: id, content: segmentContent(state.footnotes[id]!) }]),
    );
  }
  if (Object.keys(state.lists).length) doc.lists = clone(state.lists);
  return doc;
}
