/**
 * Reading the sources a units tab names, offline, with real files in a temporary folder and
 * the main-thread pool (the threads have their own tests): where paths are resolved from, that
 * each file is read once, and that every way a source can be unreadable becomes that source's
 * failure, in Vietnamese, while the others are read. The child reader is the core's, counted:
 * what a summary holds is the core's business (tests/domain/rollup).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS_TAB, UNITS_TAB } from '../../../src/domain/contract/tabs';
import type { SourceContent } from '../../../src/domain/rollup/sources';
import { readChild } from '../../../src/domain/rollup/summarize';
import { communeWorkbook, writeWard } from '../../../scripts/synthetic-rollup';
import { planWorkbookFromData } from '../../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { nodeFileSystem, type FileSystem } from '../../../src/local/files/file-system';
import { userPath } from '../../../src/local/files/paths';
import { mainThreadPool } from '../../../src/local/rollup/pool';
import { readSources, type NeededSource, type ReadSourcesOptions } from '../../../src/local/rollup/read-sources';
import { readXlsx, writeNewXlsx } from '../../../src/local/xlsx';
import { ENGLISH_SYSTEM_TEXT, workspace } from '../cli/run';
import { faultyFileSystem } from '../files/faulty-fs';

const EXAMPLE_PLANS = planWorkbookFromData(CHU_PUH_2023);
const EXAMPLE_XLSX = writeNewXlsx(EXAMPLE_PLANS);

function child(unitId: string, source: string): NeededSource {
  return { unitId, source, key: source.trim().replace(/\\/g, '/'), kind: 'child' };
}

/** The core's child reader, recording how many tabs each workbook it was given has. */
function countingReader(): { read: typeof readChild; calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    read: (raw, readAt, sources) => {
      calls.push(raw.tabs.length);
      return readChild(raw, readAt, sources);
    },
  };
}

async function read(dir: string, needed: NeededSource[], extra: Partial<ReadSourcesOptions> = {}) {
  const counter = countingReader();
  const progress: Array<[number, number]> = [];
  const result = await readSources({
    fs: nodeFileSystem,
    parent: userPath(dir, 'tinh.xlsx'),
    needed,
    tabOf: () => null,
    pool: mainThreadPool(counter.read),
    readAt: '2026-04-02T08:00',
    onProgress: (done, total) => progress.push([done, total]),
    ...extra,
  });
  return { ...result, calls: counter.calls, progress };
}

function detail(content: SourceContent | undefined): string {
  if (content?.kind !== 'failed') throw new Error(`expected a failure, got ${content?.kind}`);
  return content.failure.detail;
}

describe('reading the sources a units tab names', () => {
  let dir: string;
  beforeEach(() => {
    dir = workspace('baocao-sources-');
    writeFileSync(join(dir, 'tinh.xlsx'), EXAMPLE_XLSX);
    mkdirSync(join(dir, 'xa'));
    writeFileSync(join(dir, 'xa', 'a.xlsx'), EXAMPLE_XLSX);
    writeFileSync(join(dir, 'xa', 'b.xlsx'), EXAMPLE_XLSX);
  });

  it('resolves a path from the folder of the workbook that names it, not from where the command runs', async () => {
    const result = await read(dir, [child('A', 'xa/a.xlsx')]);
    const content = result.reads.get('xa/a.xlsx');
    expect(content?.kind === 'child' && { body: content.summary.issuingBody, readAt: content.readAt }).toEqual({ body: 'HUYỆN ỦY CHƯ PƯH', readAt: '2026-04-02T08:00' });
    expect(result.calls).toEqual([EXAMPLE_PLANS.length]);
  });

  it('accepts ".." and absolute paths (sources are only read, never written)', async () => {
    mkdirSync(join(dir, 'tinh'));
    writeFileSync(join(dir, 'tinh', 'tinh.xlsx'), EXAMPLE_XLSX);
    const absolute = join(dir, 'xa', 'b.xlsx');
    const result = await read(join(dir, 'tinh'), [child('A', '../xa/a.xlsx'), child('B', absolute)]);
    expect(result.reads.get('../xa/a.xlsx')?.kind).toBe('child');
    expect(result.reads.get(absolute)?.kind).toBe('child');
    expect(result.failed).toBe(0);
  });

  it('reads each file once, however many spellings or links name it', async () => {
    symlinkSync(join(dir, 'xa', 'a.xlsx'), join(dir, 'lien-ket.xlsx'));
    const fs = faultyFileSystem([]);
    const result = await read(dir, [child('A', 'xa/a.xlsx'), child('B', './xa/a.xlsx'), child('C', 'lien-ket.xlsx'), child('D', 'xa\\b.xlsx')], { fs });
    expect(fs.calls['readFile']).toBe(2);
    expect(result.calls).toHaveLength(2);
    expect([...result.reads.keys()]).toEqual(['xa/a.xlsx', './xa/a.xlsx', 'lien-ket.xlsx', 'xa/b.xlsx']);
    expect(result.reads.get('./xa/a.xlsx')).toBe(result.reads.get('xa/a.xlsx'));
    expect(result.files).toBe(2);
  });

  it('makes a missing file the failure of its source, saying where it was looked for, and still reads the others', async () => {
    const result = await read(dir, [child('A', 'xa/a.xlsx'), child('X', 'xa/khong-co.xlsx'), child('B', 'xa/b.xlsx')]);
    expect(result.reads.get('xa/khong-co.xlsx')).toEqual({
      kind: 'failed',
      failure: {
        kind: 'not_found',
        detail: `không tìm thấy tệp (đường dẫn tính từ thư mục của bảng tính ghi nguồn này: ${join(dir, 'xa', 'khong-co.xlsx')}). Hãy kiểm tra tên tệp ở cột Nguồn dữ liệu, hoặc chép tệp vào đúng chỗ.`,
      },
      // When it was tried, for the progress the parent shows.
      readAt: '2026-04-02T08:00',
    });
    expect(result.reads.get('xa/a.xlsx')?.kind).toBe('child');
    expect(result.reads.get('xa/b.xlsx')?.kind).toBe('child');
    expect(result.failed).toBe(1);
  });

  it('says what a file that is no workbook is, in the reader’s words', async () => {
    writeFileSync(join(dir, 'xa', 'bang.xlsx'), 'Mã,Tên\nXA1,Xã 1\n');
    writeFileSync(join(dir, 'xa', 'rong.xlsx'), '');
    const zipped = Buffer.from(EXAMPLE_XLSX);
    writeFileSync(join(dir, 'xa', 'do-dang.xlsx'), zipped.subarray(0, Math.floor(zipped.length / 2)));
    const result = await read(dir, [child('A', 'xa/bang.xlsx'), child('B', 'xa/rong.xlsx'), child('C', 'xa/do-dang.xlsx')]);
    expect(detail(result.reads.get('xa/bang.xlsx'))).toBe('không phải tệp .xlsx (có thể là .csv hoặc .xls đời cũ). Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.');
    expect(detail(result.reads.get('xa/rong.xlsx'))).toBe('tệp rỗng. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.');
    expect(detail(result.reads.get('xa/do-dang.xlsx'))).toBe('tệp bị hỏng hoặc chưa tải về hết. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.');
    expect(result.calls).toHaveLength(0);
  });

  it('refuses as a child a workbook that is not a baocao report, or whose units tab was renamed (the core’s rule)', async () => {
    const unitTabsOnly = EXAMPLE_PLANS.filter((p) => p.role === 'unit');
    writeFileSync(join(dir, 'xa', 'khac.xlsx'), writeNewXlsx(unitTabsOnly));
    const renamed = EXAMPLE_PLANS.map((p) => (p.name === UNITS_TAB.name ? { ...p, name: 'Danh sách đơn vị' } : p));
    writeFileSync(join(dir, 'xa', 'doi-ten.xlsx'), writeNewXlsx(renamed));
    const result = await read(dir, [child('A', 'xa/khac.xlsx'), child('B', 'xa/doi-ten.xlsx')]);
    const notBaocao = result.reads.get('xa/khac.xlsx');
    expect(notBaocao?.kind === 'failed' && notBaocao.failure.kind).toBe('not_baocao');
    expect(detail(notBaocao)).toMatch(/^bảng tính này không phải một báo cáo baocao/);
    const renamedRead = result.reads.get('xa/doi-ten.xlsx');
    expect(renamedRead?.kind === 'failed' && renamedRead.failure.kind).toBe('tabs_missing');
    expect(detail(renamedRead)).toMatch(/^bảng tính thiếu tab "Đơn vị"/);
  });

  it('refuses a folder, a file too large to be a report (without reading it), and the workbook itself', async () => {
    mkdirSync(join(dir, 'xa', 'thu-muc.xlsx'));
    const huge: FileSystem = {
      ...nodeFileSystem,
      stat: async (path) => ({ ...(await nodeFileSystem.stat(path)), ...(path.endsWith('b.xlsx') ? { size: 80 * 1024 * 1024 } : {}) }),
    };
    const fs = faultyFileSystem([], huge);
    const result = await read(dir, [child('A', 'xa/thu-muc.xlsx'), child('B', 'xa/b.xlsx'), child('C', './tinh.xlsx')], { fs });
    expect(detail(result.reads.get('xa/thu-muc.xlsx'))).toBe('đây là một thư mục, không phải tệp. Hãy ghi tên tệp .xlsx ở cột Nguồn dữ liệu.');
    expect(detail(result.reads.get('xa/b.xlsx'))).toBe('tệp lớn quá (80 MB, tối đa 50 MB) nên không đọc. Báo cáo của một đơn vị thường chỉ vài trăm KB: hãy kiểm tra lại tệp.');
    expect(detail(result.reads.get('./tinh.xlsx'))).toBe('đây là chính bảng tính đang tổng hợp. Hãy ghi đường dẫn tới bảng tính của đơn vị.');
    expect(fs.calls['readFile'] ?? 0).toBe(0);
  });

  it('turns what the system says about a file it may not read into Vietnamese, never its English', async () => {
    const fs = faultyFileSystem([{ op: 'readFile', path: 'a.xlsx', code: 'EACCES' }, { op: 'readFile', path: 'b.xlsx', code: 'EIO' }]);
    const result = await read(dir, [child('A', 'xa/a.xlsx'), child('B', 'xa/b.xlsx')], { fs });
    const denied = result.reads.get('xa/a.xlsx');
    expect(denied).toEqual({ kind: 'failed', failure: { kind: 'no_access', detail: 'không có quyền đọc tệp. Hãy xin quyền đọc, hoặc chép tệp sang thư mục của bạn.' }, readAt: '2026-04-02T08:00' });
    expect(detail(result.reads.get('xa/b.xlsx'))).toMatch(/^ổ đĩa báo lỗi đọc\/ghi khi đọc "xa\/b\.xlsx"/);
    for (const content of result.reads.values()) expect(detail(content)).not.toMatch(ENGLISH_SYSTEM_TEXT);
  });

  it('explains that a Google Sheets link is read by the add-in, not by the command line', async () => {
    const link = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEF/edit#gid=0';
    const result = await read(dir, [{ unitId: 'A', source: link, key: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEF', kind: 'child' }]);
    const content = result.reads.get('1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEF');
    expect(content?.kind === 'failed' && content.failure.kind).toBe('not_found');
    expect(detail(content)).toMatch(/^đây là một bảng tính Google Sheets; dòng lệnh chỉ đọc tệp \.xlsx trên máy/);
  });

  it('keeps of a shard only the tabs its units use', async () => {
    const tabOf = (id: string) => (id === 'A' ? 'Xã Ia Hrú' : id === 'B' ? 'xã ia le' : null);
    const result = await read(
      dir,
      [
        { unitId: 'A', source: 'xa/a.xlsx', key: 'xa/a.xlsx', kind: 'shard' },
        { unitId: 'B', source: 'xa/a.xlsx', key: 'xa/a.xlsx', kind: 'shard' },
      ],
      { tabOf },
    );
    const shard = result.reads.get('xa/a.xlsx');
    // Found as the core finds tabs (case, spacing and tone placement ignored), in the shard's order.
    expect(shard?.kind === 'shard' && shard.raw.tabs.map((t) => t.name)).toEqual(['Xã Ia Hrú', 'Xã Ia Le']);
    expect(result.calls).toHaveLength(0);
  });

  it('refuses as a shard a file holding none of its units’ tabs and no baocao tab either', async () => {
    writeFileSync(join(dir, 'xa', 'khac.xlsx'), writeNewXlsx(EXAMPLE_PLANS.filter((p) => p.name === 'Xã Ia Le')));
    const result = await read(dir, [{ unitId: 'A', source: 'xa/khac.xlsx', key: 'xa/khac.xlsx', kind: 'shard' }], { tabOf: () => 'Chi bộ 01' });
    const content = result.reads.get('xa/khac.xlsx');
    expect(content?.kind === 'failed' && content.failure.kind).toBe('not_baocao');
    expect(detail(content)).toContain('không có tab nào của các đơn vị ghi nguồn là tệp này ("Chi bộ 01")');
    // With the template's tabs it is a shard whose tabs are missing: the core reports each one.
    writeFileSync(join(dir, 'xa', 'mau.xlsx'), writeNewXlsx(EXAMPLE_PLANS.filter((p) => p.name === SETTINGS_TAB.name)));
    const template = await read(dir, [{ unitId: 'A', source: 'xa/mau.xlsx', key: 'xa/mau.xlsx', kind: 'shard' }], { tabOf: () => 'Chi bộ 01' });
    expect(template.reads.get('xa/mau.xlsx')).toEqual({ kind: 'shard', raw: { tabs: [] } });
  });

  it('reports progress after each file, up to every file done', async () => {
    const result = await read(dir, [child('A', 'xa/a.xlsx'), child('X', 'xa/khong-co.xlsx'), child('B', 'xa/b.xlsx')]);
    expect(result.progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('reads a child’s own shards from the child’s folder, so its summary is the one the child itself shows', async () => {
    const ward = writeWard(join(dir, 'phuong'));
    const result = await read(dir, [child('P', 'phuong/phuong-chia/phuong.xlsx')]);
    const sharded = result.reads.get('phuong/phuong-chia/phuong.xlsx');
    const single = readChild(await readXlsx(ward.singlePath), null);
    if (sharded?.kind !== 'child' || single.kind !== 'child') throw new Error('both must be read');
    expect(sharded.summary.units).toEqual(single.summary.units);
    expect(sharded.summary.totals).toEqual(single.summary.totals);
    expect(sharded.summary.units.expected).toBe(89);
  });

  it('does not follow a child’s source back to a workbook above it', async () => {
    const commune = communeWorkbook({ index: 1, chiBo: 2, state: 'on_time', seed: 1 });
    const looping = { ...commune, units: [...commune.units, { id: 'TINH', name: 'Tỉnh', group: null, tab: '', source: '../tinh.xlsx', sourceKind: 'child' as const }] };
    writeFileSync(join(dir, 'xa', 'vong.xlsx'), writeNewXlsx(planWorkbookFromData(looping).filter((p) => p.unitId !== 'TINH')));
    const result = await read(dir, [child('V', 'xa/vong.xlsx')]);
    const content = result.reads.get('xa/vong.xlsx');
    expect(content?.kind === 'child' && content.summary.findings.map((f) => f.message)).toContainEqual(
      'Không đọc được dữ liệu của đơn vị "Tỉnh" từ "../tinh.xlsx": nguồn này là một bảng tính cấp trên của chính nó (vòng lặp); không đọc lại. Hãy kiểm tra cột Nguồn dữ liệu.',
    );
    // The parent was read once, as the parent: never again as its own grandchild.
    expect(result.calls).toHaveLength(1);
  });

  it('never reads a device or a pipe, which would never end, and survives hostile paths', async () => {
    symlinkSync('/dev/zero', join(dir, 'xa', 'zero.xlsx'));
    execFileSync('mkfifo', [join(dir, 'xa', 'ong.xlsx')]);
    symlinkSync(join(dir, 'xa', 'vong.xlsx'), join(dir, 'xa', 'vong.xlsx'));
    const long = `xa/${'a'.repeat(50_000)}.xlsx`;
    const hidden = 'xa/a\u200b.xlsx';
    const result = await read(dir, [child('Z', 'xa/zero.xlsx'), child('F', 'xa/ong.xlsx'), child('L', 'xa/vong.xlsx'), child('N', long), child('H', hidden)]);
    const notAFile = 'đây không phải một tệp thường (mà là thiết bị, ống dẫn hay thứ khác của hệ thống) nên không đọc. Hãy ghi tên tệp .xlsx ở cột Nguồn dữ liệu.';
    expect(detail(result.reads.get('xa/zero.xlsx'))).toBe(notAFile);
    expect(detail(result.reads.get('xa/ong.xlsx'))).toBe(notAFile);
    expect(detail(result.reads.get('xa/vong.xlsx'))).toMatch(/^đường dẫn "xa\/vong\.xlsx" có liên kết tượng trưng trỏ vòng tròn/);
    expect(detail(result.reads.get(long))).toMatch(/^tên hoặc đường dẫn "xa\/a+\.xlsx" quá dài/);
    expect(result.reads.get(hidden)?.kind === 'failed' && (result.reads.get(hidden) as { failure: { kind: string } }).failure.kind).toBe('not_found');
    expect(result.calls).toHaveLength(0);
  });
});
