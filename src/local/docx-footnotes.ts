/**
 * Real Word footnotes for the .docx renderer: the reference mark in the text and the footnote
 * itself in word/footnotes.xml. Both marks are Word's automatic numbers (w:footnoteReference and
 * w:footnoteRef), so Word renumbers them if a clerk adds or removes a footnote by hand.
 *
 * The Party look "(1)" is made by putting superscript parentheses around the automatic number.
 * In the text this renders the same in Word, LibreOffice and Google Docs. Before the footnote's
 * own text it renders only in Word: LibreOffice (and Google Docs) drop w:footnoteRef and print
 * their own number at the start of the footnote, so the parentheses would come out as "1()".
 * That is why the footnote's own mark is plain unless the caller asks for parentheses.
 */
import {
  BuilderElement,
  FootnoteReferenceElement,
  FootnoteReferenceRun,
  Paragraph,
  Run,
  TextRun,
  UnderlineType,
  type ParagraphChild,
} from 'docx';
import type { Footnote, Inline } from '../domain/report/model';
import { textChildren } from './docx-text';
import { ptToHalfPoints } from './docx-units';

/** Word's built-in character style for footnote marks (superscript); the docx library defines it. */
const FOOTNOTE_MARK_STYLE = 'FootnoteReference';
/** Word's built-in paragraph style for footnote text; the renderer sets its font size. */
export const FOOTNOTE_TEXT_STYLE = 'FootnoteText';

export type FootnoteOwnMark = 'plain' | 'parenthesised';

/** The mark in the text: "(n)" in superscript around Word's automatic footnote number. */
export function footnoteReferenceRuns(footnoteNumber: number): ParagraphChild[] {
  return [
    new TextRun({ text: '(', style: FOOTNOTE_MARK_STYLE }),
    new FootnoteReferenceRun(footnoteNumber),
    new TextRun({ text: ')', style: FOOTNOTE_MARK_STYLE }),
  ];
}

function ownMarkRuns(ownMark: FootnoteOwnMark): ParagraphChild[] {
  const automaticNumber = new Run({ style: FOOTNOTE_MARK_STYLE, children: [new FootnoteReferenceElement()] });
  if (ownMark === 'plain') return [automaticNumber];
  return [new TextRun({ text: '(', style: FOOTNOTE_MARK_STYLE }), automaticNumber, new TextRun({ text: ')', style: FOOTNOTE_MARK_STYLE })];
}

/** Footnotes cannot hold footnotes; an anchor inside one is kept as its plain "(n)" text. */
function footnoteTextRuns(runs: ReadonlyArray<Inline>, sizeHalfPoints: number): TextRun[] {
  return runs.map((run) =>
    run.type === 'text'
      ? new TextRun({
          children: textChildren(run.text.normalize('NFC')),
          size: sizeHalfPoints,
          bold: run.bold,
          italics: run.italic,
          underline: run.underline ? { type: UnderlineType.SINGLE } : undefined,
        })
      : new TextRun({ text: `(${run.number})`, size: sizeHalfPoints }),
  );
}

/**
 * One w:footnote element with id = the footnote's number. Built by hand rather than through the
 * library's `footnotes` option because the library always puts its own plain mark first, which
 * leaves no room for the opening parenthesis of the Party mark.
 */
export function footnoteElement(footnote: Footnote, sizePt: number, ownMark: FootnoteOwnMark): BuilderElement {
  const sizeHalfPoints = ptToHalfPoints(sizePt);
  const paragraph = new Paragraph({
    style: FOOTNOTE_TEXT_STYLE,
    children: [...ownMarkRuns(ownMark), new TextRun({ text: ' ', size: sizeHalfPoints }), ...footnoteTextRuns(footnote.runs, sizeHalfPoints)],
  });
  return new BuilderElement({
    name: 'w:footnote',
    attributes: { id: { key: 'w:id', value: footnote.number } },
    children: [paragraph],
  });
}
