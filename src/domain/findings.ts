/**
 * What validation reports: a finding names the tab and cell, carries a severity (lỗi blocks
 * submission and exits 1 on the command line; cảnh báo is for a person to look at), a stable
 * code for programs, and a Vietnamese message that tells the clerk what to fix.
 */
import { parseA1 } from './cells';
import { MESSAGES, type FindingCode, type MessageParams } from './messages';

export type Severity = 'error' | 'warning';

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'lỗi', warning: 'cảnh báo' };

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Tab name, or null for a finding about the file as a whole. */
  readonly tab: string | null;
  /** A1 reference of the cell, or null when the finding is about a whole tab. */
  readonly cell: string | null;
  readonly message: string;
  /** The unit whose tab or data the finding concerns, for progress and reminders. */
  readonly unitId?: string;
  /** Every cell the finding is about, with the value it holds (a rule names each of its terms); `tab`/`cell` are the first. */
  readonly cells?: ReadonlyArray<FindingCell>;
}

/** One cell a finding is about: where it is, what it holds, and what it is (an indicator code, a column). */
export interface FindingCell {
  readonly tab: string;
  readonly cell: string;
  readonly label: string;
  readonly value: string;
}

export interface Where {
  readonly tab: string | null;
  readonly cell: string | null;
  readonly unitId?: string;
  readonly cells?: ReadonlyArray<FindingCell>;
}

export function makeFinding<C extends FindingCode>(
  code: C,
  where: Where,
  params: MessageParams<C>,
  severity?: Severity,
): Finding {
  const def = MESSAGES[code];
  const text = (def.text as (p: MessageParams<C>) => string)(boundedParams(params));
  const finding: Finding = {
    code,
    severity: severity ?? def.severity,
    tab: where.tab,
    cell: where.cell,
    message: text,
    ...(where.unitId !== undefined ? { unitId: where.unitId } : {}),
    ...(where.cells !== undefined && where.cells.length > 0 ? { cells: where.cells } : {}),
  };
  return finding;
}

/** The longest value a message quotes: a 50,000-character cell or code never floods a dialog or a mail. */
export const PARAM_MAX_CHARS = 500;

function boundedParams<P>(params: P): P {
  const bounded: Record<string, unknown> = { ...(params as Record<string, unknown>) };
  for (const [key, value] of Object.entries(bounded)) {
    if (typeof value === 'string' && value.length > PARAM_MAX_CHARS) bounded[key] = `${Array.from(value).slice(0, PARAM_MAX_CHARS - 1).join('')}…`;
  }
  return bounded as P;
}

export function hasErrors(findings: ReadonlyArray<Finding>): boolean {
  return findings.some((f) => f.severity === 'error');
}

export function countBySeverity(findings: ReadonlyArray<Finding>): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors += 1;
    else warnings += 1;
  }
  return { errors, warnings };
}

/** Where a finding points, as a person reads it: "UBND!D12". */
export function locationLabel(f: Pick<Finding, 'tab' | 'cell'>): string {
  if (f.tab === null) return 'tệp';
  return f.cell === null ? `'${f.tab}'` : `'${f.tab}'!${f.cell}`;
}

/** Stable order for display: by tab, then row, then column, errors first within a cell. */
export function sortFindings(findings: ReadonlyArray<Finding>, tabOrder: ReadonlyArray<string>): Finding[] {
  const tabIndex = new Map(tabOrder.map((name, i) => [name, i]));
  const position = (cell: string | null): [number, number] => {
    const parsed = cell === null ? null : parseA1(cell);
    return parsed === null ? [0, 0] : [parsed.row, parsed.col];
  };
  return [...findings].sort((a, b) => {
    const ta = a.tab === null ? -1 : (tabIndex.get(a.tab) ?? tabOrder.length);
    const tb = b.tab === null ? -1 : (tabIndex.get(b.tab) ?? tabOrder.length);
    if (ta !== tb) return ta - tb;
    if (a.tab !== b.tab) return (a.tab ?? '').localeCompare(b.tab ?? '');
    const [ra, ca] = position(a.cell);
    const [rb, cb] = position(b.cell);
    if (ra !== rb) return ra - rb;
    if (ca !== cb) return ca - cb;
    if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
    return a.code.localeCompare(b.code);
  });
}
