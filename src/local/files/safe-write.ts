/**
 * Writing an output file without ever damaging one: the output may never be one of the
 * command's inputs (compared as the same file on disk, so a symbolic or hard link to the
 * workbook is caught too), an existing file is replaced only with --force and only when it is of
 * the kind the command writes, and the bytes are written to a temporary file in the same folder,
 * flushed, then renamed over the target in one step (rename(2) is atomic within a file system),
 * so a crash or a full disk leaves the old file intact. A new file gets the permissions any
 * program would give it (0666 less the umask); a replaced file keeps its own; a target that is a
 * symbolic link is written through, and the link stays a link.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { errnoCode, FileError, fileError, guarded } from './errors';
import type { FileInfo, FileSystem } from './file-system';
import type { OutputKind } from './output-kinds';
import type { UserPath } from './paths';

/** Symbolic links followed before giving up, as Linux's own limit (MAXSYMLINKS, path_resolution(7)). */
const MAX_LINKS = 40;

export interface OutputRequest {
  readonly target: UserPath;
  readonly bytes: Buffer | string;
  readonly kind: OutputKind;
  /** The person passed --force: an existing file of the same kind may be replaced. */
  readonly force: boolean;
  /** Files the command reads; the output may never be one of them, even with --force. */
  readonly inputs: ReadonlyArray<UserPath>;
  /** Replaces the kind's own test of whether an existing file may be replaced. */
  readonly mayReplace?: (bytes: Buffer) => boolean;
}

export interface WriteResult {
  /** Where the bytes went (the link's target when `target` is a symbolic link). */
  readonly written: string;
  readonly replaced: boolean;
}

async function infoOrNull(operation: () => Promise<FileInfo>): Promise<FileInfo | null> {
  try {
    return await operation();
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Follows symbolic links at the end of `path` (not in its folders, which rename handles). */
export async function followLinks(fs: FileSystem, path: string, shown: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops <= MAX_LINKS; hops += 1) {
    const info = await guarded('write', shown, () => infoOrNull(() => fs.lstat(current)));
    if (info === null || info.kind !== 'symlink') return current;
    const link = await guarded('write', shown, () => fs.readlink(current));
    current = resolve(dirname(current), link);
  }
  throw fileError(Object.assign(new Error('ELOOP'), { code: 'ELOOP' }), 'write', shown);
}

/** Whether two paths name one file on disk (same device and inode: symbolic and hard links alike). */
export async function sameFile(fs: FileSystem, a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    if (x.dev === y.dev && x.ino === y.ino) return true;
    return (await fs.realpath(a)) === (await fs.realpath(b));
  } catch {
    return false;
  }
}

/** Writes `bytes` to `destination` through a temporary file and a rename; keeps `keepMode` if given. */
export async function replaceAtomically(
  fs: FileSystem,
  destination: string,
  shown: string,
  bytes: Buffer | string,
  keepMode: number | null,
): Promise<void> {
  const temporary = join(dirname(destination), `.${basename(destination)}.${process.pid}-${randomBytes(4).toString('hex')}.baocao-tmp`);
  await guarded('write', shown, () => fs.createExclusive(temporary, bytes, 0o666));
  try {
    if (keepMode !== null) await guarded('write', shown, () => fs.chmod(temporary, keepMode));
    await guarded('write', shown, () => fs.rename(temporary, destination));
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Where the bytes for `target` would go (through symbolic links) and what is there now; refuses
 * a folder (naming a file to write instead) and any of the command's `inputs`.
 */
export async function checkTarget(
  fs: FileSystem,
  target: UserPath,
  inputs: ReadonlyArray<UserPath>,
  extension: string,
): Promise<{ destination: string; existing: FileInfo | null }> {
  const destination = await followLinks(fs, target.absolute, target.typed);
  const existing = await guarded('write', target.typed, () => infoOrNull(() => fs.stat(destination)));
  if (existing?.kind === 'directory') {
    throw new FileError(
      `"${target.typed}" là một thư mục, không phải tệp. Hãy ghi cả tên tệp, ví dụ "${join(target.typed, `bao-cao${extension}`)}".`,
      target.typed,
      'EISDIR',
    );
  }
  if (existing !== null) {
    for (const input of inputs) {
      if (await sameFile(fs, destination, input.absolute)) {
        throw new FileError(
          `"${target.typed}" chính là tệp đầu vào "${input.typed}". Không ghi đè tệp đầu vào, kể cả khi có --force; hãy chọn tên khác.`,
          target.typed,
          'IS_INPUT',
        );
      }
    }
  }
  return { destination, existing };
}

/** Checks everything `writeOutput` checks, without writing; returns where the bytes would go. */
export async function checkOutput(fs: FileSystem, request: Omit<OutputRequest, 'bytes'>): Promise<{ destination: string; existing: FileInfo | null }> {
  const { target, kind } = request;
  const { destination, existing } = await checkTarget(fs, target, request.inputs, kind.extensions[0] ?? '');
  if (!kind.extensions.some((e) => target.typed.toLowerCase().endsWith(e))) {
    throw new FileError(
      `Tên tệp "${target.typed}" phải có đuôi ${kind.extensions.join(' hoặc ')} (${kind.label}).`,
      target.typed,
      'WRONG_EXTENSION',
    );
  }
  if (existing !== null && existing.kind !== 'file') {
    throw new FileError(`"${target.typed}" không phải tệp thường (có thể là thiết bị hoặc ống dẫn); không ghi vào đó.`, target.typed, 'NOT_A_FILE');
  }
  if (existing !== null) {
    if (!request.force) {
      throw new FileError(
        `Đã có tệp "${target.typed}". Không ghi đè để khỏi mất dữ liệu; hãy chọn tên khác, hoặc thêm --force nếu muốn thay tệp đó.`,
        target.typed,
        'EXISTS',
      );
    }
    const current = await guarded('read', target.typed, () => fs.readFile(destination));
    if (!(request.mayReplace ?? kind.mayReplace)(current)) {
      throw new FileError(
        `Không ghi đè "${target.typed}", kể cả khi có --force: ${kind.refusal}. Hãy chọn tên khác.`,
        target.typed,
        'NOT_OURS',
      );
    }
  }
  return { destination, existing };
}

/** Writes one output file safely (see the top of this file); throws a FileError with a Vietnamese message. */
export async function writeOutput(fs: FileSystem, request: OutputRequest): Promise<WriteResult> {
  const { destination, existing } = await checkOutput(fs, request);
  await guarded('mkdir', dirname(request.target.typed), () => fs.mkdirp(dirname(destination)));
  await replaceAtomically(fs, destination, request.target.typed, request.bytes, existing?.mode ?? null);
  return { written: destination, replaced: existing !== null };
}
