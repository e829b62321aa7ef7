/**
 * The placeholder language clerks type inside narrative and footnote cells, so that figures,
 * ratios and citations are computed, never retyped:
 *
 *   {{SL:DON_TIEP_NHAN}}        a figure: 124 (the writing unit's own, else the sum over units)
 *   {{SL:DON_TIEP_NHAN@UBND}}   the figure of one unit, or of a group: @Xã
 *   {{TL:DON_DA_GQ/DON_TIEP_NHAN}}  a ratio: 106/124; a side may be #Xã (how many units in a group)
 *   {{PT:DON_DA_GQ/DON_TIEP_NHAN}}  a percentage: 85,48%
 *   {{NV:NVTT}}                 tasks of group NVTT done / assigned: 34/37 (@UNIT optional)
 *   {{VB:QD529}}                the full citation from the registry; |ngắn for "Quyết định số 529-QĐ/HU",
 *                               |ngày for the citation without its summary
 *   {{CT:CT1}}                  anchor of footnote CT1 of the writing unit (@UNIT for another's)
 *   {{DV:BCHQS}}                the narrative of unit BCHQS for this section (in a synthesis)
 *
 * Kinds are Vietnamese initials (số liệu, tỷ lệ, phần trăm, nhiệm vụ, văn bản, chú thích,
 * đơn vị), case-insensitive. Parsing is pure and reports malformed tokens instead of guessing.
 */
import type { CitationStyle, DateStyle } from '../documents';
import { stripDiacritics } from '../text';

export type Term =
  | { readonly type: 'indicator'; readonly code: string; readonly scope: string | null }
  | { readonly type: 'unitCount'; readonly group: string };

export type Placeholder =
  | { readonly kind: 'figure'; readonly term: Extract<Term, { type: 'indicator' }> }
  | { readonly kind: 'ratio' | 'percent'; readonly part: Term; readonly whole: Term }
  | { readonly kind: 'tasks'; readonly group: string; readonly scope: string | null }
  | {
      readonly kind: 'document';
      readonly id: string;
      readonly style: CitationStyle;
      readonly dateStyle: DateStyle | null;
    }
  | { readonly kind: 'footnote'; readonly id: string; readonly unit: string | null }
  | { readonly kind: 'unitText'; readonly unit: string };

export type Segment =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'placeholder'; readonly token: string; readonly placeholder: Placeholder }
  | {
      readonly type: 'invalid';
      readonly token: string;
      readonly problem: 'syntax' | 'kind';
      readonly kind: string;
    };

const TOKEN = /\{\{([^{}]*)\}\}/g;
const CODE = /^[A-Za-z0-9_.-]+$/;

export const PLACEHOLDER_KINDS = {
  SL: 'figure',
  TL: 'ratio',
  PT: 'percent',
  NV: 'tasks',
  VB: 'document',
  CT: 'footnote',
  DV: 'unitText',
} as const;

function parseScoped(text: string): { code: string; scope: string | null } | null {
  const [code = '', scope, extra] = text.split('@').map((s) => s.trim());
  if (extra !== undefined || !CODE.test(code)) return null;
  if (scope === undefined) return { code: code.toUpperCase(), scope: null };
  if (scope === '') return null;
  return { code: code.toUpperCase(), scope: CODE.test(scope) ? scope.toUpperCase() : scope };
}

function parseTerm(text: string): Term | null {
  const t = text.trim();
  if (t.startsWith('#')) {
    const group = t.slice(1).trim();
    return group === '' ? null : { type: 'unitCount', group };
  }
  const scoped = parseScoped(t);
  return scoped === null ? null : { type: 'indicator', code: scoped.code, scope: scoped.scope };
}

function parseDocumentOptions(options: string[]): { style: CitationStyle; dateStyle: DateStyle | null } | null {
  let style: CitationStyle = 'full';
  let dateStyle: DateStyle | null = null;
  for (const raw of options) {
    const key = stripDiacritics(raw).toLowerCase().replace(/\s+/g, ' ').trim();
    if (key === 'ngan') style = 'short';
    else if (key === 'ngay') style = 'dated';
    else if (key === 'day du' || key === 'du') style = 'full';
    else if (key === 'ngay ngan' || key === 'dd/mm') dateStyle = 'short';
    else if (key === 'ngay dai' || key === 'chu') dateStyle = 'long';
    else return null;
  }
  return { style, dateStyle };
}

/** Parses the inside of one `{{…}}`; returns the reason when it cannot. */
export function parsePlaceholder(inner: string): Placeholder | { problem: 'syntax' | 'kind'; kind: string } {
  const colon = inner.indexOf(':');
  if (colon < 0) return { problem: 'syntax', kind: '' };
  const kindText = inner.slice(0, colon).trim().toUpperCase();
  const [body = '', ...options] = inner
    .slice(colon + 1)
    .split(/[|,]/)
    .map((s) => s.trim());
  const kind = PLACEHOLDER_KINDS[kindText as keyof typeof PLACEHOLDER_KINDS];
  if (kind === undefined) return { problem: 'kind', kind: kindText };
  const syntax = { problem: 'syntax' as const, kind: kindText };
  if (kind !== 'document' && options.length > 0) return syntax;
  switch (kind) {
    case 'figure': {
      const term = parseTerm(body);
      return term === null || term.type !== 'indicator' ? syntax : { kind, term };
    }
    case 'ratio':
    case 'percent': {
      const sides = body.split('/');
      if (sides.length !== 2) return syntax;
      const part = parseTerm(sides[0] ?? '');
      const whole = parseTerm(sides[1] ?? '');
      return part === null || whole === null ? syntax : { kind, part, whole };
    }
    case 'tasks': {
      const scoped = parseScoped(body);
      return scoped === null ? syntax : { kind, group: scoped.code, scope: scoped.scope };
    }
    case 'document': {
      const parsedOptions = parseDocumentOptions(options);
      if (!CODE.test(body) || parsedOptions === null) return syntax;
      return { kind, id: body.toUpperCase(), ...parsedOptions };
    }
    case 'footnote': {
      const scoped = parseScoped(body);
      return scoped === null ? syntax : { kind, id: scoped.code, unit: scoped.scope };
    }
    case 'unitText':
      return CODE.test(body) ? { kind, unit: body.toUpperCase() } : syntax;
  }
}

/** Splits a cell's text into literal text and placeholders, in order. */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    if (start > last) segments.push({ type: 'text', text: text.slice(last, start) });
    const token = m[0];
    const parsed = parsePlaceholder(m[1] ?? '');
    if ('problem' in parsed) segments.push({ type: 'invalid', token, problem: parsed.problem, kind: parsed.kind });
    else segments.push({ type: 'placeholder', token, placeholder: parsed });
    last = start + token.length;
  }
  if (last < text.length) segments.push({ type: 'text', text: text.slice(last) });
  // A lone "{{" or "}}" left in literal text is a placeholder the clerk did not finish.
  return segments.flatMap((s): Segment[] =>
    s.type === 'text' && /\{\{|\}\}/.test(s.text)
      ? [{ type: 'invalid', token: s.text.trim(), problem: 'syntax', kind: '' }]
      : [s],
  );
}
