/**
 * Reads an .xlsx file into the core's RawWorkbook, the same shape the Google Sheets adapter
 * produces: tabs in workbook order, rows from row 1, dates as `{ date }`, formulas as
 * `{ formula, result }`. Values are handed over exactly as stored (no trimming, no Unicode
 * normalisation, no length limit): deciding what they mean is the core's job. Anything that
 * is not a readable workbook becomes a NotAWorkbookError with a Vietnamese explanation.
 * The parsing itself is ./xlsx/read.ts (see the README on why it is not a library).
 */
import { readFile } from 'node:fs/promises';
import type { RawWorkbook } from '../domain/cells';
import { TEXT } from '../domain/messages';
import { readWorkbookPackage, XlsxReadError } from './xlsx/read';
import { NOT_WORKBOOK_REASONS, sniffWorkbookBytes, type NotWorkbookKind } from './xlsx-sniff';

/** The file cannot be read as a workbook; `message` is the Vietnamese sentence for the clerk. */
export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';

  constructor(
    /** The file as the person named it (a path, or a label for uploaded bytes). */
    readonly file: string,
    /** What the file is instead, for programs (exit codes, JSON output). */
    readonly kind: NotWorkbookKind,
    /** The Vietnamese clause inside `message`. */
    readonly reason: string,
    options?: { readonly cause?: unknown },
  ) {
    super(kind === 'notFound' ? TEXT.fileNotFound(file) : TEXT.notAWorkbook(file, reason), options);
  }
}

export function isNotAWorkbookError(error: unknown): error is NotAWorkbookError {
  return error instanceof NotAWorkbookError;
}

export interface ReadXlsxOptions {
  /** How to name the file in messages when reading bytes (a path names itself). */
  readonly fileLabel?: string;
  /** Most bytes the parts read may unpack to (a guard against zip bombs); 256 MB unless told. */
  readonly maxUnpackedBytes?: number;
}

const DEFAULT_BUFFER_LABEL = 'tệp tải lên';

/** Reads a workbook from a path or from the file's bytes; the file itself is only read, never written. */
export async function readXlsx(input: string | Buffer, options: ReadXlsxOptions = {}): Promise<RawWorkbook> {
  const fileLabel = options.fileLabel ?? (typeof input === 'string' ? input : DEFAULT_BUFFER_LABEL);
  const bytes = typeof input === 'string' ? await readFileBytes(input, fileLabel) : input;
  return readXlsxBytes(bytes, { ...options, fileLabel });
}

/** The same from bytes already in memory, synchronously (for use cases that edit the bytes next). */
export function readXlsxBytes(bytes: Uint8Array, options: ReadXlsxOptions = {}): RawWorkbook {
  const fileLabel = options.fileLabel ?? DEFAULT_BUFFER_LABEL;
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const problem = sniffWorkbookBytes(buffer);
  if (problem !== null) throw new NotAWorkbookError(fileLabel, problem.kind, problem.reason);

  try {
    return readWorkbookPackage(buffer, options.maxUnpackedBytes === undefined ? {} : { maxUnpackedBytes: options.maxUnpackedBytes });
  } catch (cause) {
    if (cause instanceof XlsxReadError) throw new NotAWorkbookError(fileLabel, cause.kind, cause.reason, { cause });
    // Anything else the package does to the parser is still "this file cannot be read", never a stack trace.
    throw new NotAWorkbookError(fileLabel, 'unreadable', NOT_WORKBOOK_REASONS.unreadable, { cause });
  }
}

export async function readFileBytes(path: string, fileLabel: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new NotAWorkbookError(fileLabel, 'notFound', NOT_WORKBOOK_REASONS.notFound, { cause });
    }
    if (code === 'EISDIR') throw new NotAWorkbookError(fileLabel, 'notAFile', NOT_WORKBOOK_REASONS.notAFile, { cause });
    throw cause;
  }
}
