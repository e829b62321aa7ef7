/**
 * `baocao demo` never silently overwrites what the person edited in its folder (the README
 * invites them to edit out/demo/workbook.xlsx): an edited file is kept, the demo says so and how
 * to regenerate (--force), and goes on with the edited workbook. An unedited folder is simply
 * regenerated. It also shows a reminder, with a command the person can run themselves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { run, workspace } from './run';

const DEMO = join('out', 'demo');

/** What Excel does on save, in small: the workbook's bytes change, here its last editor. */
async function editInExcel(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const core = await zip.file('docProps/core.xml')!.async('string');
  zip.file('docProps/core.xml', core.replace('<cp:lastModifiedBy>baocao</cp:lastModifiedBy>', '<cp:lastModifiedBy>Thư ký</cp:lastModifiedBy>'));
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

describe('baocao demo', () => {
  it('reruns on an unedited folder, writing every file again', async () => {
    const dir = workspace();
    expect((await run(dir, ['demo'])).code).toBe(0);
    const again = await run(dir, ['demo']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Đã tạo out/demo/workbook.xlsx (ví dụ Báo cáo 350-BC/HU, Huyện ủy Chư Pưh).');
    expect(again.out).toContain('Đã tạo out/demo/report.docx và report.md: 14 chú thích.');
    expect(again.out).not.toContain('Giữ nguyên');
  });

  it('keeps an edited workbook, says so and how to regenerate, and works on the edited one', async () => {
    const dir = workspace();
    await run(dir, ['demo']);
    const workbook = join(dir, DEMO, 'workbook.xlsx');
    await editInExcel(workbook);
    const edited = readFileSync(workbook);
    const again = await run(dir, ['demo']);
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      'Giữ nguyên out/demo/workbook.xlsx vì tệp đã được sửa sau lần chạy demo trước; demo dùng bản đã sửa này. Để tạo lại từ ví dụ (mất các chỗ đã sửa): baocao demo --force',
    );
    expect(readFileSync(workbook).equals(edited)).toBe(true);
    // Kept again on the next run: the record still holds what the demo wrote, not the edit.
    expect((await run(dir, ['demo'])).out).toContain('Giữ nguyên out/demo/workbook.xlsx');
    const forced = await run(dir, ['demo', '--force']);
    expect(forced.out).toContain('Đã tạo out/demo/workbook.xlsx');
    expect(readFileSync(workbook).equals(edited)).toBe(false);
    expect((await run(dir, ['demo'])).out).not.toContain('Giữ nguyên');
  });

  it('keeps an edited report and a file it did not write, naming them', async () => {
    const dir = workspace();
    await run(dir, ['demo']);
    writeFileSync(join(dir, DEMO, 'report.md'), '# Bản tôi đã sửa\n');
    const again = await run(dir, ['demo']);
    expect(again.out).toContain('Giữ nguyên out/demo/report.md vì đã được sửa sau lần chạy demo trước (--force để tạo lại).');
    expect(readFileSync(join(dir, DEMO, 'report.md'), 'utf8')).toBe('# Bản tôi đã sửa\n');
    const fresh = workspace();
    writeFileSync(join(fresh, 'workbook.xlsx'), 'không phải do demo tạo');
    const foreign = await run(fresh, ['demo', '--out', '.']);
    expect(foreign.out).toContain('Giữ nguyên ./workbook.xlsx');
    expect(readFileSync(join(fresh, 'workbook.xlsx'), 'utf8')).toBe('không phải do demo tạo');
  });

  it('shows the reminder a unit that has not submitted would get, and a command that lists it', async () => {
    const dir = workspace();
    const result = await run(dir, ['demo']);
    expect(result.out).toContain('Đã tạo out/demo/chua-nop.xlsx: cùng ví dụ nhưng Ủy ban nhân dân huyện chưa nộp. Ngày 2023-03-09 (trước hạn 1 ngày) đơn vị này sẽ nhận:');
    expect(result.out).toContain('  Gửi: ubnd@example.org');
    expect(result.out).toContain('  Tiêu đề: [Nhắc việc] Báo cáo số 350-BC/HU - Ủy ban nhân dân huyện: còn 1 ngày đến hạn');
    expect(result.out).toContain('  │ Kính gửi: Ủy ban nhân dân huyện,');
    const command = result.out.split('\n').find((l) => l.startsWith('  baocao remind '))!;
    expect(command).toBe('  baocao remind out/demo/chua-nop.xlsx --outbox out/demo/thu --today 2023-03-09 --dry-run');
    const listed = await run(dir, command.trim().split(' ').slice(1));
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('UBND  Sắp đến hạn  → ubnd@example.org');
  });

  it('prints commands as npm runs them when started by `npm run demo`', async () => {
    const dir = workspace();
    await run(dir, ['demo']);
    await editInExcel(join(dir, DEMO, 'workbook.xlsx'));
    const result = await run(dir, ['demo'], { invokedAs: 'npm run baocao --' });
    expect(result.out).toContain('(mất các chỗ đã sửa): npm run baocao -- demo --force');
    expect(result.out).toContain('  npm run baocao -- remind out/demo/chua-nop.xlsx');
  });
});
