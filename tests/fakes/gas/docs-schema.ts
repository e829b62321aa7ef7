/**
 * Google's published Docs v1 schema, read at run time from the typings Google generates from the
 * API's discovery document (@googleapis/docs, build/v1.d.ts) with the TypeScript compiler API,
 * so that tests can hold any JSON (a planned request, a fake's reply) against it: every key must
 * be a field of the interface it sits in, recursively, every value of the field's type, and
 * every field mask (`fields` beside a `…Style` or `…Properties` object) must name fields of that
 * object. The compiler only proves the request literals written in the source; this proves the
 * requests actually built, whatever path built them.
 */
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** A field's type, reduced to what JSON can hold. */
export type SchemaType =
  | { readonly kind: 'string' | 'number' | 'boolean' | 'any' }
  | { readonly kind: 'array'; readonly of: SchemaType }
  | { readonly kind: 'map'; readonly of: SchemaType }
  | { readonly kind: 'object'; readonly name: string; fields(): ReadonlyMap<string, SchemaType> };

const TYPINGS = join(dirname(require.resolve('@googleapis/docs')), 'v1.d.ts');

class PublishedSchema {
  private readonly checker: ts.TypeChecker;
  private readonly interfaces = new Map<string, ts.InterfaceDeclaration>();
  private readonly objects = new Map<ts.Type, SchemaType>();

  constructor() {
    // noResolve: the Schema$ interfaces refer only to each other, not to the client library.
    const program = ts.createProgram([TYPINGS], { noEmit: true, noResolve: true, types: [], skipLibCheck: true });
    this.checker = program.getTypeChecker();
    const source = program.getSourceFile(TYPINGS);
    if (source === undefined) throw new Error(`Cannot read Google's Docs typings at ${TYPINGS}`);
    const visit = (node: ts.Node): void => {
      if (ts.isInterfaceDeclaration(node) && node.name.text.startsWith('Schema$')) this.interfaces.set(node.name.text.slice('Schema$'.length), node);
      ts.forEachChild(node, visit);
    };
    visit(source);
    if (this.interfaces.size < 100) throw new Error(`Only ${this.interfaces.size} Docs schema interfaces found in ${TYPINGS}`);
  }

  /** The interface `Schema$<name>`, e.g. `Request`, `Document`, `ParagraphStyle`. */
  named(name: string): SchemaType {
    const declaration = this.interfaces.get(name);
    if (declaration === undefined) throw new Error(`Google's Docs typings have no Schema$${name}`);
    return this.fromType(this.checker.getTypeAtLocation(declaration.name));
  }

  interfaceNames(): string[] {
    return [...this.interfaces.keys()];
  }

  /** The documentation Google gives each field of `Schema$<name>` (e.g. "This property is read-only."). */
  fieldDocs(name: string): Map<string, string> {
    const declaration = this.interfaces.get(name);
    if (declaration === undefined) throw new Error(`Google's Docs typings have no Schema$${name}`);
    const type = this.checker.getTypeAtLocation(declaration.name);
    return new Map(this.checker.getPropertiesOfType(type).map((p) => [p.getName(), ts.displayPartsToString(p.getDocumentationComment(this.checker))]));
  }

  private fromType(type: ts.Type): SchemaType {
    const parts = (type.isUnion() ? type.types : [type]).filter((t) => (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) === 0);
    if (parts.length === 0) return { kind: 'any' };
    if (parts.every((t) => (t.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) !== 0)) return { kind: 'boolean' };
    if (parts.length > 1) return { kind: 'any' };
    const only = parts[0] as ts.Type;
    if (only.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) return { kind: 'string' };
    if (only.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) return { kind: 'number' };
    if (only.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return { kind: 'any' };
    const element = this.arrayElement(only);
    if (element !== null) return { kind: 'array', of: this.fromType(element) };
    const indexed = this.checker.getIndexInfoOfType(only, ts.IndexKind.String);
    if (indexed !== undefined && only.getProperties().length === 0) return { kind: 'map', of: this.fromType(indexed.type) };
    return this.object(only);
  }

  private arrayElement(type: ts.Type): ts.Type | null {
    if (type.getSymbol()?.getName() !== 'Array') return null;
    return this.checker.getTypeArguments(type as ts.TypeReference)[0] ?? null;
  }

  private object(type: ts.Type): SchemaType {
    const known = this.objects.get(type);
    if (known !== undefined) return known;
    let fields: Map<string, SchemaType> | null = null;
    const described: SchemaType = {
      kind: 'object',
      name: type.getSymbol()?.getName() ?? '(anonymous)',
      fields: () => {
        fields ??= new Map(
          this.checker.getPropertiesOfType(type).map((property) => {
            const declaration = property.valueDeclaration ?? property.declarations?.[0];
            const propertyType = declaration ? this.checker.getTypeOfSymbolAtLocation(property, declaration) : this.checker.getAnyType();
            return [property.getName(), this.fromType(propertyType)] as const;
          }),
        );
        return fields;
      },
    };
    this.objects.set(type, described);
    return described;
  }
}

let schema: PublishedSchema | null = null;

/** The schema, parsed once per test file (about a second). */
export function publishedDocsSchema(): PublishedSchema {
  schema ??= new PublishedSchema();
  return schema;
}

/** Field names of `Schema$<name>`. */
export function schemaFields(name: string): string[] {
  const type = publishedDocsSchema().named(name);
  return type.kind === 'object' ? [...type.fields().keys()] : [];
}

/**
 * Fields of `Schema$<name>` that a request may set: not marked read-only in Google's documentation
 * of the field, and not the suggestion bookkeeping (`…Suggested`, `…SuggestionState`).
 */
export function writableFields(name: string): string[] {
  return [...publishedDocsSchema().fieldDocs(name)]
    .filter(([field, doc]) => !/read-only/i.test(doc) && !/(Suggested|SuggestionState)$/.test(field))
    .map(([field]) => field);
}

function typeName(type: SchemaType): string {
  return type.kind === 'object' ? type.name : type.kind;
}

/** The problems of `value` against `type`, each with its JSON path; empty when it conforms. */
export function conformanceProblems(value: unknown, type: SchemaType, path: string): string[] {
  switch (type.kind) {
    case 'any':
      return [];
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value === type.kind ? [] : [`${path}: ${JSON.stringify(value)} is not a ${type.kind}`];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: not an array`];
      return value.flatMap((item, i) => conformanceProblems(item, type.of, `${path}[${i}]`));
    case 'map':
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${path}: not an object`];
      return Object.entries(value).flatMap(([key, item]) => conformanceProblems(item, type.of, `${path}.${key}`));
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${path}: not an object (${type.name})`];
      const fields = type.fields();
      const record = value as Record<string, unknown>;
      const problems = Object.entries(record).flatMap(([key, item]) => {
        const field = fields.get(key);
        if (field === undefined) return [`${path}.${key}: not a field of ${type.name}`];
        return item === undefined ? [] : conformanceProblems(item, field, `${path}.${key}`);
      });
      return [...problems, ...fieldMaskProblems(record, fields, path)];
    }
  }
}

/** A `fields` mask must name fields (dotted paths) of the one `…Style` / `…Properties` beside it. */
function fieldMaskProblems(record: Record<string, unknown>, fields: ReadonlyMap<string, SchemaType>, path: string): string[] {
  const mask = record.fields;
  if (typeof mask !== 'string' || fields.get('fields')?.kind !== 'string') return [];
  const targets = [...fields.entries()].filter(([name, t]) => /(Style|Properties)$/.test(name) && t.kind === 'object');
  if (targets.length !== 1) return [`${path}.fields: no single …Style or …Properties object to apply the mask to`];
  const [targetName, target] = targets[0] as [string, SchemaType];
  if (mask.trim() === '*') return [];
  return mask.split(',').flatMap((entry) => {
    let current: SchemaType = target;
    for (const segment of entry.trim().split('.')) {
      const next: SchemaType | undefined = current.kind === 'object' ? current.fields().get(segment) : undefined;
      if (next === undefined) return [`${path}.fields: "${entry.trim()}" is not a field of ${typeName(current)} (${targetName})`];
      current = next;
    }
    return [];
  });
}

/** The problems of a list of batchUpdate requests against Schema$Request. */
export function requestProblems(requests: ReadonlyArray<unknown>): string[] {
  const request = publishedDocsSchema().named('Request');
  return requests.flatMap((r, i) => conformanceProblems(r, request, `requests[${i}]`));
}
