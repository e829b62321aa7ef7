/**
 * Google's own error texts that a deployer or clerk can act on, recognised and said again in
 * Vietnamese with what to do. Anything unrecognised is returned as null, and the caller shows
 * its generic message.
 */

/**
 * "Google Sheets API has not been used in project 123 before or it is disabled. Enable it by
 * visiting https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=123
 * then retry." — an advanced service that is in the manifest while its API is off in the
 * script's Google Cloud project (standard Cloud projects need each API turned on by hand:
 * https://developers.google.com/apps-script/guides/cloud-platform-projects#standard).
 */
const API_DISABLED = /(Google [A-Za-z ]+ API|[A-Za-z ]+ API) has not been used in project (\d+) before or it is disabled/;
const ENABLE_URL = /https:\/\/console\.(?:developers|cloud)\.google\.com\/[^\s"')]+/;
const PROTECTED = /You are trying to edit a protected cell or object/;
const SCOPES = /insufficient authentication scopes/i;
/**
 * "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per
 * user' of service 'sheets.googleapis.com' …" (HTTP 429, RESOURCE_EXHAUSTED): more than the
 * 60 reads (or writes) a minute Google allows one user of the project
 * (https://developers.google.com/workspace/sheets/api/limits).
 */
const QUOTA = /Quota exceeded for quota metric|RESOURCE_EXHAUSTED|Rate Limit Exceeded|Too many requests/i;
const NOT_FOUND = /Requested entity was not found|File not found/i;
const NO_PERMISSION = /The caller does not have permission|PERMISSION_DENIED/;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Google refused the call because the per-minute quota is used up: wait and try again. */
export function isQuotaError(error: unknown): boolean {
  return QUOTA.test(messageOf(error));
}

/** The API's 404: the file does not exist (deleted, or a wrong id). */
export function isNotFoundError(error: unknown): boolean {
  return NOT_FOUND.test(messageOf(error));
}

/** The API's 403 for a file not shared with the running user (an API turned off is a 403 too: tell them apart with isApiDisabledError). */
export function isNoPermissionError(error: unknown): boolean {
  return NO_PERMISSION.test(messageOf(error)) && !isApiDisabledError(error);
}

export function isApiDisabledError(error: unknown): boolean {
  return API_DISABLED.test(messageOf(error));
}

/** The Vietnamese explanation of a Google error, or null when it is not one we know. */
export function describeGoogleError(error: unknown): string | null {
  const text = messageOf(error);
  const disabled = API_DISABLED.exec(text);
  if (disabled !== null) {
    const url = ENABLE_URL.exec(text)?.[0] ?? `https://console.cloud.google.com/apis/library?project=${disabled[2] ?? ''}`;
    return `${disabled[1] ?? 'API'} chưa được bật trong dự án Google Cloud số ${disabled[2] ?? ''} của tập lệnh. Cách sửa: mở ${url}, bấm "Bật" (Enable), đợi vài phút rồi chạy lại (README, mục Triển khai).`;
  }
  if (QUOTA.test(text)) {
    return 'Google tạm từ chối vì tài khoản đọc bảng tính quá nhanh (tối đa 60 lần đọc mỗi phút cho mỗi người dùng). Đợi một phút rồi chạy lại.';
  }
  if (SCOPES.test(text)) return 'Tài khoản chưa cấp đủ quyền: chạy lại, đánh dấu mọi quyền khi Google hỏi.';
  if (PROTECTED.test(text)) return 'Bạn không có quyền sửa phần này của bảng tính (tab đã được bảo vệ).';
  return null;
}
