/** Behaviour of the placeholder language clerks type in narrative cells. */
import { parsePlaceholder, segmentText } from '../../../src/domain/report/placeholders';

describe('placeholders', () => {
  it('parses every kind', () => {
    const term = { kind: 'indicator', code: 'DON_TIEP_NHAN', scope: null };
    expect(parsePlaceholder('SL:don_tiep_nhan')).toEqual({ kind: 'figure', expression: { expression: term, option: null, terms: [term] } });
    expect(parsePlaceholder('SL:DON@UBND')).toMatchObject({ expression: { terms: [{ code: 'DON', scope: 'UBND' }] } });
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
    expect(parsePlaceholder('SL:mã có dấu')).toEqual({ problem: 'expression', kind: 'SL', detail: 'không hiểu "mã" (ký tự thứ 1)' });
    expect(parsePlaceholder('VB:QD529|dài dòng')).toEqual({ problem: 'option', kind: 'VB', detail: 'dài dòng' });
  });

  it('reads a figure as arithmetic over scoped codes, a group name keeping its comma', () => {
    const parsed = parsePlaceholder('SL:DK - CN@Xã, thị trấn');
    expect(parsed).toMatchObject({
      kind: 'figure',
      expression: { option: null, terms: [{ code: 'DK', scope: null }, { code: 'CN', scope: 'Xã, thị trấn' }] },
    });
    expect(parsePlaceholder('TL:A@Xã, thị trấn/B@Xã, thị trấn')).toMatchObject({
      part: { code: 'A', scope: 'Xã, thị trấn' },
      whole: { code: 'B', scope: 'Xã, thị trấn' },
    });
    expect(parsePlaceholder('SL:5')).toMatchObject({ problem: 'expression', detail: 'chưa có mã chỉ tiêu nào' });
  });

  it('reads period options without diacritics or case, and refuses one a kind does not take', () => {
    expect(parsePlaceholder('SL:X|ky truoc')).toMatchObject({ expression: { option: 'previous' } });
    expect(parsePlaceholder('SL:X | CÙNG KỲ')).toMatchObject({ expression: { option: 'sameLastYear' } });
    expect(parsePlaceholder('SL:X|luỹ kế')).toMatchObject({ expression: { option: 'yearToDate' } });
    expect(parsePlaceholder('SL:X|tháng trước')).toEqual({ problem: 'option', kind: 'SL', detail: 'tháng trước' });
    expect(parsePlaceholder('SS:X')).toMatchObject({ kind: 'change', compared: 'previous' });
    expect(parsePlaceholder('ss:X@UBND|Cùng kỳ')).toMatchObject({ kind: 'change', compared: 'sameLastYear', expression: { terms: [{ scope: 'UBND' }] } });
    expect(parsePlaceholder('SS:X|lũy kế')).toEqual({ problem: 'option', kind: 'SS', detail: 'lũy kế' });
    expect(parsePlaceholder('TL:A/B|kỳ trước')).toEqual({ problem: 'option', kind: 'TL', detail: 'kỳ trước' });
  });

  it('reads the period name with or without a compared period', () => {
    expect(parsePlaceholder('KY')).toEqual({ kind: 'period', which: 'current' });
    expect(parsePlaceholder(' ky ')).toEqual({ kind: 'period', which: 'current' });
    expect(parsePlaceholder('KY|trước')).toEqual({ kind: 'period', which: 'previous' });
    expect(parsePlaceholder('KY|kỳ trước')).toEqual({ kind: 'period', which: 'previous' });
    expect(parsePlaceholder('KY|cung ky nam truoc')).toEqual({ kind: 'period', which: 'sameLastYear' });
    expect(parsePlaceholder('KY|sau')).toEqual({ problem: 'option', kind: 'KY', detail: 'sau' });
    expect(parsePlaceholder('KY|lũy kế')).toEqual({ problem: 'option', kind: 'KY', detail: 'lũy kế' });
    expect(parsePlaceholder('KY:X')).toMatchObject({ problem: 'syntax' });
  });

  it('splits text into literal runs and placeholders in order', () => {
    const segments = segmentText('Đã giải quyết {{TL:A/B}} đơn, đạt {{PT:A/B}}.');
    expect(segments.map((s) => s.type)).toEqual(['text', 'placeholder', 'text', 'placeholder', 'text']);
  });

  it('treats an unfinished placeholder as an error rather than literal text', () => {
    expect(segmentText('tiếp nhận {{SL:DON đơn').some((s) => s.type === 'invalid')).toBe(true);
  });
});
