/**
 * The --json shape of findings: every field of docs/cli.md, and `cells` (each cell a finding is
 * about, with its value) exactly when the finding carries them.
 */
import type { Finding } from '../../../src/domain/findings';
import { findingsJson } from '../../../src/local/cli/render-text';

describe('findings as JSON', () => {
  it('emits cells when a finding names several, and leaves them out when it does not', () => {
    const rule: Finding = {
      code: 'RULE_VIOLATED',
      severity: 'warning',
      tab: 'UBND huyện',
      cell: 'D23',
      message: 'vế trái bằng 120, vế phải bằng 124',
      unitId: 'UBND',
      cells: [
        { tab: 'UBND huyện', cell: 'D23', label: 'DON_DA_GIAI_QUYET', value: '106' },
        { tab: 'UBND huyện', cell: 'D22', label: 'DON_TIEP_NHAN', value: '124' },
      ],
    };
    const plain: Finding = { code: 'MISSING_TAB', severity: 'error', tab: 'Đơn vị', cell: null, message: 'Thiếu tab' };
    expect(findingsJson('bc.xlsx', [rule, plain])).toEqual({
      file: 'bc.xlsx',
      ok: false,
      errors: 1,
      warnings: 1,
      findings: [
        {
          severity: 'cảnh báo',
          code: 'RULE_VIOLATED',
          tab: 'UBND huyện',
          cell: 'D23',
          message: 'vế trái bằng 120, vế phải bằng 124',
          unit: 'UBND',
          cells: [
            { tab: 'UBND huyện', cell: 'D23', label: 'DON_DA_GIAI_QUYET', value: '106' },
            { tab: 'UBND huyện', cell: 'D22', label: 'DON_TIEP_NHAN', value: '124' },
          ],
        },
        { severity: 'lỗi', code: 'MISSING_TAB', tab: 'Đơn vị', cell: null, message: 'Thiếu tab' },
      ],
    });
  });
});
