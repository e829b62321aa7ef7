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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The Vietnamese explanation of a Google error, or null when it is not one we know. */
export function describeGoogleError(error: unknown): string | null {
  const text = messageOf(error);
  const disabled = API_DISABLED.exec(text);
  if (disabled !== null) {
    const url = ENABLE_URL.exec(text)?.[0] ?? `https://console.cloud.google.com/apis/library?project=${disabled[2] ?? ''}`;
    return `${disabled[1] ?? 'API'} chưa được bật trong dự án Google Cloud số ${disabled[2] ?? ''} của tập lệnh. Cách sửa: mở ${url}, bấm "Bật" (Enable), đợi vài phút rồi chạy lại (README, mục Triển khai).`;
  }
  if (SCOPES.test(text)) return 'Tài khoản chưa cấp đủ quyền: chạy lại, đánh dấu mọi quyền khi Google hỏi.';
  if (PROTECTED.test(text)) return 'Bạn không có quyền sửa phần này của bảng tính (tab đã được bảo vệ).';
  return null;
}
