/**
 * A small but complete workbook for tests: two units (a secretariat and a commune), two
 * sections, three indicators with a sum rule, one document, one footnote. Tests derive their
 * bad-input cases from it by changing one thing.
 */
import type { WorkbookData } from '../../src/domain/workbook/data';

export function tinyWorkbook(): WorkbookData {
  return {
    settings: {
      parentBody: 'ĐẢNG BỘ TỈNH GIA LAI',
      issuingBody: 'HUYỆN ỦY CHƯ PƯH',
      place: 'Chư Pưh',
      documentNumber: '12',
      documentSymbol: 'BC/HU',
      documentDate: '2023-03-16',
      documentType: 'BÁO CÁO',
      summary: 'Sơ kết thực hiện {{VB:QD529}}',
      periodFrom: null,
      periodTo: null,
      cutoffDate: null,
      deadline: '2023-03-10',
      profile: 'party',
      signingAuthority: 'T/M BAN THƯỜNG VỤ',
      signerTitle: 'PHÓ BÍ THƯ',
      signerName: 'Nguyễn Văn A',
      secretariatUnit: 'BDV',
      secretariatEmails: ['bdv@example.org'],
      zeroPad: true,
      percentDecimals: 2,
    },
    units: [
      { id: 'BDV', name: 'Ban Dân vận Huyện ủy', group: 'Cơ quan Đảng', tab: 'BDV', emails: ['bdv@example.org'], deadline: null, submittedAt: null, submittedBy: null, reopenedAt: null, reopenReason: null },
      { id: 'XA1', name: 'Ủy ban nhân dân xã Ia Le', group: 'Xã', tab: 'Xã Ia Le', emails: ['iale@example.org'], deadline: null, submittedAt: null, submittedBy: null, reopenedAt: null, reopenReason: null },
    ],
    sections: [
      { id: 'I', title: 'KẾT QUẢ', writers: null, textRequired: null, guidance: null },
      { id: 'I.1', title: 'Công tác tiếp dân', writers: ['Xã'], textRequired: true, guidance: null },
      { id: 'I.2', title: 'Đánh giá chung', writers: ['BDV'], textRequired: true, guidance: null },
    ],
    indicators: [
      { code: 'DON_TN', label: 'Đơn tiếp nhận', measure: 'đơn', reporters: ['Xã'], aggregation: 'sum', numberKind: 'integer', note: null },
      { code: 'DON_GQ', label: 'Đơn đã giải quyết', measure: 'đơn', reporters: ['Xã'], aggregation: 'sum', numberKind: 'integer', note: null },
      { code: 'DON_DANG', label: 'Đơn đang giải quyết', measure: 'đơn', reporters: ['Xã'], aggregation: 'sum', numberKind: 'integer', note: null },
    ],
    rules: [
      { id: 'R1', expression: 'DON_GQ + DON_DANG = DON_TN', severity: 'warning', description: null },
      { id: 'R2', expression: 'DON_GQ <= DON_TN', severity: 'error', description: null },
    ],
    documents: [
      { id: 'QD529', kind: 'Quyết định', numberSymbol: '529-QĐ/HU', issuedOn: '2022-02-11', issuer: 'Ban Thường vụ Huyện ủy', summary: 'về ban hành Quy chế công tác dân vận' },
    ],
    recipients: [{ recipient: 'Thường trực Tỉnh ủy (báo cáo)' }, { recipient: 'Lưu Văn phòng Huyện ủy' }],
    sheets: {
      BDV: {
        tasks: [],
        figures: [],
        narratives: [{ section: 'I.2', text: 'Các xã đã giải quyết {{TL:DON_GQ/DON_TN}} đơn.' }],
        footnotes: [],
        documents: [],
      },
      XA1: {
        tasks: [
          { group: 'NVTT', title: 'Tổ chức hội nghị', status: 'done', note: null },
          { group: 'NVTT', title: 'Kiểm tra thôn', status: 'in_progress', note: null },
        ],
        figures: [
          { code: 'DON_TN', value: 45 },
          { code: 'DON_GQ', value: 35 },
          { code: 'DON_DANG', value: 10 },
        ],
        narratives: [{ section: 'I.1', text: 'Xã tiếp nhận {{SL:DON_TN}} đơn{{CT:C1}}.' }],
        footnotes: [{ id: 'C1', text: 'Đã giải quyết {{SL:DON_GQ}} đơn.' }],
        documents: [],
      },
    },
  };
}
