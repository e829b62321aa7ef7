/**
 * Reminders to a child report go to that child's secretariat (the addresses its summary
 * carries), say what its report still lacks (its units not yet submitted, by name; its errors,
 * with the tab and cell of its own workbook), and are capped like every other reminder.
 */
import { composeReminder, MAIL_ITEMS_MAX, type ReportIdentity } from '../../../src/domain/reminders/email';
import { DEFAULT_SCHEDULE, planReminders } from '../../../src/domain/reminders/plan';
import { sourcesNeeded, type SourceContent } from '../../../src/domain/rollup/sources';
import { summarizeChild } from '../../../src/domain/rollup/summarize';
import { computeStatus } from '../../../src/domain/status';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import { rawOf } from '../../support/raw';
import { childCommune, provinceOf, rawWithMapping, type ChildSpec } from '../../support/rollup';

const report: ReportIdentity = { label: 'Báo cáo số 350-BC/TU', summary: 'Quý I năm 2026', secretariatName: 'Văn phòng Tỉnh ủy', secretariatEmails: ['vptu@example.org'] };
const ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

const specs: ChildSpec[] = [
  { id: 'XA001', name: 'Xã Số 1', file: 'xa/xa001.xlsx', chiBo: 8, seed: 1, submitted: 5, reportSubmitted: false },
  { id: 'XA002', name: 'Xã Số 2', file: `https://docs.google.com/spreadsheets/d/${ID}/edit`, chiBo: 70, seed: 2, submitted: 0, reportSubmitted: false, blank: [{ chiBo: 0, code: 'DON_TN' }] },
  { id: 'XA003', name: 'Xã Số 3', file: 'xa/xa003.xlsx', chiBo: 5, seed: 3, blank: [{ chiBo: 1, code: 'KET_NAP' }] },
  { id: 'XA004', name: 'Xã Số 4', file: 'xa/xa004.xlsx', chiBo: 5, seed: 4 },
  { id: 'XA005', name: 'Xã Số 5', file: 'xa/xa005.xlsx', chiBo: 5, seed: 5, submitted: 0, reportSubmitted: false },
];

function plan(today: string) {
  const raw = rawWithMapping(provinceOf(specs));
  const reads = new Map<string, SourceContent>(
    sourcesNeeded(raw).map((n, i) => [n.key, { kind: 'child', summary: summarizeChild(rawOf(childCommune(specs[i]!).data)), readAt: null }]),
  );
  reads.delete('xa/xa005.xlsx');
  const validation = validateWorkbook(raw, reads);
  const status = computeStatus(validation.lookup, validation.findings);
  const planned = planReminders({ today, status, schedule: DEFAULT_SCHEDULE, log: [], secretariatUnit: 'VPTU', secretariatEmails: ['vptu@example.org'] });
  // The province's own secretariat tab is reminded as before; these tests are about the children.
  return { ...planned, reminders: planned.reminders.filter((r) => r.unitId !== 'VPTU') };
}

describe('reminders to child reports', () => {
  const overdue = plan('2026-04-17');
  const mailTo = (id: string) => overdue.reminders.find((r) => r.unitId === id);

  test('go to the child\'s own secretariat; a submitted child without errors and an unread one get none', () => {
    expect(overdue.reminders.map((r) => [r.unitId, r.reason, r.to])).toEqual([
      ['XA001', 'overdue', ['vp.xa001@example.org']],
      ['XA002', 'overdue', ['vp.xa002@example.org']],
      ['XA003', 'has_errors', ['vp.xa003@example.org']],
    ]);
  });

  test('say which of its units have not submitted and what to do, with a link to its spreadsheet when it has one', () => {
    const mail = composeReminder(mailTo('XA001')!, report, () => 'https://docs.google.com/spreadsheets/d/parent/edit');
    expect(mail.subject).toBe('[Nhắc việc] Báo cáo số 350-BC/TU - Xã Số 1: quá hạn 2 ngày');
    expect(mail.text).toContain('Báo cáo của đơn vị chưa đủ để tổng hợp lên cấp trên. Xin đơn vị nhắc 3 đơn vị trực thuộc còn chưa nộp, rồi nộp báo cáo');
    expect(mail.text).toContain('- Đơn vị "Chi bộ 6" (mã CB06) chưa nộp\n- Đơn vị "Chi bộ 7" (mã CB07) chưa nộp\n- Đơn vị "Chi bộ 8" (mã CB08) chưa nộp');
    expect(mail.text).toContain('Bảng tính báo cáo của đơn vị: "xa/xa001.xlsx"\n');
    expect(mail.text).not.toContain('parent');
    const sheets = composeReminder(mailTo('XA002')!, report, () => null);
    expect(sheets.html).toContain(`<a href="https://docs.google.com/spreadsheets/d/${ID}/edit">`);
  });

  test('list the child\'s errors with the tab and cell of its own workbook, and no link into the parent', () => {
    const mail = composeReminder(mailTo('XA003')!, report, (tab, cell) => `https://parent.example/${tab}/${cell ?? ''}`);
    expect(mail.text).toContain('Báo cáo của đơn vị đã nộp, nhưng hiện còn lỗi. Xin đơn vị sửa các lỗi trong báo cáo.');
    expect(mail.text).toMatch(/- Tab "Chi bộ 2", ô D\d+: Chưa nhập số liệu "Đảng viên mới kết nạp" \(KET_NAP\)/);
    expect(mail.text).toContain('- Chưa tính được tổng số liệu "Đảng viên mới kết nạp" (KET_NAP) của báo cáo');
    expect(mail.html).not.toContain('parent.example');
  });

  test('are capped like every reminder, and say how many more units and errors there are', () => {
    const mail = composeReminder(mailTo('XA002')!, report, () => null);
    const items = mail.text.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(MAIL_ITEMS_MAX);
    // 1 total not computable + 50 units named, of 70 not submitted; 1 error travels, of 1.
    expect(mail.text).toContain('Còn 22 điểm khác chưa liệt kê trong thư này; xem đủ trong bảng tính báo cáo của đơn vị');
    const few = composeReminder({ ...mailTo('XA002')!, missing: mailTo('XA002')!.missing.slice(0, 3), problems: [] }, report, () => null);
    expect(few.text).toContain('- Đơn vị "Chi bộ 2" (mã CB02) chưa nộp\n- Và 68 đơn vị khác chưa nộp');
  });

  test('before the deadline, on a reminder day, the same child gets a "due soon" reminder', () => {
    expect(plan('2026-04-14').reminders.map((r) => [r.unitId, r.reason])).toEqual([
      ['XA001', 'due_soon'],
      ['XA002', 'due_soon'],
      ['XA003', 'has_errors'],
    ]);
  });
});
