/**
 * Column kinds of the workbook contract. Each column is declared once with its Vietnamese header,
 * its help text, its width and the zod schema type of its value; the tab layouts, the cell parser,
 * the dropdowns, the docs and the record types (`z.infer`) are all derived from these
 * declarations, so a column cannot mean one thing in Sheets and another in .xlsx.
 *
 * Only zod's types are imported here: the runtime schemas are built from the same declarations
 * by ./schemas (for Node and the tests), so zod stays out of the Apps Script bundle, which Apps
 * Script evaluates again for every custom-function cell.
 */
import type * as z from 'zod/mini';

export type ColumnKind =
  | 'text'
  | 'longText'
  | 'code'
  | 'codeList'
  | 'number'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'bool'
  | 'choice'
  | 'emails';

export interface Choice<V extends string> {
  readonly value: V;
  /** What the clerk sees and types (dropdown item). */
  readonly label: string;
}

export interface ColumnDef<V = unknown> {
  readonly kind: ColumnKind;
  /** Header as written in the sheet, in Vietnamese. */
  readonly label: string;
  /** Other headers accepted when reading (older versions of the layout). */
  readonly aliases: ReadonlyArray<string>;
  readonly required: boolean;
  /** Vietnamese hint shown as the header cell's note and in docs/. */
  readonly help: string;
  /** English note for developers, in docs/. */
  readonly note: string;
  /** Column width in characters. */
  readonly width: number;
  /** Choices for `choice` columns, in dropdown order. */
  readonly choices: ReadonlyArray<Choice<string>>;
  /** Filled in by the add-in, not typed by people (e.g. submission time). */
  readonly system: boolean;
  /** Value used when an optional cell is blank (otherwise null). */
  readonly fallback: V;
  /** Type-level only: the value's type in a parsed record; never set at run time. */
  readonly __value?: V;
  /** Smallest and largest value a number column accepts (inclusive); outside it is a finding. */
  readonly range: NumberRange | null;
  /**
   * Added after workbooks were already in use: a tab made by an earlier version has no such
   * column, and a missing header then reads as blank cells instead of a finding.
   */
  readonly mayBeAbsent: boolean;
}

export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

interface ColumnOptions<V> {
  readonly help?: string;
  readonly note?: string;
  readonly width?: number;
  readonly aliases?: ReadonlyArray<string>;
  readonly system?: boolean;
  readonly fallback?: V;
  readonly range?: NumberRange;
  readonly mayBeAbsent?: boolean;
}

function column<V>(
  kind: ColumnKind,
  label: string,
  defaultWidth: number,
  options: ColumnOptions<V>,
  choices: ReadonlyArray<Choice<string>> = [],
): ColumnDef<V | null> {
  return {
    kind,
    label,
    aliases: options.aliases ?? [],
    required: false,
    help: options.help ?? '',
    note: options.note ?? '',
    width: options.width ?? defaultWidth,
    choices,
    system: options.system ?? false,
    fallback: options.fallback ?? null,
    range: options.range ?? null,
    mayBeAbsent: options.mayBeAbsent ?? false,
  };
}

/** Marks a column as required: blank cells are errors and the record's value is never null. */
export function must<V>(def: ColumnDef<V | null>): ColumnDef<V> {
  return { ...def, required: true, fallback: def.fallback as V } as ColumnDef<V>;
}

/** The value type of each kind, as zod's schemas for it infer it (see ./schemas for the schemas). */
type Text = z.infer<z.ZodMiniString>;
type Codes = z.infer<z.ZodMiniReadonly<z.ZodMiniArray<z.ZodMiniString>>>;
type Num = z.infer<z.ZodMiniNumber>;
type Bool = z.infer<z.ZodMiniBoolean>;

export const col = {
  text: (label: string, options: ColumnOptions<Text> = {}) => column<Text>('text', label, 24, options),
  longText: (label: string, options: ColumnOptions<Text> = {}) => column<Text>('longText', label, 80, options),
  code: (label: string, options: ColumnOptions<Text> = {}) => column<Text>('code', label, 14, options),
  codeList: (label: string, options: ColumnOptions<Codes> = {}) => column<Codes>('codeList', label, 22, options),
  number: (label: string, options: ColumnOptions<Num> = {}) => column<Num>('number', label, 12, options),
  integer: (label: string, options: ColumnOptions<Num> = {}) => column<Num>('integer', label, 12, options),
  date: (label: string, options: ColumnOptions<Text> = {}) => column<Text>('date', label, 14, options),
  dateTime: (label: string, options: ColumnOptions<Text> = {}) => column<Text>('dateTime', label, 18, options),
  bool: (label: string, options: ColumnOptions<Bool> = {}) => column<Bool>('bool', label, 10, options, BOOL_CHOICES),
  choice: <const V extends string>(label: string, choices: ReadonlyArray<Choice<V>>, options: ColumnOptions<V> = {}) =>
    column<z.infer<z.ZodMiniEnum<{ [K in V]: K }>>>('choice', label, 18, options, choices),
  emails: (label: string, options: ColumnOptions<Codes> = {}) => column<Codes>('emails', label, 30, options),
};

export const BOOL_CHOICES: ReadonlyArray<Choice<'true' | 'false'>> = [
  { value: 'true', label: 'Có' },
  { value: 'false', label: 'Không' },
];

export type ColumnMap = Readonly<Record<string, ColumnDef<unknown>>>;

/** The value type of one column. */
export type ValueOf<D> = D extends ColumnDef<infer V> ? V : never;

/** The record type of a table, derived from the declared types of its columns. */
export type RowOf<M extends ColumnMap> = { readonly [K in keyof M]: ValueOf<M[K]> };

type OptionalKeys<M extends ColumnMap> = { [K in keyof M]: null extends ValueOf<M[K]> ? K : never }[keyof M];
type RequiredKeys<M extends ColumnMap> = Exclude<keyof M, OptionalKeys<M>>;

/**
 * A record as people write it by hand (the built-in example, tests, set-up data): optional
 * columns may be left out, so adding a column to the contract does not touch every literal.
 */
export type DraftOf<M extends ColumnMap> = { readonly [K in RequiredKeys<M>]: ValueOf<M[K]> } & {
  readonly [K in OptionalKeys<M>]?: ValueOf<M[K]>;
};
