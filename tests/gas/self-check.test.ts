/**
 * "Kiểm tra cài đặt" end to end against the fakes: everything fine gives a ✔ on every line; each
 * failure mode gives its own ✘ line with what to do, and never stops the other lines. The dialog
 * is the static page with the run's lines appended; its script is run here against a stub
 * document, so the assertions read the sentences a person sees.
 */
import vm from 'node:vm';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { OAUTH_SCOPES } from '../../src/gas/manifest';
import { selfCheckPageHtml } from '../../src/gas/pages';
import type { GasEnvironmentOptions } from '../fakes/gas';
import { gasWorkbook, SECRETARIAT } from '../support/gas-workbook';

interface Line {
  ok: boolean;
  topic: string;
  text: string;
}

/** Runs the dialog's scripts with a document whose elements keep their innerHTML, and reads the lines. */
function rendered(html: string): { summary: string; lines: Line[] } {
  const elements: Record<string, { innerHTML: string }> = { summary: { innerHTML: '' }, lines: { innerHTML: '' } };
  const context = vm.createContext({ document: { getElementById: (id: string) => elements[id] } });
  for (const [, script] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) vm.runInContext(script!, context);
  const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  const lines = [...elements.lines!.innerHTML.matchAll(/<li>(✔|✘) <b>([^<]+)<\/b>: ([^<]*)<\/li>/g)].map((m) => ({ ok: m[1] === '✔', topic: decode(m[2]!), text: decode(m[3]!) }));
  return { summary: elements.summary!.innerHTML, lines };
}

function run(options: GasEnvironmentOptions = {}, prepare: (wb: ReturnType<typeof gasWorkbook>) => void = () => undefined) {
  const wb = gasWorkbook(CHU_PUH_2023, { mailQuota: 1500, ...options });
  wb.call('baocaoEnableReminders');
  prepare(wb);
  wb.call('baocaoSelfCheck');
  const dialog = wb.env.ui.shown.at(-1)!;
  const { summary, lines } = rendered(dialog.content);
  return { wb, summary, lines, failed: lines.filter((l) => !l.ok) };
}

const TOPICS = ['Google Sheets API', 'Múi giờ và ngôn ngữ', 'Phân quyền tab', 'Google Docs API', 'Google Drive API', 'Thư mục lưu báo cáo', 'Hạn mức gửi thư', 'Nhắc việc tự động', 'Quyền đã cấp'];

function findSettingRow(wb: ReturnType<typeof gasWorkbook>, label: string): number {
  return wb.env.spreadsheet.sheet('Thiết lập').valuesSnapshot().findIndex((r) => String(r[0]).startsWith(label)) + 1;
}

describe('Kiểm tra cài đặt', () => {
  it('is in the menu', () => {
    const wb = gasWorkbook();
    wb.call('onOpen');
    expect(Object.keys(wb.env.ui.menu('Báo cáo')!.functions())).toContain('Kiểm tra cài đặt');
  });

  it('ticks every line when the setup is right, and trashes its test document', () => {
    const { wb, lines, failed, summary } = run();
    expect(failed).toEqual([]);
    expect(lines.map((l) => l.topic)).toEqual(TOPICS);
    expect(summary).toContain('Cài đặt đã sẵn sàng.');
    expect(lines.find((l) => l.topic === 'Phân quyền tab')?.text).toBe(`Tài khoản ${SECRETARIAT} tạo và sửa được quyền nhập của một tab.`);
    const probe = wb.env.docs.documentIds().map((id) => wb.env.drive.file(id)!);
    expect(probe).toHaveLength(1);
    expect(probe[0]!.trashed).toBe(true);
    expect(Object.keys(wb.env.docs.document(probe[0]!.id).footnotes ?? {})).toHaveLength(1);
    expect(wb.env.spreadsheet.sheetNames()).not.toContain('baocao – thử phân quyền');
  });

  it('gives one line per failure mode, each with what to do', () => {
    const cases: Array<[GasEnvironmentOptions, (wb: ReturnType<typeof gasWorkbook>) => void, string, RegExp]> = [
      [{ advancedServices: { sheets: 'disabled-in-project' } }, () => undefined, 'Google Sheets API', /chưa được bật trong dự án Google Cloud số \d+.*Bật/],
      [{ advancedServices: { docs: 'disabled-in-project' } }, () => undefined, 'Google Docs API', /Google Docs API chưa được bật/],
      [{ advancedServices: { drive: false } }, () => undefined, 'Google Drive API', /Chưa bật dịch vụ nâng cao "Google Drive API"/],
      [{}, (wb) => wb.env.spreadsheet.setSpreadsheetTimeZone('Etc/GMT'), 'Múi giờ và ngôn ngữ', /"Etc\/GMT"[\s\S]*Cách sửa/],
      [{}, (wb) => wb.env.session.setUser('khach@example.org'), 'Phân quyền tab', /Không phân quyền được/],
      [{}, (wb) => wb.env.spreadsheet.sheet('Thiết lập').getRange(findSettingRow(wb, 'Thư mục'), 2).setValue(wb.env.drive.addFolder('Của tôi')), 'Thư mục lưu báo cáo', /chỉ dùng thư mục do nó tạo/],
      [{}, (wb) => wb.env.mail.setRemainingQuota(0), 'Hạn mức gửi thư', /0\/\d+\. Phần thiếu tự gửi/],
      [{}, (wb) => wb.call('baocaoDisableReminders'), 'Nhắc việc tự động', /Chưa bật/],
      [{ grantedScopes: OAUTH_SCOPES.filter((s) => !s.endsWith('script.send_mail')) }, () => undefined, 'Quyền đã cấp', /Chưa cấp quyền gửi thư nhắc việc \(https:\/\/www\.googleapis\.com\/auth\/script\.send_mail\)/],
    ];
    for (const [options, prepare, topic, text] of cases) {
      const { failed, lines } = run(options, prepare);
      expect(failed.map((l) => l.topic)).toContain(topic);
      expect(failed.find((l) => l.topic === topic)!.text).toMatch(text);
      expect(lines.length).toBeGreaterThanOrEqual(TOPICS.length);
    }
  });

  it('names who owns the daily trigger when it is someone else', () => {
    const { lines } = run({}, (wb) => wb.env.session.setUser('pho.ban@example.org'));
    expect(lines.find((l) => l.topic === 'Nhắc việc tự động')?.text).toContain(SECRETARIAT);
  });

  it('escapes what a run reports, so a folder or owner name cannot inject markup', () => {
    const { lines } = rendered(`<p id="summary"></p><ul id="lines"></ul>${selfCheckPageHtml()}<script>show([["trigger",true,"<img src=x onerror=alert(1)>"]])</script>`);
    // The line parses only if no raw "<" reached the page; decoded, the detail reads as typed.
    expect(lines[0]?.text).toContain('<img src=x onerror=alert(1)>');
  });
});
