/**
 * The cheap questions asked of a source before it is summarized: which sources a workbook
 * names (asked of the core only when a cell of its units tab can be one, by the core's own
 * rule) and which tab each unit uses (from the units tab alone). Both must answer exactly as the
 * core's full reading does.
 */
import { syntheticProvince, syntheticWard } from '../../../scripts/synthetic-rollup';
import type { RawWorkbook } from '../../../src/domain/cells';
import * as sources from '../../../src/domain/rollup/sources';
import { planWorkbookFromData, rawFromPlans } from '../../../src/domain/workbook/layout';
import { readWorkbook } from '../../../src/domain/workbook/read';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { neededSources, unitTabs } from '../../../src/local/rollup/parse-source';

function raw(data: WorkbookData): RawWorkbook {
  return rawFromPlans(planWorkbookFromData(data));
}

const province = syntheticProvince({ children: 3, chiBoPerChild: 2 }).parent;
const ward = syntheticWard({ chiBo: 7 }).sharded;
const hostile: WorkbookData = {
  ...CHU_PUH_2023,
  units: CHU_PUH_2023.units.map((u, i) =>
    i === 0 ? { ...u, source: 'javascript:alert(1)', sourceKind: 'child' as const } : i === 1 ? { ...u, name: 'bao-cao.xlsx', source: '\u200bxa/a.xlsx', sourceKind: 'shard' as const } : u,
  ),
};

describe('the questions asked of a source before it is summarized', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['a province of child reports', province],
    ['a ward over shards', ward],
    ['a report without sources', CHU_PUH_2023],
    ['hostile sources', hostile],
  ])('lists the sources of %s exactly as the core does', (_, data) => {
    const workbook = raw(data);
    expect(neededSources(workbook)).toEqual(sources.sourcesNeeded(workbook));
  });

  it('does not read the whole workbook when no cell of its units tab can be a source', () => {
    const spy = jest.spyOn(sources, 'sourcesNeeded');
    expect(neededSources(raw(CHU_PUH_2023))).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
    neededSources(raw(ward));
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('gives each unit’s tab as the core reads it, and null for a unit without one', () => {
    for (const data of [ward, province, CHU_PUH_2023]) {
      const workbook = raw(data);
      const tabOf = unitTabs(workbook);
      for (const unit of readWorkbook(workbook).workbook.units) expect([unit.id, tabOf(unit.id)]).toEqual([unit.id, unit.tab === '' ? null : unit.tab]);
    }
    expect(unitTabs(raw(province))('XA001')).toBeNull();
    expect(unitTabs(raw(province))('KHONG_CO')).toBeNull();
  });
});
