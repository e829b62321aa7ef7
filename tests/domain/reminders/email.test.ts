/** Behaviour of reminder emails: what they say, where they point, and escaping of typed text. */
import { makeFinding } from '../../../src/domain/findings';
import { composeDigest, composeReminder, escapeHtml, type ReportIdentity } from '../../../src/domain/reminders/email';
import type { PlannedReminder } from '../../../src/domain/reminders/plan';

const report: ReportIdentity = {
  label: 'Báo cáo số 350-BC/HU',
  summary: 'Sơ kết 01 năm thực hiện Quyết định số 529-QĐ/HU',
  secretariatName: 'Ban Dân vận Huyện ủy',
  secretariatEmails: ['bdv@example.org'],
};
const link = (tab: string, cell?: string) => `https://docs.example.org/sheet#${encodeURIComponent(tab)}${cell ? '!' + cell : ''}`;

function reminder(overrides: Partial<PlannedReminder> = {}): PlannedReminder {
  return {
    unitId: 'UBND',
    unitName: 'Ủy ban nhân dân huyện',
    tab: 'UBND huyện',
    to: ['ubnd@example.org'],
    cc: [],
    reason: 'overdue',
    deadline: '2023-03-10',
    daysLeft: -2,
    submitted: false,
    missing: [{ kind: 'text', id: 'II.2.2', label: 'Ủy ban nhân dân huyện', where: { tab: 'UBND huyện', cell: 'B40', unitId: 'UBND' } }],
    problems: [
      makeFinding('MISSING_TEXT', { tab: 'UBND huyện', cell: 'B40', unitId: 'UBND' }, { section: 'II.2.2', title: 'Ủy ban nhân dân huyện' }),
      makeFinding('NOT_A_NUMBER', { tab: 'UBND huyện', cell: 'D21', unitId: 'UBND' }, { label: 'Giá trị', value: 'mười hai' }),
    ],
    ...overrides,
  };
}

describe('reminder emails', () => {
  it('says which report, the deadline, and each missing part and error with its cell', () => {
    const mail = composeReminder(reminder(), report, link);
    expect(mail.to).toEqual(['ubnd@example.org']);
    expect(mail.subject).toBe('[Nhắc việc] Báo cáo số 350-BC/HU - Ủy ban nhân dân huyện: quá hạn 2 ngày');
    expect(mail.text).toContain('Đã quá hạn nộp 2 ngày (hạn 10/03/2023).');
    expect(mail.text).toContain('- Ô B40: Nội dung mục II.2.2 "Ủy ban nhân dân huyện"');
    expect(mail.text).toContain('- Ô D21: "Giá trị" phải là số, nhưng ô đang ghi "mười hai"');
    expect(mail.text).toContain('UBND huyện" - https://docs.example.org/sheet#UBND%20huy%E1%BB%87n');
    expect(mail.html).toContain('<a href="https://docs.example.org/sheet#UBND%20huy%E1%BB%87n!D21">Ô D21</a>');
    expect(mail.text.match(/B40/g)).toHaveLength(1);
  });

  it('words the reason for each case', () => {
    expect(composeReminder(reminder({ reason: 'due_soon', daysLeft: 3 }), report, link).text).toContain('Còn 3 ngày đến hạn nộp (10/03/2023).');
    expect(composeReminder(reminder({ reason: 'due_soon', daysLeft: 0 }), report, link).subject).toContain('hôm nay là hạn nộp');
    expect(composeReminder(reminder({ reason: 'has_errors', submitted: true }), report, link).text).toContain('Đơn vị đã nộp, nhưng dữ liệu hiện còn lỗi');
    expect(composeReminder(reminder({ reason: 'due_soon', daysLeft: 1, missing: [], problems: [] }), report, link).text).toContain('chỉ còn bấm menu Báo cáo › Nộp báo cáo');
  });

  it('escapes a unit name or message containing <script> in the HTML part', () => {
    const evil = reminder({
      unitName: 'Xã <script>alert("x")</script>',
      problems: [makeFinding('NOT_A_NUMBER', { tab: 'T', cell: 'D2' }, { label: 'Giá trị', value: '<script>steal()</script>' })],
    });
    const mail = composeReminder(evil, report, link);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('&lt;script&gt;steal()&lt;/script&gt;');
    expect(mail.text).toContain('<script>steal()</script>');
  });

  it('works without a link when the workbook has no address yet', () => {
    const mail = composeReminder(reminder(), report, () => null);
    expect(mail.text).toContain('Tab nhập liệu của đơn vị: "UBND huyện"\n');
    expect(mail.html).not.toContain('href');
  });

  it('summarises progress and late units in the digest', () => {
    const units = [
      { unitId: 'UBND', name: 'Ủy ban <b>', tab: 'UBND huyện', state: 'incomplete', deadline: '2023-03-10', errors: 1, missing: [{}] },
    ] as never;
    const mail = composeDigest({ to: ['bdv@example.org'], secretariatUnit: 'BDVHU', late: units, status: { units, expected: 22, complete: 20, submitted: 21, done: 20 } }, report, '2023-03-12', link);
    expect(mail.subject).toBe('[Bản tin] Báo cáo số 350-BC/HU: 20/22 đơn vị đã nộp đủ, 1 đơn vị quá hạn (12/03/2023)');
    expect(mail.text).toContain('- Ủy ban <b> (hạn 10/03/2023): Chưa đủ; 1 phần còn thiếu; 1 lỗi.');
    expect(mail.html).toContain('Ủy ban &lt;b&gt;');
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
