/**
 * Plain-text and JSON renderings of findings and progress for the terminal: a findings list
 * grouped by tab, a status table that lines up Vietnamese text (with on-time submissions and the
 * progress tab's two series as text), and the JSON shapes that
 * `--json` prints (documented in docs/cli.md; programs may rely on them).
 */
import { formatDateNumeric, formatDateTimeNumeric, formatNumber, formatRatio } from '../../domain/format';
import { countBySeverity, SEVERITY_LABEL, type Finding } from '../../domain/findings';
import type { ProgressSeries } from '../../domain/progress-series';
import { unitStateLabel, type UnitStatus, type WorkbookStatus } from '../../domain/status';
import { charLength } from '../../domain/text';
import { onTimeSentence, TIMELINESS_LABEL } from '../../domain/timeliness';

function pad(text: string, width: number): string {
  const length = charLength(text);
  return length >= width ? text : text + ' '.repeat(width - length);
}

function clip(text: string, width: number): string {
  const chars = Array.from(text.normalize('NFC'));
  return chars.length <= width ? text : chars.slice(0, width - 1).join('') + '…';
}

/** Lays out rows as columns separated by two spaces, every column as wide as its widest cell. */
export function table(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, charLength(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function findingsSummary(findings: ReadonlyArray<Finding>): string {
  const { errors, warnings } = countBySeverity(findings);
  return `${errors} lỗi, ${warnings} cảnh báo`;
}

export function renderFindings(file: string, findings: ReadonlyArray<Finding>): string {
  const lines = [`Kiểm tra ${file}: ${findingsSummary(findings)}.`];
  let currentTab: string | null | undefined;
  for (const f of findings) {
    if (f.tab !== currentTab) {
      currentTab = f.tab;
      lines.push('', f.tab === null ? 'Tệp' : `Tab '${f.tab}'`);
    }
    lines.push(`  ${pad(SEVERITY_LABEL[f.severity], 9)} ${pad(f.cell ?? '', 6)} ${f.message}  [${f.code}]`);
  }
  return lines.join('\n');
}

export function findingsJson(file: string, findings: ReadonlyArray<Finding>): object {
  const { errors, warnings } = countBySeverity(findings);
  return {
    file,
    ok: errors === 0,
    errors,
    warnings,
    findings: findings.map((f) => ({
      severity: SEVERITY_LABEL[f.severity],
      code: f.code,
      tab: f.tab,
      cell: f.cell,
      message: f.message,
      ...(f.unitId !== undefined ? { unit: f.unitId } : {}),
      ...(f.cells !== undefined ? { cells: f.cells.map((c) => ({ tab: c.tab, cell: c.cell, label: c.label, value: c.value })) } : {}),
    })),
  };
}

function partRatio(part: { filled: number; required: number }): string {
  return part.required === 0 ? '—' : `${part.filled}/${part.required}`;
}

function taskRatio(unit: UnitStatus): string {
  return unit.tasks.total === 0 ? '—' : formatRatio(unit.tasks.done, unit.tasks.total, { zeroPad: false });
}

/** The progress tab's two charts as lines of text: submissions per day, indicators per period. */
function seriesLines(series: ProgressSeries | undefined): string[] {
  if (series === undefined) return [];
  const lines: string[] = [];
  if (series.submissions.length > 0) {
    // Only the days something changed, so a long period stays readable.
    const days = series.submissions.filter((p, i, all) => i === 0 || i === all.length - 1 || p.submitted !== all[i - 1]?.submitted);
    lines.push(
      '',
      `Số đơn vị đã nộp theo ngày${series.deadline === null ? '' : ` (hạn ${formatDateNumeric(series.deadline)})`}: ` +
        days.map((p) => `${formatDateNumeric(p.date).slice(0, 5)}: ${p.submitted}/${series.expected}`).join(' · '),
    );
  }
  if (series.trendCodes.length > 0 && series.trend.length > 0) {
    const value = (v: number | null): string => (v === null ? '—' : formatNumber(v, { zeroPad: false }));
    lines.push('', 'Chỉ tiêu qua các kỳ:', table([['Kỳ', ...series.trendCodes.map((c) => c.code)], ...series.trend.map((p) => [p.current ? `${p.name} (kỳ này)` : p.name, ...p.values.map(value)])]));
  }
  return lines;
}

export function renderStatus(status: WorkbookStatus): string {
  const header = ['Mã', 'Đơn vị', 'Nhiệm vụ', 'Số liệu', 'Nội dung', 'Lỗi', 'Cảnh báo', 'Trạng thái', 'Nộp lúc', 'Đúng hạn', 'Sửa sau chốt'];
  const rows = status.units.map((u) => [
    u.unitId,
    clip(u.name, 40),
    taskRatio(u),
    partRatio(u.figures),
    partRatio(u.texts),
    String(u.errors),
    String(u.warnings),
    unitStateLabel(u),
    formatDateTimeNumeric(u.submittedAt),
    u.expected && u.state === 'submitted' ? TIMELINESS_LABEL[u.timeliness] : '',
    u.changedAfterCutoff === 0 ? '' : String(u.changedAfterCutoff),
  ]);
  const total =
    `Tổng: ${status.complete}/${status.expected} đơn vị đủ dữ liệu, không lỗi; ` +
    `${status.submitted}/${status.expected} đã nộp.`;
  const notExpected = status.notExpected > 0 ? ` ${status.notExpected} đơn vị không thuộc kỳ này, không tính.` : '';
  return [`${table([header, ...rows])}\n\n${total}`, `${onTimeSentence(status.onTime, status.expected)}.${notExpected}`, ...seriesLines(status.series)].join('\n');
}

export function statusJson(file: string, status: WorkbookStatus): object {
  return {
    file,
    expected: status.expected,
    complete: status.complete,
    submitted: status.submitted,
    onTime: status.onTime,
    notExpected: status.notExpected,
    units: status.units.map((u) => ({
      id: u.unitId,
      name: u.name,
      tab: u.tab,
      tasks: { done: u.tasks.done, total: u.tasks.total },
      figures: u.figures,
      texts: u.texts,
      errors: u.errors,
      warnings: u.warnings,
      complete: u.complete,
      state: u.state,
      stateLabel: unitStateLabel(u),
      submittedAt: u.submittedAt,
      submittedBy: u.submittedBy,
      deadline: u.deadline,
      expected: u.expected,
      timeliness: u.timeliness,
      changedAfterCutoff: u.changedAfterCutoff,
      missing: u.missing.map((m) => ({ kind: m.kind, id: m.id, label: m.label, tab: m.where.tab, cell: m.where.cell })),
    })),
  };
}
