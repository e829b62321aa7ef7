/**
 * Small pieces several commands share: checking a workbook they read, and the workbook bytes
 * of plain workbook data (what `init` and `demo` write).
 */
import { checkWorkbook, type WorkbookCheck } from '../../../app/check-workbook';
import type { RawWorkbook } from '../../../domain/cells';
import type { WorkbookData } from '../../../domain/workbook/data';
import { planWorkbookFromData } from '../../../domain/workbook/layout';
import type { UserPath } from '../../files/paths';
import { writeXlsx } from '../../xlsx';
import type { CliContext } from '../context';

export async function checkFile(context: CliContext, file: UserPath): Promise<{ raw: RawWorkbook; check: WorkbookCheck }> {
  const raw = await context.readWorkbook(file);
  context.io.progress('Đang kiểm tra dữ liệu…');
  return { raw, check: checkWorkbook({ read: () => raw }) };
}

export function workbookBytes(data: WorkbookData): Promise<Buffer> {
  return writeXlsx(planWorkbookFromData(data));
}

/** The argument description every command that reads a workbook uses. */
export const WORKBOOK_ARGUMENT = ['<tệp.xlsx>', 'bảng tính cần đọc (đường dẫn tuyệt đối hoặc tính từ thư mục đang đứng)'] as const;
