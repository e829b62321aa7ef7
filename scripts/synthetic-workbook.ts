/**
 * Synthetic workbooks for the benchmark: N units in one group, each with ten tasks, five
 * indicator figures, three narrative paragraphs full of placeholders and one footnote, plus a
 * secretariat that writes the opening section. Shaped like a real commune-level report, only
 * bigger; every generated workbook validates without errors.
 */
import type { WorkbookData } from '../src/domain/workbook/data';
import { CHU_PUH_2023 } from '../src/example/chu-puh-2023';

const INDICATORS = ['DON_TN', 'DON_GQ', 'DON_DANG', 'LUOT_TIEP', 'HOI_NGHI'] as const;

export function syntheticWorkbook(unitCount: number): WorkbookData {
  const ids = Array.from({ length: unitCount }, (_, i) => `XA${String(i + 1).padStart(4, '0')}`);
  const units = [
    { id: 'TH', name: 'Bộ phận tổng hợp', group: 'Tổng hợp', tab: 'Tổng hợp BC', emails: ['th@example.org'], deadline: null, submittedAt: null, submittedBy: null, reopenedAt: null, reopenReason: null },
    ...ids.map((id, i) => ({
      id,
      name: `Ủy ban nhân dân xã số ${i + 1}`,
      group: 'Xã',
      tab: `Xã ${i + 1}`,
      emails: [`${id.toLowerCase()}@example.org`],
      deadline: null,
      submittedAt: null,
      submittedBy: null,
      reopenedAt: null,
      reopenReason: null,
    })),
  ];
  const sheets: Record<string, WorkbookData['sheets'][string]> = {
    TH: {
      tasks: [],
      figures: [],
      narratives: [{ section: 'I.1', text: 'Toàn huyện tiếp nhận {{SL:DON_TN}} đơn, đã giải quyết {{TL:DON_GQ/DON_TN}} đơn, đạt {{PT:DON_GQ/DON_TN}}; {{TL:HOI_NGHI/#Xã}} xã tổ chức hội nghị.' }],
      footnotes: [],
      documents: [],
    },
  };
  ids.forEach((id, i) => {
    const received = 20 + (i % 17);
    const resolved = received - (i % 5);
    sheets[id] = {
      tasks: Array.from({ length: 10 }, (_, t) => ({
        group: 'NVTT',
        title: `Nhiệm vụ trọng tâm số ${t + 1} của xã`,
        status: t < 8 ? ('done' as const) : t === 8 ? ('in_progress' as const) : ('not_started' as const),
        note: null,
      })),
      figures: [
        { code: 'DON_TN', value: received },
        { code: 'DON_GQ', value: resolved },
        { code: 'DON_DANG', value: received - resolved },
        { code: 'LUOT_TIEP', value: 100 + i },
        { code: 'HOI_NGHI', value: 1 },
      ],
      narratives: [
        { section: 'II.1', text: `Xã đã tiếp nhận {{SL:DON_TN}} đơn, giải quyết {{TL:DON_GQ/DON_TN}} đơn, đạt {{PT:DON_GQ/DON_TN}}{{CT:F1}}.` },
        { section: 'II.1', text: 'Hoàn thành {{NV:NVTT}} nhiệm vụ trọng tâm; tiếp {{SL:LUOT_TIEP}} lượt công dân theo {{VB:QD529|ngắn}}.' },
        { section: 'II.1', text: 'Công tác dân vận chính quyền được quan tâm, *thường xuyên* đối thoại với Nhân dân, giải quyết kịp thời kiến nghị chính đáng.' },
      ],
      footnotes: [{ id: 'F1', text: 'Trong đó {{SL:DON_DANG}} đơn đang giải quyết, theo {{VB:QD529}}.' }],
      documents: [],
    };
  });
  return {
    settings: { ...CHU_PUH_2023.settings, secretariatUnit: 'TH', secretariatEmails: ['th@example.org'] },
    units,
    sections: [
      { id: 'I', title: 'KẾT QUẢ CHUNG', writers: null, textRequired: null, guidance: null },
      { id: 'I.1', title: 'Tổng hợp', writers: ['TH'], textRequired: true, guidance: null },
      { id: 'II', title: 'KẾT QUẢ CỦA CÁC XÃ', writers: null, textRequired: null, guidance: null },
      { id: 'II.1', title: 'Từng xã', writers: ['Xã'], textRequired: true, guidance: null },
    ],
    indicators: INDICATORS.map((code) => ({
      code,
      label: `Chỉ tiêu ${code}`,
      measure: 'đơn',
      reporters: ['Xã'],
      aggregation: 'sum' as const,
      numberKind: 'integer' as const,
      note: null,
    })),
    rules: [
      { id: 'R1', expression: 'DON_GQ + DON_DANG = DON_TN', severity: 'warning', description: null },
      { id: 'R2', expression: 'DON_GQ <= DON_TN', severity: 'error', description: null },
    ],
    documents: CHU_PUH_2023.documents.filter((d) => d.id === 'QD529'),
    recipients: CHU_PUH_2023.recipients,
    sheets,
  };
}
