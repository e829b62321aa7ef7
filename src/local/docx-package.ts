/**
 * Fixes to the .docx package that the docx library (9.x) cannot be told to make, applied to the
 * packed file's XML parts:
 *
 * - Separator notes. The library writes the footnote and endnote separators (ids -1 and 0) with
 *   a w:footnoteRef / w:endnoteRef run before w:separator. A separator note holds only the
 *   separator (or continuation separator) mark, as Word itself writes it; a reference mark inside
 *   one is the pattern after which Word reports the file as needing repair. The mark runs are
 *   removed, nothing else.
 * - Mirrored margins. Two-sided printing is a document setting (w:mirrorMargins in settings.xml),
 *   which the library has no option for. It is inserted where CT_Settings wants it: after
 *   w:displayBackgroundShape and before w:defaultTabStop, the only settings the library writes
 *   around it.
 *
 * Every other part is copied unchanged; fflate is the zip library the docx library itself uses.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export interface PackageFixes {
  /** Write w:mirrorMargins: left/right margins become inside/outside. */
  readonly mirrorMargins: boolean;
}

/** A separator note's reference-mark run, e.g. `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>`. */
const NOTE_REF_RUN = /<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:(?:footnoteRef|endnoteRef)\/><\/w:r>/g;
const SEPARATOR_NOTE = /<w:(footnote|endnote) w:type="(?:separator|continuationSeparator)"[^>]*>.*?<\/w:\1>/gs;

/** Removes the reference marks from the separator and continuation-separator notes of a notes part. */
export function cleanSeparatorNotes(notesXml: string): string {
  return notesXml.replace(SEPARATOR_NOTE, (note) => note.replace(NOTE_REF_RUN, ''));
}

export function withMirrorMargins(settingsXml: string): string {
  if (settingsXml.includes('<w:mirrorMargins')) return settingsXml;
  const afterBackground = settingsXml.replace('<w:displayBackgroundShape/>', '<w:displayBackgroundShape/><w:mirrorMargins/>');
  if (afterBackground !== settingsXml) return afterBackground;
  const beforeTabStop = settingsXml.replace('<w:defaultTabStop', '<w:mirrorMargins/><w:defaultTabStop');
  if (beforeTabStop !== settingsXml) return beforeTabStop;
  return settingsXml.replace(/(<w:settings\b[^>]*>)/, '$1<w:mirrorMargins/>');
}

export function fixPackage(docx: Buffer, fixes: PackageFixes): Buffer {
  const files = unzipSync(new Uint8Array(docx));
  const edit = (path: string, change: (xml: string) => string): void => {
    const part = files[path];
    if (part !== undefined) files[path] = strToU8(change(strFromU8(part)));
  };
  edit('word/footnotes.xml', cleanSeparatorNotes);
  edit('word/endnotes.xml', cleanSeparatorNotes);
  if (fixes.mirrorMargins) edit('word/settings.xml', withMirrorMargins);
  const zippable: Zippable = {};
  for (const [path, data] of Object.entries(files)) zippable[path] = data;
  return Buffer.from(zipSync(zippable, { level: 6 }));
}
