/**
 * Paths resolve like every command-line tool's: an absolute path is used as is and a relative
 * one from the folder the command was typed in, in every command, and messages show the path
 * as it was typed. (Before, `join(cwd, file)` turned /home/x/bc.xlsx into ./home/x/bc.xlsx.)
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run, workspace } from './run';

describe('paths on the command line', () => {
  it('init, validate, status, report, remind and demo all accept absolute paths, whatever the current folder', async () => {
    const root = workspace();
    const elsewhere = join(root, 'somewhere', 'else');
    mkdirSync(elsewhere, { recursive: true });
    const book = join(root, 'data', 'bc.xlsx');

    const init = await run(elsewhere, ['init', '--example', '-o', book]);
    expect(init.code).toBe(0);
    expect(init.out).toBe(`Đã tạo ${book} (ví dụ Báo cáo 350-BC/HU).`);
    expect(existsSync(book)).toBe(true);
    expect(readdirSync(elsewhere)).toEqual([]);

    const validate = await run(elsewhere, ['validate', book]);
    expect(validate.code).toBe(0);
    expect(validate.out).toContain(`Kiểm tra ${book}: 0 lỗi, 2 cảnh báo.`);
    expect(JSON.parse((await run(elsewhere, ['status', book, '--json'])).out)).toMatchObject({ file: book, expected: 21 });

    const report = join(root, 'out', 'bc.docx');
    expect((await run(elsewhere, ['report', book, '-o', report])).out).toContain(`Đã tạo ${report}:`);
    expect(existsSync(report)).toBe(true);

    const outbox = join(root, 'thu');
    const remind = await run(elsewhere, ['remind', book, '--outbox', outbox, '--today', '2023-03-12']);
    expect(remind.code).toBe(0);
    expect(existsSync(outbox)).toBe(true);

    const demoDir = join(root, 'demo');
    const demo = await run(elsewhere, ['demo', '--out', demoDir]);
    expect(demo.code).toBe(0);
    expect(demo.out).toContain(`Đã tạo ${join(demoDir, 'workbook.xlsx')}`);
    expect(existsSync(join(demoDir, 'report.docx'))).toBe(true);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('resolves relative paths from the current folder, including ../, and shows them as typed', async () => {
    const root = workspace();
    const here = join(root, 'a', 'b');
    mkdirSync(here, { recursive: true });
    expect((await run(here, ['init', '--example', '-o', '../bc.xlsx'])).out).toBe('Đã tạo ../bc.xlsx (ví dụ Báo cáo 350-BC/HU).');
    expect(existsSync(join(root, 'a', 'bc.xlsx'))).toBe(true);
    expect((await run(here, ['validate', '../bc.xlsx'])).out).toContain('Kiểm tra ../bc.xlsx: 0 lỗi, 2 cảnh báo.');
    expect((await run(here, ['report', '../bc.xlsx', '-o', 'r/bc.md'])).out).toContain('Đã tạo r/bc.md:');
    expect(existsSync(join(here, 'r', 'bc.md'))).toBe(true);
    await run(here, ['remind', '../bc.xlsx', '--outbox', '../../thu', '--today', '2023-03-12']);
    expect(existsSync(join(root, 'thu'))).toBe(true);
    const demo = await run(here, ['demo', '--out', '../kq']);
    expect(demo.out).toContain('Đã tạo ../kq/workbook.xlsx');
    expect(existsSync(join(root, 'a', 'kq', 'report.md'))).toBe(true);
  });

  it('names a missing file as typed, absolute or relative', async () => {
    const root = workspace();
    const missing = join(root, 'khong-co.xlsx');
    const absolute = await run(root, ['validate', missing]);
    expect(absolute.code).toBe(2);
    expect(absolute.err).toBe(`Không tìm thấy tệp "${missing}". Hãy kiểm tra lại tên và thư mục.`);
    const typed = relative(join(root, 'x'), missing);
    mkdirSync(join(root, 'x'));
    expect((await run(join(root, 'x'), ['validate', typed])).err).toContain(`"${typed}"`);
  });
});
