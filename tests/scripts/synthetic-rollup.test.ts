/**
 * The roll-up generator (scripts/synthetic-rollup.ts) the tests and the bench rely on: any size
 * works (a bug once made a province of one child loop forever), the mix of children is the one
 * documented, and a seed always gives the same files.
 */
import { childStates, communeWorkbook, syntheticProvince } from '../../scripts/synthetic-rollup';
import { planWorkbookFromData } from '../../src/domain/workbook/layout';
import { writeNewXlsx } from '../../src/local/xlsx';

describe('the roll-up generator', () => {
  it('gives every size of province a state per child, at least one on time from two children on', () => {
    for (let count = 1; count <= 60; count += 1) {
      const states = childStates(count);
      expect(states).toHaveLength(count);
      if (count >= 2) expect(states.filter((s) => s === 'on_time').length).toBeGreaterThanOrEqual(1);
      if (count >= 4) expect(new Set(states)).toEqual(new Set(['on_time', 'errors', 'incomplete', 'late']));
    }
  });

  it('makes 128 of 135 communes submit: one with errors and six incomplete do not, ten submit late', () => {
    const states = childStates(135);
    const count = (state: string) => states.filter((s) => s === state).length;
    expect([count('errors'), count('incomplete'), count('late'), count('on_time')]).toEqual([1, 6, 10, 118]);
    const province = syntheticProvince({ children: 135, chiBoPerChild: 2 });
    const submitted = province.children.filter((c) => c.data.units.find((u) => u.id === 'VP')?.submittedAt !== null);
    expect(submitted).toHaveLength(128);
  });

  it('writes the same bytes for the same seed, and other figures for another commune', () => {
    const bytes = (index: number, seed: number) => Buffer.from(writeNewXlsx(planWorkbookFromData(communeWorkbook({ index, chiBo: 5, state: 'on_time', seed })), new Date(0)));
    expect(bytes(3, 7).equals(bytes(3, 7))).toBe(true);
    expect(bytes(3, 7).equals(bytes(4, 7))).toBe(false);
    const figures = (index: number) => communeWorkbook({ index, chiBo: 5, state: 'on_time', seed: 7 }).sheets['CB01']!.figures.map((f) => f.value);
    expect(figures(3)).not.toEqual(figures(4));
  });
});
