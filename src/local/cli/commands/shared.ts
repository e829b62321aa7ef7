/**
 * Small pieces several commands share: reading a workbook with the sources its units tab names
 * (so no command forgets them), checking it, and the workbook bytes of plain workbook data (what
 * `init` and `demo` write).
 */
import { checkWorkbook, type WorkbookCheck } from '../../../app/check-workbook';
import type { RawWorkbook } from '../../../domain/cells';
import type { SourceReads } from '../../../domain/rollup/sources';
import type { WorkbookData } from '../../../domain/workbook/data';
import { planWorkbookFromData } from '../../../domain/workbook/layout';
import type { UserPath } from '../../files/paths';
import { writeXlsx } from '../../xlsx';
import type { CliContext } from '../context';

/** The workbook and what its sources hold (shards, child reports); sources undefined when it names none. */
export async function readWithSources(context: CliContext, file: UserPath): Promise<{ raw: RawWorkbook; sources: SourceReads | undefined }> {
  const raw = await context.readWorkbook(file);
  return { raw, sources: await context.readSources(file, raw) };
}

export async function checkFile(context: CliContext, file: UserPath): Promise<{ raw: RawWorkbook; sources: SourceReads | undefined; check: WorkbookCheck }> {
  const raw = await context.readWorkbook(file);
  return { raw, ...(await checkWithSources(context, file, raw)) };
}

/** The same for a workbook already parsed (a command that rewrites the bytes it read): its sources read, then checked. */
export async function checkWithSources(context: CliContext, file: UserPath, raw: RawWorkbook): Promise<{ sources: SourceReads | undefined; check: WorkbookCheck }> {
  const sources = await context.readSources(file, raw);
  context.io.progress('Đang kiểm tra dữ liệu…');
  return { sources, check: checkWorkbook({ read: () => raw }, sources) };
}

export function workbookBytes(data: WorkbookData): Promise<Buffer> {
  return writeXlsx(planWorkbookFromData(data));
}

/** The argument description every command that reads a workbook uses. */
export const WORKBOOK_ARGUMENT = ['<tệp.xlsx>', 'bảng tính cần đọc (đường dẫn tuyệt đối hoặc tính từ thư mục đang đứng)'] as const;
