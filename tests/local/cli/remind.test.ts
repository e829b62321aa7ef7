/**
 * `baocao remind` never writes into the clerk's workbook, and never mails a unit twice a day:
 * on workbooks as people have them (a shared formula, custom XML parts and properties, a
 * symbolic link, read-only, private 0600), with the log tab as Google Sheets keeps it (renamed,
 * lower-cased, NFD, formatted to the last row) or a unit tab named like it; with two runs at
 * once; and when the disk fails between writing the mails and the log. Each case: the workbook
 * is byte-identical afterwards (and keeps its mode), and a second run the same day mails no one.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { REMINDER_LOG_TAB } from '../../../src/domain/contract/tabs';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { describeRun, MAX_LISTED } from '../../../src/local/cli/commands/remind';
import { parseCsv } from '../../../src/local/files/csv';
import { REMINDER_LOG_FILE } from '../../../src/local/reminder-log-file';
import { faultyFileSystem } from '../files/faulty-fs';
import { ENGLISH_SYSTEM_TEXT, run, workspace } from './run';
import { exampleWithErrors, formattedToLastRow, LAST_ROW, sentToday, withCustomParts, withSharedFormula, workbookWithLog } from './workbook-fixtures';

const TODAY = ['--today', '2023-03-12'];

function mails(outbox: string): string[] {
  return existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')).sort() : [];
}

/** Unit ids of the log's "Đã gửi" rows. */
function loggedSent(outbox: string): string[] {
  if (!existsSync(join(outbox, REMINDER_LOG_FILE))) return [];
  const rows = parseCsv(readFileSync(join(outbox, REMINDER_LOG_FILE), 'utf8'));
  return rows.slice(1).filter((r) => r[5] === 'Đã gửi').map((r) => r[1] ?? '');
}

interface Case {
  readonly dir: string;
  readonly book: string;
  readonly outbox: string;
}

async function caseWith(bytes: Buffer | Promise<Buffer>, name = 'bc.xlsx'): Promise<Case> {
  const dir = workspace('baocao-remind-');
  writeFileSync(join(dir, name), await bytes);
  return { dir, book: join(dir, name), outbox: join(dir, 'thu') };
}

/** Runs remind twice the same day; checks the workbook did not change and the second run mailed no one. */
async function remindTwice(c: Case, workbookArg = c.book): Promise<{ first: string[]; firstOut: string }> {
  const before = readFileSync(c.book);
  const mode = statSync(c.book).mode;
  const first = await run(c.dir, ['remind', workbookArg, '--outbox', 'thu', ...TODAY]);
  expect(first.err).toBe('');
  expect(first.code).toBe(0);
  const firstMails = mails(c.outbox);
  const second = await run(c.dir, ['remind', workbookArg, '--outbox', 'thu', ...TODAY]);
  expect(second.code).toBe(0);
  expect(second.out).toContain('không có đơn vị nào cần nhắc');
  expect(mails(c.outbox)).toEqual(firstMails);
  expect(readFileSync(c.book).equals(before)).toBe(true);
  expect(statSync(c.book).mode).toBe(mode);
  const sent = loggedSent(c.outbox);
  expect(new Set(sent).size).toBe(sent.length);
  return { first: firstMails, firstOut: first.out };
}

const UBND = 'Ủy ban nhân dân huyện';

describe('baocao remind', () => {
  it('keeps a shared formula in a unit tab, custom XML parts and custom properties byte for byte', async () => {
    const init = workspace();
    await run(init, ['init', '--example', '-o', 'bc.xlsx']);
    const withParts = await withCustomParts(await withSharedFormula(readFileSync(join(init, 'bc.xlsx')), 'UBND huyện'));
    const c = await caseWith(withParts);
    await remindTwice(c);
    // Same again on a workbook where a unit has errors, so mails are really written.
    const broken = await caseWith(withCustomParts(await withSharedFormula(await workbookWithLog(exampleWithErrors('UBND'), []), 'UBND huyện')));
    const { first } = await remindTwice(broken);
    expect(first).toEqual(['2023-03-12-01-UBND.eml']);
    expect(loggedSent(broken.outbox)).toEqual(['UBND']);
  });

  it('reads through a symbolic link, which stays a link to the untouched workbook', async () => {
    const c = await caseWith(workbookWithLog(exampleWithErrors('UBND'), []));
    symlinkSync(c.book, join(c.dir, 'lien-ket.xlsx'));
    const { first } = await remindTwice(c, 'lien-ket.xlsx');
    expect(first).toHaveLength(1);
    expect(lstatSync(join(c.dir, 'lien-ket.xlsx')).isSymbolicLink()).toBe(true);
    // The link and the file are one workbook: mailing through the file now sends nothing either.
    expect((await run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY])).out).toContain('không có đơn vị nào cần nhắc');
  });

  it('writes the mails and the log for a read-only workbook (0444), and leaves a 0600 workbook 0600', async () => {
    for (const mode of [0o444, 0o600]) {
      const c = await caseWith(workbookWithLog(exampleWithErrors('UBND'), []));
      chmodSync(c.book, mode);
      const { first } = await remindTwice(c);
      expect(first).toHaveLength(1);
      expect(loggedSent(c.outbox)).toEqual(['UBND']);
      expect(statSync(c.book).mode & 0o777).toBe(mode);
    }
  });

  const logTabs: ReadonlyArray<readonly [string, string]> = [
    ['as Sheets names it', REMINDER_LOG_TAB.name],
    ['lower-cased', REMINDER_LOG_TAB.name.toLocaleLowerCase('vi')],
    ['typed in NFD', REMINDER_LOG_TAB.name.normalize('NFD')],
  ];
  it.each(logTabs)('honours a reminder Sheets logged today in the log tab %s', async (_how, tabName) => {
    const c = await caseWith(workbookWithLog(exampleWithErrors('UBND', 'HDND'), [sentToday('UBND', UBND)], tabName));
    const { first } = await remindTwice(c);
    expect(first).toEqual(['2023-03-12-01-HDND.eml']);
  });

  it('honours the log tab formatted down to row 1,048,576 and loses none of its rows', async () => {
    const bytes = await formattedToLastRow(await workbookWithLog(exampleWithErrors('UBND', 'HDND'), [sentToday('UBND', UBND)]), REMINDER_LOG_TAB.name);
    const c = await caseWith(bytes);
    const { first } = await remindTwice(c);
    expect(first).toEqual(['2023-03-12-01-HDND.eml']);
    expect(readFileSync(c.book).length).toBe(bytes.length);
    expect(LAST_ROW).toBe(2 ** 20);
  });

  it('never mails twice when the log tab was renamed, or a unit tab is named like the log tab', async () => {
    const renamed = await caseWith(workbookWithLog(exampleWithErrors('UBND', 'HDND'), [sentToday('UBND', UBND)], 'Nhật ký (cũ)'));
    await remindTwice(renamed);
    const hdnd = CHU_PUH_2023.units.find((u) => u.id === 'HDND')!;
    const data: WorkbookData = {
      ...exampleWithErrors('UBND', 'HDND'),
      units: CHU_PUH_2023.units.map((u) => (u === hdnd ? { ...u, tab: REMINDER_LOG_TAB.name } : u)),
    };
    const clash = await caseWith(workbookWithLog(data, [], null));
    const { first } = await remindTwice(clash);
    expect(first).toContain('2023-03-12-02-UBND.eml');
  });

  it('lets exactly one of two runs at once send', async () => {
    const c = await caseWith(workbookWithLog(exampleWithErrors('UBND', 'HDND'), []));
    const before = readFileSync(c.book);
    const [a, b] = await Promise.all([
      run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY]),
      run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY]),
    ]);
    expect(mails(c.outbox)).toEqual(['2023-03-12-01-HDND.eml', '2023-03-12-02-UBND.eml']);
    expect(loggedSent(c.outbox).sort()).toEqual(['HDND', 'UBND']);
    const loser = [a, b].find((r) => r.code !== 0 || !r.out.includes('Đã ghi 2 tệp'));
    expect(loser).toBeDefined();
    expect(loser!.out + loser!.err).toMatch(/đang được một lần chạy khác dùng|không có đơn vị nào cần nhắc/);
    expect(readFileSync(c.book).equals(before)).toBe(true);
  });

  it('also locks the outbox: two workbooks mailing into one folder do not both log at once', async () => {
    const c = await caseWith(workbookWithLog(exampleWithErrors('UBND'), []));
    writeFileSync(join(c.dir, 'copy.xlsx'), readFileSync(c.book));
    const results = await Promise.all([
      run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY]),
      run(c.dir, ['remind', 'copy.xlsx', '--outbox', 'thu', ...TODAY]),
    ]);
    expect(mails(c.outbox)).toHaveLength(1);
    expect(loggedSent(c.outbox)).toEqual(['UBND']);
    expect(results.filter((r) => r.out.includes('Đã ghi 1 tệp .eml'))).toHaveLength(1);
  });

  it('takes over a lock left by a process that died', async () => {
    const c = await caseWith(workbookWithLog(exampleWithErrors('UBND'), []));
    const lock = join(c.dir, 'thu', '.baocao-remind.lock');
    mkdirSync(join(c.dir, 'thu'));
    writeFileSync(lock, JSON.stringify({ pid: 999_999, host: hostname(), startedAt: '2023-03-12T00:00:00Z' }));
    const result = await run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY], { lockOptions: { isAlive: (pid) => pid !== 999_999 } });
    expect(result.code).toBe(0);
    expect(mails(c.outbox)).toHaveLength(1);
    expect(existsSync(lock)).toBe(false);
  });

  it('says who holds the lock when another run is going on', async () => {
    const c = await caseWith(workbookWithLog(exampleWithErrors('UBND'), []));
    mkdirSync(c.outbox);
    writeFileSync(join(c.outbox, '.baocao-remind.lock'), JSON.stringify({ pid: 4242, host: hostname(), startedAt: '2023-03-12T01:00:00.000Z' }));
    const result = await run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY], { lockOptions: { isAlive: () => true } });
    expect(result.code).toBe(2);
    expect(result.err).toContain('Thư mục thư "thu" đang được một lần chạy khác dùng (tiến trình 4242');
    expect(result.err).toContain('xóa tệp "thu/.baocao-remind.lock"');
    expect(mails(c.outbox)).toEqual([]);
  });

  it('writes no mail when the log cannot be written, and mails on the next run', async () => {
    const c = await caseWith(workbookWithLog(exampleWithErrors('UBND'), []));
    const fs = faultyFileSystem([{ op: 'createExclusive', path: (p) => p.includes(`.${REMINDER_LOG_FILE}.`), code: 'ENOSPC' }]);
    const failed = await run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY], { fs });
    expect(failed.code).toBe(2);
    expect(failed.err).toContain('Vì không ghi được nhật ký nên không thư nào được ghi');
    expect(failed.err).not.toMatch(ENGLISH_SYSTEM_TEXT);
    expect(readdirSync(c.outbox).filter((f) => !f.startsWith('.baocao-remind'))).toEqual([]);
    await remindTwice(c);
    expect(mails(c.outbox)).toEqual(['2023-03-12-01-UBND.eml']);
  });

  it('finishes the mails of a run cut short after logging, and does not mail them again', async () => {
    const c = await caseWith(workbookWithLog(exampleWithErrors('UBND', 'HDND'), []));
    // The second mail's final rename fails, as a crash just after logging would leave it.
    const fs = faultyFileSystem([{ op: 'rename', path: (p) => p.endsWith('UBND.eml.baocao-pending'), code: 'EIO' }]);
    const cut = await run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY], { fs });
    expect(cut.code).toBe(2);
    expect(mails(c.outbox)).toEqual(['2023-03-12-01-HDND.eml']);
    expect(loggedSent(c.outbox).sort()).toEqual(['HDND', 'UBND']);
    const next = await run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY]);
    expect(next.out).toContain('Đã hoàn tất thư thu/2023-03-12-02-UBND.eml của lần chạy trước');
    expect(next.out).toContain('không có đơn vị nào cần nhắc');
    expect(mails(c.outbox)).toEqual(['2023-03-12-01-HDND.eml', '2023-03-12-02-UBND.eml']);
    expect(readdirSync(c.outbox).some((f) => f.endsWith('.baocao-pending'))).toBe(false);
  });

  it('numbers a later run’s mails after the ones already in the outbox', async () => {
    const c = await caseWith(workbookWithLog(exampleWithErrors('UBND'), []));
    await run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY]);
    writeFileSync(c.book, await workbookWithLog(exampleWithErrors('UBND', 'HDND'), []));
    await run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY]);
    expect(mails(c.outbox)).toEqual(['2023-03-12-01-UBND.eml', '2023-03-12-02-HDND.eml']);
  });

  it('keeps the log readable in a spreadsheet: UTF-8 with a byte-order mark, the log tab’s columns, Vietnamese values', async () => {
    const c = await caseWith(workbookWithLog(exampleWithErrors('UBND'), []));
    await run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', ...TODAY]);
    const text = readFileSync(join(c.outbox, REMINDER_LOG_FILE), 'utf8');
    expect(text.startsWith('\uFEFFThời gian,Mã đơn vị,Đơn vị,Người nhận,Lý do,Kết quả,Ghi chú\r\n')).toBe(true);
    const [, row] = parseCsv(text);
    expect(row?.slice(0, 6)).toEqual(['2023-03-12 08:30', 'UBND', UBND, 'ubnd@example.org', 'Còn lỗi', 'Đã gửi']);
  });

  it('lists at most MAX_LISTED mails and says how many more', async () => {
    const data: WorkbookData = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => ({ ...u, submittedAt: null, submittedBy: null })) };
    const c = await caseWith(workbookWithLog(data, []));
    const result = await run(c.dir, ['remind', 'bc.xlsx', '--outbox', 'thu', '--today', '2023-03-11']);
    const listed = result.out.split('\n').filter((l) => l.includes('  Quá hạn  →'));
    expect(listed).toHaveLength(MAX_LISTED);
    expect(result.out).toContain(`  … và ${CHU_PUH_2023.units.length - MAX_LISTED} thư nữa; danh sách đủ ở thu/${REMINDER_LOG_FILE}.`);
    expect(mails(c.outbox)).toHaveLength(CHU_PUH_2023.units.length);
  });

  it('describes a run of thousands of mails in a few lines', () => {
    const mail = (i: number) => ({ unitId: `DV${i}`, unitName: `Đơn vị ${i}`, reason: 'overdue' as const, message: { to: [`dv${i}@example.org`], cc: [], subject: 'Nhắc', text: '', html: '' } });
    const run = { plan: { today: '2023-03-12', reminders: [], digest: null, findings: [] }, mails: Array.from({ length: 5000 }, (_, i) => mail(i)), attempts: [], stoppedForQuota: false, findings: [] };
    const lines = describeRun(run, true, 'thu/nhat-ky-nhac-viec.csv');
    expect(lines).toHaveLength(MAX_LISTED + 2);
    expect(lines.at(-1)).toBe('  … và 4980 thư nữa.');
  });
});
