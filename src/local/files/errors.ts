/**
 * Turns what the operating system says about a file (Node's errno codes: ENOENT, EACCES,
 * ENOSPC…) into one Vietnamese sentence that names the path as the person typed it and says
 * what to do. Node's own messages ("EACCES: permission denied, open '…'") are English and name
 * the absolute path; a clerk must never see them. Codes are those documented for Node's fs
 * module (https://nodejs.org/api/errors.html#common-system-errors) and POSIX open(2)/rename(2).
 */

/** What the program was doing with the path when it failed. */
export type FileAction = 'read' | 'write' | 'mkdir' | 'list';

/** A file operation failed; `message` is the Vietnamese sentence for the person. */
export class FileError extends Error {
  override readonly name = 'FileError';

  constructor(
    message: string,
    /** The path as the person typed it (or as the program shows it). */
    readonly shown: string,
    /** The errno code, or a code of ours ('IS_INPUT', 'NOT_OURS'…), for programs and tests. */
    readonly code: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}

export function errnoCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

const WHAT: Readonly<Record<FileAction, string>> = {
  read: 'đọc',
  write: 'ghi',
  mkdir: 'tạo thư mục',
  list: 'mở thư mục',
};

/** The Vietnamese sentence for an errno code met while doing `action` on `shown`. */
export function describeErrno(code: string, action: FileAction, shown: string): string {
  const q = `"${shown}"`;
  switch (code) {
    case 'ENOENT':
      return action === 'read' || action === 'list'
        ? `Không tìm thấy tệp ${q}. Hãy kiểm tra lại tên và thư mục.`
        : `Không ${WHAT[action]} được ${q}: thư mục chứa nó không có.`;
    case 'EACCES':
    case 'EPERM':
      return action === 'read' || action === 'list'
        ? `Không có quyền ${WHAT[action]} ${q}. Hãy xin quyền đọc, hoặc chép tệp sang thư mục của bạn.`
        : `Không có quyền ${WHAT[action]} ${q} (thư mục hoặc tệp chỉ cho đọc). Hãy chọn thư mục khác.`;
    case 'EROFS':
      return `Không ${WHAT[action]} được ${q}: ổ đĩa này chỉ cho đọc. Hãy chọn thư mục trên ổ khác.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `Ổ đĩa đã đầy (hoặc hết dung lượng được cấp) khi ${WHAT[action]} ${q}; tệp cũ, nếu có, vẫn nguyên. Hãy giải phóng chỗ trống rồi chạy lại.`;
    case 'ENOTDIR':
      return `Không ${WHAT[action]} được ${q}: một phần của đường dẫn là tệp, không phải thư mục.`;
    case 'EISDIR':
      return `${q} là một thư mục, không phải tệp. Hãy ghi tên tệp.`;
    case 'EEXIST':
      return `Đã có ${q}.`;
    case 'EMFILE':
    case 'ENFILE':
      return `Máy đang mở quá nhiều tệp nên không ${WHAT[action]} được ${q}. Hãy đóng bớt chương trình rồi chạy lại.`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `Tệp ${q} đang bị chương trình khác giữ (có thể đang mở trong Excel hoặc Word). Hãy đóng nó rồi chạy lại.`;
    case 'ENAMETOOLONG':
      return `Tên hoặc đường dẫn ${q} quá dài. Hãy dùng tên ngắn hơn.`;
    case 'ELOOP':
      return `Đường dẫn ${q} có liên kết tượng trưng trỏ vòng tròn.`;
    case 'EXDEV':
      return `Không ${WHAT[action]} được ${q}: tệp tạm và tệp đích nằm trên hai ổ khác nhau.`;
    case 'EIO':
      return `Ổ đĩa báo lỗi đọc/ghi khi ${WHAT[action]} ${q}. Hãy kiểm tra ổ đĩa (hoặc USB) rồi chạy lại.`;
    case 'EINVAL':
      return `Tên ${q} không hợp lệ trên ổ đĩa này.`;
    default:
      return `Không ${WHAT[action]} được ${q} (hệ thống báo mã lỗi ${code}).`;
  }
}

/** Wraps any failure of a file operation into a FileError; passes FileErrors through. */
export function fileError(error: unknown, action: FileAction, shown: string): FileError {
  if (error instanceof FileError) return error;
  const code = errnoCode(error) ?? 'UNKNOWN';
  return new FileError(describeErrno(code, action, shown), shown, code, { cause: error });
}

/**
 * Runs one file operation, turning a system error (one with an errno code) into a FileError
 * about `shown`; anything else is a bug and goes on as it is (runCli reports it).
 */
export async function guarded<T>(action: FileAction, shown: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw errnoCode(error) === null ? error : fileError(error, action, shown);
  }
}

