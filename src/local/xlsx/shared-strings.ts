/**
 * The shared string table: most text cells hold an index into it. An entry is plain text
 * (`<t>`) or rich text (runs `<r><t>` with their fonts); people see the runs' text joined.
 * Phonetic guides (`<rPh>`, furigana over East Asian text) are not part of the text.
 */
import { CLOSE, OPEN, XmlCursor, fromXstring } from './xml';

export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const cursor = new XmlCursor(xml);
  const strings: string[] = [];
  let current = '';
  for (let kind = cursor.next(); kind !== 0; kind = cursor.next()) {
    if (kind === OPEN) {
      switch (cursor.name) {
        case 'si':
          current = '';
          if (cursor.selfClosing) strings.push('');
          break;
        case 't':
          current += fromXstring(cursor.text());
          break;
        case 'rPh':
        case 'rPr':
        case 'phoneticPr':
          cursor.skipElement();
          break;
        default:
          break;
      }
    } else if (kind === CLOSE && cursor.name === 'si') {
      strings.push(current);
    }
  }
  return strings;
}
