/**
 * Vietnamese text primitives shared by every part of the core: Unicode normalisation to NFC,
 * the comparison keys that treat old- and new-style tone placement ("hoà"/"hòa", "uỷ"/"ủy") as
 * equal, a looser key for matching headers and labels, and Vietnamese collation.
 * Everything here is pure and runs unchanged in Node and in Apps Script.
 */

/** Normalises to NFC; keyboards that emit decomposed (NFD) Vietnamese are common. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** True when the text is not already in NFC, i.e. the clerk's keyboard produced decomposed marks. */
export function isNotNfc(text: string): boolean {
  return text !== text.normalize('NFC');
}

// Old style puts the tone on the second vowel of "oa", "oe", "uy" (hoà, khoẻ, thuỷ);
// new style on the first (hòa, khỏe, thủy). Both are correct Vietnamese; we compare on one form.
const TONE_VARIANTS: ReadonlyArray<readonly [string, string]> = (() => {
  const tones: Record<string, string[]> = {
    a: ['à', 'á', 'ả', 'ã', 'ạ'],
    e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
    o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
    u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
  };
  const pairs: Array<[string, string]> = [];
  const glide = (first: 'o' | 'u', second: 'a' | 'e' | 'y'): void => {
    for (let i = 0; i < 5; i += 1) {
      const oldStyle = first + (tones[second]?.[i] ?? '');
      const newStyle = (tones[first]?.[i] ?? '') + second;
      pairs.push([oldStyle, newStyle]);
      pairs.push([oldStyle.toUpperCase(), newStyle.toUpperCase()]);
      pairs.push([first.toUpperCase() + (tones[second]?.[i] ?? ''), (tones[first]?.[i] ?? '').toUpperCase() + second]);
    }
  };
  glide('o', 'a');
  glide('o', 'e');
  glide('u', 'y');
  return pairs;
})();

// "qu" is a consonant: "quý", "quỹ" keep their mark on the y in both styles.
const OLD_TONE_PATTERN = new RegExp(
  '(?<![qQ])(?:' + TONE_VARIANTS.map(([oldStyle]) => oldStyle).join('|') + ')(?=$|[^\\p{L}])',
  'gu',
);
const OLD_TO_NEW = new Map(TONE_VARIANTS);

/**
 * Rewrites old-style tone placement at the end of a syllable to new style ("hoà" → "hòa",
 * "uỷ" → "ủy"). "hoàng", "quý" and other syllables where the mark is not movable are untouched.
 */
export function newStyleTones(text: string): string {
  return nfc(text).replace(OLD_TONE_PATTERN, (match) => OLD_TO_NEW.get(match) ?? match);
}

/** Comparison key that keeps every diacritic but ignores case, spacing and tone placement. */
export function toneKey(text: string): string {
  return newStyleTones(text).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** Removes every diacritic, including đ → d. Used only for tolerant matching, never for display. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Loose key for headers and labels: no diacritics, lower case, single spaces, no trailing
 * "*" or ":" that people add to mark required fields.
 */
export function looseKey(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[*:]+\s*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

let collator: Intl.Collator | null = null;

/** Sorts Vietnamese names in dictionary order (a ă â b c d đ …). */
export function compareVietnamese(a: string, b: string): number {
  if (collator === null) collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}

/** Zero-width characters, word joiner, byte-order mark and soft hyphen: no space on screen, yet part of the text. */
const INVISIBLE_PATTERN = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** The text without its invisible characters. */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE_PATTERN, '');
}

/**
 * Key for a typed option word ("Kỳ trước", "ky  truoc", "ngắn"): no invisible characters, no
 * diacritics, lower case, single spaces.
 */
export function optionKey(text: string): string {
  return stripDiacritics(removeInvisible(text)).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Removes invisible characters; says which ones were there ("U+200B"). */
export function stripInvisible(text: string): { text: string; removed: string[] } {
  const removed = new Set<string>();
  const clean = text.replace(INVISIBLE_PATTERN, (ch) => {
    removed.add(`U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  });
  return { text: clean, removed: [...removed] };
}

/** Counts characters as a person does (code points after NFC), not UTF-16 units. */
export function charLength(text: string): number {
  let count = 0;
  for (const _char of nfc(text)) count += 1;
  return count;
}

/** Shortens a value for quoting in a message, so a 50,000-character cell never floods a dialog. */
export function quoteForMessage(text: string, max = 40): string {
  const clean = nfc(text).replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return chars.length <= max ? clean : chars.slice(0, max - 1).join('') + '…';
}

/**
 * UTF-8 length of a string, counted by hand: Apps Script has neither TextEncoder nor Buffer.
 * Used for a mail's size and a Docs batch's; a lone surrogate counts 3, as its U+FFFD does.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
