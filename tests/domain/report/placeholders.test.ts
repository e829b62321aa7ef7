/** Behaviour of the placeholder language clerks type in narrative cells. */
import { parsePlaceholder, segmentText } from '../../../src/domain/report/placeholders';

describe('placeholders', () => {
  it('parses every kind', () => {
    expect(parsePlaceholder('SL:don_tiep_nhan')).toEqual({ kind: 'figure', term: { type: 'indicator', code: 'DON_TIEP_NHAN', scope: null } });
    expect(parsePlaceholder('SL:DON@UBND')).toMatchObject({ term: { code: 'DON', scope: 'UBND' } });
    expect(parsePlaceholder('TL:A/#Xã')).toEqual({
      kind: 'ratio',
      part: { type: 'indicator', code: 'A', scope: null },
      whole: { type: 'unitCount', group: 'Xã' },
    });
    expect(parsePlaceholder('pt:A/B')).toMatchObject({ kind: 'percent' });
    expect(parsePlaceholder('NV:NVTT')).toEqual({ kind: 'tasks', group: 'NVTT', scope: null });
    expect(parsePlaceholder('VB:QD529')).toEqual({ kind: 'document', id: 'QD529', style: 'full', dateStyle: null });
    expect(parsePlaceholder('VB:QD529|ngắn')).toMatchObject({ style: 'short' });
    expect(parsePlaceholder('VB:QD529|ngày')).toMatchObject({ style: 'dated' });
    expect(parsePlaceholder('CT:CT1')).toEqual({ kind: 'footnote', id: 'CT1', unit: null });
    expect(parsePlaceholder('DV:bchqs')).toEqual({ kind: 'unitText', unit: 'BCHQS' });
  });

  it('reports an unknown kind and malformed bodies', () => {
    expect(parsePlaceholder('XX:A')).toEqual({ problem: 'kind', kind: 'XX' });
    expect(parsePlaceholder('SL')).toMatchObject({ problem: 'syntax' });
    expect(parsePlaceholder('TL:A')).toMatchObject({ problem: 'syntax' });
    expect(parsePlaceholder('SL:mã có dấu')).toMatchObject({ problem: 'syntax' });
    expect(parsePlaceholder('VB:QD529|dài dòng')).toMatchObject({ problem: 'syntax' });
  });

  it('splits text into literal runs and placeholders in order', () => {
    const segments = segmentText('Đã giải quyết {{TL:A/B}} đơn, đạt {{PT:A/B}}.');
    expect(segments.map((s) => s.type)).toEqual(['text', 'placeholder', 'text', 'placeholder', 'text']);
  });

  it('treats an unfinished placeholder as an error rather than literal text', () => {
    expect(segmentText('tiếp nhận {{SL:DON đơn').some((s) => s.type === 'invalid')).toBe(true);
  });
});
