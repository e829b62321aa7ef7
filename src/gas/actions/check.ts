/**
 * "Kiểm tra dữ liệu": validates the workbook, marks every cell a finding is about (under the
 * document lock, within the time budget) and lists the findings in a sidebar, each cell a link.
 */
import { countBySeverity, SEVERITY_LABEL } from '../../domain/findings';
import type { GasContext } from '../context';
import { markFindings } from '../marks';
import { findingsSidebarHtml } from '../ui';

export function runCheck(ctx: GasContext): void {
  const { check } = ctx.read();
  const counts = countBySeverity(check.findings);
  const summary = `${counts.errors} ${SEVERITY_LABEL.error}, ${counts.warnings} ${SEVERITY_LABEL.warning}`;
  const marks = ctx.withLock(() => markFindings(ctx.spreadsheet(), check.findings, ctx.budget));
  const notes =
    marks.unfinished.length > 0
      ? [`Hết thời gian trước khi tô màu ${marks.unfinished.length} tab; chạy lại để tô tiếp. Danh sách dưới đây đã đủ.`]
      : [];
  ctx.sidebar(findingsSidebarHtml(check.findings, `Kiểm tra: ${summary}`, notes), 'Kết quả kiểm tra');
  ctx.toast(summary, 'Kiểm tra dữ liệu');
}
