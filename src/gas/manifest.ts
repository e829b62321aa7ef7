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
  { scope: 'https://www.googleapis.com/auth/script.container.ui', purpose: 'hiện menu và hộp thoại' },
  { scope: 'https://www.googleapis.com/auth/spreadsheets', purpose: 'đọc, ghi, phân quyền bảng tính' },
  { scope: 'https://www.googleapis.com/auth/drive.file', purpose: 'tạo báo cáo và thư mục của tiện ích' },
  { scope: 'https://www.googleapis.com/auth/script.send_mail', purpose: 'gửi thư nhắc việc' },
  { scope: 'https://www.googleapis.com/auth/script.scriptapp', purpose: 'chạy tự động' },
  { scope: 'https://www.googleapis.com/auth/userinfo.email', purpose: 'biết email người nộp' },
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
