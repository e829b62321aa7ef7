/**
 * Plain-text and JSON renderings of findings and progress for the terminal: a findings list
 * grouped by tab, a status table that lines up Vietnamese text, and the JSON shapes that
 * `--json` prints (documented in docs/cli.md; programs may rely on them).
 */
import { formatDateTimeNumeric, formatRatio } from '../../domain/format';
import { countBySeverity, SEVERITY_LABEL, type Finding } from '../../domain/findings';
import { UNIT_STATE_LABEL, type UnitStatus, type WorkbookStatus } from '../../domain/status';
import { charLength } from '../../domain/text';

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

export function renderStatus(status: WorkbookStatus): string {
  const header = ['Mã', 'Đơn vị', 'Nhiệm vụ', 'Số liệu', 'Nội dung', 'Lỗi', 'Cảnh báo', 'Trạng thái', 'Nộp lúc'];
  const rows = status.units.map((u) => [
    u.unitId,
    clip(u.name, 40),
    taskRatio(u),
    partRatio(u.figures),
    partRatio(u.texts),
    String(u.errors),
    String(u.warnings),
    UNIT_STATE_LABEL[u.state],
    formatDateTimeNumeric(u.submittedAt),
  ]);
  const total =
    `Tổng: ${status.complete}/${status.expected} đơn vị đủ dữ liệu, không lỗi; ` +
    `${status.submitted}/${status.expected} đã nộp.`;
  return `${table([header, ...rows])}\n\n${total}`;
}

export function statusJson(file: string, status: WorkbookStatus): object {
  return {
    file,
    expected: status.expected,
    complete: status.complete,
    submitted: status.submitted,
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
      stateLabel: UNIT_STATE_LABEL[u.state],
      submittedAt: u.submittedAt,
      submittedBy: u.submittedBy,
      deadline: u.deadline,
      missing: u.missing.map((m) => ({ kind: m.kind, id: m.id, label: m.label, tab: m.where.tab, cell: m.where.cell })),
    })),
  };
}
