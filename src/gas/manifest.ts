/**
 * The Apps Script manifest (appsscript.json) the build writes into dist/: V8, Vietnam's time
 * zone, the advanced services we call, and the narrowest explicit OAuth scopes that cover
 * every service the add-in uses. Each scope carries what needs it, in Vietnamese for the
 * installation self-check. No restricted scope: full Drive (auth/drive) is not asked for,
 * because the add-in only touches the Drive files it creates itself (drive.file covers the
 * Docs API and the Drive API for those: https://developers.google.com/docs/api/auth,
 * https://developers.google.com/drive/api/guides/about-auth).
 */

export interface ScopeUse {
  readonly scope: string;
  /** What the add-in cannot do without it, as a clerk reads it. */
  readonly purpose: string;
}

export const SCOPE_USES = [
  { scope: 'https://www.googleapis.com/auth/script.container.ui', purpose: 'hiện menu Báo cáo, hộp thoại và khung bên' },
  { scope: 'https://www.googleapis.com/auth/spreadsheets', purpose: 'đọc, ghi bảng tính và phân quyền từng tab (SpreadsheetApp và Google Sheets API)' },
  { scope: 'https://www.googleapis.com/auth/drive.file', purpose: 'tạo báo cáo Google Tài liệu và thư mục lưu báo cáo (chỉ các tệp do tiện ích tạo)' },
  { scope: 'https://www.googleapis.com/auth/script.send_mail', purpose: 'gửi thư nhắc việc' },
  { scope: 'https://www.googleapis.com/auth/script.scriptapp', purpose: 'bật, tắt nhắc việc tự động và cho thiết lập tự chạy tiếp' },
  { scope: 'https://www.googleapis.com/auth/userinfo.email', purpose: 'biết ai đang nộp báo cáo (email của bạn)' },
] as const satisfies ReadonlyArray<ScopeUse>;

export const OAUTH_SCOPES = SCOPE_USES.map((s) => s.scope);

export const MANIFEST = {
  timeZone: 'Asia/Ho_Chi_Minh',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
  oauthScopes: [...OAUTH_SCOPES],
  dependencies: {
    enabledAdvancedServices: [
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ],
  },
} as const;
