/**
 * Roll-up on the command line, at file level (issue 11's "done when"): a generated province of
 * child commune reports (scripts/synthetic-rollup.ts, 12 children of 8 chi bộ here; the bench
 * runs 135 × 30) goes through `report`, `status` and `validate`, and the test recomputes every
 * total, ratio and count it checks from the child files themselves: it opens them with the
 * reader and adds up the raw cells of each chi bộ's tab, finding rows by their Vietnamese
 * headers, without the code under test. A ward split over three shards must report exactly as
 * the same ward in one workbook; a missing and a corrupt child each get their own finding and
 * the report still comes out. The source workers run for real (bundled here with esbuild).
 */
import { buildSync } from 'esbuild';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeProvince, writeWard, type WrittenProvince } from '../../../scripts/synthetic-rollup';
import { cellText, type CellValue, type RawTab, type RawWorkbook } from '../../../src/domain/cells';
import { readXlsx } from '../../../src/local/xlsx';
import { run, workspace } from './run';

const CHILDREN = 12;
const CHI_BO = 8;

// ---------------------------------------------------------------------------------------------
// The independent recomputation: raw cells only.

function tabNamed(raw: RawWorkbook, name: string): RawTab {
  const tab = raw.tabs.find((t) => t.name === name);
  if (tab === undefined) throw new Error(`no tab ${name}`);
  return tab;
}

const text = (value: CellValue | undefined): string => cellText(value ?? null).trim();

/** The rows under the header row holding all `headers`, as records by header, until a row whose first column is blank. */
function block(tab: RawTab, headers: string[]): Array<Record<string, CellValue>> {
  const start = tab.rows.findIndex((row) => headers.every((h) => row.some((c) => text(c).replace(/ \*$/, '') === h)));
  if (start < 0) return [];
  const names = (tab.rows[start] ?? []).map((c) => text(c).replace(/ \*$/, ''));
  const records: Array<Record<string, CellValue>> = [];
  for (const row of tab.rows.slice(start + 1)) {
    if (text(row[0]) === '') break;
    records.push(Object.fromEntries(names.map((n, i) => [n, row[i] ?? null])));
  }
  return records;
}

interface UnitFacts {
  readonly id: string;
  readonly submitted: boolean;
  readonly figures: Map<string, number | null>;
  readonly tasksDone: number;
  readonly tasks: number;
}

async function unitsOf(path: string): Promise<{ secretariat: string; units: UnitFacts[] }> {
  const raw = await readXlsx(path);
  const settings = tabNamed(raw, 'Thiết lập');
  const secretariat = text(settings.rows.find((r) => text(r[0]).startsWith('Đơn vị tổng hợp'))?.[1]);
  const units = block(tabNamed(raw, 'Đơn vị'), ['Mã đơn vị', 'Tên tab', 'Đã nộp lúc']).map((row): UnitFacts => {
    const tabName = text(row['Tên tab']);
    const tab = raw.tabs.find((t) => t.name === tabName);
    const figures = new Map<string, number | null>();
    for (const f of tab === undefined ? [] : block(tab, ['Mã chỉ tiêu', 'Giá trị'])) {
      const value = f['Giá trị'] ?? null;
      figures.set(text(f['Mã chỉ tiêu']), typeof value === 'number' ? value : null);
    }
    const tasks = tab === undefined ? [] : block(tab, ['Nhóm nhiệm vụ', 'Trạng thái']);
    return {
      id: text(row['Mã đơn vị']),
      submitted: text(row['Đã nộp lúc']) !== '',
      figures,
      tasksDone: tasks.filter((t) => text(t['Trạng thái']) === 'Hoàn thành').length,
      tasks: tasks.length,
    };
  });
  return { secretariat, units };
}

interface ChildFacts {
  readonly unitId: string;
  readonly submitted: boolean;
  readonly chiBo: number;
  readonly chiBoSubmitted: number;
  /** The commune's total per indicator code: null when one chi bộ left it blank. */
  readonly totals: Map<string, number | null>;
  readonly tasksDone: number;
  readonly tasks: number;
}

async function childFacts(unitId: string, path: string): Promise<ChildFacts> {
  const { secretariat, units } = await unitsOf(path);
  const chiBo = units.filter((u) => u.id !== secretariat);
  const totals = new Map<string, number | null>();
  for (const code of ['DV', 'KN', 'DON_TN', 'DON_GQ', 'HN']) {
    const values = chiBo.map((u) => u.figures.get(code) ?? null);
    totals.set(code, values.includes(null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0));
  }
  return {
    unitId,
    submitted: units.find((u) => u.id === secretariat)?.submitted === true,
    chiBo: chiBo.length,
    chiBoSubmitted: chiBo.filter((u) => u.submitted).length,
    totals,
    tasksDone: chiBo.reduce((n, u) => n + u.tasksDone, 0),
    tasks: chiBo.reduce((n, u) => n + u.tasks, 0),
  };
}

/** Vietnamese number writing as official reports do: 4.689; counts under 10 as 05 (the report pads). */
function vn(n: number, pad = true): string {
  const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return pad && n < 10 ? `0${n}` : grouped;
}

function percent(part: number, whole: number): string {
  return `${(Math.round((part / whole) * 10000) / 100).toFixed(2).replace('.', ',')}%`;
}

const sum = (values: ReadonlyArray<number>) => values.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------

describe('roll-up on the command line', () => {
  let dir: string;
  let province: WrittenProvince;
  let children: ChildFacts[];
  let departments: UnitFacts[];
  let workers: { script: string; threads: number; minFiles: number };

  beforeAll(async () => {
    dir = workspace('baocao-rollup-');
    province = writeProvince(join(dir, 'tinh'), { children: CHILDREN, chiBoPerChild: CHI_BO });
    children = await Promise.all(province.province.children.map((c, i) => childFacts(c.unitId, province.childPaths[i]!)));
    departments = (await unitsOf(province.parentPath)).units.filter((u) => ['BTC', 'UBKT', 'BTGDV'].includes(u.id));
    const script = join(dir, 'source-worker.js');
    buildSync({
      entryPoints: [join(__dirname, '..', '..', '..', 'src', 'entry', 'source-worker.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      packages: 'external',
      outfile: script,
      logLevel: 'warning',
    });
    // minFiles 1: the three shards of the ward go through the workers too (by default they would not: too few).
    workers = { script, threads: 2, minFiles: 1 };
  });

  it('generates children that differ, some late, some incomplete, one with errors (the test’s own reading)', () => {
    expect(new Set(children.map((c) => c.totals.get('DV'))).size).toBeGreaterThan(CHILDREN / 2);
    expect(children.filter((c) => !c.submitted).length).toBeGreaterThanOrEqual(2);
    expect(children.some((c) => c.totals.get('HN') === null)).toBe(true);
    expect(children.every((c) => c.chiBo === CHI_BO)).toBe(true);
  });

  it('writes a report whose totals, ratios and task counts are those recomputed from the child files', async () => {
    const result = await run(join(dir, 'tinh'), ['report', 'tinh.xlsx', '-o', 'bao-cao.md'], { sourceWorkers: workers });
    expect(result.err).toBe('');
    const report = readFileSync(join(dir, 'tinh', 'bao-cao.md'), 'utf8');
    const total = (code: string) => sum(children.map((c) => c.totals.get(code) ?? Number.NaN));
    const received = total('DON_TN') + sum(departments.map((d) => d.figures.get('DON_TN') ?? 0));
    const resolved = total('DON_GQ') + sum(departments.map((d) => d.figures.get('DON_GQ') ?? 0));
    const expected =
      `Toàn tỉnh có ${vn(total('DV'))} đảng viên; trong quý kết nạp ${vn(total('KN'))} đảng viên mới. ` +
      `Các cấp ủy tiếp nhận ${vn(received)} đơn, đã giải quyết ${vn(resolved)}/${vn(received)} đơn, đạt ${percent(resolved, received)}; ` +
      `các xã hoàn thành ${vn(sum(children.map((c) => c.tasksDone)))}/${vn(sum(children.map((c) => c.tasks)))} nhiệm vụ trọng tâm ` +
      // One commune has a chi bộ that typed no meetings yet: the province's count is unknown, not a smaller number.
      `và tổ chức \\[?\\] hội nghị đối thoại với Nhân dân.`;
    expect(report).toContain(expected);
  });

  it('appends an appendix of the chosen indicators per commune, with a total row, as recomputed from the child files', async () => {
    await run(join(dir, 'tinh'), ['report', 'tinh.xlsx', '-o', 'phu-luc.md'], { sourceWorkers: workers });
    const report = readFileSync(join(dir, 'tinh', 'phu-luc.md'), 'utf8');
    const codes = ['DV', 'KN', 'DON_TN', 'DON_GQ'];
    const rows = province.province.children.map((c, i) => `| ${i + 1} | ${c.name} | ${codes.map((code) => vn(children[i]!.totals.get(code)!, false)).join(' | ')} |`);
    const totals = `|  | Tổng cộng | ${codes.map((code) => vn(sum(children.map((c) => c.totals.get(code)!)), false)).join(' | ')} |`;
    expect(report).toContain(['| STT | Đơn vị | Tổng số đảng viên (đảng viên) | Đảng viên kết nạp mới (đảng viên) | Đơn thư tiếp nhận (đơn) | Đơn thư đã giải quyết (đơn) |', '|---|---|---|---|---|---|', ...rows, totals].join('\n'));
    expect(report).toContain('*(Kèm theo Báo cáo số 125-BC/TU ngày 02/4/2026)*');
  });

  it('shows in `status` how many communes, and how many chi bộ inside them, have submitted, as recomputed', async () => {
    const recomputed = {
      expected: CHILDREN,
      submitted: children.filter((c) => c.submitted).length,
      read: CHILDREN,
      units: { expected: sum(children.map((c) => c.chiBo)), submitted: sum(children.map((c) => c.chiBoSubmitted)) },
    };
    const json = JSON.parse((await run(join(dir, 'tinh'), ['status', 'tinh.xlsx', '--json'], { sourceWorkers: workers })).out) as {
      children: { expected: number; submitted: number; read: number; units: { expected: number; submitted: number } };
      units: Array<{ id: string; source?: { kind: string; path: string; state: string; units: { expected: number; submitted: number } | null } }>;
    };
    expect(json.children).toMatchObject(recomputed);
    const xa3 = json.units.find((u) => u.id === 'XA003');
    expect(xa3?.source).toMatchObject({ kind: 'child', path: 'xa/xa-003.xlsx', state: 'ok', units: { expected: CHI_BO, submitted: children[2]!.chiBoSubmitted } });
    const text = (await run(join(dir, 'tinh'), ['status', 'tinh.xlsx'])).out;
    expect(text).toContain(
      `Báo cáo cấp dưới: ${vn(recomputed.submitted, false)}/${vn(CHILDREN, false)} xã đã nộp; trong đó ${vn(recomputed.units.submitted, false)}/${vn(recomputed.units.expected, false)} đơn vị đã nộp.`,
    );
  });

  it('lists in `validate` each child report’s own findings under its name, marked with its source in JSON', async () => {
    const withErrors = province.province.children.find((c) => c.state === 'errors')!;
    const textRun = await run(join(dir, 'tinh'), ['validate', 'tinh.xlsx'], { sourceWorkers: workers });
    expect(textRun.out).toMatch(new RegExp(`Báo cáo cấp dưới "${withErrors.name}" \\(${withErrors.unitId}, tệp ${withErrors.source}\\): \\d+ lỗi, \\d+ cảnh báo\\.\\n  Tab 'Chi bộ 01'\\n    lỗi +D\\d+ +Số liệu của Chi bộ thôn 1 không thỏa "DON_GQ <= DON_TN"`));
    // The province itself has no errors: a child's own errors are the child's to fix, and do not fail the province.
    expect(textRun.code).toBe(0);
    const json = JSON.parse((await run(join(dir, 'tinh'), ['validate', 'tinh.xlsx', '--json'], { sourceWorkers: workers })).out) as {
      errors: number;
      findings: Array<{ code: string; unit?: string; source?: string; tab: string | null; severity: string }>;
    };
    const own = json.findings.filter((f) => f.source === withErrors.source);
    expect(own.map((f) => [f.code, f.tab, f.unit])).toContainEqual(['RULE_VIOLATED', 'Chi bộ 01', withErrors.unitId]);
    expect(json.findings.filter((f) => f.source === undefined && f.severity === 'lỗi')).toHaveLength(json.errors);
  });

  it('draws its progress in place, one line per file at most, and closes it before saying how many were read', async () => {
    const drawn: Array<string | null> = [];
    const said: string[] = [];
    await run(join(dir, 'tinh'), ['status', 'tinh.xlsx'], { sourceWorkers: workers, progressLine: (t) => drawn.push(t), progress: (t) => said.push(t) });
    expect(drawn[0]).toMatch(/^Đang đọc \d+\/12 báo cáo cấp dưới…$/);
    expect(drawn.slice(-2)).toEqual(['Đang đọc 12/12 báo cáo cấp dưới…', null]);
    expect(drawn.length).toBeLessThanOrEqual(14);
    expect(said).toContain('Đã đọc 12/12 báo cáo cấp dưới.');
  });

  it('gives the same findings and report whether the children are parsed in worker threads or in the main thread', async () => {
    const threaded = await run(join(dir, 'tinh'), ['validate', 'tinh.xlsx', '--json'], { sourceWorkers: workers });
    const main = await run(join(dir, 'tinh'), ['validate', 'tinh.xlsx', '--json'], { sourceWorkers: { script: null, threads: 1 } });
    expect(threaded.out).toBe(main.out);
    await run(join(dir, 'tinh'), ['report', 'tinh.xlsx', '-o', 'a.md'], { sourceWorkers: workers });
    await run(join(dir, 'tinh'), ['report', 'tinh.xlsx', '-o', 'b.md'], { sourceWorkers: { script: null, threads: 1 } });
    expect(readFileSync(join(dir, 'tinh', 'a.md'), 'utf8')).toBe(readFileSync(join(dir, 'tinh', 'b.md'), 'utf8'));
  });

  it('names a missing child and a corrupt child, each in its own finding, and still writes the report', async () => {
    const copy = join(dir, 'tinh-hong');
    cpSync(join(dir, 'tinh'), copy, { recursive: true });
    rmSync(join(copy, 'xa', 'xa-004.xlsx'));
    const corrupt = join(copy, 'xa', 'xa-007.xlsx');
    writeFileSync(corrupt, readFileSync(corrupt).subarray(0, 3000));
    const json = JSON.parse((await run(copy, ['validate', 'tinh.xlsx', '--json'], { sourceWorkers: workers })).out) as {
      findings: Array<{ code: string; unit?: string; message: string; severity: string }>;
    };
    const failures = json.findings.filter((f) => f.code === 'SOURCE_READ_FAILED');
    expect(failures.map((f) => [f.unit, f.severity])).toEqual([
      ['XA004', 'lỗi'],
      ['XA007', 'lỗi'],
    ]);
    expect(failures[0]!.message).toMatch(/^Không đọc được dữ liệu của đơn vị "Đảng bộ xã số 4" từ "xa\/xa-004\.xlsx": không tìm thấy tệp/);
    expect(failures[1]!.message).toMatch(/^Không đọc được dữ liệu của đơn vị "Đảng bộ xã số 7" từ "xa\/xa-007\.xlsx": tệp bị hỏng hoặc chưa tải về hết\./);
    const report = await run(copy, ['report', 'tinh.xlsx', '-o', 'bao-cao.docx'], { sourceWorkers: workers });
    expect(report.code).toBe(1);
    expect(existsSync(join(copy, 'bao-cao.docx'))).toBe(true);
    expect(report.out).toMatch(/^Đã tạo bao-cao\.docx/);
    const status = await run(copy, ['status', 'tinh.xlsx'], { sourceWorkers: workers });
    expect(status.out).toContain('(chưa đọc được 2 xã)');
  });

  it('reminds a late child report’s own secretariat, read from the child, not the contact typed in the province', async () => {
    const late = province.province.children.filter((c) => !children.find((f) => f.unitId === c.unitId)!.submitted);
    const result = await run(join(dir, 'tinh'), ['remind', 'tinh.xlsx', '--outbox', 'thu', '--today', '2026-03-30', '--dry-run'], { sourceWorkers: workers });
    for (const child of late) {
      const secretariat = child.data.settings.secretariatEmails?.[0];
      expect(result.out).toContain(`  ${child.unitId}  Quá hạn  → ${secretariat}  `);
      expect(result.out).not.toContain(`lienhe.${child.unitId.toLowerCase()}@`);
    }
  });

  it('sets up a province reading its sources: no tab for a child unit, and the check after it counts as validate does', async () => {
    const copy = join(dir, 'tinh-setup');
    cpSync(join(dir, 'tinh'), copy, { recursive: true });
    const before = readFileSync(join(copy, 'tinh.xlsx'));
    const validate = JSON.parse((await run(copy, ['validate', 'tinh.xlsx', '--json'], { sourceWorkers: workers })).out) as { errors: number; warnings: number };
    const setup = await run(copy, ['setup', 'tinh.xlsx'], { sourceWorkers: workers });
    expect(setup.out).toContain('Không cần tạo tab mới: tinh.xlsx đã có đủ tab cho các đơn vị.');
    expect(setup.out).toContain(`Kiểm tra sau khi thiết lập: ${validate.errors} lỗi, ${validate.warnings} cảnh báo`);
    expect(readFileSync(join(copy, 'tinh.xlsx')).equals(before)).toBe(true);
  });

  describe('a ward of 89 chi bộ', () => {
    let ward: ReturnType<typeof writeWard>;
    beforeAll(() => {
      ward = writeWard(join(dir, 'phuong'));
    });

    it('reports over three shards exactly as in one workbook', async () => {
      const single = await run(join(dir, 'phuong'), ['report', 'phuong.xlsx', '-o', 'mot-bang.md'], { sourceWorkers: workers });
      const sharded = await run(join(dir, 'phuong', 'phuong-chia'), ['report', 'phuong.xlsx', '-o', 'ba-bang.md'], { sourceWorkers: workers });
      expect(ward.shardPaths).toHaveLength(3);
      const one = readFileSync(join(dir, 'phuong', 'mot-bang.md'), 'utf8');
      const three = readFileSync(join(dir, 'phuong', 'phuong-chia', 'ba-bang.md'), 'utf8');
      expect(three).toBe(one);
      expect(one).toContain('*Chi bộ thôn 89:* Chi bộ thôn 89 tiếp nhận');
      expect(sharded.code).toBe(single.code);
    });

    it('validates over three shards with the same findings, each naming its shard', async () => {
      type Json = { errors: number; warnings: number; findings: Array<Record<string, unknown>> };
      const single = JSON.parse((await run(join(dir, 'phuong'), ['validate', 'phuong.xlsx', '--json'])).out) as Json;
      const sharded = JSON.parse((await run(join(dir, 'phuong', 'phuong-chia'), ['validate', 'phuong.xlsx', '--json'], { sourceWorkers: workers })).out) as Json;
      expect(single.errors).toBeGreaterThan(0);
      const inShards = sharded.findings.filter((f) => f['source'] !== undefined);
      expect(inShards.map((f) => [f['source'], f['tab'], f['code']])).toEqual(
        single.findings.filter((f) => typeof f['tab'] === 'string' && /^Chi bộ/.test(f['tab'] as string)).map((f) => [expect.stringMatching(/^to-[123]\.xlsx$/), f['tab'], f['code']]),
      );
      const text = (await run(join(dir, 'phuong', 'phuong-chia'), ['validate', 'phuong.xlsx'], { sourceWorkers: workers })).out;
      expect(text).toMatch(/\nTab 'Chi bộ 45' của bảng tính to-2\.xlsx\n  lỗi /);
      const withoutSource = sharded.findings.map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'source')));
      expect(withoutSource).toEqual(single.findings);
      expect([sharded.errors, sharded.warnings]).toEqual([single.errors, single.warnings]);
    });
  });
});
