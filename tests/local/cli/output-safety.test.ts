/**
 * No command writes onto its input or onto a file of another kind, even with --force (before,
 * `report -o bc.xlsx` overwrote the workbook and `report -o r.txt` wrote .docx bytes into r.txt).
 */
import { linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { run, workspace } from './run';

async function example(): Promise<{ dir: string; bytes: Buffer }> {
  const dir = workspace();
  await run(dir, ['init', '--example', '-o', 'bc.xlsx']);
  return { dir, bytes: readFileSync(join(dir, 'bc.xlsx')) };
}

describe('outputs that would damage a file', () => {
  it('refuses the workbook itself as the report, by name, through a symbolic link and through a hard link, even with --force', async () => {
    const { dir, bytes } = await example();
    symlinkSync('bc.xlsx', join(dir, 'lien-ket.docx'));
    linkSync(join(dir, 'bc.xlsx'), join(dir, 'cung-tep.md'));
    for (const output of ['bc.xlsx', join(dir, 'bc.xlsx'), 'lien-ket.docx', 'cung-tep.md']) {
      const result = await run(dir, ['report', 'bc.xlsx', '-o', output, '--force']);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`"${output}" chính là tệp đầu vào "bc.xlsx". Không ghi đè tệp đầu vào, kể cả khi có --force; hãy chọn tên khác.`);
    }
    expect(readFileSync(join(dir, 'bc.xlsx')).equals(bytes)).toBe(true);
  });

  it('refuses a name whose ending is not the report’s, and a --format that disagrees with it', async () => {
    const { dir } = await example();
    const txt = await run(dir, ['report', 'bc.xlsx', '-o', 'r.txt']);
    expect(txt.code).toBe(2);
    expect(txt.err).toBe(
      'Không ghi báo cáo ra "r.txt": đuôi ".txt" không dùng được. Báo cáo ghi ra được: .docx (văn bản Word), .md hoặc .markdown (văn bản Markdown); ví dụ "-o bao-cao.docx".',
    );
    expect((await run(dir, ['report', 'bc.xlsx', '-o', 'r.docx', '--format', 'md'])).err).toBe(
      '--format md không khớp với đuôi tệp ".docx". Hãy bỏ --format, hoặc đặt tên tệp đuôi .md.',
    );
    expect((await run(dir, ['report', 'bc.xlsx', '-o', 'R.MD', '--format', 'md'])).code).toBe(0);
    expect((await run(dir, ['init', '-o', 'bc.csv'])).err).toBe('Tên tệp "bc.csv" phải có đuôi .xlsx (bảng tính Excel).');
  });

  it('lets --force replace only a file of the report’s kind', async () => {
    const { dir, bytes } = await example();
    writeFileSync(join(dir, 'copy.docx'), bytes);
    const refused = await run(dir, ['report', 'bc.xlsx', '-o', 'copy.docx', '--force']);
    expect(refused.err).toBe('Không ghi đè "copy.docx", kể cả khi có --force: tệp này không phải văn bản Word (.docx). Hãy chọn tên khác.');
    expect(readFileSync(join(dir, 'copy.docx')).equals(bytes)).toBe(true);
    await run(dir, ['report', 'bc.xlsx', '-o', 'bc.docx']);
    expect((await run(dir, ['report', 'bc.xlsx', '-o', 'bc.docx', '--force'])).code).toBe(0);
    writeFileSync(join(dir, 'notes.md'), '# Ghi chú của tôi\n');
    expect((await run(dir, ['report', 'bc.xlsx', '-o', 'notes.md', '--force'])).code).toBe(0);
    expect((await run(dir, ['report', 'bc.xlsx', '-o', 'bc.md', '--force'])).code).toBe(0);
    writeFileSync(join(dir, 'anh.md'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    expect((await run(dir, ['report', 'bc.xlsx', '-o', 'anh.md', '--force'])).err).toContain('Không ghi đè "anh.md"');
  });

  it('lets `init --force` replace a workbook init made, never one a clerk has saved', async () => {
    const { dir, bytes } = await example();
    expect((await run(dir, ['init', '-o', 'bc.xlsx'])).err).toBe('Đã có tệp "bc.xlsx". Không ghi đè để khỏi mất dữ liệu; hãy chọn tên khác, hoặc thêm --force nếu muốn thay tệp đó.');
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')!.async('string');
    zip.file('docProps/core.xml', core.replace('<cp:lastModifiedBy>baocao</cp:lastModifiedBy>', '<cp:lastModifiedBy>Thư ký</cp:lastModifiedBy>'));
    const saved = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    writeFileSync(join(dir, 'dang-dung.xlsx'), saved);
    const refused = await run(dir, ['init', '--blank', '-o', 'dang-dung.xlsx', '--force']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Không ghi đè "dang-dung.xlsx", kể cả khi có --force: đây không phải bảng tính baocao vừa tạo mà chưa ai sửa');
    expect(readFileSync(join(dir, 'dang-dung.xlsx')).equals(saved)).toBe(true);
    expect((await run(dir, ['init', '--blank', '-o', 'bc.xlsx', '--force'])).code).toBe(0);
  });
});
