/** Submission state kept in document properties, laid over and mirrored into the units tab. */
import type { RawWorkbook } from '../../src/domain/cells';
import { mirrorWrites, overlaySubmissions, readSubmissionStates, writeSubmissionState } from '../../src/gas/submission-state';
import { createGasEnvironment } from '../fakes/gas';

const units: RawWorkbook = {
  tabs: [
    {
      name: 'Đơn vị',
      rows: [
        ['Mã đơn vị *', 'Tên đơn vị *', 'Nhóm', 'Tên tab *', 'Email liên hệ', 'Hạn nộp riêng', 'Đã nộp lúc', 'Người nộp', 'Mở lại lúc', 'Lý do mở lại'],
        ['UBND', 'Ủy ban nhân dân huyện', null, 'UBND', 'ubnd@example.org'],
        ['CAH', 'Công an huyện', null, 'CAH', 'cah@example.org', null, 45000.375, 'cah@example.org'],
      ],
    },
  ],
};
const state = { submittedAt: '2023-03-12T09:30', submittedBy: 'ubnd@example.org', reopenedAt: null, reopenReason: null };

describe('submission state', () => {
  it('round-trips through document properties and ignores values edited into nonsense', () => {
    const props = createGasEnvironment().globals.PropertiesService.getDocumentProperties();
    writeSubmissionState(props, 'UBND', state);
    props.setProperty('baocao.submission.CAH', '{not json');
    expect([...readSubmissionStates(props)]).toEqual([['UBND', state]]);
  });

  it('is laid over the units tab so validation sees the unit as submitted', () => {
    const overlaid = overlaySubmissions(units, new Map([['UBND', state]]));
    expect(overlaid.tabs[0]?.rows[1]?.slice(6, 8)).toEqual(['2023-03-12T09:30', 'ubnd@example.org']);
    expect(overlaid.tabs[0]?.rows[2]).toEqual(units.tabs[0]?.rows[2]);
  });

  it('is mirrored with at most one write per changed column, keeping other rows’ values', () => {
    const writes = mirrorWrites(units, new Map([['UBND', state]]));
    expect(writes.map((w) => w.col)).toEqual([7, 8]);
    expect(writes[0]?.values).toEqual([{ date: '2023-03-12T09:30' }, 45000.375]);
    expect(mirrorWrites(overlaySubmissions(units, new Map([['UBND', state]])), new Map([['UBND', state]]))).toEqual([]);
  });
});
