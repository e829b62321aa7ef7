/**
 * Use case "check the workbook": read it, validate it, and compute progress. The one path that
 * `baocao validate`, `baocao status`, the "Kiểm tra dữ liệu" and "Tiến độ" menu items, submission
 * and the reminder planner all go through, so they can never disagree about what is wrong.
 */
import { computeStatus, type WorkbookStatus } from '../domain/status';
import { validateWorkbook, type Validation } from '../domain/validate/validate';
import type { WorkbookSource } from './ports';

export interface WorkbookCheck extends Validation {
  readonly status: WorkbookStatus;
}

export function checkWorkbook(source: WorkbookSource): WorkbookCheck {
  const validation = validateWorkbook(source.read());
  return { ...validation, status: computeStatus(validation.lookup, validation.findings) };
}
