/**
 * Column kinds of the workbook contract. Each column is declared once with its Vietnamese header,
 * its help text, its width and the zod schema of its value; the tab layouts, the cell parser,
 * the dropdowns, the docs and the record types (`z.infer`) are all derived from these
 * declarations, so a column cannot mean one thing in Sheets and another in .xlsx.
 */
import * as z from 'zod/mini';

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
  /** Schema of the column's value in a parsed record; nullable for optional columns. */
  readonly schema: z.ZodMiniType<V>;
  /** Smallest and largest value a number column accepts (inclusive); outside it is a finding. */
  readonly range: NumberRange | null;
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
}

function column<V>(
  kind: ColumnKind,
  label: string,
  inner: z.ZodMiniType<V>,
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
    schema: z.nullable(inner),
    range: options.range ?? null,
  };
}

/** Marks a column as required: blank cells are errors and the record's value is never null. */
export function must<V>(def: ColumnDef<V | null>): ColumnDef<V> {
  const inner = (def.schema as unknown as { def: { innerType: z.ZodMiniType<V> } }).def.innerType;
  return { ...def, required: true, fallback: def.fallback as V, schema: inner };
}

export const col = {
  text: (label: string, options: ColumnOptions<string> = {}) => column('text', label, z.string(), 24, options),
  longText: (label: string, options: ColumnOptions<string> = {}) =>
    column('longText', label, z.string(), 80, options),
  code: (label: string, options: ColumnOptions<string> = {}) => column('code', label, z.string(), 14, options),
  codeList: (label: string, options: ColumnOptions<ReadonlyArray<string>> = {}) =>
    column('codeList', label, z.readonly(z.array(z.string())), 22, options),
  number: (label: string, options: ColumnOptions<number> = {}) => column('number', label, z.number(), 12, options),
  integer: (label: string, options: ColumnOptions<number> = {}) =>
    column('integer', label, z.number().check(z.int()), 12, options),
  date: (label: string, options: ColumnOptions<string> = {}) => column('date', label, z.string(), 14, options),
  dateTime: (label: string, options: ColumnOptions<string> = {}) =>
    column('dateTime', label, z.string(), 18, options),
  bool: (label: string, options: ColumnOptions<boolean> = {}) =>
    column('bool', label, z.boolean(), 10, options, BOOL_CHOICES),
  choice: <const V extends string>(label: string, choices: ReadonlyArray<Choice<V>>, options: ColumnOptions<V> = {}) =>
    column<V>(
      'choice',
      label,
      z.enum(choices.map((c) => c.value) as [V, ...V[]]) as unknown as z.ZodMiniType<V>,
      18,
      options,
      choices,
    ),
  emails: (label: string, options: ColumnOptions<ReadonlyArray<string>> = {}) =>
    column('emails', label, z.readonly(z.array(z.string().check(z.email()))), 30, options),
};

export const BOOL_CHOICES: ReadonlyArray<Choice<'true' | 'false'>> = [
  { value: 'true', label: 'Có' },
  { value: 'false', label: 'Không' },
];

export type ColumnMap = Readonly<Record<string, ColumnDef<unknown>>>;

/** The record type of a table, derived from the zod schemas of its columns. */
export type RowOf<M extends ColumnMap> = { readonly [K in keyof M]: z.infer<M[K]['schema']> };

/** Builds the zod object schema of a table's records from its columns. */
export function recordSchema<M extends ColumnMap>(columns: M): z.ZodMiniType<RowOf<M>> {
  const shape: Record<string, z.ZodMiniType<unknown>> = {};
  for (const [key, def] of Object.entries(columns)) shape[key] = def.schema;
  return z.object(shape) as unknown as z.ZodMiniType<RowOf<M>>;
}
