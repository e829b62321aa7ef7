/**
 * Synthetic roll-up workbooks (issue 11), deterministic for a seed, for the tests and the bench:
 *
 * - a province (Tỉnh ủy) report whose units tab lists its own departments (tabs of the
 *   workbook) and N child commune reports (sourceKind child, source `xa/xa-001.xlsx` …); each
 *   child is a complete commune workbook of M chi bộ plus its office, with its own figures,
 *   tasks and submissions. Most children are submitted on time; some are late, some
 *   incomplete (chi bộ not submitted, one figure not typed, the commune not submitted), one
 *   has errors (a chi bộ resolved more petitions than it received). The
 *   province maps one indicator from a child code of another name (tab "Ánh xạ chỉ tiêu") and
 *   prints an appendix of four indicators;
 * - a ward (Đảng ủy phường) of 89 chi bộ, once as one workbook and once split over 3 shard
 *   workbooks (sourceKind shard) holding the same unit tabs, so both must report alike.
 *
 * Files are written with baocao's own writer (the layout planner and writeNewXlsx), at a fixed
 * time, so the same seed gives the same bytes. Nothing here computes an expected total: tests
 * recompute them from the files they read back.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IndicatorDraft, IndicatorMappingDraft, RuleDraft, SectionDraft, TaskDraft, UnitDraft } from '../src/domain/contract/tables';
import { MAPPING_TAB } from '../src/domain/contract/tabs';
import type { SettingsData, UnitSheetData, WorkbookData } from '../src/domain/workbook/data';
import { planTableTab, planWorkbookFromData, type TabPlan } from '../src/domain/workbook/layout';
import { writeNewXlsx } from '../src/local/xlsx';
import { between, seededRandom } from './seeded-random';

/** Where the files' timestamps come from: fixed, so the bytes depend on the seed only. */
const WRITTEN_AT = new Date(Date.UTC(2026, 3, 1, 1, 0));

const PERIOD = { periodType: 'quarter', periodFrom: '2026-01-01', periodTo: '2026-03-31', documentDate: '2026-04-02' } as const;
const CHILD_DEADLINE = '2026-03-27';
const PARENT_DEADLINE = '2026-03-31';

const pad3 = (n: number) => String(n).padStart(3, '0');
const pad2 = (n: number) => String(n).padStart(2, '0');

function unitRow(id: string, name: string, group: string, tab: string, email: string, submittedAt: string | null, extra: Partial<UnitDraft> = {}): UnitDraft {
  return {
    id,
    name,
    group,
    tab,
    emails: [email],
    deadline: null,
    submittedAt,
    submittedBy: submittedAt === null ? null : email,
    reopenedAt: null,
    reopenReason: null,
    ...extra,
  };
}

function indicator(code: string, label: string, measure: string, reporters: string[], extra: Partial<IndicatorDraft> = {}): IndicatorDraft {
  return { code, label, measure, reporters, aggregation: 'sum', numberKind: 'integer', note: null, ...extra };
}

const heading = (id: string, title: string): SectionDraft => ({ id, title, writers: null, textRequired: null, guidance: null });
const section = (id: string, title: string, writers: string[]): SectionDraft => ({ id, title, writers, textRequired: true, guidance: null });

const RULES: ReadonlyArray<RuleDraft> = [{ id: 'R1', expression: 'DON_GQ <= DON_TN', severity: 'error', description: 'Số đơn đã giải quyết không vượt số đơn tiếp nhận.' }];

function tasks(random: () => number, count: number): TaskDraft[] {
  return Array.from({ length: count }, (_, t) => {
    const roll = random();
    const status = roll < 0.75 ? 'done' : roll < 0.9 ? 'in_progress' : 'not_started';
    return { group: 'NVTT', title: `Nhiệm vụ trọng tâm số ${t + 1} của quý`, status, note: null };
  });
}

function plansOf(data: WorkbookData, dropUnitTabs: ReadonlySet<string> = new Set()): TabPlan[] {
  const plans = planWorkbookFromData(data).filter((p) => !(p.role === 'unit' && p.unitId !== undefined && dropUnitTabs.has(p.unitId)));
  if (data.mappings !== undefined && data.mappings.length > 0) plans.push(planTableTab(MAPPING_TAB, data.mappings));
  return plans;
}

function xlsxOf(data: WorkbookData, dropUnitTabs?: ReadonlySet<string>): Uint8Array {
  return writeNewXlsx(plansOf(data, dropUnitTabs), WRITTEN_AT);
}

// ---------------------------------------------------------------------------------------------
// A commune (child report): its office and M chi bộ.

/** How a child commune stands at the parent's deadline. */
export type ChildState = 'on_time' | 'late' | 'incomplete' | 'errors';

export interface CommuneOptions {
  readonly index: number;
  readonly chiBo: number;
  readonly state: ChildState;
  readonly seed: number;
}

const COMMUNE_INDICATORS: ReadonlyArray<IndicatorDraft> = [
  indicator('DV', 'Tổng số đảng viên', 'đảng viên', ['Chi bộ'], { timeAggregation: 'last' }),
  indicator('KN', 'Kết nạp đảng viên mới', 'đảng viên', ['Chi bộ']),
  indicator('DON_TN', 'Đơn thư tiếp nhận', 'đơn', ['Chi bộ']),
  indicator('DON_GQ', 'Đơn thư đã giải quyết', 'đơn', ['Chi bộ']),
  indicator('HN', 'Hội nghị đối thoại với Nhân dân', 'cuộc', ['Chi bộ']),
];

/** A complete commune report: settings, office (its secretariat), M chi bộ with figures, tasks and text. */
export function communeWorkbook(options: CommuneOptions): WorkbookData {
  const { index, chiBo, state } = options;
  const random = seededRandom(options.seed * 7919 + index);
  const name = `xã số ${index}`;
  // An incomplete commune: three chi bộ have not submitted, and the first of them has not typed
  // its number of meetings yet (so that one total of the commune is unknown, not zero).
  const notSubmitted = state === 'incomplete' ? new Set([2, 5, 7].filter((n) => n <= chiBo)) : new Set<number>();
  const withoutMeetings = state === 'incomplete' ? 2 : -1;
  const units: UnitDraft[] = [];
  const sheets: Record<string, UnitSheetData> = {};
  for (let n = 1; n <= chiBo; n += 1) {
    const id = `CB${pad2(n)}`;
    const submitted = !notSubmitted.has(n) && !(state === 'errors' && n === 1);
    const lateDay = state === 'late' && n % 4 === 0;
    const submittedAt = submitted ? `2026-03-${pad2(lateDay ? 29 : between(random, 18, 26))}T${pad2(between(random, 7, 16))}:${pad2(between(random, 0, 59))}` : null;
    units.push(unitRow(id, `Chi bộ thôn ${n}`, 'Chi bộ', `Chi bộ ${pad2(n)}`, `xa${pad3(index)}.cb${pad2(n)}@example.org`, submittedAt));
    const received = between(random, 0, 14);
    const resolved = Math.max(0, received - between(random, 0, 3));
    const meetings = between(random, 0, 3);
    const figures = [
      { code: 'DV', value: between(random, 12, 90) },
      { code: 'KN', value: between(random, 0, 4) },
      { code: 'DON_TN', value: received },
      // The commune with errors: one chi bộ resolved more than it received (rule R1, an error).
      { code: 'DON_GQ', value: state === 'errors' && n === 1 ? received + 3 : resolved },
      { code: 'HN', value: n === withoutMeetings ? null : meetings },
    ];
    sheets[id] = {
      tasks: tasks(random, 4),
      figures,
      narratives: [{ section: 'II.1', text: `Chi bộ thôn ${n} tiếp nhận {{SL:DON_TN}} đơn, giải quyết {{TL:DON_GQ/DON_TN}} đơn.` }],
      footnotes: [],
      documents: [],
    };
  }
  const officeSubmitted = state === 'on_time' ? '2026-03-27T10:00' : state === 'late' ? '2026-03-30T15:20' : null;
  units.unshift(unitRow('VP', `Văn phòng Đảng ủy ${name}`, 'Văn phòng', 'Văn phòng', `xa${pad3(index)}@example.org`, officeSubmitted));
  sheets['VP'] = {
    tasks: [],
    figures: [],
    narratives: [{ section: 'I.1', text: `Toàn ${name} có {{SL:DV}} đảng viên; kết nạp {{SL:KN}} đảng viên mới; giải quyết {{TL:DON_GQ/DON_TN}} đơn, đạt {{PT:DON_GQ/DON_TN}}.` }],
    footnotes: [],
    documents: [],
  };
  const settings: SettingsData = {
    parentBody: 'ĐẢNG BỘ TỈNH GIA LAI',
    issuingBody: `ĐẢNG ỦY XÃ SỐ ${index}`,
    place: `Xã số ${index}`,
    documentNumber: String(10 + index),
    documentSymbol: 'BC/ĐU',
    documentType: 'BÁO CÁO',
    summary: 'Kết quả công tác xây dựng Đảng quý I năm 2026',
    ...PERIOD,
    deadline: '2026-03-26',
    profile: 'party',
    signingAuthority: 'T/M ĐẢNG ỦY',
    signerTitle: 'BÍ THƯ',
    signerName: `Bí thư xã số ${index}`,
    secretariatUnit: 'VP',
    secretariatEmails: [`xa${pad3(index)}@example.org`],
    zeroPad: true,
    percentDecimals: 2,
  };
  return {
    settings,
    units,
    sections: [heading('I', 'TÌNH HÌNH CHUNG'), section('I.1', 'Kết quả chung của xã', ['VP']), heading('II', 'KẾT QUẢ CỦA CÁC CHI BỘ'), section('II.1', 'Từng chi bộ', ['Chi bộ'])],
    indicators: COMMUNE_INDICATORS,
    rules: RULES,
    documents: [],
    recipients: [{ recipient: 'Ban Thường vụ Tỉnh ủy (báo cáo),' }, { recipient: 'Lưu Văn phòng Đảng ủy.' }],
    sheets,
  };
}

// ---------------------------------------------------------------------------------------------
// The province (parent report): its own departments and N child communes.

export interface ProvinceOptions {
  readonly children: number;
  readonly chiBoPerChild: number;
  readonly seed?: number;
}

export interface ProvinceChild {
  readonly unitId: string;
  readonly name: string;
  /** As written in the parent's units tab, relative to the parent's folder. */
  readonly source: string;
  readonly state: ChildState;
  readonly data: WorkbookData;
}

export interface Province {
  readonly parent: WorkbookData;
  readonly children: ReadonlyArray<ProvinceChild>;
}

/**
 * Which children are late, incomplete, or have errors: one with errors, about 6 in 135
 * incomplete and 10 in 135 late (at least one of each), spread evenly over the list, always
 * leaving at least one on time. 135 children: 128 submitted ("128/135 xã đã nộp").
 */
export function childStates(count: number): ChildState[] {
  const states: ChildState[] = Array.from({ length: count }, () => 'on_time');
  const incomplete = Math.max(1, Math.round((count * 6) / 135));
  const late = Math.max(1, Math.round((count * 10) / 135));
  const specials: ChildState[] = ['errors'];
  for (let i = 0; i < Math.max(incomplete, late); i += 1) {
    if (i < incomplete) specials.push('incomplete');
    if (i < late) specials.push('late');
  }
  const placed = specials.slice(0, Math.max(0, count - 1));
  // Evenly spaced positions: consecutive ones are at least one apart, so all are distinct.
  placed.forEach((state, k) => (states[Math.floor(((k + 0.5) * count) / placed.length)] = state));
  return states;
}

export const PROVINCE_APPENDIX = ['DV', 'DV_MOI', 'DON_TN', 'DON_GQ'] as const;

export function syntheticProvince(options: ProvinceOptions): Province {
  const seed = options.seed ?? 2026;
  const states = childStates(options.children);
  const children: ProvinceChild[] = states.map((state, i) => {
    const index = i + 1;
    return {
      unitId: `XA${pad3(index)}`,
      name: `Đảng bộ xã số ${index}`,
      source: `xa/xa-${pad3(index)}.xlsx`,
      state,
      data: communeWorkbook({ index, chiBo: options.chiBoPerChild, state, seed }),
    };
  });
  const departments = [
    ['BTC', 'Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức'],
    ['UBKT', 'Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra'],
    ['BTGDV', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban Tuyên giáo'],
  ] as const;
  const random = seededRandom(seed);
  const units: UnitDraft[] = [
    unitRow('VP', 'Văn phòng Tỉnh ủy', 'Văn phòng', 'Văn phòng Tỉnh ủy', 'vptu@example.org', null),
    ...departments.map(([id, name, tab]) => unitRow(id, name, 'Ban Đảng', tab, `${id.toLowerCase()}@example.org`, '2026-03-30T09:00')),
    ...children.map((c) =>
      unitRow(c.unitId, c.name, 'Xã', '', `lienhe.${c.unitId.toLowerCase()}@example.org`, null, { source: c.source, sourceKind: 'child', deadline: CHILD_DEADLINE }),
    ),
  ];
  const sheets: Record<string, UnitSheetData> = {
    VP: {
      tasks: [],
      figures: [],
      narratives: [
        {
          section: 'I.1',
          text:
            'Toàn tỉnh có {{SL:DV}} đảng viên; trong quý kết nạp {{SL:DV_MOI}} đảng viên mới. ' +
            'Các cấp ủy tiếp nhận {{SL:DON_TN}} đơn, đã giải quyết {{TL:DON_GQ/DON_TN}} đơn, đạt {{PT:DON_GQ/DON_TN}}; ' +
            'các xã hoàn thành {{NV:NVTT@Xã}} nhiệm vụ trọng tâm và tổ chức {{SL:HN@Xã}} hội nghị đối thoại với Nhân dân.',
        },
      ],
      footnotes: [],
      documents: [],
    },
  };
  for (const [id] of departments) {
    const received = between(random, 5, 40);
    sheets[id] = {
      tasks: tasks(random, 3),
      figures: [
        { code: 'DON_TN', value: received },
        { code: 'DON_GQ', value: received - between(random, 0, 5) },
        { code: 'KT', value: between(random, 1, 12) },
      ],
      narratives: [{ section: 'II.1', text: 'Thực hiện {{SL:KT}} cuộc kiểm tra, giám sát; giải quyết {{TL:DON_GQ/DON_TN}} đơn thư thuộc thẩm quyền.' }],
      footnotes: [],
      documents: [],
    };
  }
  const mappings: IndicatorMappingDraft[] = [{ code: 'DV_MOI', childCode: 'KN', appliesTo: null }];
  const parent: WorkbookData = {
    settings: {
      parentBody: null,
      issuingBody: 'TỈNH ỦY GIA LAI',
      place: 'Gia Lai',
      documentNumber: '125',
      documentSymbol: 'BC/TU',
      documentType: 'BÁO CÁO',
      summary: 'Kết quả công tác xây dựng Đảng quý I năm 2026',
      ...PERIOD,
      deadline: PARENT_DEADLINE,
      profile: 'party',
      signingAuthority: 'T/M BAN THƯỜNG VỤ',
      signerTitle: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
      signerName: 'Nguyễn Văn Mẫu',
      secretariatUnit: 'VP',
      secretariatEmails: ['vptu@example.org'],
      zeroPad: true,
      percentDecimals: 2,
      appendixIndicators: [...PROVINCE_APPENDIX],
    },
    units,
    sections: [
      heading('I', 'TÌNH HÌNH CHUNG'),
      section('I.1', 'Kết quả chung toàn tỉnh', ['VP']),
      heading('II', 'KẾT QUẢ CỦA CÁC BAN ĐẢNG'),
      section('II.1', 'Các ban của Tỉnh ủy', ['Ban Đảng']),
    ],
    indicators: [
      indicator('DV', 'Tổng số đảng viên', 'đảng viên', ['Xã'], { timeAggregation: 'last' }),
      indicator('DV_MOI', 'Đảng viên kết nạp mới', 'đảng viên', ['Xã']),
      indicator('DON_TN', 'Đơn thư tiếp nhận', 'đơn', ['Xã', 'Ban Đảng']),
      indicator('DON_GQ', 'Đơn thư đã giải quyết', 'đơn', ['Xã', 'Ban Đảng']),
      indicator('HN', 'Hội nghị đối thoại với Nhân dân', 'cuộc', ['Xã']),
      indicator('KT', 'Cuộc kiểm tra, giám sát', 'cuộc', ['Ban Đảng']),
    ],
    rules: RULES,
    documents: [],
    recipients: [{ recipient: 'Ban Bí thư Trung ương Đảng (báo cáo),' }, { recipient: 'Lưu Văn phòng Tỉnh ủy.' }],
    mappings,
    sheets,
  };
  return { parent, children };
}

// ---------------------------------------------------------------------------------------------
// The ward: 89 chi bộ in one workbook, or over 3 shards.

export interface Ward {
  /** Everything in one workbook. */
  readonly single: WorkbookData;
  /** The same units, their tabs in the shards (sourceKind shard); the office's tab stays in the parent. */
  readonly sharded: WorkbookData;
  readonly shards: ReadonlyArray<{ readonly source: string; readonly data: WorkbookData; readonly unitIds: ReadonlyArray<string> }>;
}

export function syntheticWard(options: { chiBo?: number; shards?: number; seed?: number } = {}): Ward {
  const chiBo = options.chiBo ?? 89;
  const shardCount = options.shards ?? 3;
  const single = communeWorkbook({ index: 1, chiBo, state: 'on_time', seed: options.seed ?? 89 });
  // Two chi bộ go wrong, so that the comparison covers findings too: words for a number, and
  // a unit that typed nothing yet.
  const sheets = { ...single.sheets };
  const wrongId = `CB${pad2(Math.min(chiBo, 45))}`;
  const emptyId = `CB${pad2(Math.min(chiBo, 88))}`;
  const wrong = sheets[wrongId]!;
  sheets[wrongId] = { ...wrong, figures: wrong.figures.map((f) => (f.code === 'HN' ? { ...f, value: 'mười hai' } : f)) };
  sheets[emptyId] = { tasks: [], figures: [], narratives: [], footnotes: [], documents: [] };
  const units = single.units.map((u) => (u.id === wrongId || u.id === emptyId ? { ...u, submittedAt: null, submittedBy: null } : u));
  const ward: WorkbookData = {
    ...single,
    settings: { ...single.settings, issuingBody: 'ĐẢNG ỦY PHƯỜNG MẪU', place: 'Phường Mẫu', secretariatEmails: ['phuong@example.org'] },
    units,
    sheets,
  };
  const chiBoUnits = ward.units.filter((u) => u.id !== 'VP');
  const per = Math.ceil(chiBoUnits.length / shardCount);
  const shards = Array.from({ length: shardCount }, (_, s) => {
    const mine = chiBoUnits.slice(s * per, (s + 1) * per);
    const source = `to-${s + 1}.xlsx`;
    const ids = new Set(mine.map((u) => u.id));
    const shardSheets = Object.fromEntries(Object.entries(ward.sheets).filter(([id]) => ids.has(id)));
    return { source, unitIds: [...ids], data: { ...ward, units: mine, sheets: shardSheets } };
  });
  const shardOf = new Map(shards.flatMap((s) => s.unitIds.map((id) => [id, s.source] as const)));
  const sharded: WorkbookData = {
    ...ward,
    units: ward.units.map((u) => {
      const source = shardOf.get(u.id);
      return source === undefined ? u : { ...u, source, sourceKind: 'shard' as const };
    }),
  };
  return { single: ward, sharded, shards };
}

// ---------------------------------------------------------------------------------------------
// Writing the files.

export interface WrittenProvince {
  readonly parentPath: string;
  readonly childPaths: ReadonlyArray<string>;
  readonly province: Province;
  /** Bytes written, all files together. */
  readonly bytes: number;
}

function write(path: string, bytes: Uint8Array): number {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return bytes.length;
}

/** Writes `tinh.xlsx` and `xa/xa-001.xlsx` … under `dir`. */
export function writeProvince(dir: string, options: ProvinceOptions): WrittenProvince {
  const province = syntheticProvince(options);
  const childIds = new Set(province.children.map((c) => c.unitId));
  const parentPath = join(dir, 'tinh.xlsx');
  let bytes = write(parentPath, xlsxOf(province.parent, childIds));
  const childPaths = province.children.map((child) => {
    const path = join(dir, child.source);
    bytes += write(path, xlsxOf(child.data));
    return path;
  });
  return { parentPath, childPaths, province, bytes };
}

/** Writes `phuong.xlsx` (one workbook), and `phuong-chia/phuong.xlsx` with `phuong-chia/to-1.xlsx` … (shards). */
export function writeWard(dir: string, options: Parameters<typeof syntheticWard>[0] = {}): { singlePath: string; shardedPath: string; shardPaths: string[]; ward: Ward } {
  const ward = syntheticWard(options);
  const singlePath = join(dir, 'phuong.xlsx');
  write(singlePath, xlsxOf(ward.single));
  const shardedPath = join(dir, 'phuong-chia', 'phuong.xlsx');
  const shardIds = new Set(ward.shards.flatMap((s) => s.unitIds));
  write(shardedPath, xlsxOf(ward.sharded, shardIds));
  const shardPaths = ward.shards.map((s) => {
    const path = join(dir, 'phuong-chia', s.source);
    write(path, xlsxOf(s.data));
    return path;
  });
  return { singlePath, shardedPath, shardPaths, ward };
}
