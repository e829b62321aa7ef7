/** Invariants of the workbook contract that every layout and parser relies on. */
import { SETTINGS_TAB, TABLE_TABS, UNIT_BLOCKS, REMINDER_LOG_TAB } from '../../../src/domain/contract/tabs';
import { looseKey } from '../../../src/domain/text';

const tables = [...TABLE_TABS, REMINDER_LOG_TAB, ...UNIT_BLOCKS];

describe('the workbook contract', () => {
  it('never names a field "at", which parsed records use for their cell position', () => {
    for (const table of tables) expect(Object.keys(table.columns)).not.toContain('at');
  });

  it('gives every column of a table a header that stays distinct when read loosely', () => {
    for (const table of [...tables, { columns: SETTINGS_TAB.fields }]) {
      const keys = Object.values(table.columns).map((c) => looseKey(c.label));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('gives every unit block a distinct title', () => {
    const titles = UNIT_BLOCKS.map((b) => looseKey(b.title));
    expect(new Set(titles).size).toBe(titles.length);
  });
});
