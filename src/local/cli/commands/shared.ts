/**
 * Small pieces several commands share: reading a workbook with the sources its units tab names
 * (so no command forgets them), checking it, rewriting a workbook in place (`setup`, `cutoff`),
 * and the workbook bytes of plain workbook data (what `init` and `demo` write).
 */
import { checkWorkbook, type WorkbookCheck } from '../../../app/check-workbook';
import type { RawWorkbook } from '../../../domain/cells';
import type { SourceReads } from '../../../domain/rollup/sources';
import type { WorkbookData } from '../../../domain/workbook/data';
import { planWorkbookFromData } from '../../../domain/workbook/layout';
import { guarded } from '../../files/errors';
import type { UserPath } from '../../files/paths';
import { followLinks, replaceAtomically } from '../../files/safe-write';
import { writeXlsx } from '../../xlsx';
import { UsageError, type CliContext } from '../context';

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

/** What a command's edit of a workbook gives back: the new bytes (null leaves the file as it is) and what to tell the person. */
export interface WorkbookRewrite<T> {
  readonly bytes: Uint8Array | null;
  readonly outcome: T;
}

export interface RewriteOptions {
  /** What a read-only workbook prevents, in the refusal ("không thêm tab được"). */
  readonly blocked: string;
  /** The progress line while writing. */
  readonly writing: string;
}

/**
 * Rewrites the workbook at `file` in place, as `setup` and `cutoff` do: under one lock keyed by
 * its real path (a link and its target are one workbook, and both commands rewrite its zip),
 * through symbolic links to the file itself, atomically, keeping its permissions. `edit` gets
 * the bytes as they are; a workbook marked read-only (0444 and the like) is refused only when
 * `edit` has something to write, since rename would replace it anyway.
 */
export async function rewriteWorkbook<T>(
  context: CliContext,
  file: UserPath,
  options: RewriteOptions,
  edit: (input: Buffer) => Promise<WorkbookRewrite<T>>,
): Promise<T> {
  const { fs, io } = context;
  const real = await guarded('read', file.typed, () => fs.realpath(file.absolute));
  const release = await context.lockKey(`setup:${real}`, `Bảng tính "${file.typed}"`);
  try {
    const destination = await followLinks(fs, file.absolute, file.typed);
    const { mode } = await guarded('read', file.typed, () => fs.stat(destination));
    io.progress(`Đang đọc ${file.typed}…`);
    const input = await guarded('read', file.typed, () => fs.readFile(destination));
    const { bytes, outcome } = await edit(input);
    if (bytes !== null) {
      if ((mode & 0o222) === 0) {
        throw new UsageError(`"${file.typed}" đang ở chế độ chỉ đọc nên ${options.blocked}. Hãy bỏ chế độ chỉ đọc (hoặc làm một bản sao) rồi chạy lại.`);
      }
      io.progress(options.writing);
      await replaceAtomically(fs, destination, file.typed, Buffer.from(bytes), mode);
    }
    return outcome;
  } finally {
    await release();
  }
}

export function workbookBytes(data: WorkbookData): Promise<Buffer> {
  return writeXlsx(planWorkbookFromData(data));
}

/** The argument description every command that reads a workbook uses. */
export const WORKBOOK_ARGUMENT = ['<tệp.xlsx>', 'bảng tính cần đọc (đường dẫn tuyệt đối hoặc tính từ thư mục đang đứng)'] as const;
