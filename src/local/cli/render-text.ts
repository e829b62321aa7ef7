/**
 * Plain-text and JSON renderings of findings and progress for the terminal: a findings list
 * grouped by tab (a shard's tabs named with their workbook, then each child report's own
 * findings under its name), a status table that lines up Vietnamese text (with on-time
 * submissions, hierarchy completeness and the progress tab's two series as text), and the JSON
 * shapes that `--json` prints (documented in docs/cli.md; programs may rely on them).
 */
import { dirname, isAbsolute, join } from 'node:path';
import type { WorkbookCheck } from '../../app/check-workbook';
import { formatDateNumeric, formatDateTimeNumeric, formatNumber, formatRatio } from '../../domain/format';
import { countBySeverity, SEVERITY_LABEL, type Finding } from '../../domain/findings';
import type { ProgressSeries } from '../../domain/progress-series';
import { splitShardTab } from '../../domain/rollup/sources';
import { childCompletenessLine } from '../../domain/rollup/status';
import type { ChildSummary } from '../../domain/rollup/summary';
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

/** A child report's own findings, as its summary carries them (the first few; the counts say how many). */
export interface ChildFindings {
  readonly unitId: string;
  readonly name: string;
  /** As the units tab writes it, relative to the parent's folder. */
  readonly source: string;
  /** The child's file as the person would type it from where they ran the command. */
  readonly typedPath: string;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: ChildSummary['findings'];
}

/** Every child report read, with its own findings, in the units tab's order. */
export function childFindingsOf(check: WorkbookCheck, parentTyped: string): ChildFindings[] {
  const list: ChildFindings[] = [];
  for (const child of check.lookup.children.values()) {
    const summary = child.summary;
    if (summary === null || child.state !== 'ok') continue;
    const source = child.source.trim();
    list.push({
      unitId: child.unitId,
      name: check.lookup.unitsById.get(child.unitId)?.name ?? child.unitId,
      source,
      typedPath: isAbsolute(source) ? source : join(dirname(parentTyped), source),
      errors: summary.errors,
      warnings: summary.warnings,
      findings: summary.findings,
    });
  }
  return list;
}

/** A tab as a person reads it: a shard's tab ("[to-2.xlsx]Chi bộ 45") names its workbook. */
function tabHeading(tab: string | null): string {
  if (tab === null) return 'Tệp';
  const shard = splitShardTab(tab);
  return shard === null ? `Tab '${tab}'` : `Tab '${shard.tab}' của bảng tính ${shard.source}`;
}

/** What rendering needs of a finding: this workbook's, or one a child report's summary carries. */
type ShownFinding = Pick<Finding, 'severity' | 'tab' | 'cell' | 'message'> & { readonly code: string };

function findingLines(findings: ReadonlyArray<ShownFinding>, indent: string): string[] {
  const lines: string[] = [];
  let currentTab: string | null | undefined;
  for (const f of findings) {
    if (f.tab !== currentTab) {
      currentTab = f.tab;
      lines.push('', `${indent}${tabHeading(f.tab)}`);
    }
    lines.push(`${indent}  ${pad(SEVERITY_LABEL[f.severity], 9)} ${pad(f.cell ?? '', 6)} ${f.message}  [${f.code}]`);
  }
  return lines;
}

export function renderFindings(file: string, findings: ReadonlyArray<Finding>, children: ReadonlyArray<ChildFindings> = []): string {
  const lines = [`Kiểm tra ${file}: ${findingsSummary(findings)}.`, ...findingLines(findings, '')];
  const withFindings = children.filter((c) => c.errors + c.warnings > 0);
  if (withFindings.length > 0) {
    lines.push('', `Các báo cáo cấp dưới tự có lỗi hoặc cảnh báo (${withFindings.length}/${children.length} báo cáo; không tính vào kết quả kiểm tra ở trên):`);
  }
  for (const child of withFindings) {
    lines.push('', `Báo cáo cấp dưới "${child.name}" (${child.unitId}, tệp ${child.source}): ${child.errors} lỗi, ${child.warnings} cảnh báo.`);
    lines.push(...findingLines(child.findings, '  ').slice(1));
    const more = child.errors + child.warnings - child.findings.length;
    if (more > 0) lines.push(`  … và ${more} phát hiện nữa; xem đủ bằng "baocao validate ${child.typedPath}".`);
  }
  return lines.join('\n');
}

interface FindingJson {
  readonly severity: string;
  readonly code: string;
  readonly tab: string | null;
  readonly cell: string | null;
  readonly message: string;
}

function findingJson(f: ShownFinding): FindingJson {
  const shard = f.tab === null ? null : splitShardTab(f.tab);
  return {
    severity: SEVERITY_LABEL[f.severity],
    code: f.code,
    tab: shard === null ? f.tab : shard.tab,
    cell: f.cell,
    message: f.message,
    ...(shard !== null ? { source: shard.source } : {}),
  };
}

export function findingsJson(file: string, findings: ReadonlyArray<Finding>, children: ReadonlyArray<ChildFindings> = []): object {
  const { errors, warnings } = countBySeverity(findings);
  return {
    file,
    ok: errors === 0,
    errors,
    warnings,
    findings: [
      ...findings.map((f) => ({
        ...findingJson(f),
        ...(f.unitId !== undefined ? { unit: f.unitId } : {}),
        ...(f.cells !== undefined ? { cells: f.cells.map((c) => ({ tab: c.tab, cell: c.cell, label: c.label, value: c.value })) } : {}),
      })),
      ...children.flatMap((child) => child.findings.map((f) => ({ ...findingJson(f), unit: child.unitId, source: child.source }))),
    ],
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

/** A child unit's own units, "28/30" submitted, or why there is nothing to count. */
function childUnitsCell(unit: UnitStatus): string {
  const rollup = unit.rollup;
  if (rollup?.kind !== 'child') return '';
  if (rollup.units !== null) return formatRatio(rollup.units.submitted, rollup.units.expected, { zeroPad: false });
  // The state column already says why (unitStateLabel): Chưa đọc, Không đọc được, Khác kỳ báo cáo.
  return '—';
}

export function renderStatus(status: WorkbookStatus): string {
  const hasChildren = status.children !== undefined;
  const header = ['Mã', 'Đơn vị', 'Nhiệm vụ', 'Số liệu', 'Nội dung', 'Lỗi', 'Cảnh báo', 'Trạng thái', 'Nộp lúc', 'Đúng hạn', 'Sửa sau chốt', ...(hasChildren ? ['Cấp dưới đã nộp'] : [])];
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
    ...(hasChildren ? [childUnitsCell(u)] : []),
  ]);
  const total =
    `Tổng: ${status.complete}/${status.expected} đơn vị đủ dữ liệu, không lỗi; ` +
    `${status.submitted}/${status.expected} đã nộp.`;
  const notExpected = status.notExpected > 0 ? ` ${status.notExpected} đơn vị không thuộc kỳ này, không tính.` : '';
  const childLine = childCompletenessLine(status);
  const children = childLine === null ? [] : [`${childLine}.`];
  return [`${table([header, ...rows])}\n\n${total}`, `${onTimeSentence(status.onTime, status.expected)}.${notExpected}`, ...children, ...seriesLines(status.series)].join('\n');
}

export function statusJson(file: string, status: WorkbookStatus): object {
  return {
    file,
    expected: status.expected,
    complete: status.complete,
    submitted: status.submitted,
    onTime: status.onTime,
    notExpected: status.notExpected,
    ...(status.children !== undefined
      ? { children: { expected: status.children.expected, submitted: status.children.submitted, read: status.children.read, units: { ...status.children.units } } }
      : {}),
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
      ...(u.rollup !== undefined
        ? {
            source: {
              kind: u.rollup.kind,
              path: u.rollup.source,
              state: u.rollup.state,
              readAt: u.rollup.readAt,
              units: u.rollup.units === null ? null : { ...u.rollup.units },
            },
          }
        : {}),
    })),
  };
}
