/**
 * "Kiểm tra cài đặt" end to end against the fakes: everything fine gives a ✔ on every line; each
 * failure mode gives its own ✘ line with what to do, and never stops the other lines.
 */
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { OAUTH_SCOPES } from '../../src/gas/manifest';
import { SELF_CHECK_TOPICS as T } from '../../src/gas/self-check';
import type { GasEnvironmentOptions } from '../fakes/gas';
import { gasWorkbook, SECRETARIAT } from '../support/gas-workbook';

function run(options: GasEnvironmentOptions = {}, prepare: (wb: ReturnType<typeof gasWorkbook>) => void = () => undefined) {
  const wb = gasWorkbook(CHU_PUH_2023, { mailQuota: 1500, ...options });
  wb.call('baocaoEnableReminders');
  prepare(wb);
  wb.call('baocaoSelfCheck');
  const dialog = wb.env.ui.shown.at(-1)!;
  const lines = [...dialog.content.matchAll(/<li>(✔|✘) <b>([^<]+)<\/b>: ([^<]*)<\/li>/g)].map((m) => ({ ok: m[1] === '✔', topic: m[2]!, text: m[3]! }));
  return { wb, dialog, lines, failed: lines.filter((l) => !l.ok) };
}

describe('Kiểm tra cài đặt', () => {
  it('is in the menu', () => {
    const wb = gasWorkbook();
    wb.call('onOpen');
    expect(Object.keys(wb.env.ui.menu('Báo cáo')!.functions())).toContain('Kiểm tra cài đặt');
  });

  it('ticks every line when the setup is right, and trashes its test document', () => {
    const { wb, lines, failed, dialog } = run();
    expect(failed).toEqual([]);
    expect(lines.map((l) => l.topic)).toEqual(Object.values(T));
    expect(dialog.content).toContain('Cài đặt đã sẵn sàng.');
    const probe = [...wb.env.docs.documentIds()].map((id) => wb.env.drive.file(id)!);
    expect(probe).toHaveLength(1);
    expect(probe[0]!.trashed).toBe(true);
    expect(wb.env.docs.document(probe[0]!.id).footnotes).toBeDefined();
    expect(wb.env.spreadsheet.sheetNames()).not.toContain('baocao – thử phân quyền');
  });

  it('gives one line per failure mode, each with what to do', () => {
    const cases: Array<[string, GasEnvironmentOptions, (wb: ReturnType<typeof gasWorkbook>) => void, string, RegExp]> = [
      ['Sheets off in the Cloud project', { advancedServices: { sheets: 'disabled-in-project' } }, () => undefined, T.sheets, /chưa được bật trong dự án Google Cloud/],
      ['Docs off in the Cloud project', { advancedServices: { docs: 'disabled-in-project' } }, () => undefined, T.docs, /Google Docs API chưa được bật/],
      ['Drive not in the manifest', { advancedServices: { drive: false } }, () => undefined, T.drive, /Chưa bật dịch vụ nâng cao &quot;Google Drive API&quot;/],
      ['wrong zone', {}, (wb) => wb.env.spreadsheet.setSpreadsheetTimeZone('Etc/GMT'), T.zone, /Etc\/GMT/],
      ['cannot protect', {}, (wb) => wb.env.session.setUser('khach@example.org'), T.protect, /không có quyền|permission/i],
      ['folder not the add-in’s', {}, (wb) => wb.env.spreadsheet.sheet('Thiết lập').getRange(findSettingRow(wb, 'Thư mục'), 2).setValue(wb.env.drive.addFolder('Của tôi')), T.folder, /chỉ dùng thư mục do nó tạo/],
      ['no mail left', {}, (wb) => wb.env.mail.setRemainingQuota(0), T.mail, /còn gửi được cho 0/],
      ['no trigger', {}, (wb) => wb.call('baocaoDisableReminders'), T.trigger, /Chưa bật/],
      ['a scope not granted', { grantedScopes: OAUTH_SCOPES.filter((s) => !s.endsWith('script.send_mail')) }, () => undefined, T.scopes, /Chưa cấp quyền gửi thư nhắc việc/],
    ];
    for (const [, options, prepare, topic, text] of cases) {
      const { failed } = run(options, prepare);
      expect(failed.map((l) => l.topic)).toContain(topic);
      expect(failed.find((l) => l.topic === topic)!.text).toMatch(text);
    }
  });

  it('names who owns the daily trigger when it is someone else', () => {
    const { lines } = run({}, (wb) => wb.env.session.setUser('pho.ban@example.org'));
    expect(lines.find((l) => l.topic === T.trigger)?.text).toContain(SECRETARIAT);
  });
});

function findSettingRow(wb: ReturnType<typeof gasWorkbook>, label: string): number {
  const rows = wb.env.spreadsheet.sheet('Thiết lập').valuesSnapshot();
  return rows.findIndex((r) => String(r[0]).startsWith(label)) + 1;
}
