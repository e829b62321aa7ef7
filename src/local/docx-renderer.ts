/**
 * Renders a compiled report (src/domain/report/model.ts) as a Word .docx in the official layout:
 * A4 page and margins from the model, Times New Roman for every script so Vietnamese text keeps
 * its font, Vietnamese as the document language, page numbers at the top centre from page 2, real
 * footnotes, and the header and signature blocks as borderless two-column tables. The model has
 * already made every layout decision; this file assembles the document around the blocks that
 * docx-blocks.ts renders.
 */
import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  StringContainer,
  TextRun,
} from 'docx';
import type { PageSetup, ReportModel } from '../domain/report/model';
import { renderBlocks } from './docx-blocks';
import { footnoteElement, type FootnoteOwnMark } from './docx-footnotes';
import { mmToTwips, ptToHalfPoints } from './docx-units';

export type { FootnoteOwnMark } from './docx-footnotes';

export interface DocxRenderOptions {
  /**
   * The mark before each footnote's text. The mark in the running text is always the Party
   * "(1)". 'parenthesised' gives "(1)" before the footnote too, but only Word shows it so
   * (LibreOffice and Google Docs print "1()"); 'plain' (the default) gives a superscript "1",
   * which every application shows alike.
   */
  readonly footnoteOwnMark?: FootnoteOwnMark;
}

/** Word and LibreOffice use it to pick the spelling dictionary and hyphenation. */
const DOCUMENT_LANGUAGE = 'vi-VN';
const CREATOR = 'baocao';
/**
 * Distance from the page edge to the page number. The top margin is 20 mm, so at 10 mm a 13–14
 * pt number sits inside the margin without pushing the text down.
 */
const HEADER_DISTANCE_MM = 10;

export async function renderDocx(model: ReportModel, options: DocxRenderOptions = {}): Promise<Buffer> {
  const { page } = model;
  const textWidthTwips = mmToTwips(page.widthMm - page.marginsMm.left - page.marginsMm.right);
  const children = renderBlocks(model.blocks, {
    textWidthTwips,
    footnoteNumbers: new Set(model.footnotes.map((f) => f.number)),
    anchoredFootnotes: new Set<number>(),
  });
  const showNumberOnFirstPage = page.pageNumbers.fromPage <= 1;

  const document = new Document({
    title: model.title.normalize('NFC'),
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: documentStyles(page),
    sections: [
      {
        properties: {
          // titlePage gives page 1 its own (empty) header; Word can vary only the first page
          // without a section break, so numbering starts on page 2 at the latest.
          titlePage: !showNumberOnFirstPage,
          page: {
            size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mmToTwips(page.marginsMm.top),
              bottom: mmToTwips(page.marginsMm.bottom),
              left: mmToTwips(page.marginsMm.left),
              right: mmToTwips(page.marginsMm.right),
              header: mmToTwips(HEADER_DISTANCE_MM),
              footer: mmToTwips(HEADER_DISTANCE_MM),
              gutter: 0,
            },
          },
        },
        headers: {
          default: pageNumberHeader(page),
          ...(showNumberOnFirstPage ? {} : { first: new Header({ children: [new Paragraph({})] }) }),
        },
        children,
      },
    ],
  });

  const ownMark = options.footnoteOwnMark ?? 'plain';
  for (const footnote of model.footnotes) {
    document.FootNotes.View.addChildElement(footnoteElement(footnote, page.footnoteSize, ownMark));
  }
  // The library writes no dc:language; the core properties are an unordered set, so appending is valid.
  document.CoreProperties.addChildElement(new StringContainer('dc:language', DOCUMENT_LANGUAGE));

  return Packer.toBuffer(document);
}

/** Document defaults: the font for every script, the body size, Vietnamese; footnote text size. */
function documentStyles(page: PageSetup) {
  const font = page.font;
  return {
    default: {
      document: {
        run: {
          font: { ascii: font, hAnsi: font, eastAsia: font, cs: font },
          size: ptToHalfPoints(page.fontSize),
          sizeComplexScript: ptToHalfPoints(page.fontSize),
          language: { value: DOCUMENT_LANGUAGE, eastAsia: DOCUMENT_LANGUAGE },
        },
        // Spacing comes from each paragraph's style in the model, so the defaults add none.
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      footnoteText: {
        run: { size: ptToHalfPoints(page.footnoteSize), sizeComplexScript: ptToHalfPoints(page.footnoteSize) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
  };
}

function pageNumberHeader(page: PageSetup): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(page.pageNumbers.size) })],
      }),
    ],
  });
}
