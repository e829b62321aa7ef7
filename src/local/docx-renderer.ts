/**
 * Renders a compiled report (src/domain/report/model.ts) as a Word .docx in the official layout:
 * A4 page and margins from the model (mirrored for two-sided printing when the profile says so),
 * Times New Roman for every script so Vietnamese text keeps its font, Vietnamese as the document
 * language, page numbers at the top centre from page 2, Word's Heading 1–4 styles with the
 * profile's look (so Word's navigation pane shows the outline), real footnotes, and the header and
 * signature blocks as borderless two-column tables. The model has already made every layout
 * decision; this file assembles the document around the blocks that docx-blocks.ts renders, and
 * docx-package.ts fixes what the library writes wrongly.
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
import type { Block, PageSetup, Paragraph as ModelParagraph, ParagraphStyle, ReportModel } from '../domain/report/model';
import { HEADING_STYLES, headingLevelOf, lineSpacingOf, renderBlocks } from './docx-blocks';
import { footnoteElement } from './docx-footnotes';
import { fixPackage } from './docx-package';
import { cmToTwips, mmToTwips, ptToHalfPoints, ptToTwips } from './docx-units';

/** Word and LibreOffice use it to pick the spelling dictionary and hyphenation. */
const DOCUMENT_LANGUAGE = 'vi-VN';
const CREATOR = 'baocao';
export async function renderDocx(model: ReportModel): Promise<Buffer> {
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
    styles: documentStyles(page, headingStylesOf(model.blocks)),
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
              header: mmToTwips(page.headerDistanceMm),
              footer: mmToTwips(page.headerDistanceMm),
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

  const ownMark = model.footnoteMarks ?? 'plain';
  for (const footnote of model.footnotes) {
    document.FootNotes.View.addChildElement(footnoteElement(footnote, page.footnoteSize, ownMark));
  }
  // The library writes no dc:language; the core properties are an unordered set, so appending is valid.
  document.CoreProperties.addChildElement(new StringContainer('dc:language', DOCUMENT_LANGUAGE));

  return fixPackage(await Packer.toBuffer(document), { mirrorMargins: page.mirrorMargins ?? false });
}

/** The look of each heading level, from the first heading of that level in the report. */
function headingStylesOf(blocks: ReadonlyArray<Block>): Map<number, ParagraphStyle> {
  const styles = new Map<number, ParagraphStyle>();
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const level = headingLevelOf(block as ModelParagraph);
    if (level !== null && !styles.has(level)) styles.set(level, block.style);
  }
  return styles;
}

/**
 * Word's Heading n style with a profile heading's look, and the outline level that makes Word's
 * navigation pane (and LibreOffice's navigator) list it. Black, as Word's own headings are blue.
 */
function headingStyle(style: ParagraphStyle, level: number) {
  return {
    run: { size: ptToHalfPoints(style.size), bold: style.bold ?? false, italics: style.italic ?? false, color: '000000' },
    paragraph: {
      outlineLevel: level - 1,
      keepNext: style.keepWithNext ?? false,
      keepLines: style.keepLinesTogether ?? false,
      indent: { firstLine: cmToTwips(style.firstLineIndentCm ?? 0) },
      spacing: { before: ptToTwips(style.spaceBeforePt ?? 0), after: ptToTwips(style.spaceAfterPt ?? 0), ...lineSpacingOf(style) },
    },
  };
}

/** Document defaults: the font for every script, the body size, Vietnamese; footnote text size; headings. */
function documentStyles(page: PageSetup, headings: ReadonlyMap<number, ParagraphStyle>) {
  const font = page.font;
  const headingKeys = HEADING_STYLES.map((_s, i) => `heading${i + 1}` as 'heading1' | 'heading2' | 'heading3' | 'heading4');
  const headingStyles = Object.fromEntries(
    headingKeys.flatMap((key, i) => {
      const style = headings.get(i + 1);
      return style === undefined ? [] : [[key, headingStyle(style, i + 1)]];
    }),
  );
  return {
    default: {
      ...headingStyles,
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
