/**
 * Every menu action of the add-in, end to end against the in-memory Apps Script fakes, on the
 * built-in example: menu, setup (and re-running it), checking with cell marks, submitting
 * (refused, then accepted and locked), reopening, progress, report, reminders, custom functions.
 */
import { UNIT_COLUMNS } from '../../src/domain/contract/tables';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { createAddon } from '../../src/gas/addon';
import { createGasEnvironment } from '../fakes/gas';
import { MENU_ITEMS, ENTRY_POINTS } from '../../src/gas/entry-points';
import { NOTE_PREFIX } from '../../src/gas/marks';
import { COLOURS } from '../../src/gas/tab-writer';
import { bodyText, footnotesInOrder } from '../fakes/gas/docs-inspect';
import { gasWorkbook, SECRETARIAT } from '../support/gas-workbook';

const UBND_TAB = 'UBND huyện';

/** The example with UBND not yet submitted and its citizen-visits figure typed in words. */
function ubndUnsubmittedWithWords(): WorkbookData {
  const ubnd = CHU_PUH_2023.sheets['UBND']!;
  return {
    ...CHU_PUH_2023,
    units: CHU_PUH_2023.units.map((u) => (u.id === 'UBND' ? { ...u, submittedAt: null, submittedBy: null } : u)),
    sheets: {
      ...CHU_PUH_2023.sheets,
      UBND: { ...ubnd, figures: ubnd.figures.map((f) => (f.code === 'TIEP_LUOT' ? { ...f, value: 'một trăm tám mươi tư' } : f)) },
    },
  };
}

function valueCellOf(workbook: ReturnType<typeof gasWorkbook>, tab: string, code: string): string {
  const values = workbook.env.spreadsheet.findSheet(tab)!.valuesSnapshot();
  const row = values.findIndex((r) => r[0] === code) + 1;
  return `D${row}`;
}

function protectionEditors(workbook: ReturnType<typeof gasWorkbook>, tab: string): string[] {
  const sheet = workbook.env.spreadsheet.findSheet(tab)!;
  const protection = sheet.protections.find((p) => !p.removed);
  return protection === undefined ? [] : protection.getEditors().map((u) => u.getEmail()).sort();
}

describe('the Google Sheets add-in', () => {
  it('builds the "Báo cáo" menu, every item naming a top-level entry point', () => {
    const wb = gasWorkbook();
    wb.call('onOpen');
    const menu = wb.env.ui.menus.find((m) => m.caption === 'Báo cáo')!;
    const names = new Set<string>(ENTRY_POINTS.map((e) => e.name));
    expect(Object.keys(menu.functions())).toEqual(MENU_ITEMS.map((m) => m.caption));
    for (const fn of Object.values(menu.functions())) expect(names.has(fn)).toBe(true);
  });

  describe('Thiết lập bảng tính', () => {
    it('creates the configuration tabs in an empty spreadsheet and says what to do next', () => {
      const env = createGasEnvironment({ user: SECRETARIAT, spreadsheet: { owner: SECRETARIAT } });
      const wb = { env, call: (name: string) => (createAddon(() => env.globals, () => new Date())[name as 'baocaoSetup'] as () => void)() };
      wb.call('baocaoSetup');
      const tabs = wb.env.spreadsheet.sheetList().map((s) => s.name);
      expect(tabs).toEqual(expect.arrayContaining(['Thiết lập', 'Đơn vị', 'Đề cương', 'Chỉ tiêu', 'Ràng buộc', 'Văn bản', 'Nơi nhận']));
      expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Bước tiếp theo');
    });

    it('gives each unit a tab only its people and the secretariat can edit, and the configuration tabs to the secretariat', () => {
      const data = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => ({ ...u, submittedAt: null, submittedBy: null })) };
      const wb = gasWorkbook(data);
      wb.call('baocaoSetup');
      expect(protectionEditors(wb, UBND_TAB)).toEqual(['bdv@example.org', 'ubnd@example.org']);
      expect(protectionEditors(wb, 'Chỉ tiêu')).toEqual(['bdv@example.org']);
      const unitProtection = wb.env.spreadsheet.findSheet(UBND_TAB)!.protections.find((p) => !p.removed)!;
      expect(unitProtection.getDescription()).toBe('baocao: UBND - Ủy ban nhân dân huyện');
    });

    it('keeps every entered value when run again, creates tabs for new units, and marks a removed unit’s tab', () => {
      const wb = gasWorkbook();
      const ubnd = wb.env.spreadsheet.findSheet(UBND_TAB)!;
      const before = ubnd.valuesSnapshot();
      wb.call('baocaoSetup');
      wb.call('baocaoSetup');
      expect(ubnd.valuesSnapshot()).toEqual(before);
      expect(wb.env.spreadsheet.sheetList().filter((s) => s.name === UBND_TAB)).toHaveLength(1);

      // The secretariat adds a unit and removes another in the units tab, then runs setup again.
      const units = wb.env.spreadsheet.findSheet('Đơn vị')!;
      const rows = units.valuesSnapshot();
      const vksRow = rows.findIndex((r) => r[0] === 'VKS') + 1;
      units.getRange(vksRow, 1, 1, 4).setValues([['TAND', 'Tòa án nhân dân huyện', 'Nhà nước', 'TAND huyện']]);
      wb.call('baocaoSetup');
      const tabs = wb.env.spreadsheet.sheetList().map((s) => s.name);
      expect(tabs).toContain('TAND huyện');
      const vks = wb.env.spreadsheet.findSheet('VKS huyện') ?? wb.env.spreadsheet.sheetList().find((s) => s.valuesSnapshot()[0]?.[0] === 'ĐƠN VỊ: Viện Kiểm sát nhân dân huyện (mã VKS)');
      expect(vks).toBeDefined();
      expect(vks!.cell('A1').note).toContain('không còn trong tab Đơn vị');
      expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('tô xám, giữ nguyên');
    });
  });

  describe('Kiểm tra dữ liệu', () => {
    it('marks each finding on its cell, lists it in the sidebar, and clears the mark once fixed', () => {
      const wb = gasWorkbook(ubndUnsubmittedWithWords());
      const cell = valueCellOf(wb, UBND_TAB, 'TIEP_LUOT');
      const ubnd = wb.env.spreadsheet.findSheet(UBND_TAB)!;
      const originalBackground = ubnd.cell(cell).background;
      wb.call('baocaoCheck');
      expect(ubnd.cell(cell).note).toMatch(new RegExp(`^${NOTE_PREFIX}Lỗi: "Giá trị" phải là số`));
      expect(ubnd.cell(cell).background).toBe(COLOURS.error);
      const sidebar = wb.env.ui.shown.at(-1)!;
      expect(sidebar.kind).toBe('sidebar');
      expect(sidebar.content).toContain('một trăm tám mươi tư');
      expect(sidebar.content).toContain('baocaoSelectCell');

      ubnd.getRange(cell).setValue(184);
      wb.call('baocaoCheck');
      expect(ubnd.cell(cell).note ?? '').toBe('');
      expect(ubnd.cell(cell).background).toBe(originalBackground);
    });

    it('selects a finding’s cell from the sidebar', () => {
      const wb = gasWorkbook();
      wb.call('baocaoSelectCell', UBND_TAB, 'D20');
      expect(wb.env.spreadsheet.activeSheetName).toBe(UBND_TAB);
    });
  });

  describe('Nộp báo cáo and Mở lại để bổ sung', () => {
    it('refuses a submission while errors remain, naming the cell, then accepts it and locks the tab', () => {
      const wb = gasWorkbook(ubndUnsubmittedWithWords());
      const cell = valueCellOf(wb, UBND_TAB, 'TIEP_LUOT');
      wb.call('baocaoSetup');
      wb.env.session.setUser('ubnd@example.org');
      wb.env.spreadsheet.setActiveSheet(wb.env.spreadsheet.findSheet(UBND_TAB)!);
      wb.call('baocaoSubmit');
      expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain(`Ô ${cell}:`);
      expect(wb.env.properties.getDocumentProperties().getProperty('baocao.submission.UBND')).toBeNull();

      wb.env.spreadsheet.findSheet(UBND_TAB)!.getRange(cell).setValue(184);
      wb.clock.now = new Date(Date.UTC(2023, 2, 12, 2, 30));
      wb.call('baocaoSubmit');
      expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Đã nộp phần của Ủy ban nhân dân huyện lúc 12/03/2023 09:30');
      const state = JSON.parse(wb.env.properties.getDocumentProperties().getProperty('baocao.submission.UBND')!);
      expect(state).toMatchObject({ submittedAt: '2023-03-12T09:30', submittedBy: 'ubnd@example.org' });

      // Sheets never lets a user remove themselves; the secretariat's next action completes the lock.
      wb.env.session.setUser(SECRETARIAT);
      wb.call('baocaoProgress');
      expect(protectionEditors(wb, UBND_TAB)).toEqual(['bdv@example.org']);
      const units = wb.env.spreadsheet.findSheet('Đơn vị')!.valuesSnapshot();
      const submittedBy = units[0]!.indexOf(UNIT_COLUMNS.submittedBy.label);
      expect(units.find((r) => r[0] === 'UBND')?.[submittedBy]).toBe('ubnd@example.org');
    });

    it('refuses a submission from someone who is not the unit’s', () => {
      const wb = gasWorkbook(ubndUnsubmittedWithWords());
      wb.env.session.setUser('cah@example.org');
      wb.env.spreadsheet.setActiveSheet(wb.env.spreadsheet.findSheet(UBND_TAB)!);
      wb.call('baocaoSubmit');
      expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('không có trong danh sách email của Ủy ban nhân dân huyện');
    });

    it('lets the secretariat reopen a submitted tab with a reason, giving the unit its rights back', () => {
      const wb = gasWorkbook();
      wb.call('baocaoSetup');
      expect(protectionEditors(wb, UBND_TAB)).toEqual(['bdv@example.org']);
      wb.env.spreadsheet.setActiveSheet(wb.env.spreadsheet.findSheet(UBND_TAB)!);
      wb.env.ui.answerNext({ button: 'OK', text: 'Bổ sung số liệu đơn thư quý I' });
      wb.call('baocaoReopen');
      expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Đã mở lại tab của Ủy ban nhân dân huyện');
      expect(protectionEditors(wb, UBND_TAB)).toEqual(['bdv@example.org', 'ubnd@example.org']);
      const state = JSON.parse(wb.env.properties.getDocumentProperties().getProperty('baocao.submission.UBND')!);
      expect(state.reopenReason).toBe('Bổ sung số liệu đơn thư quý I');
    });

    it('does not let a unit reopen its own tab', () => {
      const wb = gasWorkbook();
      wb.env.session.setUser('ubnd@example.org');
      wb.env.spreadsheet.setActiveSheet(wb.env.spreadsheet.findSheet(UBND_TAB)!);
      wb.call('baocaoReopen');
      expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Chỉ bộ phận tổng hợp');
    });
  });

  describe('Tiến độ', () => {
    it('rebuilds the "Tổng hợp" tab with one row per unit and the overall count, including last edits', () => {
      const wb = gasWorkbook();
      wb.call('onEdit', { range: wb.env.spreadsheet.findSheet(UBND_TAB)!.getRange('D20') });
      wb.call('baocaoProgress');
      const dashboard = wb.env.spreadsheet.findSheet('Tổng hợp')!.valuesSnapshot();
      expect(String(dashboard[1]?.[0])).toContain('Đã nộp, không lỗi: 21/21 đơn vị');
      const ubnd = dashboard.find((r) => r[0] === 'UBND')!;
      expect(ubnd.slice(0, 3)).toEqual(['UBND', 'Ủy ban nhân dân huyện', 'Đã nộp']);
      expect(ubnd[8]).toBe('12/03/2023 08:00');
      expect(dashboard.filter((r) => typeof r[0] === 'string' && /^[A-Z_]+$/.test(r[0]) && r[0] !== 'TIẾN')).toHaveLength(21);
    });
  });

  describe('Tạo báo cáo', () => {
    it('creates a Google Doc holding every footnote and figure of the example, and shows its link', () => {
      const wb = gasWorkbook();
      const before = wb.env.spreadsheet.sheetList().map((s) => [s.name, s.valuesSnapshot()]);
      wb.call('baocaoGenerateReport');
      const dialog = wb.env.ui.shown.at(-1)!;
      expect(dialog.content).toContain('https://docs.google.com/document/d/');
      const id = /document\/d\/([^/]+)/.exec(dialog.content)![1]!;
      const doc = wb.env.docs.document(id);
      const text = [bodyText(doc), ...footnotesInOrder(doc).map((f) => f.text)].join('\n');
      for (const figure of ['34/37', '53/55', '09/09', '3.500', '11.245', '8.463', '390.500', '189.880.000', '85,48%']) expect(text).toContain(figure);
      expect(footnotesInOrder(doc)).toHaveLength(14);
      expect(wb.env.spreadsheet.sheetList().map((s) => [s.name, s.valuesSnapshot()])).toEqual(before);
    });
  });

  describe('nhắc việc', () => {
    it('installs one daily trigger however often it is enabled, and removes it', () => {
      const wb = gasWorkbook();
      wb.call('baocaoEnableReminders');
      wb.call('baocaoEnableReminders');
      const triggers = wb.env.triggers.list().filter((t) => t.handler === 'baocaoDailyReminders');
      expect(triggers).toHaveLength(1);
      expect(triggers[0]?.schedule).toMatchObject({ atHour: 8, everyDays: 1, timezone: 'Asia/Ho_Chi_Minh' });
      wb.call('baocaoDisableReminders');
      expect(wb.env.triggers.list().filter((t) => t.handler === 'baocaoDailyReminders')).toHaveLength(0);
    });

    it('shows who would get what, sends on confirmation, and logs each mail', () => {
      const wb = gasWorkbook(ubndUnsubmittedWithWords());
      wb.env.ui.answerNext({ button: 'YES' });
      wb.call('baocaoSendRemindersNow');
      const preview = wb.env.ui.dialogs.find((d) => d.buttons === 'YES_NO')!;
      expect(preview.prompt).toContain('Ủy ban nhân dân huyện (Quá hạn) → ubnd@example.org');
      expect(wb.env.mail.outbox.map((m) => m.to)).toEqual(['ubnd@example.org']);
      const log = wb.env.spreadsheet.findSheet('Nhật ký nhắc việc')!.valuesSnapshot();
      expect(log.slice(1).map((r) => [r[1], r[4], r[5]])).toEqual([['UBND', 'Quá hạn', 'Đã gửi']]);
    });

    it('sends exactly the planned mails from the daily trigger, once a day', () => {
      const data = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => (u.group === 'Xã' ? { ...u, submittedAt: null, submittedBy: null } : u)) };
      const wb = gasWorkbook(data);
      wb.call('baocaoEnableReminders');
      wb.fire('baocaoDailyReminders', SECRETARIAT);
      expect(wb.env.mail.outbox.map((m) => m.to).sort()).toEqual(data.units.filter((u) => u.group === 'Xã').map((u) => u.emails![0]).sort());
      wb.fire('baocaoDailyReminders', SECRETARIAT);
      expect(wb.env.mail.outbox).toHaveLength(9);
    });

    it('stops cleanly when the daily quota runs out and records the rest for later', () => {
      const data = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => (u.group === 'Xã' ? { ...u, submittedAt: null, submittedBy: null } : u)) };
      const wb = gasWorkbook(data, { mailQuota: 4 });
      wb.call('baocaoEnableReminders');
      wb.fire('baocaoDailyReminders', SECRETARIAT);
      expect(wb.env.mail.outbox).toHaveLength(4);
      const log = wb.env.spreadsheet.findSheet('Nhật ký nhắc việc')!.valuesSnapshot().slice(1);
      expect(log.map((r) => r[5])).toEqual([...Array(4).fill('Đã gửi'), ...Array(5).fill('Hết hạn mức gửi thư')]);
    });

    it('keeps going when one send fails, and logs the failure', () => {
      const data = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => (u.group === 'Xã' ? { ...u, submittedAt: null, submittedBy: null } : u)) };
      const wb = gasWorkbook(data);
      wb.env.mail.failOnAttempt(2);
      wb.call('baocaoEnableReminders');
      wb.fire('baocaoDailyReminders', SECRETARIAT);
      expect(wb.env.mail.outbox).toHaveLength(8);
      const log = wb.env.spreadsheet.findSheet('Nhật ký nhắc việc')!.valuesSnapshot().slice(1);
      expect(log.filter((r) => r[5] === 'Gửi lỗi')).toHaveLength(1);
    });

    it('emails the owner when a run fails', () => {
      const wb = gasWorkbook(CHU_PUH_2023, { advancedServices: { sheets: false } });
      wb.env.properties.document.setProperty('baocao.reminderTrigger', JSON.stringify({ owner: SECRETARIAT, hour: 8, lastRun: null }));
      expect(() => wb.fire('baocaoDailyReminders', SECRETARIAT)).toThrow(/Google Sheets API/);
      expect(wb.env.mail.outbox.map((m) => [m.to, m.subject])).toEqual([[SECRETARIAT, expect.stringContaining('Nhắc việc tự động bị lỗi')]]);
    });

    it('never writes into a unit’s cells', () => {
      const data = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => (u.group === 'Xã' ? { ...u, submittedAt: null, submittedBy: null } : u)) };
      const wb = gasWorkbook(data);
      const unitTabs = data.units.map((u) => u.tab);
      const before = unitTabs.map((t) => wb.env.spreadsheet.findSheet(t)!.valuesSnapshot());
      wb.call('baocaoEnableReminders');
      wb.fire('baocaoDailyReminders', SECRETARIAT);
      expect(unitTabs.map((t) => wb.env.spreadsheet.findSheet(t)!.valuesSnapshot())).toEqual(before);
    });
  });

  it('shows short Vietnamese help naming every menu item', () => {
    const wb = gasWorkbook();
    wb.call('baocaoHelp');
    const help = wb.env.ui.shown.at(-1)!;
    expect(help.kind).toBe('modal');
    for (const item of MENU_ITEMS) expect(help.content).toContain(item.caption);
  });

  it('explains, in Vietnamese, that the Sheets API service must be enabled when it is not', () => {
    const wb = gasWorkbook(CHU_PUH_2023, { advancedServices: { sheets: false } });
    wb.call('baocaoCheck');
    expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Chưa bật dịch vụ nâng cao "Google Sheets API"');
  });

  describe('custom functions', () => {
    it('answers TYLE, PHANTRAM and NGAYVN and rejects bad input in Vietnamese', () => {
      const wb = gasWorkbook();
      expect(wb.call('TYLE', 34, 37)).toBe('34/37');
      expect(wb.call('TYLE', 9, 9)).toBe('09/09');
      expect(wb.call('TYLE', 9, 9, false)).toBe('9/9');
      expect(wb.call('PHANTRAM', 106, 124)).toBe('85,48%');
      expect(wb.call('NGAYVN', new Date(Date.UTC(2023, 2, 15, 17, 0)))).toBe('ngày 16 tháng 3 năm 2023');
      expect(() => wb.call('TYLE', 'mười', 12)).toThrow('TYLE: Số đã hoàn thành phải là số');
      expect(() => wb.call('TYLE', 38, 37)).toThrow(/lớn hơn tổng/);
      expect(() => wb.call('PHANTRAM', 1, 0)).toThrow(/bằng 0/);
      expect(() => wb.call('TYLE', -1, 3)).toThrow(/âm/);
    });
  });
});

describe('checking as a unit clerk', () => {
  it('marks the cells it may edit and still lists every finding when other tabs are protected', () => {
    const data = {
      ...CHU_PUH_2023,
      units: CHU_PUH_2023.units.map((u) => ({ ...u, submittedAt: null, submittedBy: null })),
      sheets: {
        ...CHU_PUH_2023.sheets,
        CAH: { ...CHU_PUH_2023.sheets['CAH']!, figures: CHU_PUH_2023.sheets['CAH']!.figures.map((f) => (f.code === 'TT_BUOI' ? { ...f, value: 'bốn lăm' } : f)) },
      },
    };
    const wb = gasWorkbook(data);
    wb.call('baocaoSetup');
    wb.env.session.setUser('ubnd@example.org');
    wb.call('baocaoCheck');
    expect(wb.env.ui.shown.at(-1)?.content).toContain('bốn lăm');
    expect(wb.env.ui.dialogs.filter((d) => d.prompt.startsWith('Có lỗi khi chạy'))).toEqual([]);
  });
});
