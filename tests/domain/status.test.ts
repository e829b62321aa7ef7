/**
 * Behaviour of timeliness in progress: each unit's submission is on time or late against its own
 * deadline (its row's, else the common one), a reopened unit has not submitted, and the overall
 * count "18/21 đơn vị nộp đúng hạn" is over the expected units.
 */
import { computeStatus, isSubmitted } from '../../src/domain/status';
import { onTimeSentence, timelinessOf } from '../../src/domain/timeliness';
import { validateWorkbook } from '../../src/domain/validate/validate';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { rawOf } from '../support/raw';

const statusOf = (data: WorkbookData) => {
  const validation = validateWorkbook(rawOf(data));
  return computeStatus(validation.lookup, validation.findings);
};

function withUnits(changes: Readonly<Record<string, Partial<WorkbookData['units'][number]>>>): WorkbookData {
  return { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => ({ ...u, ...(changes[u.id] ?? {}) })) };
}

describe('timeliness', () => {
  it('counts a unit as submitted only when it has submitted and not been reopened since', () => {
    expect(isSubmitted(undefined)).toBe(false);
    expect(isSubmitted({ submittedAt: null, reopenedAt: null })).toBe(false);
    expect(isSubmitted({ submittedAt: '2023-03-10T08:00', reopenedAt: null })).toBe(true);
    expect(isSubmitted({ submittedAt: '2023-03-10T08:00', reopenedAt: '2023-03-10T09:00' })).toBe(false);
    expect(isSubmitted({ submittedAt: '2023-03-10T10:00', reopenedAt: '2023-03-10T09:00' })).toBe(true);
  });

  it('is on time up to the end of the deadline day, late after, not submitted without a submission', () => {
    expect(timelinessOf('2023-03-10T23:59', '2023-03-10')).toBe('on_time');
    expect(timelinessOf('2023-03-11T00:00', '2023-03-10')).toBe('late');
    expect(timelinessOf(null, '2023-03-10')).toBe('not_submitted');
    expect(timelinessOf('2030-01-01T08:00', null)).toBe('on_time');
  });

  it('counts every unit of the built-in example on time', () => {
    const status = statusOf(CHU_PUH_2023);
    expect(status).toMatchObject({ expected: 21, submitted: 21, onTime: 21, notExpected: 0 });
    expect(status.units.every((u) => u.timeliness === 'on_time' && u.expected)).toBe(true);
    expect(onTimeSentence(status.onTime, status.expected)).toBe('21/21 đơn vị nộp đúng hạn');
  });

  it('judges each unit against its own deadline, and a reopened unit as not submitted', () => {
    const status = statusOf(
      withUnits({
        UBND: { submittedAt: '2023-03-11T08:00' },
        CAH: { submittedAt: '2023-03-12T09:00', deadline: '2023-03-12' },
        VKS: { submittedAt: '2023-03-13T10:00' },
        HDND: { reopenedAt: '2023-03-09T08:00', reopenReason: 'Bổ sung số liệu' },
      }),
    );
    const of = (id: string) => status.units.find((u) => u.unitId === id)?.timeliness;
    expect([of('UBND'), of('CAH'), of('VKS'), of('HDND'), of('PNV')]).toEqual(['late', 'on_time', 'late', 'not_submitted', 'on_time']);
    expect(status).toMatchObject({ expected: 21, submitted: 20, onTime: 18 });
    expect(onTimeSentence(status.onTime, status.expected)).toBe('18/21 đơn vị nộp đúng hạn');
  });

  it('counts neither the submissions nor the timeliness of units outside their active dates', () => {
    const status = statusOf(withUnits({ XA_IAHRU: { activeTo: '2021-12-31' }, XA_IARONG: { activeFrom: '2023-04-01', submittedAt: '2023-03-11T08:00' } }));
    expect(status).toMatchObject({ expected: 19, submitted: 19, onTime: 19, notExpected: 2 });
  });
});
