/**
 * Google's own error texts that a deployer or clerk can act on, recognised and said again in
 * Vietnamese with what to do. Anything unrecognised is returned as null, and the caller shows
 * its generic message.
 */

const API_NAMES: Record<string, string> = {
  'Google Sheets API': 'Google Sheets API',
  'Google Docs API': 'Google Docs API',
  'Google Drive API': 'Google Drive API',
};

/**
 * "Google Sheets API has not been used in project 123 before or it is disabled. Enable it by
 * visiting https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=123
 * then retry." — an advanced service that is in the manifest while its API is off in the
 * script's Google Cloud project (standard Cloud projects need each API turned on by hand:
 * https://developers.google.com/apps-script/guides/cloud-platform-projects#standard).
 */
const API_DISABLED = /(Google [A-Za-z ]+ API|[A-Za-z ]+ API) has not been used in project (\d+) before or it is disabled/;
const ENABLE_URL = /https:\/\/console\.(?:developers|cloud)\.google\.com\/[^\s"')]+/;
const NO_PERMISSION = /You do not have permission to call ([\w.]+)\. Required permissions: (\S+)/;
const PROTECTED = /You are trying to edit a protected cell or object/;
const RATE_LIMIT = /Quota exceeded for quota metric '([^']+)'|RATE_LIMIT_EXCEEDED|Too many requests/i;
const DAILY_QUOTA = /Service invoked too many times for one day: (\w+)/;
const NOT_FOUND = /File not found: ([\w-]+)|No item with the given ID could be found/;
const CELL_TOO_LONG = /more than the maximum of (\d+) characters in a single cell/;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The Vietnamese explanation of a Google error, or null when it is not one we know. */
export function describeGoogleError(error: unknown): string | null {
  const text = messageOf(error);
  const disabled = API_DISABLED.exec(text);
  if (disabled !== null) {
    const api = API_NAMES[disabled[1] ?? ''] ?? disabled[1] ?? 'API';
    const url = ENABLE_URL.exec(text)?.[0] ?? `https://console.cloud.google.com/apis/library?project=${disabled[2] ?? ''}`;
    return (
      `Dịch vụ ${api} chưa được bật trong dự án Google Cloud số ${disabled[2] ?? ''} mà tập lệnh đang dùng. ` +
      `Cách sửa: người quản lý dự án mở ${url}, bấm "Bật" (Enable), đợi vài phút rồi chạy lại. ` +
      'Xem mục "Triển khai lên Google Sheets" trong README.'
    );
  }
  const permission = NO_PERMISSION.exec(text);
  if (permission !== null) {
    return (
      `Tập lệnh chưa có quyền ${permission[2] ?? ''} để gọi ${permission[1] ?? ''}. ` +
      'Hãy chạy Báo cáo › Kiểm tra cài đặt, rồi cấp lại quyền khi Google hỏi; nếu vẫn lỗi, báo người triển khai (quyền này không có trong appsscript.json).'
    );
  }
  if (PROTECTED.test(text)) return 'Bạn không có quyền sửa phần này của bảng tính (tab đã được bảo vệ). Nếu cần sửa, đề nghị bộ phận tổng hợp.';
  const daily = DAILY_QUOTA.exec(text);
  if (daily !== null) return `Đã dùng hết hạn mức trong ngày của Google cho "${daily[1] ?? ''}". Phần còn lại sẽ làm ở lần chạy sau (ngày mai).`;
  if (RATE_LIMIT.test(text)) {
    return 'Google đang giới hạn số lần đọc/ghi (Sheets API cho mỗi người 60 lần đọc mỗi phút). Đợi khoảng một phút rồi thử lại.';
  }
  const cell = CELL_TOO_LONG.exec(text);
  if (cell !== null) return `Một ô chỉ chứa được tối đa ${cell[1] ?? '50000'} ký tự; nội dung quá dài đã không được ghi.`;
  if (NOT_FOUND.test(text)) return 'Không tìm thấy tệp hoặc thư mục trên Drive, hoặc tiện ích không được phép mở nó (tiện ích chỉ mở được tệp do chính nó tạo).';
  return null;
}
