/**
 * A second report, unrelated to the built-in example and written only from docs/workbook.md: the
 * six-month report of a commune Party committee (Đảng ủy xã Tân An, Đảng bộ tỉnh Đồng Nai) on Party
 * building. Its own outline, indicators and rules; three chi bộ writing one section (italic unit
 * names), a Văn phòng that writes the synthesis of another section and takes a unit's text with
 * {{DV:…}} (a whole paragraph and inside a sentence); @unit and @group scopes in SL, TL, PT and
 * NV; percentages that end in zeros (80,00%, 87,10%). Every figure is consistent, so it validates
 * without a finding; tests break one figure at a time.
 */
import type { DocumentRecord, IndicatorDraft, Rule, Section, TaskDraft, UnitDraft } from '../../src/domain/contract/tables';
import type { UnitSheetData, WorkbookData } from '../../src/domain/workbook/data';

export const CHI_BO = 'Chi bộ ấp';

function unit(id: string, name: string, group: string | null, tab: string): UnitDraft {
  return { id, name, group, tab, emails: [`${id.toLowerCase().replace(/_/g, '')}@tanan.example.org`], deadline: null, submittedAt: null, submittedBy: null, reopenedAt: null, reopenReason: null };
}

const section = (id: string, title: string, writers: string[] | null, textRequired: boolean | null = null): Section => ({
  id,
  title,
  writers,
  textRequired,
  guidance: null,
});

const indicator = (code: string, label: string, measure: string, reporters: string[], numberKind: IndicatorDraft['numberKind'] = 'integer'): IndicatorDraft => ({
  code,
  label,
  measure,
  reporters,
  aggregation: 'sum',
  numberKind,
  note: null,
});

const rule = (id: string, expression: string, severity: Rule['severity'], description: string | null = null): Rule => ({ id, expression, severity, description });

const tasks = (group: string, done: number, inProgress: number): TaskDraft[] => [
  ...Array.from({ length: done }, (_, i): TaskDraft => ({ group, title: `Nhiệm vụ ${group} số ${i + 1}`, status: 'done', note: null })),
  ...Array.from({ length: inProgress }, (_, i): TaskDraft => ({ group, title: `Nhiệm vụ ${group} số ${done + i + 1}`, status: 'in_progress', note: null })),
];

function sheet(parts: Partial<UnitSheetData>): UnitSheetData {
  return { tasks: [], figures: [], narratives: [], footnotes: [], documents: [], ...parts };
}

const DOCUMENTS: DocumentRecord[] = [
  {
    id: 'NQ05',
    kind: 'Nghị quyết',
    numberSymbol: '05-NQ/ĐU',
    issuedOn: '2026-01-08',
    issuer: 'Đảng ủy xã Tân An',
    summary: 'về nhiệm vụ năm 2026',
  },
  {
    id: 'KH12',
    kind: 'Kế hoạch',
    numberSymbol: '12-KH/ĐU',
    issuedOn: '2026-02-02',
    issuer: 'Ban Thường vụ Đảng ủy xã',
    summary: 'về kiểm tra, giám sát năm 2026',
  },
];

export function communeWorkbook(): WorkbookData {
  return {
    settings: {
      parentBody: 'ĐẢNG BỘ TỈNH ĐỒNG NAI',
      issuingBody: 'ĐẢNG ỦY XÃ TÂN AN',
      place: 'Tân An',
      documentNumber: '45',
      documentSymbol: 'BC/ĐU',
      documentDate: '2026-06-25',
      documentType: 'BÁO CÁO',
      summary: 'Kết quả công tác xây dựng Đảng 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-15',
      cutoffDate: '2026-06-15',
      deadline: '2026-06-18',
      profile: 'party',
      signingAuthority: 'T/M ĐẢNG ỦY',
      signerTitle: 'BÍ THƯ',
      signerName: 'Trần Thị Bình',
      secretariatUnit: 'VP',
      secretariatEmails: ['vanphong@tanan.example.org'],
      zeroPad: true,
      percentDecimals: 2,
    },
    units: [
      unit('VP', 'Văn phòng Đảng ủy', null, 'Văn phòng'),
      unit('UBKT', 'Ủy ban Kiểm tra Đảng ủy', null, 'UB Kiểm tra'),
      unit('BXD', 'Ban Xây dựng Đảng', null, 'Ban Xây dựng Đảng'),
      unit('CB_AP1', 'Chi bộ ấp 1', CHI_BO, 'Ấp 1'),
      unit('CB_AP2', 'Chi bộ ấp 2', CHI_BO, 'Ấp 2'),
      unit('CB_AP3', 'Chi bộ ấp 3', CHI_BO, 'Ấp 3'),
      unit('MTTQ', 'Ủy ban Mặt trận Tổ quốc xã', null, 'Mặt trận'),
    ],
    sections: [
      section('I', 'Kết quả thực hiện', null),
      section('I.1', 'Công tác chính trị, tư tưởng', ['VP']),
      section('I.2', 'Công tác tổ chức, xây dựng Đảng', ['VP', 'BXD', CHI_BO]),
      section('I.3', 'Công tác kiểm tra, giám sát', ['VP', 'UBKT']),
      section('I.4', 'Hoạt động của các chi bộ', [CHI_BO]),
      section('I.5', 'Tiếp nhận và giải quyết đơn thư', ['MTTQ']),
      section('II', 'Phương hướng, nhiệm vụ 6 tháng cuối năm', ['VP']),
    ],
    indicators: [
      indicator('DV_TONG', 'Tổng số đảng viên', 'người', [CHI_BO]),
      indicator('DV_SINH_HOAT', 'Đảng viên dự sinh hoạt đầy đủ', 'người', [CHI_BO]),
      indicator('DV_MOI', 'Đảng viên mới kết nạp', 'người', [CHI_BO]),
      indicator('CB_TOT', 'Chi bộ hoàn thành tốt nhiệm vụ', 'chi bộ', ['BXD']),
      indicator('KT_DV', 'Đảng viên được kiểm tra', 'người', ['UBKT']),
      indicator('KT_VI_PHAM', 'Đảng viên có vi phạm', 'người', ['UBKT']),
      indicator('DON_NHAN', 'Đơn thư tiếp nhận', 'đơn', ['MTTQ']),
      indicator('DON_GQ', 'Đơn thư đã giải quyết', 'đơn', ['MTTQ']),
      indicator('DON_DANG', 'Đơn thư đang giải quyết', 'đơn', ['MTTQ']),
    ],
    rules: [
      rule('SH_KHONG_VUOT', 'DV_SINH_HOAT <= DV_TONG', 'error', 'Số dự sinh hoạt không vượt tổng số đảng viên.'),
      rule('MOI_KHONG_VUOT', 'DV_MOI <= DV_TONG', 'error'),
      rule('VI_PHAM_KHONG_VUOT', 'KT_VI_PHAM <= KT_DV', 'error'),
      rule('DON_CONG_DON', 'DON_GQ + DON_DANG = DON_NHAN', 'error', 'Đã giải quyết cộng đang giải quyết phải bằng số tiếp nhận.'),
      // Across units: the good chi bộ counted by the Ban Xây dựng Đảng cannot outnumber the members.
      rule('CB_TOT_HOP_LY', 'CB_TOT <= DV_TONG', 'warning'),
    ],
    documents: DOCUMENTS,
    recipients: [{ recipient: 'Ban Thường vụ Tỉnh ủy (báo cáo)' }, { recipient: 'Các chi bộ trực thuộc' }, { recipient: 'Lưu Văn phòng Đảng ủy' }],
    sheets: {
      VP: sheet({
        narratives: [
          { section: 'I.1', text: 'Đảng ủy đã quán triệt {{VB:NQ05}} đến {{SL:DV_TONG}} đảng viên của {{TL:#Chi bộ ấp/#Chi bộ ấp}} chi bộ; tỷ lệ dự sinh hoạt đạt {{PT:DV_SINH_HOAT/DV_TONG}}.' },
          { section: 'I.2', text: 'Toàn Đảng bộ kết nạp {{SL:DV_MOI}} đảng viên mới, riêng Chi bộ ấp 1 kết nạp {{SL:DV_MOI@CB_AP1}}; các chi bộ ấp hoàn thành {{NV:NVCB@Chi bộ ấp}} nhiệm vụ, Chi bộ ấp 2 hoàn thành {{NV:NVCB@CB_AP2}}.' },
          { section: 'I.2', text: '{{DV:BXD}}' },
          { section: 'I.3', text: 'Thực hiện {{VB:KH12|ngắn}}, {{DV:UBKT}} Tỷ lệ đảng viên vi phạm là {{PT:KT_VI_PHAM@UBKT/KT_DV@UBKT}}.' },
          { section: 'II', text: 'Tiếp tục nâng tỷ lệ dự sinh hoạt ở Chi bộ ấp 3 (hiện {{PT:DV_SINH_HOAT@CB_AP3/DV_TONG@CB_AP3}}) và của các chi bộ ấp ({{TL:DV_SINH_HOAT@Chi bộ ấp/DV_TONG@Chi bộ ấp}}).' },
        ],
      }),
      UBKT: sheet({
        tasks: tasks('KTGS', 4, 1),
        figures: [
          { code: 'KT_DV', value: 31 },
          { code: 'KT_VI_PHAM', value: 4 },
        ],
        narratives: [{ section: 'I.3', text: 'Ủy ban Kiểm tra đã kiểm tra {{SL:KT_DV}} đảng viên, hoàn thành {{NV:KTGS}} nhiệm vụ kiểm tra, giám sát.' }],
      }),
      BXD: sheet({
        figures: [{ code: 'CB_TOT', value: 2 }],
        narratives: [{ section: 'I.2', text: 'Có {{TL:CB_TOT/#Chi bộ ấp}} chi bộ hoàn thành tốt nhiệm vụ{{CT:C1}}.' }],
        footnotes: [{ id: 'C1', text: 'Chi bộ ấp 1 và Chi bộ ấp 2, theo {{VB:KH12|ngày}}.' }],
      }),
      CB_AP1: sheet({
        tasks: tasks('NVCB', 4, 0),
        figures: [
          { code: 'DV_TONG', value: 60 },
          { code: 'DV_SINH_HOAT', value: 54 },
          { code: 'DV_MOI', value: 2 },
        ],
        narratives: [
          { section: 'I.2', text: 'Chi bộ kết nạp {{SL:DV_MOI}} đảng viên.' },
          { section: 'I.4', text: 'Chi bộ sinh hoạt đều đặn hằng tháng, {{SL:DV_SINH_HOAT}}/{{SL:DV_TONG}} đảng viên dự đầy đủ.' },
        ],
      }),
      CB_AP2: sheet({
        tasks: tasks('NVCB', 3, 1),
        figures: [
          { code: 'DV_TONG', value: 59 },
          { code: 'DV_SINH_HOAT', value: 48 },
          { code: 'DV_MOI', value: 1 },
        ],
        narratives: [
          { section: 'I.2', text: 'Chi bộ kết nạp {{SL:DV_MOI}} đảng viên.' },
          { section: 'I.4', text: 'Chi bộ tổ chức sinh hoạt chuyên đề về chuyển đổi số{{CT:C1}}.' },
          { section: 'I.4', text: 'Tỷ lệ dự sinh hoạt của chi bộ đạt {{PT:DV_SINH_HOAT/DV_TONG}}.' },
        ],
        footnotes: [{ id: 'C1', text: 'Có {{SL:DV_SINH_HOAT}} đảng viên dự.' }],
      }),
      CB_AP3: sheet({
        tasks: tasks('NVCB', 2, 2),
        figures: [
          { code: 'DV_TONG', value: 31 },
          { code: 'DV_SINH_HOAT', value: 27 },
          { code: 'DV_MOI', value: 0 },
        ],
        narratives: [
          { section: 'I.2', text: 'Chi bộ chưa kết nạp được đảng viên mới ({{SL:DV_MOI}}).' },
          { section: 'I.4', text: 'Chi bộ duy trì sinh hoạt; có {{SL:DV_SINH_HOAT}} đảng viên dự đầy đủ.' },
        ],
      }),
      MTTQ: sheet({
        figures: [
          { code: 'DON_NHAN', value: 15 },
          { code: 'DON_GQ', value: 12 },
          { code: 'DON_DANG', value: 3 },
        ],
        narratives: [
          { section: 'I.5', text: 'Mặt trận tiếp nhận {{SL:DON_NHAN}} đơn, đã giải quyết {{TL:DON_GQ/DON_NHAN}} đơn, đạt {{PT:DON_GQ/DON_NHAN}}; {{SL:DON_DANG}} đơn đang giải quyết.' },
        ],
      }),
    },
  };
}
