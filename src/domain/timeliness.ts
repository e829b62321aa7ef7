/**
 * Timeliness (DHIS2's second completeness measure after "submitted"): a unit's submission is on
 * time when the date it was made is no later than the unit's own deadline (its row's "Hạn nộp
 * riêng", else the settings' common deadline), late otherwise. A unit without a deadline cannot be
 * late. "18/21 đơn vị nộp đúng hạn" counts the on-time units among the expected ones. Pure.
 */
import type { IsoDate, IsoDateTime } from './dates';

export type Timeliness = 'on_time' | 'late' | 'not_submitted';

export const TIMELINESS_LABEL: Record<Timeliness, string> = {
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  not_submitted: 'Chưa nộp',
};

/** On time, late or not submitted, from the (current) submission time and the unit's deadline. */
export function timelinessOf(submittedAt: IsoDateTime | null, deadline: IsoDate | null): Timeliness {
  if (submittedAt === null) return 'not_submitted';
  if (deadline === null) return 'on_time';
  return submittedAt.slice(0, 10) <= deadline ? 'on_time' : 'late';
}

/** "18/21 đơn vị nộp đúng hạn". */
export function onTimeSentence(onTime: number, expected: number): string {
  return `${onTime}/${expected} đơn vị nộp đúng hạn`;
}
