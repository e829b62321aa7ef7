/**
 * Alerts and prompts suspend the script until the person closes them, so one shown while the
 * document lock is held blocks every other user's action. The fake Ui models that: a dialog
 * left open under a held lock keeps the lock, and another user's tryLock then fails after its
 * timeout. These tests show that no action of the add-in shows a dialog under the lock, and
 * that another user's action goes through while a clerk's message is still open.
 */
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { GasContext } from '../../src/gas/context';
import { MENU_ITEMS } from '../../src/gas/entry-points';
import { gasWorkbook, SECRETARIAT } from '../support/gas-workbook';

const UBND_TAB = 'UBND huyện';
const unsubmitted = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => ({ ...u, submittedAt: null, submittedBy: null })) };

describe('dialogs and the document lock', () => {
  it('never shows an alert or prompt while holding the lock, in any menu action', () => {
    const wb = gasWorkbook(unsubmitted);
    for (const item of MENU_ITEMS) {
      wb.env.ui.answerNext({ button: 'YES', text: 'Bổ sung số liệu' });
      wb.env.spreadsheet.setActiveSheet(wb.env.spreadsheet.findSheet(UBND_TAB)!);
      wb.call(item.name as never);
    }
    expect(wb.env.ui.dialogs.length).toBeGreaterThan(5);
    expect(wb.env.ui.dialogsUnderLock()).toEqual([]);
    expect(wb.env.lock.isHeld('document')).toBe(false);
  });

  it('lets another user check the workbook while a clerk leaves the submission message open', () => {
    const wb = gasWorkbook(unsubmitted);
    wb.call('baocaoSetup');
    wb.env.session.setUser('ubnd@example.org');
    wb.env.spreadsheet.setActiveSheet(wb.env.spreadsheet.findSheet(UBND_TAB)!);
    wb.env.ui.leaveNextOpen();
    wb.call('baocaoSubmit');
    expect(wb.env.ui.openDialog?.prompt).toContain('Đã nộp phần của Ủy ban nhân dân huyện');

    wb.env.session.setUser(SECRETARIAT);
    wb.call('baocaoProgress');
    expect(wb.env.ui.dialogs.filter((d) => d.prompt.includes('Một người khác đang cập nhật'))).toEqual([]);
    expect(wb.env.lock.waitedMs).toBe(0);
  });

  it('the fake blocks like Google: an alert left open under the lock makes a concurrent action fail after its timeout', () => {
    const wb = gasWorkbook(unsubmitted);
    // A script that (wrongly) alerts while holding the lock, as the add-in used to.
    const lock = wb.env.globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    wb.env.ui.leaveNextOpen();
    wb.env.globals.SpreadsheetApp.getUi().alert('Nộp báo cáo', 'Đã nộp.', wb.env.globals.SpreadsheetApp.getUi().ButtonSet.OK);
    lock.releaseLock(); // never reached on Google while the dialog is open; the fake keeps the lock

    wb.call('baocaoProgress');
    expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Một người khác đang cập nhật bảng tính');
    expect(wb.env.lock.waitedMs).toBe(30 * 1000);

    wb.env.ui.closeOpenDialog();
    wb.call('baocaoProgress');
    expect(wb.env.spreadsheet.findSheet('Tổng hợp')).toBeDefined();
  });

  it('refuses to ask a question under the lock (a programming error, not a silent block)', () => {
    const wb = gasWorkbook();
    const ctx = new GasContext(() => wb.env.globals, () => wb.env.clock.now());
    expect(() => ctx.withLock(() => ctx.confirm('Hỏi', 'Có không?'))).toThrow(/would block every other user/);
  });
});
