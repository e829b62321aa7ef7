/**
 * Use cases "submit a unit tab" and "reopen it": who may do it, and whether the tab is ready.
 * A submission is refused, with every reason listed (cell by cell), while the unit's tab has
 * errors or missing parts; a reopening needs the secretariat and a reason. The decision is pure;
 * recording it and locking or unlocking the tab is the SubmissionStore's job.
 */
import type { IsoDateTime } from '../domain/dates';
import { formatDateTimeNumeric } from '../domain/format';
import type { WorkbookCheck } from './check-workbook';

export interface SubmissionRecord {
  readonly unitId: string;
  readonly submittedAt: IsoDateTime;
  readonly submittedBy: string;
}

export interface ReopenRecord {
  readonly unitId: string;
  readonly reopenedAt: IsoDateTime;
  readonly reopenedBy: string;
  readonly reason: string;
}

/** Records submissions and reopenings, and locks or unlocks unit tabs accordingly. */
export interface SubmissionStore {
  submit(record: SubmissionRecord): { readonly locked: boolean };
  reopen(record: ReopenRecord): { readonly unlocked: boolean };
}

export type Decision<T> = { readonly ok: true; readonly record: T } | { readonly ok: false; readonly reasons: ReadonlyArray<string> };

/** At most this many problems are listed in a dialog; the rest are counted. */
const LISTED_PROBLEMS = 15;

export interface Actor {
  readonly email: string;
  readonly isSecretariat: boolean;
}

/** The unit whose tab is `tabName`, if any. */
export function unitOfTab(check: WorkbookCheck, tabName: string): string | null {
  for (const unit of check.lookup.unitsById.values()) if (unit.tab === tabName) return unit.id;
  return null;
}

export function decideSubmission(check: WorkbookCheck, unitId: string | null, actor: Actor, now: IsoDateTime): Decision<SubmissionRecord> {
  if (unitId === null) {
    return { ok: false, reasons: ['Tab đang mở không phải tab nhập liệu của đơn vị nào. Hãy mở tab của đơn vị mình rồi bấm Nộp báo cáo.'] };
  }
  const unit = check.lookup.unitsById.get(unitId);
  const status = check.status.units.find((u) => u.unitId === unitId);
  if (unit === undefined || status === undefined) return { ok: false, reasons: [`Không có đơn vị mã ${unitId}.`] };
  const email = actor.email.toLowerCase();
  if (!actor.isSecretariat && !(unit.emails ?? []).includes(email)) {
    return {
      ok: false,
      reasons: [
        email === ''
          ? 'Không xác định được tài khoản của bạn. Hãy đăng nhập Google rồi thử lại.'
          : `Tài khoản ${email} không có trong danh sách email của ${unit.name}. Chỉ người của đơn vị (hoặc bộ phận tổng hợp) được nộp tab này.`,
      ],
    };
  }
  if (status.state === 'submitted') {
    return {
      ok: false,
      reasons: [`${unit.name} đã nộp lúc ${formatDateTimeNumeric(status.submittedAt)}. Nếu cần sửa, đề nghị bộ phận tổng hợp chọn Mở lại để bổ sung.`],
    };
  }
  const problems = [
    ...status.missing.map((m) =>
      m.kind === 'figure' ? `Ô ${m.where.cell ?? ''}: chưa nhập số liệu "${m.label}".` : `Ô ${m.where.cell ?? ''}: chưa viết nội dung mục ${m.id} "${m.label}".`,
    ),
    ...status.findings
      .filter((f) => f.severity === 'error' && f.code !== 'MISSING_FIGURE' && f.code !== 'MISSING_TEXT')
      .map((f) => `${f.cell === null ? '' : `Ô ${f.cell}: `}${f.message}`),
  ];
  if (problems.length > 0) {
    const listed = problems.slice(0, LISTED_PROBLEMS);
    const more = problems.length - listed.length;
    return {
      ok: false,
      reasons: [
        `Chưa nộp được: tab "${unit.tab}" còn ${problems.length} chỗ cần sửa.`,
        ...listed,
        ...(more > 0 ? [`… và ${more} chỗ khác (xem Kiểm tra dữ liệu).`] : []),
      ],
    };
  }
  return { ok: true, record: { unitId, submittedAt: now, submittedBy: email } };
}

export function decideReopen(check: WorkbookCheck, unitId: string | null, actor: Actor, reason: string, now: IsoDateTime): Decision<ReopenRecord> {
  if (!actor.isSecretariat) return { ok: false, reasons: ['Chỉ bộ phận tổng hợp được mở lại tab đã nộp.'] };
  if (unitId === null) return { ok: false, reasons: ['Hãy mở tab của đơn vị cần mở lại rồi chọn lại mục này.'] };
  const status = check.status.units.find((u) => u.unitId === unitId);
  if (status === undefined) return { ok: false, reasons: [`Không có đơn vị mã ${unitId}.`] };
  if (status.state !== 'submitted') return { ok: false, reasons: [`${status.name} chưa nộp, không cần mở lại.`] };
  const trimmed = reason.trim();
  if (trimmed === '') return { ok: false, reasons: ['Cần ghi lý do mở lại để đơn vị biết phải bổ sung gì.'] };
  return { ok: true, record: { unitId, reopenedAt: now, reopenedBy: actor.email.toLowerCase(), reason: trimmed } };
}
