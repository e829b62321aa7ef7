/** docs/workbook.md is generated from the contract; it must be regenerated whenever the contract changes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_TABS, UNIT_BLOCKS } from '../../../src/domain/contract/tabs';
import { workbookDocs } from '../../../src/local/docs/workbook-docs';

describe('the workbook documentation', () => {
  const generated = workbookDocs();

  it('is up to date with the contract (run "npm run docs" when this fails)', () => {
    expect(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'workbook.md'), 'utf8')).toBe(generated);
  });

  it('describes every tab, every block and every column by its Vietnamese header', () => {
    for (const tab of TABLE_TABS) {
      expect(generated).toContain(`## Tab "${tab.name}"`);
      for (const def of Object.values(tab.columns)) expect(generated).toContain(`| ${def.label} |`);
    }
    for (const block of UNIT_BLOCKS) expect(generated).toContain(`### ${block.title}`);
  });
});
