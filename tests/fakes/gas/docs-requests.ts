/**
 * The batchUpdate request kinds of the fake Docs service, applied to the unit model in order
 * (each request sees the indexes left by the previous ones) and validated the way the API
 * validates them: exactly one kind per request, unknown kinds rejected with the API's "Unknown
 * name" wording, `fields` required for every update*Style, insertion indexes inside an existing
 * paragraph and below the segment's end index, no page breaks or section breaks in tables,
 * footnotes only in the body, tables not in footnotes, no deletion of a segment's final
 * newline or of part of a table. Failures throw DocsRequestError naming "requests[N].kind";
 * the service turns that into the API error and discards the whole batch. Page-number fields
 * are deliberately absent: the real API cannot insert AutoText either.
 */
import type {
  DocsDocumentStyle,
  DocsEndOfSegmentLocation,
  DocsLocation,
  DocsParagraphStyle,
  DocsRange,
  DocsRequest,
  DocsResponse,
  DocsSectionStyle,
  DocsTableCellStyle,
  DocsTextStyle,
} from '../../../src/gas/surface';
import {
  type CellStartUnit,
  type CharUnit,
  type DocState,
  type InlineUnit,
  type RowStartUnit,
  type Segment,
  type TableStartUnit,
  type Unit,
  assertWellFormed,
  clone,
  defaultParagraphStyle,
  isInline,
  isNewline,
  newline,
  paragraphAt,
  paragraphsTouching,
  tableDepthAt,
  tableLayout,
} from './docs-model';

export class DocsRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocsRequestError';
  }
}

/** Request kinds this fake applies. */
export const SUPPORTED_REQUEST_KINDS = [
  'insertText',
  'createFootnote',
  'insertTable',
  'insertTableRow',
  'insertPageBreak',
  'insertSectionBreak',
  'deleteContentRange',
  'replaceAllText',
  'updateTextStyle',
  'updateParagraphStyle',
  'updateDocumentStyle',
  'updateSectionStyle',
  'updateTableCellStyle',
  'updateTableColumnProperties',
  'updateTableRowStyle',
  'createHeader',
  'createFooter',
  'createParagraphBullets',
  'deleteParagraphBullets',
] as const satisfies ReadonlyArray<keyof DocsRequest>;

/** Real request kinds the fake does not implement: rejected with a message saying so. */
export const UNIMPLEMENTED_REQUEST_KINDS = new Set([
  'createNamedRange',
  'deleteNamedRange',
  'replaceNamedRangeContent',
  'insertInlineImage',
  'replaceImage',
  'deletePositionedObject',
  'insertTableColumn',
  'deleteTableRow',
  'deleteTableColumn',
  'mergeTableCells',
  'unmergeTableCells',
  'pinTableHeaderRows',
  'deleteHeader',
  'deleteFooter',
  'insertPerson',
  'insertDate',
  'addDocumentTab',
  'deleteTab',
  'updateDocumentTabProperties',
  'insertRichLink',
  'updateNamedStyle',
]);

/*
 * The fields an update request's mask may name: the writable fields of each object in Google's
 * published schema. Fields documented as read-only (ParagraphStyle.tabStops, DocumentStyle's
 * header and footer ids and useCustomHeaderFooterMargins, TableCellStyle.rowSpan/columnSpan)
 * are refused as "Invalid field". docs.test.ts holds these lists to the published typings.
 */
const TEXT_STYLE_FIELDS = new Set([
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'smallCaps',
  'backgroundColor',
  'foregroundColor',
  'fontSize',
  'weightedFontFamily',
  'baselineOffset',
  'link',
]);
const PARAGRAPH_STYLE_FIELDS = new Set([
  'namedStyleType',
  'alignment',
  'lineSpacing',
  'direction',
  'spacingMode',
  'spaceAbove',
  'spaceBelow',
  'borderBetween',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'keepLinesTogether',
  'keepWithNext',
  'avoidWidowAndOrphan',
  'shading',
  'pageBreakBefore',
]);
const DOCUMENT_STYLE_FIELDS = new Set([
  'background',
  'documentFormat',
  'useFirstPageHeaderFooter',
  'useEvenPageHeaderFooter',
  'flipPageOrientation',
  'pageNumberStart',
  'marginTop',
  'marginBottom',
  'marginLeft',
  'marginRight',
  'marginHeader',
  'marginFooter',
  'pageSize',
]);
const SECTION_STYLE_FIELDS = new Set([
  'columnProperties',
  'columnSeparatorStyle',
  'contentDirection',
  'sectionType',
  'useFirstPageHeaderFooter',
  'pageNumberStart',
  'flipPageOrientation',
  'marginTop',
  'marginBottom',
  'marginLeft',
  'marginRight',
  'marginHeader',
  'marginFooter',
]);
const TABLE_CELL_STYLE_FIELDS = new Set([
  'backgroundColor',
  'borderLeft',
  'borderRight',
  'borderTop',
  'borderBottom',
  'paddingLeft',
  'paddingRight',
  'paddingTop',
  'paddingBottom',
  'contentAlignment',
]);
const COLUMN_PROPERTY_FIELDS = new Set(['width', 'widthType']);
const ROW_STYLE_FIELDS = new Set(['minRowHeight', 'tableHeader', 'preventOverflow']);

/** The fields each update*Style request may name in its mask, by the schema object they belong to. */
export const MASKABLE_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  TextStyle: TEXT_STYLE_FIELDS,
  ParagraphStyle: PARAGRAPH_STYLE_FIELDS,
  DocumentStyle: DOCUMENT_STYLE_FIELDS,
  SectionStyle: SECTION_STYLE_FIELDS,
  TableCellStyle: TABLE_CELL_STYLE_FIELDS,
  TableColumnProperties: COLUMN_PROPERTY_FIELDS,
  TableRowStyle: ROW_STYLE_FIELDS,
};

/** Enum values the fake accepts, by field name (reference: the enum tables of documents and documents/request). */
export const ENUMS: Record<string, readonly string[]> = {
  namedStyleType: ['NORMAL_TEXT', 'TITLE', 'SUBTITLE', 'HEADING_1', 'HEADING_2', 'HEADING_3', 'HEADING_4', 'HEADING_5', 'HEADING_6'],
  alignment: ['START', 'CENTER', 'END', 'JUSTIFIED'],
  direction: ['LEFT_TO_RIGHT', 'RIGHT_TO_LEFT'],
  spacingMode: ['NEVER_COLLAPSE', 'COLLAPSE_LISTS'],
  baselineOffset: ['NONE', 'SUPERSCRIPT', 'SUBSCRIPT'],
  unit: ['PT'],
  dashStyle: ['SOLID', 'DOT', 'DASH'],
  contentAlignment: ['TOP', 'MIDDLE', 'BOTTOM'],
  widthType: ['EVENLY_DISTRIBUTED', 'FIXED_WIDTH'],
  sectionType: ['CONTINUOUS', 'NEXT_PAGE'],
  columnSeparatorStyle: ['NONE', 'BETWEEN_EACH_COLUMN'],
  contentDirection: ['LEFT_TO_RIGHT', 'RIGHT_TO_LEFT'],
};

/** CreateParagraphBulletsRequest.bulletPreset values (reference: documents/request#BulletGlyphPreset). */
const BULLET_PRESETS: readonly string[] = [
  'BULLET_DISC_CIRCLE_SQUARE',
  'BULLET_DIAMONDX_ARROW3D_SQUARE',
  'BULLET_CHECKBOX',
  'BULLET_ARROW_DIAMOND_DISC',
  'BULLET_STAR_CIRCLE_SQUARE',
  'BULLET_ARROW3D_CIRCLE_SQUARE',
  'BULLET_LEFTTRIANGLE_DIAMOND_DISC',
  'BULLET_DIAMONDX_HOLLOWDIAMOND_SQUARE',
  'BULLET_DIAMOND_CIRCLE_SQUARE',
  'NUMBERED_DECIMAL_ALPHA_ROMAN',
  'NUMBERED_DECIMAL_ALPHA_ROMAN_PARENS',
  'NUMBERED_DECIMAL_NESTED',
  'NUMBERED_UPPERALPHA_ALPHA_ROMAN',
  'NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL',
  'NUMBERED_ZERODECIMAL_ALPHA_ROMAN',
];

const BAD_INSERTION_INDEX =
  'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.';

/** Characters the API strips from inserted text: C0 controls other than \t \n \v, and the BMP private use area. */
const STRIPPED_CHARACTERS = /[\u0000-\u0008\u000C-\u001F\uE000-\uF8FF]/g;

type Kind = (typeof SUPPORTED_REQUEST_KINDS)[number];

/** Everything one request handler needs: where it is in the batch, and how to fail. */
class RequestContext {
  constructor(
    readonly state: DocState,
    readonly number: number,
    readonly kind: string,
  ) {}

  fail(message: string): never {
    throw new DocsRequestError(`Invalid requests[${this.number}].${this.kind}: ${message}`);
  }

  newId(prefix: string): string {
    return `kix.${prefix}${this.state.nextId++}`;
  }

  segment(segmentId: string | null | undefined, tabId?: string | null): Segment {
    if (tabId !== undefined && tabId !== null && tabId !== '' && tabId !== 't.0') this.fail(`The tab ID ${tabId} was not found.`);
    if (segmentId === undefined || segmentId === null || segmentId === '') return this.state.body;
    const segment = this.state.headers[segmentId] ?? this.state.footers[segmentId] ?? this.state.footnotes[segmentId];
    if (!segment) this.fail(`The segment ID ${segmentId} was not found.`);
    return segment;
  }

  integer(value: unknown, name: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value)) this.fail(`${name} must be an integer.`);
    return value;
  }

  /** The index an insertion goes to, checked to be inside a paragraph of its segment. */
  insertionPoint(request: { location?: DocsLocation; endOfSegmentLocation?: DocsEndOfSegmentLocation }): {
    segment: Segment;
    index: number;
  } {
    const { location, endOfSegmentLocation } = request;
    if (location && endOfSegmentLocation) {
      throw new DocsRequestError(
        `Invalid value at 'requests[${this.number}].${this.kind}' (oneof), oneof field 'insertion_location' is already set. Cannot set 'endOfSegmentLocation'`,
      );
    }
    if (endOfSegmentLocation) {
      const segment = this.segment(endOfSegmentLocation.segmentId, endOfSegmentLocation.tabId);
      return { segment, index: segment.units.length - 1 };
    }
    if (!location) this.fail('Either location or endOfSegmentLocation must be specified.');
    const segment = this.segment(location.segmentId, location.tabId);
    const index = this.integer(location.index, 'Location index');
    this.assertInsideParagraph(segment, index);
    return { segment, index };
  }

  assertInsideParagraph(segment: Segment, index: number): void {
    if (index < 0) this.fail(`Index ${index} must be greater than or equal to 0.`);
    if (index >= segment.units.length) {
      this.fail(`Index ${index} must be less than the end index of the referenced segment, ${segment.units.length}.`);
    }
    if (!isInline(segment.units[index])) this.fail(BAD_INSERTION_INDEX);
  }

  range(range: DocsRange | undefined): { segment: Segment; start: number; end: number } {
    if (!range) this.fail('range must be specified.');
    const segment = this.segment(range.segmentId, range.tabId);
    const start = this.integer(range.startIndex, 'Range startIndex');
    const end = this.integer(range.endIndex, 'Range endIndex');
    if (start >= end) this.fail(`The range should not be empty. Start index ${start} must be less than end index ${end}.`);
    const first = segment.kind === 'body' ? 1 : 0;
    if (start < first) this.fail(`Index ${start} must be greater than or equal to ${first}.`);
    if (end > segment.units.length) {
      this.fail(`Index ${end - 1} must be less than the end index of the referenced segment, ${segment.units.length}.`);
    }
    return { segment, start, end };
  }

  /** The table whose start marker is at the given location. */
  tableAt(location: DocsLocation | undefined): { segment: Segment; start: number; unit: TableStartUnit } {
    if (!location) this.fail('tableStartLocation must be specified.');
    const segment = this.segment(location.segmentId, location.tabId);
    const start = this.integer(location.index, 'tableStartLocation index');
    const unit = segment.units[start];
    if (unit?.kind !== 'tableStart') this.fail(`The provided table start location ${start} is not the start of a table.`);
    return { segment, start, unit };
  }

  fields(fields: unknown, allowed: ReadonlySet<string>): string[] | '*' {
    if (typeof fields !== 'string' || fields.trim() === '') {
      this.fail("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
    }
    if (fields.trim() === '*') return '*';
    const list = fields.split(',').map((f) => f.trim());
    for (const field of list) {
      const top = field.split('.')[0] ?? '';
      if (!allowed.has(top)) this.fail(`Invalid field: ${field}`);
    }
    return list;
  }

  /** Rejects enum values the API would not accept, at any depth. */
  checkEnums(value: unknown, path: string): void {
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const allowed = ENUMS[key];
      if (allowed && typeof inner === 'string' && !allowed.includes(inner)) {
        throw new DocsRequestError(
          `Invalid value at 'requests[${this.number}].${snake(this.kind)}.${path}.${snake(key)}', "${inner}"`,
        );
      }
      if (typeof inner === 'object') this.checkEnums(inner, `${path}.${snake(key)}`);
    }
  }
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Copies the listed fields from `source` onto a copy of `target`; listed-but-absent fields are reset. */
function applyFields<T extends object>(target: T, source: T | undefined, fields: string[] | '*'): T {
  if (fields === '*') return clone(source ?? ({} as T));
  const result = clone(target) as Record<string, unknown>;
  const from = (source ?? {}) as Record<string, unknown>;
  for (const field of fields) {
    const path = field.split('.');
    let read: unknown = from;
    for (const key of path) read = read && typeof read === 'object' ? (read as Record<string, unknown>)[key] : undefined;
    let write = result;
    for (const key of path.slice(0, -1)) {
      if (!write[key] || typeof write[key] !== 'object') write[key] = {};
      write = write[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1]!;
    if (read === undefined) delete write[last];
    else write[last] = clone(read);
  }
  return result as T;
}

/** The text style inserted text takes: the text just before it in the same paragraph, else the text at the index. */
function neighbourTextStyle(units: readonly Unit[], index: number): DocsTextStyle {
  const before = units[index - 1];
  if (isInline(before) && !isNewline(before)) return clone(before.textStyle);
  const at = units[index];
  return isInline(at) ? clone(at.textStyle) : {};
}

/**
 * `units.splice(index, 0, ...added)` without spreading `added` into arguments, which overflows the
 * stack for an insert of some 100,000 characters (one 50,000-character cell and its neighbours).
 */
function insertUnits(units: Unit[], index: number, added: readonly Unit[]): void {
  const CHUNK = 10_000;
  for (let from = 0; from < added.length; from += CHUNK) units.splice(index + from, 0, ...added.slice(from, from + CHUNK));
}

function closingNewline(units: readonly Unit[], index: number): CharUnit {
  return units[paragraphAt(units, index).newlineIndex] as CharUnit;
}

/*
 * Style objects are never changed in place (every update builds a new object), so the characters
 * of one insert can share one: the fake stays fast on reports of hundreds of thousands of indexes.
 */
function textUnits(text: string, units: readonly Unit[], index: number): InlineUnit[] {
  const textStyle = neighbourTextStyle(units, index);
  const closing = closingNewline(units, index);
  return [...text.replace(STRIPPED_CHARACTERS, '')].flatMap((ch) =>
    ch.split('').map((codeUnit): InlineUnit => {
      if (codeUnit !== '\n') return { kind: 'char', ch: codeUnit, textStyle };
      const unit = newline(closing.paragraphStyle ?? defaultParagraphStyle(), textStyle);
      if (closing.bullet) unit.bullet = clone(closing.bullet);
      return unit;
    }),
  );
}

function emptyCell(style: DocsTableCellStyle): Unit[] {
  return [{ kind: 'cellStart', cellStyle: clone(style) }, newline()];
}

const DEFAULT_CELL_STYLE: DocsTableCellStyle = { rowSpan: 1, columnSpan: 1, contentAlignment: 'TOP' };

/* ------------------------------------------------------------------ the handlers */

type Handler = (ctx: RequestContext, body: never) => DocsResponse;

const handlers: Record<Kind, Handler> = {
  insertText(ctx: RequestContext, body: NonNullable<DocsRequest['insertText']>) {
    if (typeof body.text !== 'string') ctx.fail('text must be specified.');
    const { segment, index } = ctx.insertionPoint(body);
    insertUnits(segment.units, index, textUnits(body.text, segment.units, index));
    return {};
  },

  createFootnote(ctx: RequestContext, body: NonNullable<DocsRequest['createFootnote']>) {
    const { segment, index } = ctx.insertionPoint(body);
    if (segment.kind !== 'body') ctx.fail('Footnotes can only be inserted in the document body.');
    const footnoteId = ctx.newId('fn');
    segment.units.splice(index, 0, { kind: 'footnoteRef', footnoteId, textStyle: neighbourTextStyle(segment.units, index) });
    ctx.state.footnotes[footnoteId] = {
      kind: 'footnote',
      id: footnoteId,
      units: [{ kind: 'char', ch: ' ', textStyle: {} }, newline()],
    };
    return { createFootnote: { footnoteId } };
  },

  insertTable(ctx: RequestContext, body: NonNullable<DocsRequest['insertTable']>) {
    const rows = ctx.integer(body.rows, 'rows');
    const columns = ctx.integer(body.columns, 'columns');
    if (rows < 1 || columns < 1) ctx.fail('A table must have at least one row and one column.');
    const { segment, index } = ctx.insertionPoint(body);
    if (segment.kind === 'footnote') ctx.fail('Tables cannot be inserted in a footnote.');
    const closing = closingNewline(segment.units, index);
    const table: Unit[] = [
      newline(closing.paragraphStyle, neighbourTextStyle(segment.units, index)),
      { kind: 'tableStart', columnProperties: Array.from({ length: columns }, () => ({ widthType: 'EVENLY_DISTRIBUTED' as const })) },
    ];
    for (let r = 0; r < rows; r++) {
      table.push({ kind: 'rowStart', rowStyle: { minRowHeight: { unit: 'PT' } } });
      for (let c = 0; c < columns; c++) table.push(...emptyCell(DEFAULT_CELL_STYLE));
    }
    table.push({ kind: 'tableEnd' });
    insertUnits(segment.units, index, table);
    return {};
  },

  insertTableRow(ctx: RequestContext, body: NonNullable<DocsRequest['insertTableRow']>) {
    const location = body.tableCellLocation;
    if (!location) ctx.fail('tableCellLocation must be specified.');
    const { segment, start } = ctx.tableAt(location.tableStartLocation);
    const layout = tableLayout(segment.units, start);
    const rowIndex = location.rowIndex ?? 0;
    const row = layout.rows[rowIndex];
    if (!row) ctx.fail(`Row index ${rowIndex} is out of bounds; the table has ${layout.rows.length} rows.`);
    const newRow: Unit[] = [{ kind: 'rowStart', rowStyle: clone((segment.units[row.start] as RowStartUnit).rowStyle) }];
    for (const cell of row.cells) newRow.push(...emptyCell((segment.units[cell.start] as CellStartUnit).cellStyle));
    segment.units.splice(body.insertBelow ? row.end : row.start, 0, ...newRow);
    return {};
  },

  insertPageBreak(ctx: RequestContext, body: NonNullable<DocsRequest['insertPageBreak']>) {
    const { segment, index } = ctx.insertionPoint(body);
    if (segment.kind !== 'body') ctx.fail('Page breaks can only be inserted in the document body.');
    if (tableDepthAt(segment.units, index) > 0) ctx.fail('Page breaks cannot be inserted inside a table.');
    const textStyle = neighbourTextStyle(segment.units, index);
    const closing = closingNewline(segment.units, index);
    segment.units.splice(index, 0, { kind: 'pageBreak', textStyle }, newline(closing.paragraphStyle, textStyle));
    return {};
  },

  insertSectionBreak(ctx: RequestContext, body: NonNullable<DocsRequest['insertSectionBreak']>) {
    if (body.sectionType !== 'CONTINUOUS' && body.sectionType !== 'NEXT_PAGE') ctx.fail('sectionType must be CONTINUOUS or NEXT_PAGE.');
    const { segment, index } = ctx.insertionPoint(body);
    if (segment.kind !== 'body') ctx.fail('Section breaks can only be inserted in the document body.');
    if (tableDepthAt(segment.units, index) > 0) ctx.fail('Section breaks cannot be inserted inside a table.');
    const closing = closingNewline(segment.units, index);
    segment.units.splice(index, 0, newline(closing.paragraphStyle, neighbourTextStyle(segment.units, index)), {
      kind: 'sectionBreak',
      sectionStyle: { columnSeparatorStyle: 'NONE', contentDirection: 'LEFT_TO_RIGHT', sectionType: body.sectionType },
    });
    return {};
  },

  deleteContentRange(ctx: RequestContext, body: NonNullable<DocsRequest['deleteContentRange']>) {
    const { segment, start, end } = ctx.range(body.range);
    const units = segment.units;
    if (end === units.length) ctx.fail('The range cannot include the newline character at the end of the segment.');
    for (let i = 0; i < units.length; i++) {
      if (units[i]!.kind !== 'tableStart') continue;
      const layout = tableLayout(units, i);
      const touches = start <= layout.endMarker && end > layout.start;
      const wholeTable = start <= layout.start && end > layout.endMarker;
      const insideOneCell = layout.rows.some((row) =>
        row.cells.some((cell) => start > cell.start && end <= cell.end - 1),
      );
      if (touches && !wholeTable && !insideOneCell) {
        ctx.fail('Invalid deletion range. Cannot delete part of a table, or the last newline of a table cell.');
      }
    }
    const after = units[end];
    if (after && (after.kind === 'tableStart' || after.kind === 'sectionBreak') && isNewline(units[end - 1])) {
      ctx.fail('Invalid deletion range. Cannot delete the newline before a table or section break without deleting the element.');
    }
    const startsMidParagraph = isInline(units[start - 1]) && !isNewline(units[start - 1]) && isInline(units[start]);
    const firstParagraphStyle = startsMidParagraph ? clone(closingNewline(units, start).paragraphStyle) : undefined;
    const removed = units.splice(start, end - start);
    for (const unit of removed) if (unit.kind === 'footnoteRef') delete ctx.state.footnotes[unit.footnoteId];
    if (firstParagraphStyle && removed.some(isNewline) && isInline(units[start])) {
      const newlineIndex = paragraphAt(units, start).newlineIndex;
      units[newlineIndex] = { ...(units[newlineIndex] as CharUnit), paragraphStyle: firstParagraphStyle };
    }
    return {};
  },

  replaceAllText(ctx: RequestContext, body: NonNullable<DocsRequest['replaceAllText']>) {
    const needle = body.containsText?.text;
    if (typeof needle !== 'string' || needle === '') ctx.fail('containsText.text must not be empty.');
    if (typeof body.replaceText !== 'string') ctx.fail('replaceText must be specified.');
    const matchCase = body.containsText?.matchCase ?? false;
    const fold = (s: string) => (matchCase ? s : s.toLowerCase());
    const target = fold(needle);
    let occurrences = 0;
    const segments = [ctx.state.body, ...Object.values(ctx.state.headers), ...Object.values(ctx.state.footers), ...Object.values(ctx.state.footnotes)];
    for (const segment of segments) {
      const units = segment.units;
      for (let i = 0; i + target.length <= units.length; i++) {
        let matches = true;
        for (let k = 0; k < target.length; k++) {
          const unit = units[i + k];
          if (unit?.kind !== 'char' || fold(unit.ch) !== target[k]) {
            matches = false;
            break;
          }
        }
        if (!matches) continue;
        const first = units[i] as CharUnit;
        const closing = closingNewline(units, i);
        const replacement = [...body.replaceText.replace(STRIPPED_CHARACTERS, '')].flatMap((ch) => ch.split('')).map(
          (ch): Unit => (ch === '\n' ? newline(closing.paragraphStyle, first.textStyle) : { kind: 'char', ch, textStyle: clone(first.textStyle) }),
        );
        units.splice(i, target.length);
        insertUnits(units, i, replacement);
        occurrences += 1;
        i += replacement.length - 1;
      }
    }
    return { replaceAllText: occurrences ? { occurrencesChanged: occurrences } : {} };
  },

  updateTextStyle(ctx: RequestContext, body: NonNullable<DocsRequest['updateTextStyle']>) {
    const fields = ctx.fields(body.fields, TEXT_STYLE_FIELDS);
    const { segment, start, end } = ctx.range(body.range);
    ctx.checkEnums(body.textStyle, 'text_style');
    // Units that shared a style before share the updated one (see textUnits).
    const updated = new Map<DocsTextStyle, DocsTextStyle>();
    for (let i = start; i < end; i++) {
      const unit = segment.units[i];
      if (!isInline(unit)) continue;
      let style = updated.get(unit.textStyle);
      if (style === undefined) {
        style = applyFields(unit.textStyle, body.textStyle, fields);
        updated.set(unit.textStyle, style);
      }
      segment.units[i] = { ...unit, textStyle: style };
    }
    return {};
  },

  updateParagraphStyle(ctx: RequestContext, body: NonNullable<DocsRequest['updateParagraphStyle']>) {
    const fields = ctx.fields(body.fields, PARAGRAPH_STYLE_FIELDS);
    const { segment, start, end } = ctx.range(body.range);
    ctx.checkEnums(body.paragraphStyle, 'paragraph_style');
    // ParagraphStyle.pageBreakBefore (Docs v1 schema): "Attempting to update page_break_before for
    // paragraphs in unsupported regions, including Table, Header, Footer and Footnote, can result
    // in an invalid document state that returns a 400 bad request error."
    if ((fields === '*' || fields.includes('pageBreakBefore')) && (segment.kind !== 'body' || tableDepthAt(segment.units, start) > 0)) {
      ctx.fail('pageBreakBefore cannot be updated for a paragraph in a table, header, footer or footnote.');
    }
    for (const span of paragraphsTouching(segment.units, start, end)) {
      const closing = segment.units[span.newlineIndex] as CharUnit;
      const paragraphStyle = applyFields<DocsParagraphStyle>(closing.paragraphStyle ?? {}, body.paragraphStyle, fields);
      segment.units[span.newlineIndex] = { ...closing, paragraphStyle };
    }
    return {};
  },

  updateDocumentStyle(ctx: RequestContext, body: NonNullable<DocsRequest['updateDocumentStyle']>) {
    const fields = ctx.fields(body.fields, DOCUMENT_STYLE_FIELDS);
    ctx.checkEnums(body.documentStyle, 'document_style');
    const merged = applyFields<DocsDocumentStyle>(ctx.state.documentStyle, body.documentStyle, fields);
    for (const id of ['defaultHeaderId', 'defaultFooterId', 'firstPageHeaderId', 'firstPageFooterId', 'evenPageHeaderId', 'evenPageFooterId'] as const) {
      if (ctx.state.documentStyle[id] !== undefined) merged[id] = ctx.state.documentStyle[id];
    }
    ctx.state.documentStyle = merged;
    return {};
  },

  updateSectionStyle(ctx: RequestContext, body: NonNullable<DocsRequest['updateSectionStyle']>) {
    const fields = ctx.fields(body.fields, SECTION_STYLE_FIELDS);
    const { segment, start, end } = ctx.range(body.range);
    if (segment.kind !== 'body') ctx.fail('Section styles can only be updated in the document body.');
    ctx.checkEnums(body.sectionStyle, 'section_style');
    const breaks = segment.units.flatMap((u, i) => (u.kind === 'sectionBreak' ? [i] : []));
    breaks.forEach((breakIndex, k) => {
      const sectionEnd = breaks[k + 1] ?? segment.units.length;
      if (breakIndex < end && sectionEnd > start) {
        const unit = segment.units[breakIndex] as { kind: 'sectionBreak'; sectionStyle: DocsSectionStyle };
        unit.sectionStyle = applyFields(unit.sectionStyle, body.sectionStyle, fields);
      }
    });
    return {};
  },

  updateTableCellStyle(ctx: RequestContext, body: NonNullable<DocsRequest['updateTableCellStyle']>) {
    const fields = ctx.fields(body.fields, TABLE_CELL_STYLE_FIELDS);
    if (body.tableRange && body.tableStartLocation) ctx.fail('Only one of tableRange and tableStartLocation may be set.');
    if (!body.tableRange && !body.tableStartLocation) ctx.fail('Either tableRange or tableStartLocation must be set.');
    ctx.checkEnums(body.tableCellStyle, 'table_cell_style');
    const { segment, start } = ctx.tableAt(body.tableRange?.tableCellLocation?.tableStartLocation ?? body.tableStartLocation);
    const layout = tableLayout(segment.units, start);
    const rowCount = layout.rows.length;
    const columnCount = layout.rows[0]?.cells.length ?? 0;
    let rowFrom = 0;
    let columnFrom = 0;
    let rowSpan = rowCount;
    let columnSpan = columnCount;
    if (body.tableRange) {
      rowFrom = body.tableRange.tableCellLocation?.rowIndex ?? 0;
      columnFrom = body.tableRange.tableCellLocation?.columnIndex ?? 0;
      rowSpan = ctx.integer(body.tableRange.rowSpan, 'rowSpan');
      columnSpan = ctx.integer(body.tableRange.columnSpan, 'columnSpan');
      if (rowSpan < 1 || columnSpan < 1 || rowFrom < 0 || columnFrom < 0 || rowFrom + rowSpan > rowCount || columnFrom + columnSpan > columnCount) {
        ctx.fail(`The table range is outside the ${rowCount}x${columnCount} table.`);
      }
    }
    const cellUnit = (r: number, c: number): CellStartUnit | undefined => {
      const cell = layout.rows[r]?.cells[c];
      return cell && (segment.units[cell.start] as CellStartUnit);
    };
    const listed = (field: string) => fields === '*' || fields.includes(field);
    const neighbours = { borderRight: [0, 1, 'borderLeft'], borderLeft: [0, -1, 'borderRight'], borderBottom: [1, 0, 'borderTop'], borderTop: [-1, 0, 'borderBottom'] } as const;
    for (let r = rowFrom; r < rowFrom + rowSpan; r++) {
      for (let c = columnFrom; c < columnFrom + columnSpan; c++) {
        const unit = cellUnit(r, c)!;
        unit.cellStyle = applyFields(unit.cellStyle, body.tableCellStyle, fields === '*' ? [...TABLE_CELL_STYLE_FIELDS] : fields);
        for (const [side, [dr, dc, opposite]] of Object.entries(neighbours)) {
          if (!listed(side)) continue;
          const neighbour = cellUnit(r + dr, c + dc);
          if (!neighbour) continue;
          const border = body.tableCellStyle?.[side as keyof typeof neighbours];
          if (border === undefined) delete neighbour.cellStyle[opposite];
          else neighbour.cellStyle[opposite] = clone(border);
        }
      }
    }
    return {};
  },

  updateTableColumnProperties(ctx: RequestContext, body: NonNullable<DocsRequest['updateTableColumnProperties']>) {
    const fields = ctx.fields(body.fields, COLUMN_PROPERTY_FIELDS);
    ctx.checkEnums(body.tableColumnProperties, 'table_column_properties');
    const { unit } = ctx.tableAt(body.tableStartLocation);
    const indices = body.columnIndices?.length ? body.columnIndices : unit.columnProperties.map((_p, i) => i);
    for (const i of indices) {
      const current = unit.columnProperties[i];
      if (!current) ctx.fail(`Column index ${i} is out of bounds.`);
      unit.columnProperties[i] = applyFields(current, body.tableColumnProperties, fields);
    }
    return {};
  },

  updateTableRowStyle(ctx: RequestContext, body: NonNullable<DocsRequest['updateTableRowStyle']>) {
    const fields = ctx.fields(body.fields, ROW_STYLE_FIELDS);
    ctx.checkEnums(body.tableRowStyle, 'table_row_style');
    const { segment, start } = ctx.tableAt(body.tableStartLocation);
    const rows = tableLayout(segment.units, start).rows;
    const indices = body.rowIndices?.length ? body.rowIndices : rows.map((_r, i) => i);
    for (const i of indices) {
      const row = rows[i];
      if (!row) ctx.fail(`Row index ${i} is out of bounds.`);
      const unit = segment.units[row.start] as RowStartUnit;
      unit.rowStyle = applyFields(unit.rowStyle, body.tableRowStyle, fields);
    }
    return {};
  },

  createHeader(ctx: RequestContext, body: NonNullable<DocsRequest['createHeader']>) {
    return { createHeader: { headerId: createHeaderOrFooter(ctx, body, 'header') } };
  },

  createFooter(ctx: RequestContext, body: NonNullable<DocsRequest['createFooter']>) {
    return { createFooter: { footerId: createHeaderOrFooter(ctx, body, 'footer') } };
  },

  createParagraphBullets(ctx: RequestContext, body: NonNullable<DocsRequest['createParagraphBullets']>) {
    const preset = body.bulletPreset;
    if (typeof preset !== 'string' || !BULLET_PRESETS.includes(preset)) {
      throw new DocsRequestError(`Invalid value at 'requests[${ctx.number}].create_paragraph_bullets.bullet_preset', "${String(preset)}"`);
    }
    const { segment, start, end } = ctx.range(body.range);
    const listId = ctx.newId('list');
    const numbered = preset.startsWith('NUMBERED');
    ctx.state.lists[listId] = {
      listProperties: {
        nestingLevels: Array.from({ length: 9 }, (_v, level) => ({
          ...(numbered ? { glyphType: 'DECIMAL', glyphFormat: `%${level}.` } : { glyphSymbol: '●', glyphFormat: `%${level}` }),
          bulletAlignment: 'START',
          indentFirstLine: { magnitude: 18 + 36 * level, unit: 'PT' },
          indentStart: { magnitude: 36 + 36 * level, unit: 'PT' },
          startNumber: 1,
        })),
      },
    };
    const spans = paragraphsTouching(segment.units, start, end);
    for (const span of spans.reverse()) {
      let tabs = 0;
      while ((segment.units[span.start + tabs] as CharUnit | undefined)?.ch === '\t') tabs += 1;
      const closing = segment.units[span.newlineIndex] as CharUnit;
      const bullet = tabs > 0 ? { listId, nestingLevel: tabs, textStyle: {} } : { listId, textStyle: {} };
      segment.units[span.newlineIndex] = { ...closing, bullet };
      segment.units.splice(span.start, tabs);
    }
    return {};
  },

  deleteParagraphBullets(ctx: RequestContext, body: NonNullable<DocsRequest['deleteParagraphBullets']>) {
    const { segment, start, end } = ctx.range(body.range);
    for (const span of paragraphsTouching(segment.units, start, end)) {
      const { bullet: _removed, ...closing } = segment.units[span.newlineIndex] as CharUnit;
      segment.units[span.newlineIndex] = closing;
    }
    return {};
  },
};

function createHeaderOrFooter(
  ctx: RequestContext,
  body: { type?: string | null; sectionBreakLocation?: DocsLocation },
  which: 'header' | 'footer',
): string {
  if (body.type !== 'DEFAULT') {
    throw new DocsRequestError(`Invalid value at 'requests[${ctx.number}].create_${which}.type', "${String(body.type)}"`);
  }
  const idField = which === 'header' ? 'defaultHeaderId' : 'defaultFooterId';
  let owner: DocsDocumentStyle | DocsSectionStyle = ctx.state.documentStyle;
  if (body.sectionBreakLocation) {
    const index = ctx.integer(body.sectionBreakLocation.index, 'sectionBreakLocation index');
    const unit = ctx.state.body.units[index];
    if (unit?.kind !== 'sectionBreak') ctx.fail(`The sectionBreakLocation ${index} is not a section break.`);
    if (index > 0) owner = unit.sectionStyle;
  }
  if (owner[idField] !== undefined) ctx.fail(`A default ${which} already exists.`);
  const id = ctx.newId(which === 'header' ? 'hdr' : 'ftr');
  const segment: Segment = { kind: which, id, units: [newline()] };
  if (which === 'header') ctx.state.headers[id] = segment;
  else ctx.state.footers[id] = segment;
  owner[idField] = id;
  return id;
}

const KNOWN_KINDS = new Set<string>([...SUPPORTED_REQUEST_KINDS, ...UNIMPLEMENTED_REQUEST_KINDS]);

/** Applies `requests` to `state` in order, returning one reply per request; throws on the first bad one. */
export function applyRequests(state: DocState, requests: readonly DocsRequest[]): DocsResponse[] {
  const replies = requests.map((request, number) => {
    if (!request || typeof request !== 'object' || Array.isArray(request)) {
      throw new DocsRequestError(`Invalid JSON payload received. 'requests[${number}]' must be an object.`);
    }
    const kinds = Object.keys(request).filter((k) => (request as Record<string, unknown>)[k] !== undefined);
    const unknown = kinds.find((k) => !KNOWN_KINDS.has(k));
    if (unknown) throw new DocsRequestError(`Invalid JSON payload received. Unknown name "${unknown}" at 'requests[${number}]': Cannot find field.`);
    if (kinds.length === 0) throw new DocsRequestError(`Invalid requests[${number}]: The request must specify exactly one kind of update.`);
    if (kinds.length > 1) {
      throw new DocsRequestError(
        `Invalid value at 'requests[${number}]' (oneof), oneof field 'request' is already set. Cannot set '${kinds[1]}'`,
      );
    }
    const kind = kinds[0]!;
    if (UNIMPLEMENTED_REQUEST_KINDS.has(kind)) {
      throw new DocsRequestError(`requests[${number}].${kind} is a real Docs request that the fake Docs service does not implement.`);
    }
    const ctx = new RequestContext(state, number, kind);
    const body = (request as Record<string, unknown>)[kind];
    if (!body || typeof body !== 'object') ctx.fail('The request body must be an object.');
    return (handlers[kind as Kind] as (ctx: RequestContext, body: unknown) => DocsResponse)(ctx, body);
  });
  for (const segment of [state.body, ...Object.values(state.headers), ...Object.values(state.footers), ...Object.values(state.footnotes)]) {
    assertWellFormed(segment);
  }
  return replies;
}
