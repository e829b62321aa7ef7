/**
 * The contract's zod schemas, built from the same column declarations as the record types: the
 * built-in example's records conform to them, values outside a column's type are refused, and the
 * record types stay as precise as the schemas (checked at compile time).
 */
import type { Settings, Task, Unit } from '../../../src/domain/contract/tables';
import { INDICATOR_COLUMNS, RULE_COLUMNS, SECTION_COLUMNS, SETTINGS_FIELDS, TASK_COLUMNS, UNIT_COLUMNS } from '../../../src/domain/contract/tables';
import { recordSchema, schemaOf } from '../../../src/domain/contract/schemas';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';

describe('the contract schemas', () => {
  it('accept every record of the built-in example', () => {
    const tables = [
      [UNIT_COLUMNS, CHU_PUH_2023.units],
      [SECTION_COLUMNS, CHU_PUH_2023.sections],
      [INDICATOR_COLUMNS, CHU_PUH_2023.indicators],
      [RULE_COLUMNS, CHU_PUH_2023.rules],
      [TASK_COLUMNS, Object.values(CHU_PUH_2023.sheets).flatMap((s) => s.tasks)],
    ] as const;
    for (const [columns, records] of tables) {
      const schema = recordSchema(columns);
      // The example is written as drafts (optional columns left out); the parser gives them as null.
      const blank = Object.fromEntries(Object.keys(columns).map((key) => [key, null]));
      for (const record of records) expect(schema.safeParse({ ...blank, ...record }).success).toBe(true);
    }
  });

  it('refuse what a column’s type excludes', () => {
    expect(schemaOf(SETTINGS_FIELDS.profile).safeParse('party').success).toBe(true);
    expect(schemaOf(SETTINGS_FIELDS.profile).safeParse('Đảng').success).toBe(false);
    expect(schemaOf(SETTINGS_FIELDS.percentDecimals).safeParse(2.5).success).toBe(false);
    expect(schemaOf(SETTINGS_FIELDS.percentDecimals).safeParse(null).success).toBe(false);
    expect(schemaOf(SETTINGS_FIELDS.parentBody).safeParse(null).success).toBe(true);
    expect(schemaOf(UNIT_COLUMNS.emails).safeParse(['nguyễn@example.org']).success).toBe(false);
  });

  it('keep record types as precise as the schemas', () => {
    const profile: Settings['profile'] = 'state';
    // @ts-expect-error a profile outside the choices is not a Settings['profile']
    const wrong: Settings['profile'] = 'xyz';
    const group: Unit['group'] = null;
    // @ts-expect-error a required field is never null
    const id: Unit['id'] = null;
    const status: Task['status'] = 'in_progress';
    expect([profile, wrong, group, id, status]).toHaveLength(5);
  });
});
