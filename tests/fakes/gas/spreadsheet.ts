/**
 * Fake SpreadsheetApp, Spreadsheet, Sheet, Range, Protection and DataValidation: a stateful
 * in-memory workbook that behaves like Sheets where baocao depends on it. Cells hold strings,
 * numbers, booleans or Dates (as getValues returns them) plus notes, backgrounds, fonts, number
 * formats, validations and borders; getValues pads to the range with ''; strings written with
 * setValues are interpreted as Sheets would ("001" becomes 1, '=…' becomes a formula that reads
 * as '#NAME?' unless a result is seeded); ranges outside the grid throw. Protections carry
 * editors and, in enforcing mode, a write by an effective user who may not edit a protected
 * cell throws Sheets' "You are trying to edit a protected cell or object" error. Every call is
 * logged in the shared CallLog; the test controls (seed, cell, valuesSnapshot, ...) are not.
 *
 * Held to Google (sources in BEHAVIOURS.md): the spreadsheet has its own time zone and locale,
 * separate from the script's; changing the zone keeps every date's wall-clock reading (cells hold
 * serial numbers); a cell holds at most 50,000 characters; a chart or data-source sheet has no
 * cells; a protection's editors may be groups, removeEditors never removes the owner nor the
 * running user, and removing the group through which the running user edits throws.
 */
import type {
  BorderStyle as BorderStyleValue,
  CellValue,
  DataValidationBuilderSurface,
  DataValidationCriteria as DataValidationCriteriaValue,
  DataValidationSurface,
  EmbeddedChartBuilderSurface,
  EmbeddedChartSurface,
  FontStyle,
  FontWeight,
  ProtectionSurface,
  ProtectionType as ProtectionTypeValue,
  RangeSurface,
  SheetSurface,
  SpreadsheetAppSurface,
  SpreadsheetSurface,
  SheetType as SheetTypeValue,
  UiSurface,
  UserSurface,
  VerticalAlignment,
} from '../../../src/gas/surface';
import { parseA1, rangeA1 } from './a1';
import type { CallLog } from './call-log';
import { displayValue, interpretWrite } from './cell-format';
import { SheetCharts, type ChartState } from './charts';
import { BorderStyle, DataValidationCriteria, ProtectionType, SheetType, enumName } from './enums';
import { FakeUser, type FakeSession } from './session';
import { dateInZone, zonedParts } from './zoned-time';

export const PROTECTED_CELL_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
export const PROTECTION_PERMISSION_MESSAGE = 'You do not have permission to perform that action.';
export const FORMULA_WITHOUT_RESULT = '#NAME?';
/** https://support.google.com/drive/answer/37603: "Cells: up to 50,000 characters" per cell. */
export const CELL_CHARACTER_LIMIT = 50_000;
/** https://support.google.com/drive/answer/37603: "up to 10 million cells" per spreadsheet. */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;
export const TOO_MANY_CELLS_MESSAGE = `This action would increase the number of cells in the workbook above the limit of ${SPREADSHEET_CELL_LIMIT} cells.`;
export const CELL_TOO_LONG_MESSAGE = `Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`;
/** Observed wording when a script touches the cells of a chart sheet. */
export const NON_GRID_MESSAGE = (type: string) => `The action is not supported for ${type} sheet.`;
/** Wording invented (the behaviour is from Google's Protection sample; the text is not published). */
export const REMOVES_OWN_ACCESS_MESSAGE = 'You cannot remove the group through which you have edit access; add yourself as an editor first.';

export interface BorderLine {
  color: string;
  style: string;
}

export interface CellBorders {
  top?: BorderLine;
  left?: BorderLine;
  bottom?: BorderLine;
  right?: BorderLine;
}

/** Everything the fake knows about one cell; absent fields mean Sheets' defaults. */
export interface CellState {
  value: CellValue;
  formula?: string;
  note?: string;
  background?: string;
  fontWeight?: FontWeight;
  fontStyle?: FontStyle;
  fontSize?: number;
  numberFormat?: string;
  validation?: FakeDataValidation;
  wrap?: boolean;
  verticalAlignment?: VerticalAlignment;
  borders?: CellBorders;
}

export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function contains(area: Area, row: number, column: number): boolean {
  return row >= area.row && row < area.row + area.numRows && column >= area.column && column < area.column + area.numColumns;
}

function cloneCell(cell: CellState): CellState {
  const copy: CellState = { ...cell };
  if (cell.value instanceof Date) copy.value = new Date(cell.value.getTime());
  if (cell.borders) copy.borders = { ...cell.borders };
  return copy;
}

/** Shared by every object of one fake workbook. */
export interface SpreadsheetContext {
  calls: CallLog;
  session: FakeSession;
  enforceProtections: boolean;
  ui: UiSurface;
  /** Where a copy (Spreadsheet.copy) is registered: SpreadsheetApp, Drive, and its copied bound script. */
  copies?: {
    newId(source: FakeSpreadsheet): string;
    onCopy(source: FakeSpreadsheet, copy: FakeSpreadsheet): void;
  };
}

/* ================================================================== data validation */

export class FakeDataValidation implements DataValidationSurface {
  constructor(
    readonly criteria: string,
    readonly values: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  getCriteriaType(): DataValidationCriteriaValue {
    return DataValidationCriteria[this.criteria as keyof typeof DataValidationCriteria];
  }
  getCriteriaValues(): unknown[] {
    return this.values.map((v) => (Array.isArray(v) ? [...(v as unknown[])] : v));
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder implements DataValidationBuilderSurface {
  private criteria: string | null = null;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilderSurface {
    return this.with('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireCheckbox(): DataValidationBuilderSurface {
    return this.with('CHECKBOX', []);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilderSurface {
    return this.with('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderSurface {
    return this.with('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireDate(): DataValidationBuilderSurface {
    return this.with('DATE_IS_VALID_DATE', []);
  }
  requireTextIsEmail(): DataValidationBuilderSurface {
    return this.with('TEXT_IS_VALID_EMAIL', []);
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderSurface {
    this.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilderSurface {
    this.helpText = helpText;
    return this;
  }
  build(): DataValidationSurface {
    if (this.criteria === null) throw new Error('The data validation rule has no criteria.');
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }

  private with(criteria: string, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }
}

function asFakeValidation(rule: DataValidationSurface | null): FakeDataValidation | undefined {
  if (rule === null) return undefined;
  if (!(rule instanceof FakeDataValidation)) throw new Error('Data validation rules must come from SpreadsheetApp.newDataValidation()');
  return rule;
}

/* ================================================================== protection */

let nextProtectionId = 1;

export class FakeProtection implements ProtectionSurface {
  description = '';
  /** The Sheets API's protectedRangeId. */
  readonly id = nextProtectionId++;
  removed = false;
  /** Until the editors or domain setting are changed, a new protection mirrors the spreadsheet's editors. */
  private mirrorsSpreadsheet = true;
  private readonly editors = new Set<string>();
  private domainEdit = false;
  private warningOnly = false;
  unprotected: Area[] = [];

  constructor(
    readonly sheet: FakeSheet,
    readonly type: 'RANGE' | 'SHEET',
    /** The protected cells; for a sheet protection, the whole sheet. */
    public area: Area | null,
    creator: string,
  ) {
    // "Until the script actually changes the list of editors … the permissions mirror those of
    // the spreadsheet itself" (Range.protect): the creator is not added in their own right.
    for (const editor of sheet.spreadsheet.editorEmails()) this.editors.add(editor);
    void creator;
  }

  setDescription(description: string): ProtectionSurface {
    this.log('setDescription');
    this.assertMayModify();
    this.description = description;
    return this;
  }
  getDescription(): string {
    this.log('getDescription');
    return this.description;
  }
  addEditor(emailAddress: string): ProtectionSurface {
    return this.addEditors([emailAddress]);
  }
  addEditors(emailAddresses: string[]): ProtectionSurface {
    this.log(emailAddresses.length === 1 ? 'addEditor' : 'addEditors');
    this.assertMayModify();
    this.freeze();
    for (const email of emailAddresses) this.editors.add(String(email).toLowerCase());
    return this;
  }
  removeEditor(emailAddress: string): ProtectionSurface {
    return this.removeEditors([emailAddress]);
  }
  /** Like Sheets, never removes the spreadsheet owner, nor the user running the script. */
  removeEditors(emailAddresses: string[] | UserSurface[]): ProtectionSurface {
    this.log(emailAddresses.length === 1 ? 'removeEditor' : 'removeEditors');
    this.assertMayModify();
    const spreadsheet = this.sheet.spreadsheet;
    const me = this.sheet.context.session.currentEditor().toLowerCase();
    const keep = new Set([spreadsheet.ownerEmail, me]);
    const removing = emailAddresses.map((entry) => (typeof entry === 'string' ? entry : entry.getEmail()).toLowerCase());
    const after = new Set(this.editorEmails());
    for (const email of removing) if (!keep.has(email)) after.delete(email);
    // Google's sample: "if the user's edit permission comes from a group, the script throws an
    // exception upon removing the group" unless the user was added as an editor first.
    if (me !== spreadsheet.ownerEmail && this.reaches(this.editorEmails(), me) && !this.reaches([...after], me)) {
      throw new Error(REMOVES_OWN_ACCESS_MESSAGE);
    }
    this.mirrorsSpreadsheet = false;
    this.editors.clear();
    for (const email of after) this.editors.add(email);
    return this;
  }
  getEditors(): UserSurface[] {
    this.log('getEditors');
    return this.editorEmails().map((email) => new FakeUser(email));
  }
  setDomainEdit(editable: boolean): ProtectionSurface {
    this.log('setDomainEdit');
    this.assertMayModify();
    this.freeze();
    this.domainEdit = editable;
    return this;
  }
  canDomainEdit(): boolean {
    this.log('canDomainEdit');
    return this.domainEdit;
  }
  canEdit(): boolean {
    this.log('canEdit');
    return this.allows(this.sheet.context.session.currentEditor());
  }
  setWarningOnly(warningOnly: boolean): ProtectionSurface {
    this.log('setWarningOnly');
    this.assertMayModify();
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    this.log('isWarningOnly');
    return this.warningOnly;
  }
  remove(): void {
    this.log('remove');
    this.assertMayModify();
    this.removed = true;
  }
  getRange(): RangeSurface {
    this.log('getRange');
    const area = this.area ?? this.sheet.wholeSheet();
    return new FakeRange(this.sheet, area.row, area.column, area.numRows, area.numColumns);
  }
  getProtectionType(): ProtectionTypeValue {
    this.log('getProtectionType');
    return ProtectionType[this.type];
  }
  setUnprotectedRanges(ranges: RangeSurface[]): ProtectionSurface {
    this.log('setUnprotectedRanges');
    this.assertMayModify();
    if (this.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = ranges.map((range) => {
      if (!(range instanceof FakeRange) || range.sheet !== this.sheet) throw new Error('Unprotected ranges must be on the protected sheet.');
      return range.area();
    });
    return this;
  }
  getUnprotectedRanges(): RangeSurface[] {
    this.log('getUnprotectedRanges');
    return this.unprotected.map((a) => new FakeRange(this.sheet, a.row, a.column, a.numRows, a.numColumns));
  }

  /* ---- plumbing ---- */

  /**
   * A protection as a copy of the file holds it: same settings, but the person who made the
   * copy is its only editor (burnash/gspread#1072: after a copy "the protected ranges are still
   * correctly defined … however, the Editors for the protected ranges have been changed to just myself").
   */
  copiedFrom(source: FakeProtection, copier: string): void {
    this.warningOnly = source.isWarningOnlyQuiet();
    this.domainEdit = false;
    this.mirrorsSpreadsheet = false;
    this.editors.clear();
    this.editors.add(copier.toLowerCase());
  }

  /** The Sheets API's updateProtectedRange / addProtectedRange: the editors as given, the owner always. */
  replaceEditors(emails: ReadonlyArray<string>, domainUsersCanEdit: boolean): void {
    this.mirrorsSpreadsheet = false;
    this.editors.clear();
    for (const email of emails) this.editors.add(email.toLowerCase());
    this.domainEdit = domainUsersCanEdit;
  }

  setWarningOnlyQuiet(value: boolean): void {
    this.warningOnly = value;
  }

  /** The first change to the editors turns the spreadsheet's editors into the protection's own list. */
  private freeze(): void {
    if (!this.mirrorsSpreadsheet) return;
    for (const editor of this.sheet.spreadsheet.editorEmails()) this.editors.add(editor);
    this.mirrorsSpreadsheet = false;
  }

  /** Whether this (live, enforcing) protection covers a cell. */
  covers(row: number, column: number): boolean {
    if (this.removed || this.warningOnly) return false;
    if (this.type === 'RANGE') return this.area !== null && contains(this.area, row, column);
    return !this.unprotected.some((a) => contains(a, row, column));
  }

  allows(email: string): boolean {
    const user = email.toLowerCase();
    const spreadsheet = this.sheet.spreadsheet;
    if (user === spreadsheet.ownerEmail) return true;
    if (this.mirrorsSpreadsheet) return this.reaches(spreadsheet.editorEmails(), user);
    if (this.reaches([...this.editors], user)) return true;
    return this.domainEdit && domainOf(user) === domainOf(spreadsheet.ownerEmail);
  }

  /** Whether `user` is in `entries` directly or through a group among them. */
  private reaches(entries: ReadonlyArray<string>, user: string): boolean {
    const groups = this.sheet.spreadsheet.groups;
    return entries.some((entry) => entry === user || (groups.get(entry)?.includes(user) ?? false));
  }

  editorEmails(): string[] {
    return this.mirrorsSpreadsheet ? [...new Set([...this.editors, ...this.sheet.spreadsheet.editorEmails()])] : [...this.editors];
  }

  isWarningOnlyQuiet(): boolean {
    return this.warningOnly;
  }

  domainEditQuiet(): boolean {
    return this.domainEdit;
  }

  private assertMayModify(): void {
    const ctx = this.sheet.context;
    if (ctx.enforceProtections && !this.allows(ctx.session.currentEditor())) throw new Error(PROTECTION_PERMISSION_MESSAGE);
  }

  private log(method: string): void {
    this.sheet.context.calls.record(`Protection.${method}`);
  }
}

function domainOf(email: string): string {
  return email.slice(email.indexOf('@') + 1);
}

/* ================================================================== range */

type CellStyleKey = 'background' | 'fontWeight' | 'fontStyle' | 'fontSize' | 'numberFormat' | 'wrap' | 'verticalAlignment';

export class FakeRange implements RangeSurface {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  getValue(): CellValue {
    this.log('getValue');
    return this.sheet.readValue(this.row, this.column);
  }
  getValues(): CellValue[][] {
    this.log('getValues');
    return this.grid((r, c) => this.sheet.readValue(r, c));
  }
  setValue(value: CellValue): RangeSurface {
    this.log('setValue');
    this.sheet.assertEditable(this.area());
    this.each((r, c) => this.sheet.writeValue(r, c, value));
    return this;
  }
  setValues(values: CellValue[][]): RangeSurface {
    this.log('setValues');
    this.assertShape(values);
    this.sheet.assertEditable(this.area());
    this.each((r, c) => this.sheet.writeValue(r, c, values[r - this.row]![c - this.column]));
    return this;
  }
  getFormulas(): string[][] {
    this.log('getFormulas');
    return this.grid((r, c) => this.sheet.peek(r, c)?.formula ?? '');
  }
  getDisplayValues(): string[][] {
    this.log('getDisplayValues');
    return this.grid((r, c) => this.sheet.displayValue(r, c));
  }
  getNotes(): string[][] {
    this.log('getNotes');
    return this.grid((r, c) => this.sheet.peek(r, c)?.note ?? '');
  }
  setNotes(notes: Array<Array<string | null>>): RangeSurface {
    this.log('setNotes');
    this.assertShape(notes);
    this.sheet.assertEditable(this.area());
    this.each((r, c) => this.sheet.setStyle(r, c, 'note', notes[r - this.row]![c - this.column] || undefined));
    return this;
  }
  setNote(note: string | null): RangeSurface {
    this.log('setNote');
    this.sheet.assertEditable(this.area());
    this.each((r, c) => this.sheet.setStyle(r, c, 'note', note || undefined));
    return this;
  }
  getBackgrounds(): string[][] {
    this.log('getBackgrounds');
    return this.grid((r, c) => this.sheet.peek(r, c)?.background ?? '#ffffff');
  }
  setBackgrounds(color: Array<Array<string | null>>): RangeSurface {
    this.log('setBackgrounds');
    return this.setStyleGrid('background', color);
  }
  setBackground(color: string | null): RangeSurface {
    this.log('setBackground');
    return this.setStyleAll('background', color ?? undefined);
  }
  getFontWeights(): FontWeight[][] {
    this.log('getFontWeights');
    return this.grid((r, c) => this.sheet.peek(r, c)?.fontWeight ?? 'normal');
  }
  setFontWeight(fontWeight: FontWeight | null): RangeSurface {
    this.log('setFontWeight');
    return this.setStyleAll('fontWeight', fontWeight ?? undefined);
  }
  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): RangeSurface {
    this.log('setFontWeights');
    return this.setStyleGrid('fontWeight', fontWeights);
  }
  setFontStyle(fontStyle: FontStyle | null): RangeSurface {
    this.log('setFontStyle');
    return this.setStyleAll('fontStyle', fontStyle ?? undefined);
  }
  setFontSize(size: number): RangeSurface {
    this.log('setFontSize');
    return this.setStyleAll('fontSize', size);
  }
  setWrap(isWrapEnabled: boolean): RangeSurface {
    this.log('setWrap');
    return this.setStyleAll('wrap', isWrapEnabled);
  }
  getNumberFormats(): string[][] {
    this.log('getNumberFormats');
    return this.grid((r, c) => this.sheet.peek(r, c)?.numberFormat ?? '');
  }
  setNumberFormat(numberFormat: string): RangeSurface {
    this.log('setNumberFormat');
    return this.setStyleAll('numberFormat', numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): RangeSurface {
    this.log('setNumberFormats');
    return this.setStyleGrid('numberFormat', numberFormats);
  }
  setDataValidation(rule: DataValidationSurface | null): RangeSurface {
    this.log('setDataValidation');
    const validation = asFakeValidation(rule);
    this.sheet.assertEditable(this.area());
    this.each((r, c) => this.sheet.setStyle(r, c, 'validation', validation));
    return this;
  }
  setDataValidations(rules: Array<Array<DataValidationSurface | null>>): RangeSurface {
    this.log('setDataValidations');
    this.assertShape(rules);
    const validations = rules.map((row) => row.map(asFakeValidation));
    this.sheet.assertEditable(this.area());
    this.each((r, c) => this.sheet.setStyle(r, c, 'validation', validations[r - this.row]![c - this.column]));
    return this;
  }
  getDataValidations(): Array<Array<DataValidationSurface | null>> {
    this.log('getDataValidations');
    return this.grid((r, c) => this.sheet.peek(r, c)?.validation ?? null);
  }
  getRow(): number {
    this.log('getRow');
    return this.row;
  }
  getColumn(): number {
    this.log('getColumn');
    return this.column;
  }
  getNumRows(): number {
    this.log('getNumRows');
    return this.numRows;
  }
  getNumColumns(): number {
    this.log('getNumColumns');
    return this.numColumns;
  }
  getA1Notation(): string {
    this.log('getA1Notation');
    return rangeA1(this.row, this.column, this.numRows, this.numColumns);
  }
  getSheet(): SheetSurface {
    this.log('getSheet');
    return this.sheet;
  }
  clearContent(): RangeSurface {
    this.log('clearContent');
    this.sheet.assertEditable(this.area());
    this.each((r, c) => this.sheet.clearCell(r, c, 'content'));
    return this;
  }
  setVerticalAlignment(alignment: VerticalAlignment | null): RangeSurface {
    this.log('setVerticalAlignment');
    return this.setStyleAll('verticalAlignment', alignment ?? undefined);
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: BorderStyleValue | null,
  ): RangeSurface {
    this.log('setBorder');
    this.sheet.assertEditable(this.area());
    const line: BorderLine = { color: color ?? '#000000', style: enumName(style ?? BorderStyle.SOLID) };
    const lastRow = this.row + this.numRows - 1;
    const lastColumn = this.column + this.numColumns - 1;
    this.each((r, c) => {
      const borders: CellBorders = { ...(this.sheet.peek(r, c)?.borders ?? {}) };
      const apply = (side: keyof CellBorders, flag: boolean | null): void => {
        if (flag === true) borders[side] = line;
        if (flag === false) delete borders[side];
      };
      apply('top', r === this.row ? top : horizontal);
      apply('bottom', r === lastRow ? bottom : horizontal);
      apply('left', c === this.column ? left : vertical);
      apply('right', c === lastColumn ? right : vertical);
      this.sheet.setStyle(r, c, 'borders', Object.keys(borders).length ? borders : undefined);
    });
    return this;
  }
  protect(): ProtectionSurface {
    this.log('protect');
    return this.sheet.addProtection('RANGE', this.area());
  }
  activate(): RangeSurface {
    this.log('activate');
    this.sheet.spreadsheet.activeSheetName = this.sheet.name;
    return this;
  }

  /* ---- plumbing ---- */

  area(): Area {
    return { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
  }

  /** What a chart built over this range remembers (charts.ts). */
  chartArea(): { sheet: string; area: Area } {
    return { sheet: this.sheet.name, area: this.area() };
  }

  private log(method: string): void {
    this.sheet.context.calls.record(`Range.${method}`);
  }

  private grid<T>(read: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(read(this.row + r, this.column + c));
      out.push(line);
    }
    return out;
  }

  private each(visit: (row: number, column: number) => void): void {
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numColumns; c++) visit(this.row + r, this.column + c);
  }

  private assertShape(data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.numRows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  private setStyleAll<K extends CellStyleKey>(key: K, value: CellState[K]): RangeSurface {
    this.sheet.assertEditable(this.area());
    this.each((r, c) => this.sheet.setStyle(r, c, key, value));
    return this;
  }

  private setStyleGrid<K extends CellStyleKey>(key: K, values: Array<Array<CellState[K] | null>>): RangeSurface {
    this.assertShape(values);
    this.sheet.assertEditable(this.area());
    this.each((r, c) => this.sheet.setStyle(r, c, key, values[r - this.row]![c - this.column] ?? undefined));
    return this;
  }
}

/* ================================================================== sheet */

export class FakeSheet implements SheetSurface {
  private readonly cells = new Map<string, CellState>();
  private frozenRows = 0;
  private frozenColumns = 0;
  private readonly columnWidths = new Map<number, number>();
  private tabColor: string | null = null;
  private hidden = false;
  readonly protections: FakeProtection[] = [];
  /** GRID holds cells; OBJECT is a chart on its own sheet; DATASOURCE a connected-data sheet. */
  sheetType: 'GRID' | 'OBJECT' | 'DATASOURCE' = 'GRID';
  readonly charts: SheetCharts = new SheetCharts((sheet: string, area: Area): RangeSurface => {
    const target: FakeSheet = this.spreadsheet.findSheet(sheet) ?? this;
    return new FakeRange(target, area.row, area.column, area.numRows, area.numColumns);
  });

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  getType(): SheetTypeValue {
    this.log('getType');
    return SheetType[this.sheetType as keyof typeof SheetType];
  }

  /** Reading or writing cells of a chart or data-source sheet fails, as on Google. */
  assertGrid(): void {
    if (this.sheetType !== 'GRID') throw new Error(NON_GRID_MESSAGE(this.sheetType === 'DATASOURCE' ? 'DATA_SOURCE' : 'OBJECT'));
  }

  get context(): SpreadsheetContext {
    return this.spreadsheet.context;
  }

  getName(): string {
    this.log('getName');
    return this.name;
  }
  setName(name: string): SheetSurface {
    this.log('setName');
    this.assertSheetEditable();
    if (name !== this.name && this.spreadsheet.findSheet(name)) throw new Error(duplicateSheetMessage(name));
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.log('getSheetId');
    return this.sheetId;
  }
  getIndex(): number {
    this.log('getIndex');
    return this.spreadsheet.sheetList().indexOf(this) + 1;
  }
  getLastRow(): number {
    this.log('getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.log('getLastColumn');
    return this.lastColumn();
  }
  getMaxRows(): number {
    this.log('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.log('getMaxColumns');
    return this.maxColumns;
  }
  getDataRange(): RangeSurface {
    this.log('getDataRange');
    this.assertGrid();
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  getRange(row: number, column: number): RangeSurface;
  getRange(row: number, column: number, numRows: number): RangeSurface;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeSurface;
  getRange(a1Notation: string): RangeSurface;
  getRange(first: number | string, column?: number, numRows = 1, numColumns = 1): RangeSurface {
    this.log('getRange');
    this.assertGrid();
    if (typeof first === 'string') {
      const area = this.areaOfA1(first);
      return new FakeRange(this, area.row, area.column, area.numRows, area.numColumns);
    }
    return this.checkedRange(first, column ?? NaN, numRows, numColumns);
  }
  setFrozenRows(rows: number): void {
    this.log('setFrozenRows');
    this.assertSheetEditable();
    if (rows < 0 || rows > this.maxRows) throw new Error('Invalid argument: rows');
    this.frozenRows = rows;
  }
  /** Sheet.setFrozenColumns: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setfrozencolumnscolumns */
  setFrozenColumns(columns: number): void {
    this.log('setFrozenColumns');
    this.assertSheetEditable();
    if (columns < 0 || columns > this.maxColumns) throw new Error('Invalid argument: columns');
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    this.log('getFrozenColumns');
    return this.frozenColumns;
  }
  getFrozenRows(): number {
    this.log('getFrozenRows');
    return this.frozenRows;
  }
  setColumnWidth(columnPosition: number, width: number): SheetSurface {
    this.log('setColumnWidth');
    this.assertSheetEditable();
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetSurface {
    this.log('setColumnWidths');
    this.assertSheetEditable();
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetSurface {
    this.log('insertRowsAfter');
    if (afterPosition < 1 || afterPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    if (howMany < 1) throw new Error('Invalid argument: howMany');
    this.spreadsheet.assertRoomFor(howMany * this.maxColumns);
    this.assertSheetEditable();
    const moved = [...this.cells.entries()].map(([key, cell]) => {
      const [r, c] = key.split(',').map(Number) as [number, number];
      return { r: r > afterPosition ? r + howMany : r, c, cell };
    });
    this.cells.clear();
    for (const { r, c, cell } of moved) this.cells.set(`${r},${c}`, cell);
    const shift = (area: Area): void => {
      if (area.row > afterPosition) area.row += howMany;
      else if (area.row + area.numRows - 1 > afterPosition) area.numRows += howMany;
    };
    for (const p of this.protections) {
      if (p.area && p.type === 'RANGE') shift(p.area);
      p.unprotected.forEach(shift);
    }
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetSurface {
    this.log('insertColumnsAfter');
    if (afterPosition < 1 || afterPosition > this.maxColumns) throw new Error('Those columns are out of bounds.');
    if (howMany < 1) throw new Error('Invalid argument: howMany');
    this.spreadsheet.assertRoomFor(howMany * this.maxRows);
    this.assertSheetEditable();
    const moved = [...this.cells.entries()].map(([key, cell]) => {
      const [r, c] = key.split(',').map(Number) as [number, number];
      return { r, c: c > afterPosition ? c + howMany : c, cell };
    });
    this.cells.clear();
    for (const { r, c, cell } of moved) this.cells.set(`${r},${c}`, cell);
    this.maxColumns += howMany;
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.log('deleteRows');
    this.assertSheetEditable();
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows) throw new Error('Those rows are out of bounds.');
    if (howMany >= this.maxRows) throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
    this.removeLines('row', rowPosition, howMany);
    this.maxRows -= howMany;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.log('deleteColumns');
    this.assertSheetEditable();
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.maxColumns) throw new Error('Those columns are out of bounds.');
    if (howMany >= this.maxColumns) throw new Error("Sorry, it is not possible to delete all non-frozen columns.");
    this.removeLines('column', columnPosition, howMany);
    this.maxColumns -= howMany;
  }
  private removeLines(axis: 'row' | 'column', start: number, count: number): void {
    const moved = [...this.cells.entries()].flatMap(([key, cell]) => {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const at = axis === 'row' ? r : c;
      if (at >= start && at < start + count) return [];
      const shifted = at >= start + count ? at - count : at;
      return [{ r: axis === 'row' ? shifted : r, c: axis === 'row' ? c : shifted, cell }];
    });
    this.cells.clear();
    for (const { r, c, cell } of moved) this.cells.set(`${r},${c}`, cell);
  }
  clear(): SheetSurface {
    this.log('clear');
    this.assertEditable(this.wholeSheet());
    for (const key of [...this.cells.keys()]) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      this.clearCell(r, c, 'contentAndFormat');
    }
    return this;
  }
  clearNotes(): SheetSurface {
    this.log('clearNotes');
    this.assertEditable(this.wholeSheet());
    for (const key of [...this.cells.keys()]) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      this.setStyle(r, c, 'note', undefined);
    }
    return this;
  }
  protect(): ProtectionSurface {
    this.log('protect');
    const existing = this.protections.find((p) => p.type === 'SHEET' && !p.removed);
    return existing ?? this.addProtection('SHEET', null);
  }
  getProtections(type: ProtectionTypeValue): ProtectionSurface[] {
    this.log('getProtections');
    return this.protections.filter((p) => !p.removed && p.type === enumName(type));
  }
  setTabColor(color: string | null): SheetSurface {
    this.log('setTabColor');
    this.assertSheetEditable();
    this.tabColor = color;
    return this;
  }
  hideSheet(): SheetSurface {
    this.log('hideSheet');
    this.assertSheetEditable();
    const visible = this.spreadsheet.sheetList().filter((s) => !s.hidden && s !== this);
    if (visible.length === 0) throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  showSheet(): SheetSurface {
    this.log('showSheet');
    this.assertSheetEditable();
    this.hidden = false;
    return this;
  }
  /** Hidden state for the fake's own use (the Sheets API fake); not a logged Apps Script call. */
  isHiddenUnlogged(): boolean {
    return this.hidden;
  }

  isSheetHidden(): boolean {
    this.log('isSheetHidden');
    return this.hidden;
  }
  activate(): SheetSurface {
    this.log('activate');
    this.hidden = false;
    this.spreadsheet.activeSheetName = this.name;
    return this;
  }
  /** A builder only: no round trip until the chart is inserted. */
  newChart(): EmbeddedChartBuilderSurface {
    this.context.calls.record('Sheet.newChart', 'local');
    return this.charts.builder();
  }
  insertChart(chart: EmbeddedChartSurface): void {
    this.log('insertChart');
    this.assertSheetEditable();
    this.charts.insert(chart);
  }
  getCharts(): EmbeddedChartSurface[] {
    this.log('getCharts');
    return this.charts.list();
  }
  removeChart(chart: EmbeddedChartSurface): void {
    this.log('removeChart');
    this.assertSheetEditable();
    this.charts.remove(chart);
  }
  updateChart(chart: EmbeddedChartSurface): void {
    this.log('updateChart');
    this.assertSheetEditable();
    this.charts.update(chart);
  }

  /* ---- test controls (no call logging, no protection checks, no coercion) ---- */

  /** The charts on this sheet, as plain data. */
  chartStates(): ChartState[] {
    return this.charts.states();
  }

  /**
   * This sheet as a copy of the file holds it: the same id, cells, notes, formats, validations,
   * sizes, frozen panes, colour, visibility and charts, and its protections with their ranges and
   * descriptions but only `copier` as editor (see FakeSpreadsheet.copy).
   */
  copyInto(target: FakeSpreadsheet, copier: string): FakeSheet {
    const sheet = new FakeSheet(target, this.name, this.sheetId, this.maxRows, this.maxColumns);
    for (const [key, cell] of this.cells) sheet.cells.set(key, cloneCell(cell));
    sheet.frozenRows = this.frozenRows;
    sheet.frozenColumns = this.frozenColumns;
    for (const [column, width] of this.columnWidths) sheet.columnWidths.set(column, width);
    sheet.tabColor = this.tabColor;
    sheet.hidden = this.hidden;
    sheet.sheetType = this.sheetType;
    this.charts.copyInto(sheet.charts);
    for (const protection of this.protections.filter((p) => !p.removed)) {
      const copied = sheet.addProtection(protection.type, protection.area === null ? null : { ...protection.area });
      copied.description = protection.description;
      copied.unprotected = protection.unprotected.map((a) => ({ ...a }));
      copied.copiedFrom(protection, copier);
    }
    return sheet;
  }

  /** Writes raw values (Dates stay Dates, '=…' stays a string) starting at a cell. */
  seed(values: CellValue[][], startRow = 1, startColumn = 1): this {
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const cell = this.cellAt(startRow + r, startColumn + c);
        cell.value = value instanceof Date ? new Date(value.getTime()) : value;
        delete cell.formula;
      }),
    );
    this.growTo(startRow + values.length - 1, startColumn + Math.max(0, ...values.map((l) => l.length)) - 1);
    return this;
  }

  /** Puts a formula in a cell and says what it evaluates to. */
  seedFormula(a1: string, formula: string, result: CellValue = FORMULA_WITHOUT_RESULT): this {
    const area = this.areaOfA1(a1);
    const cell = this.cellAt(area.row, area.column);
    cell.formula = formula;
    cell.value = result;
    return this;
  }

  /** Says what an existing formula cell evaluates to (as if Sheets had recalculated). */
  seedFormulaResult(a1: string, result: CellValue): this {
    const area = this.areaOfA1(a1);
    const cell = this.cells.get(`${area.row},${area.column}`);
    if (!cell?.formula) throw new Error(`No formula in ${this.name}!${a1}`);
    cell.value = result;
    return this;
  }

  /** A copy of everything stored for one cell (defaults when nothing is). */
  cell(a1: string): CellState {
    const area = this.areaOfA1(a1);
    const cell = this.cells.get(`${area.row},${area.column}`);
    return cell ? cloneCell(cell) : { value: '' };
  }

  /** The values from A1 to the last row and column with content. */
  valuesSnapshot(): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = 1; r <= this.lastRow(); r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= this.lastColumn(); c++) line.push(this.readValue(r, c));
      out.push(line);
    }
    return out;
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? 100;
  }

  frozenRowCount(): number {
    return this.frozenRows;
  }

  tabColorValue(): string | null {
    return this.tabColor;
  }

  isHidden(): boolean {
    return this.hidden;
  }

  /* ---- plumbing used by ranges, protections and the Sheets API fake ---- */

  wholeSheet(): Area {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }

  lastRow(): number {
    let last = 0;
    for (const [key, cell] of this.cells) if (hasContent(cell)) last = Math.max(last, Number(key.split(',')[0]));
    return last;
  }

  lastColumn(): number {
    let last = 0;
    for (const [key, cell] of this.cells) if (hasContent(cell)) last = Math.max(last, Number(key.split(',')[1]));
    return last;
  }

  /** Keeps every stored date's wall-clock reading when the spreadsheet's zone changes. */
  rebaseDates(from: string, to: string): void {
    for (const cell of this.cells.values()) {
      if (!(cell.value instanceof Date)) continue;
      const p = zonedParts(cell.value, from);
      cell.value = dateInZone(to, p.year, p.month, p.day, p.hour, p.minute, p.second);
    }
  }

  peek(row: number, column: number): CellState | undefined {
    return this.cells.get(`${row},${column}`);
  }

  readValue(row: number, column: number): CellValue {
    const value = this.cells.get(`${row},${column}`)?.value ?? '';
    return value instanceof Date ? new Date(value.getTime()) : value;
  }

  displayValue(row: number, column: number): string {
    const cell = this.cells.get(`${row},${column}`);
    if (!cell) return '';
    return displayValue(cell.value, cell.numberFormat, this.spreadsheet.timeZone, this.spreadsheet.locale);
  }

  writeValue(row: number, column: number, input: unknown): void {
    if (typeof input === 'string' && input.length > CELL_CHARACTER_LIMIT) throw new Error(CELL_TOO_LONG_MESSAGE);
    const cell = this.cellAt(row, column);
    const written = interpretWrite(input, cell.numberFormat, this.spreadsheet.timeZone, this.spreadsheet.locale);
    if (written.formula !== null) {
      cell.formula = written.formula;
      cell.value = FORMULA_WITHOUT_RESULT;
    } else {
      delete cell.formula;
      cell.value = written.value;
    }
  }

  writeRaw(row: number, column: number, value: CellValue): void {
    if (typeof value === 'string' && value.length > CELL_CHARACTER_LIMIT) throw new Error(CELL_TOO_LONG_MESSAGE);
    const cell = this.cellAt(row, column);
    delete cell.formula;
    cell.value = value;
  }

  setStyle<K extends keyof CellState>(row: number, column: number, key: K, value: CellState[K] | undefined): void {
    const cell = this.cellAt(row, column);
    if (value === undefined) delete cell[key];
    else cell[key] = value;
  }

  clearCell(row: number, column: number, what: 'content' | 'contentAndFormat'): void {
    const cell = this.cells.get(`${row},${column}`);
    if (!cell) return;
    cell.value = '';
    delete cell.formula;
    if (what === 'contentAndFormat') {
      for (const key of ['background', 'fontWeight', 'fontStyle', 'fontSize', 'numberFormat', 'wrap', 'verticalAlignment', 'borders'] as const) {
        delete cell[key];
      }
    }
  }

  addProtection(type: 'RANGE' | 'SHEET', area: Area | null): FakeProtection {
    const protection = new FakeProtection(this, type, area, this.context.session.currentEditor().toLowerCase());
    this.protections.push(protection);
    return protection;
  }

  /** Throws Sheets' protected-cell error when the effective user may not edit part of `area`. */
  assertEditable(area: Area): void {
    if (!this.context.enforceProtections) return;
    const user = this.context.session.currentEditor();
    const live = this.protections.filter((p) => !p.removed && !p.allows(user));
    if (live.length === 0) return;
    for (let r = area.row; r < area.row + area.numRows; r++) {
      for (let c = area.column; c < area.column + area.numColumns; c++) {
        if (live.some((p) => p.covers(r, c))) throw new Error(PROTECTED_CELL_MESSAGE);
      }
    }
  }

  /** Structural changes (rename, hide, freeze, widths, row inserts) need the sheet protection's leave. */
  assertSheetEditable(): void {
    if (!this.context.enforceProtections) return;
    const user = this.context.session.currentEditor();
    const sheetProtection = this.protections.find((p) => p.type === 'SHEET' && !p.removed && !p.isWarningOnlyQuiet());
    if (sheetProtection && !sheetProtection.allows(user)) throw new Error(PROTECTED_CELL_MESSAGE);
  }

  areaOfA1(a1: string): Area {
    const ref = parseA1(a1);
    if (ref.sheetName !== null && ref.sheetName !== this.name) throw new Error(`Range not found: ${a1}`);
    const row = ref.startRow ?? 1;
    const column = ref.startColumn ?? 1;
    const endRow = ref.endRow ?? (ref.startRow !== null && ref.endColumn === null ? ref.startRow : this.maxRows);
    const endColumn = ref.endColumn ?? (ref.startColumn !== null && ref.endRow === null ? ref.startColumn : this.maxColumns);
    const area = {
      row: Math.min(row, endRow),
      column: Math.min(column, endColumn),
      numRows: Math.abs(endRow - row) + 1,
      numColumns: Math.abs(endColumn - column) + 1,
    };
    if (area.row + area.numRows - 1 > this.maxRows || area.column + area.numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return area;
  }

  checkedRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    for (const [value, name] of [
      [row, 'row'],
      [column, 'column'],
      [numRows, 'numRows'],
      [numColumns, 'numColumns'],
    ] as const) {
      if (!Number.isFinite(value)) throw new Error(`Cannot convert '${String(value)}' to int (${name}).`);
    }
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, Math.floor(row), Math.floor(column), Math.floor(numRows), Math.floor(numColumns));
  }

  private cellAt(row: number, column: number): CellState {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: '' };
      this.cells.set(key, cell);
    }
    return cell;
  }

  private growTo(row: number, column: number): void {
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, column);
  }

  private log(method: string): void {
    this.context.calls.record(`Sheet.${method}`);
  }
}

function hasContent(cell: CellState): boolean {
  return cell.value !== '' || cell.formula !== undefined;
}

function duplicateSheetMessage(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

/* ================================================================== spreadsheet */

export interface FakeSpreadsheetOptions {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  ownerEmail: string;
  /** Who may edit the spreadsheet; the owner always may. */
  editors: string[];
}

export interface Toast {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

export class FakeSpreadsheet implements SpreadsheetSurface {
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  /** Google Groups and their members, for editors that are groups. */
  readonly groups = new Map<string, string[]>();
  readonly ownerEmail: string;
  readonly toasts: Toast[] = [];
  activeSheetName: string | null = null;
  private readonly editors: string[];
  private readonly viewers: string[] = [];
  private sheets: FakeSheet[] = [];
  private nextSheetId = 0;

  constructor(
    readonly context: SpreadsheetContext,
    options: FakeSpreadsheetOptions,
  ) {
    this.id = options.id;
    this.name = options.name;
    this.timeZone = options.timeZone;
    this.locale = options.locale;
    this.ownerEmail = options.ownerEmail.toLowerCase();
    this.editors = [...new Set([this.ownerEmail, ...options.editors.map((e) => e.toLowerCase())])];
  }

  getId(): string {
    this.log('getId');
    return this.id;
  }
  getUrl(): string {
    this.log('getUrl');
    return this.url();
  }
  getName(): string {
    this.log('getName');
    return this.name;
  }
  getSheets(): SheetSurface[] {
    this.log('getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string): SheetSurface | null {
    this.log('getSheetByName');
    return this.findSheet(name) ?? null;
  }
  insertSheet(sheetName: string, sheetIndex?: number): SheetSurface {
    this.log('insertSheet');
    // Only an editor of the file may add sheets (a viewer can open the menu but not change the file).
    if (this.context.enforceProtections && !this.isEditor(this.context.session.currentEditor())) {
      throw new Error(PROTECTION_PERMISSION_MESSAGE);
    }
    if (typeof sheetName !== 'string' || sheetName === '') throw new Error('Invalid argument: sheetName');
    if (this.findSheet(sheetName)) throw new Error(duplicateSheetMessage(sheetName));
    this.assertRoomFor(1000 * 26);
    const sheet = new FakeSheet(this, sheetName, this.nextSheetId++ === 0 ? 0 : 100_000 + this.nextSheetId);
    const index = sheetIndex ?? this.sheets.length;
    if (index < 0 || index > this.sheets.length) throw new Error('Invalid argument: sheetIndex');
    this.sheets.splice(index, 0, sheet);
    this.activeSheetName = sheetName;
    return sheet;
  }
  deleteSheet(sheet: SheetSurface): void {
    this.log('deleteSheet');
    const target = this.sheets.find((s) => s === sheet);
    if (!target) throw new Error('Sheet not found.');
    target.assertSheetEditable();
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== target);
    if (this.activeSheetName === target.name) this.activeSheetName = this.sheets[0]?.name ?? null;
  }
  getSpreadsheetTimeZone(): string {
    this.log('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  /** Dates keep their wall-clock reading: Sheets stores them as serial numbers, not instants. */
  setSpreadsheetTimeZone(timezone: string): void {
    this.log('setSpreadsheetTimeZone');
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw new Error(`Invalid argument: timezone`);
    }
    const before = this.timeZone;
    for (const sheet of this.sheets) sheet.rebaseDates(before, timezone);
    this.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    this.log('getSpreadsheetLocale');
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.log('setSpreadsheetLocale');
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) throw new Error('Invalid argument: locale');
    this.locale = locale;
  }
  getProtections(type: ProtectionTypeValue): ProtectionSurface[] {
    this.log('getProtections');
    return this.sheets.flatMap((s) => s.protections.filter((p) => !p.removed && p.type === enumName(type)));
  }
  getActiveSheet(): SheetSurface {
    this.log('getActiveSheet');
    const active = this.sheets.find((s) => s.name === this.activeSheetName) ?? this.sheets[0];
    if (active === undefined) throw new Error('The spreadsheet has no sheets.');
    return active;
  }

  setActiveSheet(sheet: SheetSurface): SheetSurface {
    this.log('setActiveSheet');
    const target = this.sheets.find((s) => s === sheet);
    if (!target) throw new Error('Sheet not found.');
    this.activeSheetName = target.name;
    return target;
  }
  getOwner(): UserSurface | null {
    this.log('getOwner');
    return new FakeUser(this.ownerEmail);
  }
  /**
   * Spreadsheet.copy: a new file owned by the person copying, shared with nobody else, holding
   * every sheet as it is (charts and protections included; a protection's editors become the
   * copier alone), with the container-bound script copied along (registered by the environment).
   */
  copy(name: string): SpreadsheetSurface {
    this.log('copy');
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Invalid argument: name');
    const copier = this.context.session.currentEditor().toLowerCase();
    const id = this.context.copies?.newId(this) ?? `${this.id}-copy`;
    const copy = new FakeSpreadsheet(this.context, { id, name, timeZone: this.timeZone, locale: this.locale, ownerEmail: copier, editors: [copier] });
    for (const [group, members] of this.groups) copy.groups.set(group, [...members]);
    copy.sheets = this.sheets.map((sheet) => sheet.copyInto(copy, copier));
    copy.nextSheetId = this.nextSheetId;
    copy.activeSheetName = this.activeSheetName;
    this.context.copies?.onCopy(this, copy);
    return copy;
  }
  getEditors(): UserSurface[] {
    this.log('getEditors');
    return this.editors.map((email) => new FakeUser(email));
  }
  addEditors(emailAddresses: string[]): SpreadsheetSurface {
    this.log('addEditors');
    if (this.context.enforceProtections && !this.isEditor(this.context.session.currentEditor())) throw new Error(PROTECTION_PERMISSION_MESSAGE);
    for (const email of emailAddresses) this.addEditor(email);
    return this;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.log('toast');
    this.toasts.push({ message: msg, title: title ?? null, timeoutSeconds: timeoutSeconds ?? null });
  }

  /* ---- test controls ---- */

  /** Makes `group` a Google Group with these members (for spreadsheet or protection editors). */
  addGroup(group: string, members: string[]): this {
    this.groups.set(group.toLowerCase(), members.map((m) => m.toLowerCase()));
    return this;
  }

  /** Shares the spreadsheet with one more editor (a person or a group). */
  addEditor(email: string): this {
    if (!this.editors.includes(email.toLowerCase())) this.editors.push(email.toLowerCase());
    return this;
  }

  /** Shares the spreadsheet with someone who may only view it (Drive's "Người xem" / Viewer). */
  addViewer(email: string): this {
    if (!this.viewers.includes(email.toLowerCase())) this.viewers.push(email.toLowerCase());
    return this;
  }

  /** Takes someone off the sharing list (editor or viewer); the owner keeps access. */
  removeAccess(email: string): this {
    const user = email.toLowerCase();
    this.editors.splice(0, this.editors.length, ...this.editors.filter((e) => e === this.ownerEmail || e !== user));
    this.viewers.splice(0, this.viewers.length, ...this.viewers.filter((e) => e !== user));
    return this;
  }

  /** Adds a chart sheet (OBJECT) or a connected-data sheet (DATASOURCE): no cells to read. */
  addNonGridSheet(name: string, type: 'OBJECT' | 'DATASOURCE'): FakeSheet {
    const sheet = this.addSheet(name);
    sheet.sheetType = type;
    return sheet;
  }

  /** Adds a sheet (optionally seeded with raw values) without logging a call. */
  addSheet(name: string, values: CellValue[][] = []): FakeSheet {
    if (this.findSheet(name)) throw new Error(duplicateSheetMessage(name));
    const sheet = new FakeSheet(this, name, this.nextSheetId++ === 0 ? 0 : 100_000 + this.nextSheetId);
    this.sheets.push(sheet);
    if (this.activeSheetName === null) this.activeSheetName = name;
    return sheet.seed(values);
  }

  /** Deletes a sheet without logging a call (the Sheets API fake's deleteSheet). */
  removeSheetQuiet(sheet: FakeSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetName === sheet.name) this.activeSheetName = this.sheets[0]?.name ?? null;
  }

  /** The sheet with this name; throws when there is none. */
  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** A date cell value: midnight (or the given time) on the spreadsheet's wall clock. */
  date(year: number, month: number, day: number, hour = 0, minute = 0): Date {
    return dateInZone(this.timeZone, year, month, day, hour, minute);
  }

  url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /* ---- plumbing ---- */

  /** Every sheet's grid counts, used or not (a new sheet is 1,000 × 26). */
  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  assertRoomFor(cells: number): void {
    if (this.cellCount() + cells > SPREADSHEET_CELL_LIMIT) throw new Error(TOO_MANY_CELLS_MESSAGE);
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetList(): readonly FakeSheet[] {
    return this.sheets;
  }

  editorEmails(): string[] {
    return [...this.editors];
  }

  /** The owner, an editor, or a member of a group that is an editor. */
  isEditor(email: string): boolean {
    const user = email.toLowerCase();
    return user === this.ownerEmail || this.editors.some((e) => e === user || (this.groups.get(e)?.includes(user) ?? false));
  }

  /** An editor, a viewer, or a member of a group that is one: who may open (and read) the file. */
  canView(email: string): boolean {
    const user = email.toLowerCase();
    return this.isEditor(user) || this.viewers.some((e) => e === user || (this.groups.get(e)?.includes(user) ?? false));
  }

  private log(method: string): void {
    this.context.calls.record(`Spreadsheet.${method}`);
  }
}

/* ================================================================== SpreadsheetApp */

export class FakeSpreadsheetApp implements SpreadsheetAppSurface {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle = BorderStyle;
  flushes = 0;

  constructor(
    private readonly context: SpreadsheetContext,
    private readonly active: FakeSpreadsheet,
    /** Every spreadsheet openById can reach; shared by the containers of one environment. */
    private readonly spreadsheets = new Map<string, FakeSpreadsheet>(),
  ) {
    this.spreadsheets.set(active.id, active);
  }

  getActiveSpreadsheet(): SpreadsheetSurface {
    this.context.calls.record('SpreadsheetApp.getActiveSpreadsheet');
    return this.active;
  }
  getActive(): SpreadsheetSurface {
    this.context.calls.record('SpreadsheetApp.getActive');
    return this.active;
  }
  openById(id: string): SpreadsheetSurface {
    this.context.calls.record('SpreadsheetApp.openById');
    const spreadsheet = this.spreadsheets.get(id);
    if (!spreadsheet) throw new Error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return spreadsheet;
  }
  getUi(): UiSurface {
    this.context.calls.record('SpreadsheetApp.getUi');
    // A time-driven trigger has no editor open: observed error "Cannot call SpreadsheetApp.getUi() from this context."
    if (this.context.session.execution === 'trigger') throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.context.ui;
  }
  newDataValidation(): DataValidationBuilderSurface {
    this.context.calls.record('SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder();
  }
  flush(): void {
    this.context.calls.record('SpreadsheetApp.flush', 'other');
    this.flushes += 1;
  }

  /* ---- test controls ---- */

  /** Makes another spreadsheet reachable through openById. */
  register(spreadsheet: FakeSpreadsheet): void {
    this.spreadsheets.set(spreadsheet.id, spreadsheet);
  }

  byId(id: string): FakeSpreadsheet | undefined {
    return this.spreadsheets.get(id);
  }

  /** The file is gone for good (deleted and emptied from the trash): every API answers 404. */
  remove(id: string): void {
    this.spreadsheets.delete(id);
  }

  /** The registry itself, for another container's SpreadsheetApp. */
  registry(): Map<string, FakeSpreadsheet> {
    return this.spreadsheets;
  }
}

