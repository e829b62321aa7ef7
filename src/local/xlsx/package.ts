/**
 * The package around a workbook (Open Packaging Conventions, ECMA-376 Part 2): relationship
 * parts say which part is the workbook, which parts are its sheets, shared strings and styles.
 * Transitional and Strict files differ here only in the relationship type URIs
 * (`http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet` versus
 * `http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet`), so a relationship is
 * known by the last segment of its type.
 */
import { OPEN, XmlCursor } from './xml';

/** Namespaces of the conformance class a package is written in. */
export interface Namespaces {
  readonly main: string;
  readonly relationships: string;
  /** Prefix of relationship types: `${types}/worksheet`. */
  readonly types: string;
}

export const TRANSITIONAL: Namespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  types: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

export const STRICT: Namespaces = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  types: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

/** The namespace of relationship parts themselves (the same in both classes). */
export const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Relationship {
  readonly id: string;
  /** The full type URI, as written. */
  readonly type: string;
  /** The type's last segment: "officeDocument", "worksheet", "chartsheet", "styles"… */
  readonly kind: string;
  /** The target as written, and resolved to a part name (no leading slash) when internal. */
  readonly target: string;
  readonly part: string | null;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself → `_rels/.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part it belongs to ("" for the package). */
export function resolvePartName(sourcePart: string, target: string): string {
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // A lone "%" is not an escape; keep the name as written.
  }
  const base = path.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const cursor = new XmlCursor(xml);
  const found: Relationship[] = [];
  for (let kind = cursor.next(); kind !== 0; kind = cursor.next()) {
    if (kind !== OPEN || cursor.name !== 'Relationship') continue;
    const id = cursor.attr('Id') ?? '';
    const type = cursor.attr('Type') ?? '';
    const target = cursor.attr('Target') ?? '';
    const external = cursor.attr('TargetMode') === 'External';
    found.push({
      id,
      type,
      kind: type.slice(type.lastIndexOf('/') + 1),
      target,
      part: external ? null : resolvePartName(sourcePart, target),
    });
  }
  return found;
}
