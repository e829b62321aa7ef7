/**
 * Behaviour of the fake script services: MailApp quota and scripted failures, the trigger
 * limit and builder rules, the properties size limits, lock contention, Ui menus and scripted
 * answers, Utilities.formatDate in a time zone, Drive lookups and the Session identities.
 */
import {
  LOCK_TIMEOUT_MESSAGE,
  MAIL_QUOTA_MESSAGE,
  NO_ITEM_MESSAGE,
  TOO_MANY_TRIGGERS_MESSAGE,
  createGasEnvironment,
} from './index';

describe('fake MailApp', () => {
  it('keeps sent mail in an outbox and decrements the quota per recipient', () => {
    const env = createGasEnvironment({ mailQuota: 10 });
    env.globals.MailApp.sendEmail({ to: 'a@example.org, b@example.org', cc: 'c@example.org', subject: 'Nhắc', body: 'Nội dung' });
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(7);
    expect(env.mail.outbox).toHaveLength(1);
    expect(env.mail.outbox[0]!.recipients).toEqual(['a@example.org', 'b@example.org', 'c@example.org']);
  });

  it('throws the quota error when a send needs more recipients than remain, sending nothing', () => {
    const env = createGasEnvironment({ mailQuota: 2 });
    env.globals.MailApp.sendEmail({ to: 'a@example.org', subject: 's', body: 'b' });
    expect(() => env.globals.MailApp.sendEmail({ to: 'b@example.org, c@example.org', subject: 's', body: 'b' })).toThrow(
      MAIL_QUOTA_MESSAGE,
    );
    expect(env.mail.outbox).toHaveLength(1);
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(1);
  });

  it('fails exactly the send attempt it was told to fail', () => {
    const env = createGasEnvironment();
    env.mail.failOnAttempt(2, 'Service unavailable');
    const send = (to: string) => env.globals.MailApp.sendEmail({ to, subject: 's', body: 'b' });
    send('a@example.org');
    expect(() => send('b@example.org')).toThrow('Service unavailable');
    send('c@example.org');
    expect(env.mail.outbox.map((m) => m.to)).toEqual(['a@example.org', 'c@example.org']);
    expect(env.mail.attemptCount()).toBe(3);
  });

  it('rejects malformed addresses', () => {
    const env = createGasEnvironment();
    expect(() => env.globals.MailApp.sendEmail({ to: 'not-an-address', subject: 's', body: 'b' })).toThrow('Invalid email: not-an-address');
  });
});

describe('fake ScriptApp triggers', () => {
  it('creates a daily clock trigger and lists it for its owner only', () => {
    const env = createGasEnvironment({ user: 'owner@example.org' });
    const trigger = env.globals.ScriptApp.newTrigger('sendReminders').timeBased().atHour(7).everyDays(1).inTimezone('Asia/Ho_Chi_Minh').create();
    expect(trigger.getHandlerFunction()).toBe('sendReminders');
    expect(trigger.getEventType()).toBe(env.globals.ScriptApp.EventType.CLOCK);
    expect(env.triggers.list()[0]!.schedule).toEqual({ atHour: 7, everyDays: 1, timezone: 'Asia/Ho_Chi_Minh' });
    env.session.setUser('someone@example.org');
    expect(env.globals.ScriptApp.getProjectTriggers()).toHaveLength(0);
  });

  it('refuses a 21st trigger for the same user until one is deleted', () => {
    const env = createGasEnvironment();
    const app = env.globals.ScriptApp;
    for (let i = 0; i < 20; i++) app.newTrigger(`job${i}`).timeBased().everyHours(1).create();
    expect(() => app.newTrigger('one-too-many').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS_MESSAGE);
    app.deleteTrigger(app.getProjectTriggers()[0]!);
    app.newTrigger('fits-now').timeBased().everyHours(1).create();
    expect(app.getProjectTriggers()).toHaveLength(20);
  });

  it('enforces the builder rules Apps Script enforces', () => {
    const app = createGasEnvironment().globals.ScriptApp;
    expect(() => app.newTrigger('f').timeBased().everyHours(3)).toThrow('everyHours');
    expect(() => app.newTrigger('f').timeBased().atHour(7).create()).toThrow('schedule is missing');
    expect(() => app.newTrigger('f').timeBased().atHour(7).everyHours(1).create()).toThrow('atHour');
  });
});

describe('fake PropertiesService', () => {
  it('stores strings per scope and returns null for missing keys', () => {
    const env = createGasEnvironment();
    const doc = env.globals.PropertiesService.getDocumentProperties();
    doc.setProperty('period', '2023-Q1').setProperties({ a: '1', b: '2' });
    expect(doc.getProperty('period')).toBe('2023-Q1');
    expect(env.globals.PropertiesService.getScriptProperties().getProperty('period')).toBeNull();
    doc.setProperties({ only: 'this' }, true);
    expect(doc.getProperties()).toEqual({ only: 'this' });
  });

  it('throws when one value exceeds 9 KB, leaving the store unchanged', () => {
    const props = createGasEnvironment().globals.PropertiesService.getUserProperties();
    props.setProperty('small', 'x');
    expect(() => props.setProperties({ small: 'y', big: 'é'.repeat(4700) })).toThrow('Argument too large: value');
    expect(props.getProperties()).toEqual({ small: 'x' });
    props.setProperty('edge', 'x'.repeat(9 * 1024));
  });

  it('throws when the store as a whole exceeds 500 KB', () => {
    const props = createGasEnvironment().globals.PropertiesService.getScriptProperties();
    expect(() => {
      for (let i = 0; i < 60; i++) props.setProperty(`k${i}`, 'x'.repeat(9000));
    }).toThrow('You have exceeded the property storage quota');
  });
});

describe('fake LockService', () => {
  it('gives the lock to one handle at a time', () => {
    const env = createGasEnvironment();
    const first = env.globals.LockService.getDocumentLock();
    const second = env.globals.LockService.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
    first.releaseLock();
    expect(second.tryLock(0)).toBe(true);
  });

  it('makes waitLock throw while another execution holds the lock past the timeout', () => {
    const env = createGasEnvironment();
    env.lock.holdElsewhere('script', 30_000);
    const lock = env.globals.LockService.getScriptLock();
    expect(() => lock.waitLock(10_000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(lock.hasLock()).toBe(false);
    lock.waitLock(30_000);
    expect(lock.hasLock()).toBe(true);
    expect(env.lock.acquisitions('script')).toBe(1);
  });
});

describe('fake Ui and HtmlService', () => {
  it('records menus as caption → function name', () => {
    const env = createGasEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    ui.createMenu('Báo cáo')
      .addItem('Kiểm tra', 'menuValidate')
      .addSeparator()
      .addSubMenu(ui.createMenu('Quản trị').addItem('Cài đặt', 'menuSetup'))
      .addToUi();
    expect(env.ui.menu('Báo cáo')!.functions()).toEqual({ 'Kiểm tra': 'menuValidate', 'Quản trị › Cài đặt': 'menuSetup' });
  });

  it('answers alerts and prompts from the scripted queue, and throws when none is scripted', () => {
    const env = createGasEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    env.ui.answerNext({ button: 'YES' }).answerNext({ button: 'OK', text: '2023-03-31' });
    expect(ui.alert('Xác nhận', 'Gửi nhắc?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    const response = ui.prompt('Hạn', 'Nhập hạn', ui.ButtonSet.OK_CANCEL);
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
    expect(response.getResponseText()).toBe('2023-03-31');
    expect(ui.alert('Đã xong')).toBe(ui.Button.OK);
    expect(() => ui.alert('Chắc chưa?', ui.ButtonSet.YES_NO)).toThrow('no scripted answer');
    expect(env.ui.dialogs.map((d) => [d.kind, d.title, d.prompt])).toEqual([
      ['alert', 'Xác nhận', 'Gửi nhắc?'],
      ['prompt', 'Hạn', 'Nhập hạn'],
      ['alert', null, 'Đã xong'],
    ]);
  });

  it('records sidebars and dialogs with their HTML', () => {
    const env = createGasEnvironment();
    const { HtmlService, SpreadsheetApp } = env.globals;
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>Hi</p>').setTitle('Trợ giúp').setWidth(320));
    expect(env.ui.shown).toEqual([{ kind: 'sidebar', title: 'Trợ giúp', content: '<p>Hi</p>', width: 320, height: 500 }]);
  });
});

describe('fake Utilities, Session and DriveApp', () => {
  it('formats dates in the given time zone with Java patterns', () => {
    const { Utilities } = createGasEnvironment().globals;
    const instant = new Date('2023-03-15T18:30:00Z');
    expect(Utilities.formatDate(instant, 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd')).toBe('2023-03-16');
    expect(Utilities.formatDate(instant, 'Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm")).toBe('2023-03-16T01:30');
    expect(Utilities.formatDate(instant, 'UTC', 'dd/MM/yyyy HH:mm')).toBe('15/03/2023 18:30');
    expect(() => Utilities.formatDate(instant, 'UTC', 'Q')).toThrow('does not support');
  });

  it('tells the active and the effective user apart', () => {
    const env = createGasEnvironment({ activeUser: '', effectiveUser: 'owner@example.org' });
    expect(env.globals.Session.getActiveUser().getEmail()).toBe('');
    expect(env.globals.Session.getEffectiveUser().getEmail()).toBe('owner@example.org');
    expect(env.globals.Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });

  it('finds files by id, moves them into folders, and rejects unknown ids (with the full Drive scope DriveApp needs)', () => {
    const env = createGasEnvironment({ grantedScopes: 'all' });
    const folderId = env.drive.addFolder('Báo cáo 2023');
    const doc = env.globals.Docs!.Documents.create({ title: 'BC 12' });
    const file = env.globals.DriveApp.getFileById(doc.documentId!);
    file.moveTo(env.globals.DriveApp.getFolderById(folderId));
    expect(env.drive.filesIn(folderId).map((f) => f.name)).toEqual(['BC 12']);
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.documentId}/edit`);
    expect(() => env.globals.DriveApp.getFileById('nope')).toThrow(NO_ITEM_MESSAGE);
  });
});
