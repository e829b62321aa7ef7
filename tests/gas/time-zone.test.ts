/**
 * The spreadsheet's own time zone and locale, apart from the script's (Asia/Ho_Chi_Minh in the
 * manifest) and from the machine running the tests (set here to Pacific/Kiritimati, UTC+14, so
 * code that leans on `new Date(y, m, d)` or the process zone fails loudly). A spreadsheet made
 * through the API in Etc/GMT with en_US is refused by every action until setup sets
 * Asia/Ho_Chi_Minh and vi_VN; after that, submission times, log times and "not twice a day"
 * are right on both sides of midnight in Vietnam, and NGAYVN reads a date in the
 * spreadsheet's zone.
 */
import { UNIT_COLUMNS } from '../../src/domain/contract/tables';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { gasWorkbook, SECRETARIAT } from '../support/gas-workbook';

const UBND_TAB = 'UBND huyện';
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Pacific/Kiritimati';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

/** The instant at which Vietnam's wall clock reads the given time (UTC+7, no daylight saving). */
const vn = (y: number, m: number, d: number, h: number, min = 0) => new Date(Date.UTC(y, m - 1, d, h - 7, min));

function gmtWorkbook(data = CHU_PUH_2023) {
  const wb = gasWorkbook(data, { scriptTimeZone: 'Asia/Ho_Chi_Minh' });
  // As a spreadsheet made through the API can be; the cells keep their wall-clock readings.
  wb.env.spreadsheet.setSpreadsheetTimeZone('Etc/GMT');
  wb.env.spreadsheet.setSpreadsheetLocale('en_US');
  wb.env.calls.reset();
  return wb;
}

const lastPrompt = (wb: ReturnType<typeof gasWorkbook>) => wb.env.ui.dialogs.at(-1)?.prompt ?? '';

describe('the spreadsheet’s time zone and locale', () => {
  it('refuses every action on an Etc/GMT, en_US spreadsheet and says how to fix it', () => {
    const wb = gmtWorkbook();
    wb.call('baocaoCheck');
    expect(lastPrompt(wb)).toContain('Múi giờ của bảng tính là "Etc/GMT"');
    expect(lastPrompt(wb)).toContain('Ngôn ngữ của bảng tính là "en_US"');
    expect(lastPrompt(wb)).toContain('Tệp › Cài đặt');
    expect(wb.env.ui.shown).toEqual([]);
  });

  it('comes out of setup in Asia/Ho_Chi_Minh and vi_VN, and says so', () => {
    const wb = gmtWorkbook();
    wb.call('baocaoSetup');
    expect(wb.env.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(wb.env.spreadsheet.getSpreadsheetLocale()).toBe('vi_VN');
    expect(lastPrompt(wb)).toContain('Đã đổi múi giờ bảng tính từ "Etc/GMT" sang Asia/Ho_Chi_Minh');
    expect(lastPrompt(wb)).toContain('Đã đổi ngôn ngữ bảng tính từ "en_US" sang vi_VN');
  });

  it('records a submission just before midnight in Vietnam at that minute, in properties and in the units tab', () => {
    const data = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => (u.id === 'UBND' ? { ...u, submittedAt: null, submittedBy: null } : u)) };
    const wb = gmtWorkbook(data);
    wb.call('baocaoSetup');
    wb.clock.now = vn(2023, 3, 12, 23, 50);
    wb.env.session.setUser('ubnd@example.org');
    wb.env.spreadsheet.setActiveSheet(wb.env.spreadsheet.findSheet(UBND_TAB)!);
    wb.call('baocaoSubmit');
    expect(lastPrompt(wb)).toContain('lúc 12/03/2023 23:50');
    wb.env.session.setUser(SECRETARIAT);
    wb.call('baocaoProgress');
    const units = wb.env.spreadsheet.findSheet('Đơn vị')!;
    const row = units.valuesSnapshot().findIndex((r) => r[0] === 'UBND') + 1;
    const submittedAt = units.valuesSnapshot()[0]!.indexOf(UNIT_COLUMNS.submittedAt.label) + 1;
    expect(units.displayValue(row, submittedAt)).toBe('12/03/2023 23:50');
    const dashboard = wb.env.spreadsheet.findSheet('Tổng hợp')!.valuesSnapshot();
    expect(dashboard.find((r) => r[0] === 'UBND')?.join(' ')).toContain('12/03/2023 23:50');
  });

  it('logs a 06:30 reminder as today in Vietnam, so a manual run later that day mails nobody again', () => {
    const data = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => (u.group === 'Xã' ? { ...u, submittedAt: null, submittedBy: null } : u)) };
    const wb = gmtWorkbook(data);
    wb.call('baocaoSetup');
    wb.call('baocaoEnableReminders');
    wb.clock.now = vn(2023, 3, 13, 6, 30); // 23:30 on the 12th in UTC
    wb.fire('baocaoDailyReminders', SECRETARIAT);
    expect(wb.env.mail.outbox).toHaveLength(9);
    const log = wb.env.spreadsheet.findSheet('Nhật ký nhắc việc')!;
    expect(log.displayValue(2, 1)).toMatch(/^13\/03\/2023 06:30/);

    wb.clock.now = vn(2023, 3, 13, 9, 0);
    wb.call('baocaoSendRemindersNow');
    expect(lastPrompt(wb)).toBe('Hôm nay không có đơn vị nào cần nhắc.');
    expect(wb.env.mail.outbox).toHaveLength(9);
  });

  it('counts days by Vietnam’s midnight: 23:50 and 00:10 are two days, 00:10 and 06:30 the same one', () => {
    const data = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => (u.group === 'Xã' ? { ...u, submittedAt: null, submittedBy: null } : u)) };
    const wb = gmtWorkbook(data);
    wb.call('baocaoSetup');
    wb.call('baocaoEnableReminders');
    wb.clock.now = vn(2023, 3, 12, 23, 50);
    wb.fire('baocaoDailyReminders', SECRETARIAT);
    wb.clock.now = vn(2023, 3, 13, 0, 10);
    wb.fire('baocaoDailyReminders', SECRETARIAT);
    expect(wb.env.mail.outbox).toHaveLength(18);
    wb.clock.now = vn(2023, 3, 13, 6, 30);
    wb.fire('baocaoDailyReminders', SECRETARIAT);
    expect(wb.env.mail.outbox).toHaveLength(18);
  });

  it('has NGAYVN read a date cell in the spreadsheet’s zone, not the script’s', () => {
    const wb = gasWorkbook(CHU_PUH_2023, { spreadsheet: { timeZone: 'Asia/Tokyo' } });
    // Sheets hands a custom function the instant of midnight, 16 March, in the spreadsheet's zone.
    const cell = wb.env.spreadsheet.date(2023, 3, 16);
    expect(wb.call('NGAYVN', cell)).toBe('ngày 16 tháng 3 năm 2023');
  });
});

describe('who may fix the spreadsheet’s settings', () => {
  it('does not let a unit clerk’s setup change the zone or locale', () => {
    const wb = gasWorkbook(CHU_PUH_2023);
    wb.env.spreadsheet.setSpreadsheetTimeZone('Etc/GMT');
    wb.env.session.setUser('ubnd@example.org');
    wb.call('baocaoSetup');
    expect(wb.env.spreadsheet.getSpreadsheetTimeZone()).toBe('Etc/GMT');
    expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Chỉ bộ phận tổng hợp');
  });
});
