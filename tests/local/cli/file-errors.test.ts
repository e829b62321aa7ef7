/**
 * Whatever the disk says, the person reads one Vietnamese sentence naming the path as they
 * typed it, exit code 2, no stack trace and no English system text; nothing half-written is
 * left behind. Tests run as root, which no permission stops (capabilities(7)), so EACCES, EPERM,
 * EROFS, ENOSPC and EMFILE are injected by a FileSystem wrapper (./../files/faulty-fs.ts) at
 * the call the real error would come from; ENOTDIR, EISDIR and a file given as the outbox are
 * real. tests/local/cli/e2e.test.ts also runs the built program as an unprivileged user
 * against a chmod-000 file, for a real EACCES.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { faultyFileSystem, type Fault } from '../files/faulty-fs';
import { ENGLISH_SYSTEM_TEXT, run, workspace, type Run } from './run';

async function exampleIn(dir: string): Promise<void> {
  expect((await run(dir, ['init', '--example', '-o', 'bc.xlsx'])).code).toBe(0);
}

function expectVietnameseFailure(result: Run, ...phrases: string[]): void {
  expect(result.code).toBe(2);
  for (const phrase of phrases) expect(result.err).toContain(phrase);
  expect(result.err).not.toMatch(ENGLISH_SYSTEM_TEXT);
  expect(result.out).not.toMatch(ENGLISH_SYSTEM_TEXT);
}

describe('file errors on the command line', () => {
  it('says the input cannot be read when it is unreadable (chmod 000), in every command that reads it', async () => {
    const dir = workspace();
    await exampleIn(dir);
    const fs = faultyFileSystem([{ op: 'readFile', path: join(dir, 'bc.xlsx'), code: 'EACCES' }]);
    for (const args of [['validate', 'bc.xlsx'], ['status', 'bc.xlsx', '--json'], ['report', 'bc.xlsx', '-o', 'r.docx'], ['remind', 'bc.xlsx', '--outbox', 'thu']]) {
      const result = await run(dir, args, { fs });
      expectVietnameseFailure(result, 'Không có quyền đọc "bc.xlsx"');
    }
    expect(existsSync(join(dir, 'r.docx'))).toBe(false);
    expect(existsSync(join(dir, 'thu'))).toBe(false);
  });

  const writeFaults: ReadonlyArray<readonly [string, Fault['op'], string]> = [
    ['EACCES', 'createExclusive', 'Không có quyền ghi "out/r.docx"'],
    ['EPERM', 'createExclusive', 'Không có quyền ghi "out/r.docx"'],
    ['EROFS', 'createExclusive', 'ổ đĩa này chỉ cho đọc'],
    ['ENOSPC', 'createExclusive', 'Ổ đĩa đã đầy'],
    ['EMFILE', 'createExclusive', 'Máy đang mở quá nhiều tệp'],
    ['EIO', 'rename', 'Ổ đĩa báo lỗi đọc/ghi'],
  ];
  it.each(writeFaults)('explains %s while writing a report, and leaves no file', async (code, op, phrase) => {
    const dir = workspace();
    await exampleIn(dir);
    mkdirSync(join(dir, 'out'));
    const fs = faultyFileSystem([{ op, path: join(dir, 'out'), code }]);
    const result = await run(dir, ['report', 'bc.xlsx', '-o', 'out/r.docx'], { fs });
    expectVietnameseFailure(result, phrase, '"out/r.docx"');
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('explains a read-only folder for init and demo, and a folder that cannot be created', async () => {
    const dir = workspace();
    const readOnly = faultyFileSystem([{ op: 'createExclusive', path: join(dir, 'ro'), code: 'EACCES' }]);
    mkdirSync(join(dir, 'ro'));
    expectVietnameseFailure(await run(dir, ['init', '-o', 'ro/bc.xlsx'], { fs: readOnly }), 'Không có quyền ghi "ro/bc.xlsx"');
    expectVietnameseFailure(await run(dir, ['demo', '--out', 'ro'], { fs: readOnly }), 'Không có quyền ghi "ro/workbook.xlsx"');
    const noFolder = faultyFileSystem([{ op: 'mkdirp', path: join(dir, 'moi'), code: 'EROFS' }]);
    expectVietnameseFailure(await run(dir, ['init', '-o', 'moi/bc.xlsx'], { fs: noFolder }), 'Không tạo thư mục được "moi": ổ đĩa này chỉ cho đọc.');
  });

  it('refuses a folder as the report and a file as the outbox', async () => {
    const dir = workspace();
    await exampleIn(dir);
    mkdirSync(join(dir, 'bao-cao'));
    expectVietnameseFailure(await run(dir, ['report', 'bc.xlsx', '-o', 'bao-cao']), '"bao-cao" là một thư mục, không phải tệp. Hãy ghi cả tên tệp, ví dụ "bao-cao/bao-cao.docx".');
    writeFileSync(join(dir, 'thu.txt'), 'không phải thư mục');
    expectVietnameseFailure(await run(dir, ['remind', 'bc.xlsx', '--outbox', 'thu.txt', '--today', '2023-03-12']), '"thu.txt" là một tệp, không phải thư mục.');
    expectVietnameseFailure(await run(dir, ['remind', 'bc.xlsx', '--outbox', 'thu.txt', '--dry-run']), '"thu.txt" là một tệp');
  });

  it('explains a path through a file (ENOTDIR) and a folder given as the workbook (EISDIR)', async () => {
    const dir = workspace();
    await exampleIn(dir);
    expectVietnameseFailure(await run(dir, ['report', 'bc.xlsx', '-o', 'bc.xlsx/r.docx']), 'một phần của đường dẫn là tệp, không phải thư mục');
    mkdirSync(join(dir, 'folder.xlsx'));
    expectVietnameseFailure(await run(dir, ['validate', 'folder.xlsx']), '"folder.xlsx" là một thư mục, không phải tệp.');
    expectVietnameseFailure(await run(dir, ['validate', 'bc.xlsx/x.xlsx']), '"bc.xlsx/x.xlsx"');
  });

  it('explains EMFILE and EIO while reading', async () => {
    const dir = workspace();
    await exampleIn(dir);
    for (const [code, phrase] of [['EMFILE', 'Máy đang mở quá nhiều tệp nên không đọc được "bc.xlsx"'], ['EIO', 'Ổ đĩa báo lỗi đọc/ghi khi đọc "bc.xlsx"']] as const) {
      const fs = faultyFileSystem([{ op: 'readFile', path: join(dir, 'bc.xlsx'), code }]);
      expectVietnameseFailure(await run(dir, ['validate', 'bc.xlsx'], { fs }), phrase);
    }
  });

  it('turns an unexpected failure into a Vietnamese sentence without the technical text', async () => {
    const dir = workspace();
    await exampleIn(dir);
    const fs = faultyFileSystem([]);
    const broken = { ...fs, readFile: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')")) };
    const result = await run(dir, ['validate', 'bc.xlsx'], { fs: broken });
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'Lỗi không mong đợi: baocao dừng lại; tệp đang ghi dở (nếu có) không bị thay. Hãy báo lỗi kèm lệnh đã chạy; đặt biến môi trường BAOCAO_DEBUG=1 để xem chi tiết kỹ thuật.',
    );
  });
});
