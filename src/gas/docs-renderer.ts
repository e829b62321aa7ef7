/**
 * The Google Docs renderer: turns a compiled report into a new Google Doc through the Docs
 * advanced service: create, then the planned requests in batchUpdate calls under the stated
 * batch limit (docs-batches.ts), the footnotes' text joining the queue as soon as the replies
 * have given every footnote id (see docs-plan.ts for how every index is planned in advance).
 * The example report takes three Docs calls; a 1,000-unit report about two dozen. It touches
 * only the Docs API: filing the document in a folder is report-folder.ts's job, through the
 * Drive API with the drive.file scope (DriveApp would need full Drive access).
 */
import type { ReportRenderer } from '../app/generate-report';
import type { ReportModel } from '../domain/report/model';
import { DOCS_BATCH_LIMITS, sendInBatches, type DocsBatchLimits } from './docs-batches';
import { footnoteIdsFromReplies, planBody, planFootnotes } from './docs-plan';
import type { DocsAdvancedService, DocsResponse } from './surface';

export { planBody, planFootnotes, footnoteIdsFromReplies } from './docs-plan';
export type { BodyPlan } from './docs-plan';
export { DOCS_BATCH_LIMITS } from './docs-batches';

/**
 * The Docs API has no request for a page-number field (AutoText cannot be inserted), so the
 * renderer does not imitate one with fixed text; the UI shows this note instead.
 */
export const PAGE_NUMBER_NOTE = 'Google Docs chưa cho phép chèn số trang tự động qua API: vào Chèn › Số trang để thêm.';

/** Docs has no mirrored margins (no such field in DocumentStyle or SectionStyle of the Docs API). */
export const MIRROR_MARGINS_NOTE =
  'Google Docs không có lề đối xứng cho in hai mặt: văn bản dùng lề trái 30 mm, lề phải 15 mm cho mọi trang. Cần in hai mặt đúng thể thức thì tải về dạng .docx (Tệp › Tải xuống) hoặc dùng bản .docx của baocao.';

/** Docs has line spacing only as a percentage of single spacing (ParagraphStyle.lineSpacing). */
export const EXACT_LINE_SPACING_NOTE =
  'Google Docs không đặt được giãn dòng chính xác theo pt: giãn dòng được quy đổi gần đúng theo tỷ lệ phần trăm (18 pt ≈ 116%).';

/** Docs numbers footnotes at the page foot itself; only the .docx can parenthesise that mark. */
export const FOOTNOTE_MARKS_NOTE = 'Google Docs tự đánh số ở chân trang nên số chú thích ở đó là số thường; số trong ngoặc ⁽¹⁾ ở chân trang chỉ có trong bản .docx.';

/**
 * What the Google Doc cannot show of the report's layout, for the message shown after it is made
 * (the add-in shows these lines where it showed PAGE_NUMBER_NOTE alone).
 */
export function docsLayoutNotes(model: ReportModel): string[] {
  const styles = model.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.style] : b.type === 'columns' ? [...b.left, ...b.right].map((p) => p.style) : [b.style]));
  return [
    PAGE_NUMBER_NOTE,
    ...(model.page.mirrorMargins === true ? [MIRROR_MARGINS_NOTE] : []),
    ...(styles.some((s) => s.lineSpacingExactPt !== undefined) ? [EXACT_LINE_SPACING_NOTE] : []),
    ...(model.footnoteMarks === 'parenthesised' && model.footnotes.length > 0 ? [FOOTNOTE_MARKS_NOTE] : []),
  ];
}

export interface GoogleDocReport {
  readonly documentId: string;
  readonly url: string;
}

export interface GasDocsReportRendererOptions {
  readonly docs: DocsAdvancedService;
  /** Document title; the report's own title by default. */
  readonly title?: string;
  /** Requests and bytes per batchUpdate; DOCS_BATCH_LIMITS unless a test asks otherwise. */
  readonly batchLimits?: DocsBatchLimits;
}

export function googleDocUrl(documentId: string): string {
  return `https://docs.google.com/document/d/${documentId}/edit`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class GasDocsReportRenderer implements ReportRenderer<GoogleDocReport> {
  constructor(private readonly options: GasDocsReportRendererOptions) {}

  render(model: ReportModel): GoogleDocReport {
    const { docs } = this.options;
    // Planned before anything is created, so a planning bug cannot leave an empty document behind.
    const body = planBody(model);

    const documentId = docs.Documents.create({ title: this.options.title ?? model.title }).documentId;
    if (documentId === undefined || documentId === null || documentId === '') throw new Error('Google Docs không trả về mã của văn bản vừa tạo.');
    const url = googleDocUrl(documentId);

    try {
      const footnoteRequests = (replies: ReadonlyArray<DocsResponse>) => {
        const created = replies.filter((reply) => reply.createFootnote !== undefined).length;
        if (created < body.anchoredFootnotes.length) return null;
        return planFootnotes(model, body.anchoredFootnotes, footnoteIdsFromReplies(body, replies));
      };
      sendInBatches((resource, id) => docs.Documents.batchUpdate(resource, id), documentId, body.requests, footnoteRequests, this.options.batchLimits ?? DOCS_BATCH_LIMITS);
    } catch (error) {
      throw new Error(`Không ghi được nội dung vào văn bản Google Docs vừa tạo (${url}): ${messageOf(error)}`, { cause: error });
    }

    return { documentId, url };
  }
}
