/**
 * The Apps Script manifest (appsscript.json) the build writes into dist/: V8, Vietnam's time
 * zone, the advanced services we call, and the narrowest explicit OAuth scopes that cover
 * every service the add-in uses (what each is for, in Vietnamese, is in SCOPE_USES, shown by
 * the installation self-check's static page). No restricted scope: full Drive (auth/drive) is not asked for,
 * because the add-in only touches the Drive files it creates itself (drive.file covers the
 * Docs API and the Drive API for those: https://developers.google.com/docs/api/auth,
 * https://developers.google.com/drive/api/guides/about-auth).
 */


export const OAUTH_SCOPES = [
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/userinfo.email',
] as const;

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

/** What each scope is for, in Vietnamese (build-time only: the self-check's static page). */
export const SCOPE_USES: Record<(typeof OAUTH_SCOPES)[number], string> = {
  'https://www.googleapis.com/auth/script.container.ui': 'hiện menu, hộp thoại và khung bên',
  'https://www.googleapis.com/auth/spreadsheets': 'đọc, ghi bảng tính và phân quyền từng tab',
  'https://www.googleapis.com/auth/drive.file': 'tạo báo cáo Google Tài liệu và thư mục của tiện ích (chỉ các tệp do tiện ích tạo)',
  'https://www.googleapis.com/auth/script.send_mail': 'gửi thư nhắc việc',
  'https://www.googleapis.com/auth/script.scriptapp': 'bật nhắc việc tự động và cho thiết lập tự chạy tiếp',
  'https://www.googleapis.com/auth/userinfo.email': 'biết ai đang nộp báo cáo (email của bạn)',
};
