/**
 * The zod schemas of the workbook contract, built from the column declarations: one per column
 * (nullable unless required) and one per table. For Node and the tests (checking records
 * against the contract); the Apps Script bundle never imports this file, so zod stays out of it.
 */
import * as z from 'zod/mini';
import { isDeliverableEmail } from '../email-address';
import type { ColumnDef, ColumnMap, RowOf } from './columns';

function innerSchema(def: ColumnDef): z.ZodMiniType {
  switch (def.kind) {
    case 'text':
    case 'longText':
    case 'code':
    case 'date':
    case 'dateTime':
      return z.string();
    case 'codeList':
      return z.readonly(z.array(z.string()));
    case 'emails':
      return z.readonly(z.array(z.string().check(z.refine(isDeliverableEmail))));
    case 'number':
      return z.number();
    case 'integer':
      return z.number().check(z.int());
    case 'bool':
      return z.boolean();
    case 'choice':
      return z.enum(def.choices.map((c) => c.value) as [string, ...string[]]);
  }
}

/** The schema of one column's value in a parsed record. */
export function schemaOf<V>(def: ColumnDef<V>): z.ZodMiniType<V> {
  const inner = innerSchema(def as ColumnDef);
  return (def.required ? inner : z.nullable(inner)) as unknown as z.ZodMiniType<V>;
}

/** The zod object schema of a table's records. */
export function recordSchema<M extends ColumnMap>(columns: M): z.ZodMiniType<RowOf<M>> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, def] of Object.entries(columns)) shape[key] = schemaOf(def);
  return z.object(shape) as unknown as z.ZodMiniType<RowOf<M>>;
}
