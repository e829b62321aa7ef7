/**
 * Builders for roll-up tests (issue 11), with different seeded figures each:
 * - `childCommune(spec)`: a commune Party committee's own baocao workbook (a Văn phòng that
 *   compiles, and n chi bộ that report members, admissions, petitions and tasks), returned with
 *   the raw facts it was made from, so tests can recompute every total without the code under test;
 * - `provinceOf(children)`: a province workbook whose units are those communes as child reports
 *   (no tab, a relative .xlsx path), with an appendix and a synthesis quoting totals and ratios;
 * - `ward(n)` and `splitWard(ward, shards)`: one ward of n chi bộ in one workbook, and the same
 *   units with their tabs moved into shard workbooks.
 * F11 builds the file-level 135 × 30 generator; these stay in memory.
 */
import type { RawWorkbook } from '../../src/domain/cells';
import type { IndicatorDraft, IndicatorMappingDraft, TaskDraft, UnitDraft } from '../../src/domain/contract/tables';
import { MAPPING_TAB } from '../../src/domain/contract/tabs';
import type { UnitSheetData, WorkbookData } from '../../src/domain/workbook/data';
import { planTableTab } from '../../src/domain/workbook/layout';
import { between, seededRandom } from '../../scripts/seeded-random';
import { rawOf } from './raw';

export const CHI_BO_GROUP = 'Chi bộ';
export const COMMUNE_GROUP = 'Cấp xã';
/** The codes every commune uses unless its spec renames one. */
export const COMMUNE_CODES = ['DANG_VIEN', 'KET_NAP', 'DON_TN', 'DON_GQ'] as const;
export type CommuneCode = (typeof COMMUNE_CODES)[number];

export const QUARTER = { periodType: 'quarter', periodFrom: '2026-01-01', periodTo: '2026-03-31', deadline: '2026-04-05' } as const;

export interface ChildSpec {
  /** The unit id the province gives the commune, e.g. "XA001". */
  readonly id: string;
  readonly name: string;
  /** Path of the commune's file, relative to the province's. */
  readonly file: string;
  readonly chiBo: number;
  readonly seed: number;
  /** How many chi bộ have submitted (the first ones); default all. */
  readonly submitted?: number;
  /** Of the submitted, how many submitted after the deadline (the last ones); default 0. */
  readonly late?: number;
  /** The commune's Văn phòng has submitted the commune report; default true. */
  readonly reportSubmitted?: boolean;
  /** Codes this commune spells differently (the province maps them). */
  readonly rename?: Partial<Record<CommuneCode, string>>;
  /** Indicators this commune does not have at all. */
  readonly lacks?: ReadonlyArray<CommuneCode>;
  /** Chi bộ (by index from 0) that left a figure blank. */
  readonly blank?: ReadonlyArray<{ readonly chiBo: number; readonly code: CommuneCode }>;
  readonly period?: { readonly periodFrom: string; readonly periodTo: string };
}

/** What a commune was made from, in the province's codes: the truth tests recompute from. */
export interface ChildFacts {
  readonly spec: ChildSpec;
  /** One entry per chi bộ: figure by (province) code, null when left blank. */
  readonly figures: ReadonlyArray<Readonly<Record<CommuneCode, number | null>>>;
  /** One entry per chi bộ: tasks of group NVTT done / assigned. */
  readonly tasks: ReadonlyArray<{ readonly done: number; readonly total: number }>;
  readonly submitted: ReadonlyArray<boolean>;
  readonly onTime: ReadonlyArray<boolean>;
  readonly secretariatEmails: ReadonlyArray<string>;
}

const INDICATOR_LABELS: Record<CommuneCode, { label: string; measure: string }> = {
  DANG_VIEN: { label: 'Tổng số đảng viên', measure: 'người' },
  KET_NAP: { label: 'Đảng viên mới kết nạp', measure: 'người' },
  DON_TN: { label: 'Đơn thư tiếp nhận', measure: 'đơn' },
  DON_GQ: { label: 'Đơn thư đã giải quyết', measure: 'đơn' },
};

const indicator = (code: string, base: CommuneCode, reporters: string[]): IndicatorDraft => ({
  code,
  label: INDICATOR_LABELS[base].label,
  measure: INDICATOR_LABELS[base].measure,
  reporters,
  aggregation: 'sum',
  numberKind: 'integer',
  note: null,
});

function unit(id: string, name: string, group: string | null, tab: string, extra: Partial<UnitDraft> = {}): UnitDraft {
  return { id, name, group, tab, emails: [`${id.toLowerCase()}@example.org`], deadline: null, submittedAt: null, submittedBy: null, reopenedAt: null, reopenReason: null, ...extra };
}

function sheet(parts: Partial<UnitSheetData>): UnitSheetData {
  return { tasks: [], figures: [], narratives: [], footnotes: [], documents: [], ...parts };
}

/** A commune's own report workbook and the facts it holds. */
export function childCommune(spec: ChildSpec): { data: WorkbookData; facts: ChildFacts } {
  const random = seededRandom(spec.seed);
  const submittedCount = spec.submitted ?? spec.chiBo;
  const late = spec.late ?? 0;
  const codeOf = (code: CommuneCode) => spec.rename?.[code] ?? code;
  const present = COMMUNE_CODES.filter((c) => !(spec.lacks ?? []).includes(c));
  const vpEmail = `vp.${spec.id.toLowerCase()}@example.org`;
  const units: UnitDraft[] = [
    unit('VP', 'Văn phòng Đảng ủy', null, 'Văn phòng', {
      emails: [vpEmail],
      ...(spec.reportSubmitted === false ? {} : { submittedAt: '2026-04-06T10:00', submittedBy: vpEmail }),
    }),
  ];
  const sheets: Record<string, UnitSheetData> = {};
  const figures: Array<Record<CommuneCode, number | null>> = [];
  const tasks: Array<{ done: number; total: number }> = [];
  const submitted: boolean[] = [];
  const onTime: boolean[] = [];
  for (let i = 0; i < spec.chiBo; i += 1) {
    const id = `CB${String(i + 1).padStart(2, '0')}`;
    const isSubmitted = i < submittedCount;
    const isLate = isSubmitted && i >= submittedCount - late;
    const submittedAt = isSubmitted ? (isLate ? '2026-04-08T15:30' : '2026-04-03T08:15') : null;
    units.push(unit(id, `Chi bộ ${i + 1}`, CHI_BO_GROUP, `Chi bộ ${i + 1}`, submittedAt === null ? {} : { submittedAt, submittedBy: `${id.toLowerCase()}@example.org` }));
    const members = between(random, 8, 70);
    const received = between(random, 0, 25);
    const values: Record<CommuneCode, number | null> = {
      DANG_VIEN: members,
      KET_NAP: between(random, 0, Math.min(6, members)),
      DON_TN: received,
      DON_GQ: between(random, 0, received),
    };
    for (const blank of spec.blank ?? []) if (blank.chiBo === i) values[blank.code] = null;
    const total = between(random, 1, 6);
    const done = between(random, 0, total);
    const taskRows: TaskDraft[] = Array.from({ length: total }, (_, t) => ({
      group: 'NVTT',
      title: `Nhiệm vụ trọng tâm số ${t + 1}`,
      status: t < done ? 'done' : t % 2 === 0 ? 'in_progress' : 'not_started',
      note: null,
    }));
    sheets[id] = sheet({ tasks: taskRows, figures: present.map((c) => ({ code: codeOf(c), value: values[c] })) });
    figures.push(values);
    tasks.push({ done, total });
    submitted.push(isSubmitted);
    onTime.push(isSubmitted && !isLate);
  }
  sheets['VP'] = sheet({
    narratives: [{ section: 'I.1', text: `Đảng bộ có ${present.includes('DANG_VIEN') ? `{{SL:${codeOf('DANG_VIEN')}}}` : 'nhiều'} đảng viên, hoàn thành {{NV:NVTT}} nhiệm vụ trọng tâm.` }],
  });
  const data: WorkbookData = {
    settings: {
      parentBody: 'ĐẢNG BỘ TỈNH GIA LAI',
      issuingBody: `ĐẢNG ỦY ${spec.name.toLocaleUpperCase('vi')}`,
      place: spec.name,
      documentNumber: '12',
      documentSymbol: 'BC/ĐU',
      documentDate: '2026-04-10',
      documentType: 'BÁO CÁO',
      summary: 'Kết quả công tác xây dựng Đảng quý I năm 2026',
      periodType: QUARTER.periodType,
      periodFrom: spec.period?.periodFrom ?? QUARTER.periodFrom,
      periodTo: spec.period?.periodTo ?? QUARTER.periodTo,
      cutoffDate: null,
      deadline: QUARTER.deadline,
      profile: 'party',
      signingAuthority: 'T/M ĐẢNG ỦY',
      signerTitle: 'BÍ THƯ',
      signerName: 'Nguyễn Văn Bình',
      secretariatUnit: 'VP',
      secretariatEmails: [vpEmail],
      zeroPad: true,
      percentDecimals: 2,
    },
    units,
    sections: [
      { id: 'I', title: 'Kết quả', writers: null, textRequired: null, guidance: null },
      { id: 'I.1', title: 'Tình hình chung', writers: ['VP'], textRequired: true, guidance: null },
    ],
    indicators: present.map((c) => indicator(codeOf(c), c, [CHI_BO_GROUP])),
    rules: present.includes('DON_GQ') && present.includes('DON_TN') ? [{ id: 'R1', expression: `${codeOf('DON_GQ')} <= ${codeOf('DON_TN')}`, severity: 'error', description: null }] : [],
    documents: [],
    recipients: [{ recipient: 'Ban Thường vụ Tỉnh ủy (báo cáo)' }, { recipient: 'Lưu Văn phòng Đảng ủy' }],
    sheets,
  };
  return { data, facts: { spec, figures, tasks, submitted, onTime, secretariatEmails: [vpEmail] } };
}

export const PROVINCE_SECRETARIAT = 'VPTU';

export interface ProvinceOptions {
  readonly mappings?: ReadonlyArray<IndicatorMappingDraft>;
  readonly appendixIndicators?: ReadonlyArray<string> | null;
  readonly appendixUnits?: ReadonlyArray<string> | null;
  /** Extra text the province's secretariat writes in section I.1. */
  readonly text?: string;
}

export const PROVINCE_TEXT =
  'Toàn tỉnh có {{SL:DANG_VIEN}} đảng viên, kết nạp mới {{SL:KET_NAP}} đảng viên; tiếp nhận {{SL:DON_TN}} đơn, đã giải quyết {{TL:DON_GQ/DON_TN}} đơn, đạt {{PT:DON_GQ/DON_TN}}; hoàn thành {{NV:NVTT}} nhiệm vụ trọng tâm.';

/** The province workbook over these communes (as child reports), one unit per commune. */
export function provinceOf(children: ReadonlyArray<ChildSpec>, options: ProvinceOptions = {}): WorkbookData {
  const units: UnitDraft[] = [
    unit(PROVINCE_SECRETARIAT, 'Văn phòng Tỉnh ủy', null, 'Văn phòng Tỉnh ủy'),
    ...children.map((c) => unit(c.id, c.name, COMMUNE_GROUP, '', { source: c.file, sourceKind: 'child', emails: null })),
  ];
  return {
    settings: {
      parentBody: null,
      issuingBody: 'TỈNH ỦY GIA LAI',
      place: 'Gia Lai',
      documentNumber: '350',
      documentSymbol: 'BC/TU',
      documentDate: '2026-04-20',
      documentType: 'BÁO CÁO',
      summary: 'Kết quả công tác xây dựng Đảng quý I năm 2026',
      periodType: QUARTER.periodType,
      periodFrom: QUARTER.periodFrom,
      periodTo: QUARTER.periodTo,
      cutoffDate: null,
      deadline: '2026-04-15',
      profile: 'party',
      signingAuthority: 'T/M BAN THƯỜNG VỤ',
      signerTitle: 'PHÓ BÍ THƯ',
      signerName: 'Trần Văn Cường',
      secretariatUnit: PROVINCE_SECRETARIAT,
      secretariatEmails: ['vptu@example.org'],
      zeroPad: true,
      percentDecimals: 2,
      appendixIndicators: options.appendixIndicators === undefined ? ['DANG_VIEN', 'KET_NAP', 'DON_TN', 'DON_GQ'] : options.appendixIndicators,
      appendixUnits: options.appendixUnits ?? null,
      appendixTitle: 'SỐ LIỆU CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I NĂM 2026',
    },
    units,
    sections: [
      { id: 'I', title: 'Kết quả', writers: null, textRequired: null, guidance: null },
      { id: 'I.1', title: 'Tình hình chung', writers: [PROVINCE_SECRETARIAT], textRequired: true, guidance: null },
    ],
    indicators: COMMUNE_CODES.map((c) => indicator(c, c, [COMMUNE_GROUP])),
    rules: [{ id: 'R1', expression: 'DON_GQ <= DON_TN', severity: 'error', description: null }],
    documents: [],
    recipients: [{ recipient: 'Ban Thường vụ Tỉnh ủy' }, { recipient: 'Lưu Văn phòng Tỉnh ủy' }],
    mappings: options.mappings ?? [],
    sheets: {
      [PROVINCE_SECRETARIAT]: sheet({ narratives: [{ section: 'I.1', text: options.text ?? PROVINCE_TEXT }] }),
    },
  };
}

/** A workbook's tabs as set-up lays them out, with the mapping tab when the data has mappings. */
export function rawWithMapping(data: WorkbookData): RawWorkbook {
  const raw = rawOf(data);
  if ((data.mappings ?? []).length === 0) return raw;
  const mapping = planTableTab(MAPPING_TAB, data.mappings ?? []);
  return { tabs: [...raw.tabs, { name: mapping.name, rows: mapping.rows }] };
}

/** n communes of 20–40 chi bộ each, with different figures, some incomplete or late. */
export function communeSpecs(n: number, options: { chiBo?: [number, number] } = {}): ChildSpec[] {
  const random = seededRandom(2026);
  const [min, max] = options.chiBo ?? [20, 40];
  return Array.from({ length: n }, (_, i) => {
    const id = `XA${String(i + 1).padStart(3, '0')}`;
    const chiBo = between(random, min, max);
    const submitted = i % 7 === 3 ? chiBo - between(random, 1, Math.min(5, chiBo)) : chiBo;
    return {
      id,
      name: `Xã Số ${i + 1}`,
      file: `xa/${id.toLowerCase()}.xlsx`,
      chiBo,
      seed: 1000 + i,
      submitted,
      late: i % 5 === 1 ? Math.min(2, submitted) : 0,
      reportSubmitted: i % 9 !== 4,
    };
  });
}

/** A ward of n chi bộ, all in one workbook. */
export function ward(n: number): WorkbookData {
  const { data } = childCommune({ id: 'PHUONG_A', name: 'Phường An Phú', file: 'phuong-a.xlsx', chiBo: n, seed: 89, submitted: n - 4, late: 3 });
  return data;
}

/**
 * The same ward with its chi bộ split over `shards` workbooks (the Văn phòng keeps its tab at
 * home): the parent's units tab names each chi bộ's shard, and each shard holds exactly the tabs
 * of its chi bộ as set-up laid them out in the one workbook.
 */
export function splitWard(data: WorkbookData, shards: number): { parent: RawWorkbook; shards: Map<string, RawWorkbook>; files: string[] } {
  const whole = rawOf(data);
  const chiBo = data.units.filter((u) => u.group === CHI_BO_GROUP);
  const per = Math.ceil(chiBo.length / shards);
  const files = Array.from({ length: shards }, (_, i) => `phuong-a-${i + 1}.xlsx`);
  const fileOf = new Map(chiBo.map((u, i) => [u.id, files[Math.floor(i / per)] ?? '']));
  const parentData: WorkbookData = {
    ...data,
    units: data.units.map((u) => (fileOf.has(u.id) ? { ...u, source: fileOf.get(u.id) ?? null, sourceKind: 'shard' as const } : u)),
  };
  const parent = rawOf(parentData);
  const shardRaws = new Map<string, RawWorkbook>();
  for (const file of files) {
    const tabs = chiBo.filter((u) => fileOf.get(u.id) === file).map((u) => whole.tabs.find((t) => t.name === u.tab));
    shardRaws.set(file, { tabs: tabs.filter((t) => t !== undefined) });
  }
  return { parent, shards: shardRaws, files };
}
