/**
 * The Apps Script manifest (appsscript.json) the build writes into dist/: V8, Vietnam's time
 * zone, the advanced services we call, and the narrowest explicit OAuth scopes that cover
 * every service the add-in uses (each scope below names what needs it).
 */

export const OAUTH_SCOPES = [
  // Menus, dialogs and sidebars in the spreadsheet.
  'https://www.googleapis.com/auth/script.container.ui',
  // SpreadsheetApp on the spreadsheet and the Sheets API's Values.batchGet (one read for all tabs).
  'https://www.googleapis.com/auth/spreadsheets',
  // Docs API: create the report and write it with real footnotes.
  'https://www.googleapis.com/auth/documents',
  // DriveApp: move the report into the folder set in "Thư mục lưu báo cáo".
  'https://www.googleapis.com/auth/drive',
  // MailApp: reminders and the owner's failure notice.
  'https://www.googleapis.com/auth/script.send_mail',
  // ScriptApp: install and remove the daily reminder trigger.
  'https://www.googleapis.com/auth/script.scriptapp',
  // Session.getActiveUser().getEmail(): who submits a unit tab.
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
    ],
  },
} as const;
