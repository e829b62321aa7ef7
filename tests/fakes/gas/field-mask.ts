/**
 * Google's partial-response field masks ("sheets(properties(sheetId,title)),properties.locale"),
 * applied to a response as the REST APIs do: only the named fields come back, so code that
 * forgets to ask for a field gets `undefined`, as it would from Google
 * (https://developers.google.com/workspace/sheets/api/guides/field-masks).
 */

export type MaskTree = Map<string, MaskTree | true>;

/** Parses "a,b(c,d),e.f" into a tree; a field with no sub-fields is `true` (kept whole). */
export function parseFieldMask(mask: string): MaskTree {
  let i = 0;
  const parseList = (): MaskTree => {
    const tree: MaskTree = new Map();
    while (i < mask.length) {
      let name = '';
      while (i < mask.length && !',()'.includes(mask[i]!)) name += mask[i++];
      name = name.trim();
      let sub: MaskTree | true = true;
      if (mask[i] === '(') {
        i += 1;
        sub = parseList();
        if (mask[i] !== ')') throw new Error(`Invalid field mask: ${mask}`);
        i += 1;
      }
      if (name !== '') {
        // "a.b.c" is a(b(c)).
        const path = name.split('.');
        let node = tree;
        path.forEach((part, index) => {
          if (index === path.length - 1) {
            const existing = node.get(part);
            node.set(part, existing instanceof Map && sub instanceof Map ? new Map([...existing, ...sub]) : sub === true ? true : sub);
          } else {
            const existing = node.get(part);
            const next: MaskTree = existing instanceof Map ? existing : new Map();
            node.set(part, next);
            node = next;
          }
        });
      }
      if (mask[i] === ',') {
        i += 1;
        continue;
      }
      if (mask[i] === ')') return tree;
    }
    return tree;
  };
  return parseList();
}

/** The response pruned to the fields of `mask` (no mask: the whole response). */
export function applyFieldMask<T>(value: T, mask: string | undefined): T {
  if (mask === undefined || mask.trim() === '' || mask.trim() === '*') return value;
  return prune(value, parseFieldMask(mask)) as T;
}

function prune(value: unknown, tree: MaskTree): unknown {
  if (Array.isArray(value)) return value.map((v) => prune(v, tree));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of tree) {
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) continue;
    out[key] = sub === true ? field : prune(field, sub);
  }
  return out;
}
