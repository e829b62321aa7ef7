/**
 * The Sheets side applies the same tab plan as the .xlsx writer: a unit tab created by set-up
 * keeps its title rows and its code column in view, as it does in Excel and LibreOffice.
 */
import { planWorkbookFromData } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { createTab } from '../../src/gas/tab-writer';
import { createGasEnvironment } from '../fakes/gas';

describe('writing a tab plan into Google Sheets', () => {
  it('freezes the rows and the code column the plan freezes', () => {
    const env = createGasEnvironment();
    const spreadsheet = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    const plans = planWorkbookFromData(CHU_PUH_2023);
    const unitPlan = plans.find((p) => p.role === 'unit')!;
    const tablePlan = plans.find((p) => p.role === 'config')!;
    expect(unitPlan.frozenColumns).toBe(1);
    for (const plan of [unitPlan, tablePlan]) {
      const sheet = createTab(spreadsheet, plan, env.globals.SpreadsheetApp);
      expect(sheet.getFrozenRows()).toBe(plan.frozenRows);
      expect(sheet.getFrozenColumns()).toBe(plan.frozenColumns ?? 0);
    }
  });
});
