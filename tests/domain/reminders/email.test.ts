/** Behaviour of reminder emails: what they say, where they point, and escaping of typed text. */
import { makeFinding } from '../../../src/domain/findings';
import { composeDigest, composeReminder, escapeHtml, MAIL_ITEMS_MAX, type ReportIdentity } from '../../../src/domain/reminders/email';
import { utf8Length } from '../../../src/domain/text';
import type { PlannedReminder } from '../../../src/domain/reminders/plan';

const report: ReportIdentity = {
  label: 'Báo cáo số 350-BC/HU',
  summary: 'Sơ kết 01 năm thực hiện Quyết định số 529-QĐ/HU',
  secretariatName: 'Ban Dân vận Huyện ủy',
  secretariatEmails: ['bdv@example.org'],
};
const link = (tab: string, cell?: string) => `https://docs.google.com/spreadsheets/d/abc/edit#${encodeURIComponent(tab)}${cell ? '!' + cell : ''}`;

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
    expect(mail.text).toContain('UBND huyện" - https://docs.google.com/spreadsheets/d/abc/edit#UBND%20huy%E1%BB%87n');
    expect(mail.html).toContain('<a href="https://docs.google.com/spreadsheets/d/abc/edit#UBND%20huy%E1%BB%87n!D21">Ô D21</a>');
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
      { unitId: 'UBND', name: 'Ủy ban <b>', tab: 'UBND huyện', state: 'incomplete', expected: true, deadline: '2023-03-10', errors: 1, missing: [{}] },
    ] as never;
    const mail = composeDigest({ to: ['bdv@example.org'], secretariatUnit: 'BDVHU', late: units, status: { units, expected: 22, complete: 20, submitted: 21, done: 20, onTime: 18, notExpected: 0 } }, report, '2023-03-12', link);
    expect(mail.subject).toBe('[Bản tin] Báo cáo số 350-BC/HU: 20/22 đơn vị đã nộp đủ, 1 đơn vị quá hạn (12/03/2023)');
    expect(mail.text).toContain('- Ủy ban <b> (hạn 10/03/2023): Chưa đủ; 1 phần còn thiếu; 1 lỗi.');
    expect(mail.html).toContain('Ủy ban &lt;b&gt;');
    expect(mail.text).toContain('- 18/22 đơn vị nộp đúng hạn.');
    expect(mail.html).toContain('<b>18/22 đơn vị nộp đúng hạn</b>');
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['a quote that would leave the attribute', 'https://docs.google.com/x" onmouseover="alert(1)'],
    ['a look-alike host', 'https://docs.google.com.evil.example/x'],
    ['plain http', 'http://docs.google.com/spreadsheets/d/abc'],
    ['another host', 'https://example.org/sheet'],
  ])('shows a spreadsheet link with %s as text, never as an href', (_name, address) => {
    const mail = composeReminder(reminder(), report, () => address);
    expect(mail.html).not.toContain('href');
    expect(mail.html).not.toContain('" onmouseover');
    expect(mail.html).toContain(escapeHtml(address));
  });

  it('links a Google Sheets address, escaped inside the attribute', () => {
    const mail = composeReminder(reminder(), report, (tab, cell) => `https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=${cell ?? 'A1'}`);
    expect(mail.html).toContain('<a href="https://docs.google.com/spreadsheets/d/abc/edit#gid=0&amp;range=A1">UBND huyện</a>');
  });

  it('addresses only recipients the cell parser accepts, so validation and sending agree', () => {
    const mail = composeReminder(reminder({ to: ['ubnd@example.org', 'nguyễn@example.org', 'a"b@x.org'], cc: ['bdv@example.org', 'thư@bộ.vn'] }), report, link);
    expect(mail.to).toEqual(['ubnd@example.org']);
    expect(mail.cc).toEqual(['bdv@example.org']);
  });

  it('lists at most a stated number of problems and stays far below Google’s body size limit for 50,000 bad rows', () => {
    const problems = Array.from({ length: 50_000 }, (_, i) =>
      makeFinding('NOT_A_NUMBER', { tab: 'UBND huyện', cell: `D${i + 10}`, unitId: 'UBND' }, { label: 'Giá trị', value: `mười hai ${'x'.repeat(60)}` }),
    );
    const mail = composeReminder(reminder({ missing: [], problems, unitName: 'Xã '.repeat(20_000) }), report, link);
    const bytes = utf8Length(mail.text) + utf8Length(mail.html);
    expect(bytes).toBeLessThan(100 * 1024);
    expect(mail.text.match(/^- Ô D/gm)).toHaveLength(MAIL_ITEMS_MAX);
    expect(mail.text).toContain(`Còn 49.950 điểm khác chưa liệt kê trong thư này; xem đủ trong tab "UBND huyện"`);
    expect(mail.subject.length).toBeLessThan(200);
  });

  it('counts UTF-8 bytes as Node does, without TextEncoder', () => {
    for (const text of ['abc', 'Ủy ban nhân dân', '😀 emoji', 'é\u0301']) expect(utf8Length(text)).toBe(Buffer.byteLength(text));
  });

  it('caps the units a digest lists', () => {
    const units = Array.from({ length: 1_000 }, (_, i) => ({ unitId: `X${i}`, name: `Xã ${i}`, tab: `Xã ${i}`, state: 'incomplete', expected: true, deadline: '2023-03-10', errors: 1, missing: [] })) as never;
    const mail = composeDigest({ to: ['bdv@example.org'], secretariatUnit: 'BDVHU', late: units, status: { units, expected: 1000, complete: 0, submitted: 0, done: 0, onTime: 0, notExpected: 0 } }, report, '2023-03-12', link);
    expect(mail.text.match(/^- Xã/gm)).toHaveLength(200);
    expect(mail.text).toContain('Còn 800 đơn vị khác');
  });
});
