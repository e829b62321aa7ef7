/**
 * Outline (đề cương) numbering. A section id is its full path: "II" (Roman numeral for a part),
 * "II.1", "II.1.3", then an optional letter "II.1.3.A". The id decides the level and the number
 * printed before the title: "II-" or "II." (by profile), "1.", "1.3.", "a)".
 */

export const SECTION_ID_PATTERN = /^[IVXLC]+(?:\.\d+){0,3}(?:\.[A-Z])?$/;

export function sectionLevel(id: string): number {
  return id.split('.').length;
}

export function parentSectionId(id: string): string | null {
  const parts = id.split('.');
  return parts.length <= 1 ? null : parts.slice(0, -1).join('.');
}

/**
 * The number printed before a heading. Level 1 ends with the profile's separator ("-" for Party
 * documents, "." for State); below that, numbers restart under each part: "II.1.3" → "1.3.".
 */
export function sectionNumberLabel(id: string, partSeparator: string): string {
  const parts = id.split('.');
  const last = parts[parts.length - 1] ?? '';
  if (parts.length === 1) return `${last}${partSeparator}`;
  if (/^[A-Z]$/.test(last)) return `${last.toLowerCase()})`;
  return `${parts.slice(1).join('.')}.`;
}
