/**
 * What the reader needs from the styles part: for each cell format (`<cellXfs>` entry, the
 * number a cell's `s` attribute points at), whether its number format shows a date. Custom
 * formats (`<numFmts>`) take precedence over built-in ids, as Excel reads them; formats of
 * differential styles (`<dxfs>`, for conditional formatting) are not cell formats and are skipped.
 */
import { isBuiltInDateFormat, isDateFormatCode } from './dates';
import { CLOSE, OPEN, XmlCursor } from './xml';

/** Index → shows a date; indexes past the end (or no styles part) are plain numbers. */
export type DateStyles = ReadonlyArray<boolean>;

export function readDateStyles(xml: string | null): DateStyles {
  if (xml === null) return [];
  const cursor = new XmlCursor(xml);
  const customCodes = new Map<number, string>();
  const formatIds: number[] = [];
  let section = '';
  let depth = 0;
  for (let kind = cursor.next(); kind !== 0; kind = cursor.next()) {
    if (kind === OPEN) {
      if (depth === 1) section = cursor.name;
      if (section === 'numFmts' && cursor.name === 'numFmt') {
        customCodes.set(Number(cursor.attr('numFmtId')), cursor.attr('formatCode') ?? '');
      } else if (section === 'cellXfs' && depth === 2 && cursor.name === 'xf') {
        formatIds.push(Number(cursor.attr('numFmtId') ?? 0));
      }
      if (!cursor.selfClosing) depth += 1;
    } else if (kind === CLOSE) {
      depth -= 1;
      if (depth === 1) section = '';
    }
  }
  const dateOfFormat = new Map<number, boolean>();
  return formatIds.map((id) => {
    // Format 0 is "General", whatever a file may say about it.
    if (!(id > 0)) return false;
    let isDate = dateOfFormat.get(id);
    if (isDate === undefined) {
      const code = customCodes.get(id);
      isDate = code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id);
      dateOfFormat.set(id, isDate);
    }
    return isDate;
  });
}
