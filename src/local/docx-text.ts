/**
 * The text of a run as WordprocessingML children: NFC, and every hyphen inside a document number
 * or symbol a w:noBreakHyphen, so that Word and LibreOffice never end a line with "15/KH-" and
 * start the next with "UBND". Word shows a non-breaking hyphen with the font's own hyphen glyph;
 * LibreOffice reads it as its hard hyphen (U+2011) and draws it the same way.
 */
import { NoBreakHyphen } from 'docx';
import { documentNumberHyphens } from '../domain/report/model';

export function textChildren(text: string): Array<string | NoBreakHyphen> {
  const hyphens = documentNumberHyphens(text);
  if (hyphens.length === 0) return [text];
  const children: Array<string | NoBreakHyphen> = [];
  let start = 0;
  for (const offset of hyphens) {
    if (offset > start) children.push(text.slice(start, offset));
    children.push(new NoBreakHyphen());
    start = offset + 1;
  }
  if (start < text.length) children.push(text.slice(start));
  return children;
}
