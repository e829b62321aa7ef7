/**
 * Use case "check the workbook": read it, validate it, and compute progress. The one path that
 * `baocao validate`, `baocao status`, the "Kiểm tra dữ liệu" and "Tiến độ" menu items, submission
 * and the reminder planner all go through, so they can never disagree about what is wrong.
 */
import { computeStatus, type WorkbookStatus } from '../domain/status';
import { validateWorkbook, type Validation } from '../domain/validate/validate';
import type { SourceReads } from '../domain/rollup/sources';
import type { WorkbookSource } from './ports';

export interface WorkbookCheck extends Validation {
  readonly status: WorkbookStatus;
}

/** `sources`: the shards and child reports the adapters read (see validateWorkbook); absent = none. */
export function checkWorkbook(source: WorkbookSource, sources?: SourceReads): WorkbookCheck {
  const validation = validateWorkbook(source.read(), sources);
  return { ...validation, status: computeStatus(validation.lookup, validation.findings) };
}
