/**
 * "Tạo báo cáo": compiles the report from the one read, asks (before anything is written) whether
 * to go on when errors remain, renders it as a Google Doc, and files it in the add-in's report
 * folder through the Drive API with the drive.file scope (report-folder.ts). The renderer is
 * given no folder, so it never reaches for DriveApp, which would need full Drive access.
 */
import { compileChecked } from '../../app/generate-report';
import { explain, UserFacingError, type GasContext } from '../context';
import { GasDocsReportRenderer, PAGE_NUMBER_NOTE } from '../docs-renderer';
import { fileInto, reportFolder } from '../report-folder';
import { reportReadyHtml } from '../ui';

export function runGenerateReport(ctx: GasContext): void {
  const { raw } = ctx.read();
  const { check, model } = compileChecked({ read: () => raw });
  if (model === null) {
    throw new UserFacingError('Chưa tạo được báo cáo: tab Thiết lập còn thiếu thông tin bắt buộc. Hãy chạy Kiểm tra dữ liệu để xem chi tiết.');
  }
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !ctx.confirm('Tạo báo cáo', `Dữ liệu còn ${errors} lỗi; các chỗ chưa tính được sẽ hiện "[?]". Vẫn tạo bản thảo?`)) return;
  const renderer = new GasDocsReportRenderer({ docs: ctx.docsApi(), drive: ctx.g.DriveApp, folderId: null });
  const doc = renderer.render(model);
  const notes = [PAGE_NUMBER_NOTE];
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
