/**
 * Output files are written without ever damaging one: never onto an input (also through a
 * symbolic or a hard link), replaced only with --force and only when of the same kind, through
 * a temporary file and a rename (a failure leaves the old file and no litter), with the
 * permissions a person expects, and through a symbolic link rather than over it.
 */
import { chmodSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { FileError } from '../../../src/local/files/errors';
import { isUntouchedBaocaoWorkbook, OUTPUT_KINDS } from '../../../src/local/files/output-kinds';
import { userPath } from '../../../src/local/files/paths';
import { writeOutput } from '../../../src/local/files/safe-write';
import { nodeFileSystem } from '../../../src/local/files/file-system';
import { writeXlsx } from '../../../src/local/xlsx';
import { faultyFileSystem } from './faulty-fs';

function folder(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'baocao-write-')));
}

async function failure(promise: Promise<unknown>): Promise<FileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
  throw new Error('expected a FileError');
}

const markdown = (dir: string, name: string, force = false, inputs: string[] = []) => ({
  target: userPath(dir, name),
  bytes: '# Báo cáo\n',
  kind: OUTPUT_KINDS.markdown,
  force,
  inputs: inputs.map((i) => userPath(dir, i)),
});

async function baocaoWorkbook(): Promise<Buffer> {
  return writeXlsx([{ name: 'Thiết lập', role: 'config', rows: [['a']], columnWidths: [], frozenRows: 0, rowStyles: [], inputRanges: [], choices: [], notes: [], formats: [], wrapColumns: [] }]);
}

/** The same workbook after "someone else" saved it: cp:lastModifiedBy names them. */
async function savedByClerk(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const core = await zip.file('docProps/core.xml')!.async('string');
  zip.file('docProps/core.xml', core.replace('<cp:lastModifiedBy>baocao</cp:lastModifiedBy>', '<cp:lastModifiedBy>Nguyễn Thị Thư Ký</cp:lastModifiedBy>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('writing an output file', () => {
  it('gives a new file the permissions of the umask, and a replaced file keeps its own', async () => {
    const dir = folder();
    const previous = process.umask(0o027);
    try {
      await writeOutput(nodeFileSystem, markdown(dir, 'new.md'));
      expect(statSync(join(dir, 'new.md')).mode & 0o777).toBe(0o640);
      writeFileSync(join(dir, 'private.md'), 'cũ');
      chmodSync(join(dir, 'private.md'), 0o600);
      await writeOutput(nodeFileSystem, markdown(dir, 'private.md', true));
      expect(statSync(join(dir, 'private.md')).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(dir, 'private.md'), 'utf8')).toBe('# Báo cáo\n');
    } finally {
      process.umask(previous);
    }
  });

  it('writes through a symbolic link, which stays a link', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.md'), 'cũ');
    symlinkSync('real.md', join(dir, 'link.md'));
    const result = await writeOutput(nodeFileSystem, markdown(dir, 'link.md', true));
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('# Báo cáo\n');
    expect(result).toEqual({ written: join(dir, 'real.md'), replaced: true });
  });

  it('never writes onto an input, through a symbolic or a hard link, even with --force', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'notes.md'), 'đầu vào');
    symlinkSync('notes.md', join(dir, 'soft.md'));
    linkSync(join(dir, 'notes.md'), join(dir, 'hard.md'));
    for (const name of ['notes.md', 'soft.md', 'hard.md']) {
      const error = await failure(writeOutput(nodeFileSystem, markdown(dir, name, true, ['notes.md'])));
      expect(error.code).toBe('IS_INPUT');
      expect(error.message).toBe(`"${name}" chính là tệp đầu vào "notes.md". Không ghi đè tệp đầu vào, kể cả khi có --force; hãy chọn tên khác.`);
    }
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('đầu vào');
  });

  it('replaces an existing file only with --force, and only one of the kind it writes', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'old.md'), 'bản cũ');
    expect((await failure(writeOutput(nodeFileSystem, markdown(dir, 'old.md')))).code).toBe('EXISTS');
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    expect((await failure(writeOutput(nodeFileSystem, markdown(dir, 'image.md', true)))).code).toBe('NOT_OURS');
    writeFileSync(join(dir, 'workbook.docx'), await baocaoWorkbook());
    const docx = { ...markdown(dir, 'workbook.docx', true), kind: OUTPUT_KINDS.docx };
    const refused = await failure(writeOutput(nodeFileSystem, docx));
    expect(refused.message).toBe('Không ghi đè "workbook.docx", kể cả khi có --force: tệp này không phải văn bản Word (.docx). Hãy chọn tên khác.');
    expect((await writeOutput(nodeFileSystem, markdown(dir, 'old.md', true))).replaced).toBe(true);
  });

  it('lets init replace only a workbook baocao made that no one has saved since', async () => {
    const fresh = await baocaoWorkbook();
    expect(isUntouchedBaocaoWorkbook(fresh)).toBe(true);
    expect(isUntouchedBaocaoWorkbook(await savedByClerk(fresh))).toBe(false);
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    expect(isUntouchedBaocaoWorkbook(await zip.generateAsync({ type: 'nodebuffer' }))).toBe(false);
    expect(isUntouchedBaocaoWorkbook(Buffer.from('Mã,Tên\n'))).toBe(false);
  });

  it('refuses a folder, naming a file to write instead, and a name with the wrong ending', async () => {
    const dir = folder();
    const error = await failure(writeOutput(nodeFileSystem, { ...markdown(dir, '.'), target: userPath(dir, dir) }));
    expect(error.message).toBe(`"${dir}" là một thư mục, không phải tệp. Hãy ghi cả tên tệp, ví dụ "${join(dir, 'bao-cao.md')}".`);
    expect((await failure(writeOutput(nodeFileSystem, markdown(dir, 'r.txt')))).message).toBe('Tên tệp "r.txt" phải có đuôi .md hoặc .markdown (văn bản Markdown).');
  });

  it('leaves the old file whole and no temporary file when the disk fills up or the rename fails', async () => {
    for (const fault of [{ op: 'createExclusive', code: 'ENOSPC' }, { op: 'rename', code: 'EIO' }] as const) {
      const dir = folder();
      writeFileSync(join(dir, 'r.md'), 'bản cũ');
      const fs = faultyFileSystem([{ op: fault.op, path: dir, code: fault.code }]);
      const error = await failure(writeOutput(fs, markdown(dir, 'r.md', true)));
      expect(error.code).toBe(fault.code);
      expect(error.message).toContain('"r.md"');
      expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe('bản cũ');
      expect(readdirSync(dir)).toEqual(['r.md']);
    }
  });
});
