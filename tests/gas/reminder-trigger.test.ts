/**
 * The daily reminder trigger belongs to whoever enabled it, and getProjectTriggers() shows each
 * user only their own (the fake does the same). The owner is recorded in document properties:
 * a second secretariat member is told who owns it and installs nothing, may take it over on
 * purpose, and only the owner or the secretariat may turn it off; a trigger whose owner is no
 * longer the recorded one removes itself on its next run without sending.
 */
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { allEmails, gasWorkbook as workbookOf, SECRETARIAT } from '../support/gas-workbook';

const SECOND = 'pho.ban@example.org';
const withTwoSecretaries = {
  ...CHU_PUH_2023,
  settings: { ...CHU_PUH_2023.settings, secretariatEmails: [SECRETARIAT, SECOND] },
  units: CHU_PUH_2023.units.map((u) => (u.group === 'Xã' ? { ...u, submittedAt: null, submittedBy: null } : u)),
};
/** The second secretariat member is an editor of the file, as they must be. */
const gasWorkbook = (data: typeof withTwoSecretaries) => workbookOf(data, { spreadsheet: { editors: [...allEmails(data), SECOND] } });
const reminderTriggers = (wb: ReturnType<typeof workbookOf>) => wb.env.triggers.byHandler('baocaoDailyReminders');

describe('the daily reminder trigger', () => {
  it('stays one trigger when two secretariat members enable it, and the second is told who owns it', () => {
    const wb = gasWorkbook(withTwoSecretaries);
    wb.call('baocaoEnableReminders');
    wb.env.session.setUser(SECOND);
    wb.env.ui.answerNext({ button: 'NO' });
    wb.call('baocaoEnableReminders');
    expect(reminderTriggers(wb).map((t) => t.owner)).toEqual([SECRETARIAT]);
    const question = wb.env.ui.dialogs.find((d) => d.buttons === 'YES_NO')!;
    expect(question.prompt).toContain(`đang chạy trong tài khoản ${SECRETARIAT}`);
    expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Không thay đổi gì');
  });

  it('can be taken over on purpose: the old owner’s trigger removes itself and sends nothing', () => {
    const wb = gasWorkbook(withTwoSecretaries);
    wb.call('baocaoEnableReminders');
    wb.env.session.setUser(SECOND);
    wb.env.ui.answerNext({ button: 'YES' });
    wb.call('baocaoEnableReminders');
    expect(reminderTriggers(wb).map((t) => t.owner).sort()).toEqual([SECOND, SECRETARIAT].sort());

    wb.fire('baocaoDailyReminders', SECRETARIAT);
    expect(wb.env.mail.outbox).toEqual([]);
    expect(reminderTriggers(wb).map((t) => t.owner)).toEqual([SECOND]);

    wb.fire('baocaoDailyReminders', SECOND);
    expect(wb.env.mail.outbox.length).toBe(9);
  });

  it('is turned off by another secretariat member: the owner’s trigger then removes itself without sending', () => {
    const wb = gasWorkbook(withTwoSecretaries);
    wb.call('baocaoEnableReminders');
    wb.env.session.setUser(SECOND);
    wb.call('baocaoDisableReminders');
    expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain(`tài khoản ${SECRETARIAT} sẽ tự gỡ`);
    wb.fire('baocaoDailyReminders', SECRETARIAT);
    expect(wb.env.mail.outbox).toEqual([]);
    expect(reminderTriggers(wb)).toEqual([]);
  });

  it('cannot be turned off by a unit clerk', () => {
    const wb = gasWorkbook(withTwoSecretaries);
    wb.call('baocaoEnableReminders');
    wb.env.session.setUser('ubnd@example.org');
    wb.call('baocaoDisableReminders');
    expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Chỉ bộ phận tổng hợp');
    expect(reminderTriggers(wb)).toHaveLength(1);
  });

  it('is reinstalled at the new hour by its owner, never duplicated', () => {
    const wb = gasWorkbook(withTwoSecretaries);
    wb.call('baocaoEnableReminders');
    wb.call('baocaoEnableReminders');
    expect(reminderTriggers(wb)).toHaveLength(1);
    expect(reminderTriggers(wb)[0]?.schedule).toMatchObject({ atHour: 8, everyDays: 1, timezone: 'Asia/Ho_Chi_Minh' });
  });
});
