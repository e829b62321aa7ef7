/**
 * The commands a person is told to run next are printed as they started this program: under
 * `npm run baocao --` the advice to validate says `npm run baocao -- validate …`, never a bare
 * `baocao` that is not installed (report's remaining errors, remind's warnings beyond the list).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../../src/domain/findings';
import { describeWarnings, MAX_LISTED } from '../../../src/local/cli/commands/remind';
import { run, workspace } from './run';
import { exampleWithErrors, workbookWithLog } from './workbook-fixtures';

const NPM = 'npm run baocao --';

describe('commands printed as the person runs them', () => {
  it('report points to validate under the npm form when errors remain', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'bc.xlsx'), await workbookWithLog(exampleWithErrors('UBND'), []));
    const result = await run(dir, ['report', 'bc.xlsx', '-o', 'bc.md'], { invokedAs: NPM });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/Còn \d+ lỗi trong bảng tính: xem "npm run baocao -- validate bc\.xlsx"\./);
    expect(result.out).not.toContain('"baocao validate');
  });

  it('remind’s warnings beyond the list point to the command it was given', () => {
    const warning = (i: number): Finding => ({ severity: 'warning', code: 'NO_EMAIL', tab: null, cell: null, message: `Đơn vị ${i} chưa có email.` });
    const lines = describeWarnings(Array.from({ length: MAX_LISTED + 3 }, (_, i) => warning(i)), `${NPM} validate bc.xlsx`);
    expect(lines).toHaveLength(MAX_LISTED + 1);
    expect(lines.at(-1)).toBe('  … và 3 cảnh báo nữa (xem "npm run baocao -- validate bc.xlsx").');
  });
});
