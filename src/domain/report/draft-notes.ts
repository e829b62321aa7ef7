/**
 * What the command line and the add-in say after making a draft, read from the draft itself: how
 * many "[?]" it really holds (none is said as none), and every place it printed a figure taken from
 * figures that break an error-level rule ("[!]"), each with the cell to fix. Counting the marks the
 * compiler placed, not the findings, keeps the sentence true: a workbook with errors elsewhere can
 * still give a draft without a single "[?]", and a "[?]" a clerk typed as text is not counted.
 * After a data cut-off, a last line says which figures the draft used (the snapshot or the
 * current figures) and lists the figure cells changed since, so nobody wonders why a number
 * typed yesterday is not in the draft.
 */
import { formatDateTimeNumeric, formatNumber } from '../format';
import type { DraftMark, FigureSource, Inline, Paragraph, ReportModel } from './model';

/** Places listed per kind of mark; the rest are counted, and the check lists them all. */
export const DRAFT_NOTES_MAX_PLACES = 20;

function marksOf(runs: ReadonlyArray<Inline>, out: DraftMark[]): void {
  for (const run of runs) if (run.type === 'text' && run.mark !== undefined) out.push(run.mark);
}

/** Every mark of the draft, in reading order (body, then footnotes). */
export function draftMarks(model: ReportModel): DraftMark[] {
  const marks: DraftMark[] = [];
  const paragraphs = (list: ReadonlyArray<Paragraph>): void => list.forEach((p) => marksOf(p.runs, marks));
  for (const block of model.blocks) {
    if (block.type === 'paragraph') marksOf(block.runs, marks);
    else if (block.type === 'columns') {
      paragraphs(block.left);
      paragraphs(block.right);
    }
  }
  for (const footnote of model.footnotes) marksOf(footnote.runs, marks);
  return marks;
}

function placeLines(marks: ReadonlyArray<DraftMark>): string[] {
  const lines = marks.slice(0, DRAFT_NOTES_MAX_PLACES).map((m) => {
    const where = m.tab === null ? '' : m.cell === null ? `'${m.tab}': ` : `'${m.tab}'!${m.cell}: `;
    return `  ${where}${m.reason}`;
  });
  const rest = marks.length - DRAFT_NOTES_MAX_PLACES;
  if (rest > 0) lines.push(`  … và ${count(rest)} chỗ khác (lệnh kiểm tra liệt kê đủ).`);
  return lines;
}

const count = (n: number): string => formatNumber(n, { zeroPad: false });
const value = (n: number | null): string => (n === null ? 'trống' : formatNumber(n, { zeroPad: false }, 6));

/** "Báo cáo dùng số liệu đã chốt lúc 05/04/2023 17:00 (người chốt …); 2 ô sửa sau khi chốt không được dùng:" and the cells. */
export function figureSourceNotes(source: FigureSource): string[] {
  const when = `lúc ${formatDateTimeNumeric(source.time)}${source.by === null ? '' : ` (người chốt ${source.by})`}`;
  const n = source.changed.length;
  const head =
    source.use === 'snapshot'
      ? `Báo cáo dùng số liệu đã chốt ${when}; ${n === 0 ? 'không ô nào sửa sau khi chốt.' : `${count(n)} ô sửa sau khi chốt không được dùng:`}`
      : `Báo cáo dùng số liệu hiện tại, không dùng số đã chốt ${when}; ${n === 0 ? 'không ô nào sửa sau khi chốt.' : `${count(n)} ô đã sửa sau khi chốt:`}`;
  const lines = source.changed
    .slice(0, DRAFT_NOTES_MAX_PLACES)
    .map((c) => `  '${c.tab}'${c.cell === null ? '' : `!${c.cell}`}: ${c.code} lúc chốt ${value(c.before)}, nay ${value(c.after)}.`);
  if (n > DRAFT_NOTES_MAX_PLACES) lines.push(`  … và ${count(n - DRAFT_NOTES_MAX_PLACES)} ô khác (lệnh kiểm tra liệt kê đủ).`);
  return [head, ...lines];
}

/**
 * The Vietnamese lines to print after a draft is made: first the "[?]" count (stated even when it
 * is zero), then, when there are any, the places that use figures breaking an error-level rule.
 */
export function draftNotes(model: ReportModel): string[] {
  const marks = draftMarks(model);
  const unavailable = marks.filter((m) => m.kind === 'unavailable');
  const failing = marks.filter((m) => m.kind === 'failsRule');
  const lines =
    unavailable.length === 0
      ? ['Bản thảo không có chỗ nào đánh dấu [?].']
      : [`Bản thảo có ${count(unavailable.length)} chỗ đánh dấu [?] vì chưa tính được:`, ...placeLines(unavailable)];
  if (failing.length > 0) {
    lines.push(
      `Bản thảo có ${count(failing.length)} chỗ dùng số liệu không thỏa ràng buộc mức lỗi, đánh dấu [!] ngay sau con số; hãy sửa số liệu rồi tạo lại:`,
      ...placeLines(failing),
    );
  }
  if (model.figureSource !== undefined) lines.push(...figureSourceNotes(model.figureSource));
  return lines;
}
