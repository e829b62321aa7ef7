/**
 * "Tạo báo cáo": compiles the report from the one read, asks (before anything is written) whether
 * to go on when errors remain, renders it as a Google Doc, and files it in the add-in's report
 * folder through the Drive API with the drive.file scope (report-folder.ts); the renderer only
 * talks to the Docs API.
 */
import { compileChecked } from '../../app/generate-report';
import { explain, UserFacingError, type GasContext } from '../context';
import { draftMarks, draftNotes } from '../../domain/report/draft-notes';
import { docsLayoutNotes, GasDocsReportRenderer } from '../docs-renderer';
import { fileInto, reportFolder } from '../report-folder';
import { reportReadyHtml } from '../ui';

export function runGenerateReport(ctx: GasContext): void {
  const { raw, sources } = ctx.read();
  const { check, model } = compileChecked({ read: () => raw }, sources);
  if (model === null) {
    throw new UserFacingError('Chưa tạo được báo cáo: tab Thiết lập còn thiếu thông tin bắt buộc. Hãy chạy Kiểm tra dữ liệu để xem chi tiết.');
  }
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  // Asked about what the draft will show, not about errors elsewhere in the workbook.
  const marks = draftMarks(model).length;
  if (marks > 0 && !ctx.confirm('Tạo báo cáo', `${draftNotes(model).join('\n')}\n\nVẫn tạo bản thảo?`)) return;
  const renderer = new GasDocsReportRenderer({ docs: ctx.docsApi() });
  const doc = renderer.render(model);
  const notes = [
    // What the draft holds, and which figures it used (the cut-off line), said every time.
    ...draftNotes(model),
    ...(errors > 0 ? [`Bảng tính còn ${errors} lỗi: chọn Kiểm tra dữ liệu để xem từng ô.`] : []),
    ...docsLayoutNotes(model),
  ];
  try {
    const drive = ctx.driveApi();
    const folder = reportFolder(drive, ctx.properties(), check.workbook.settings?.reportFolderId ?? null, ctx.spreadsheet().getName());
    fileInto(drive, doc.documentId, folder.id);
    if (folder.note !== null) notes.push(folder.note);
  } catch (error) {
    notes.push(`Văn bản vẫn ở Drive của tôi, chưa vào thư mục lưu báo cáo: ${explain(error)}`);
  }
  ctx.modal(reportReadyHtml(doc.url, model.title, notes), 'Báo cáo đã tạo', 460, 240);
}
