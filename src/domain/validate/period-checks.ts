/**
 * Checks about time: the period settings (type and dates agree, the finding naming the expected
 * date), the history tab's period keys, units' active dates, and the figures changed after the
 * data cut-off. One entry point for validation, so the periods work stays out of the other checks.
 */
import { checkCutoff } from '../cutoff';
import { formatDateNumeric } from '../format';
import { makeFinding, type Finding } from '../findings';
import { historyOf } from '../periods/history';
import { checkPeriodSettings, type PeriodNeeds } from '../periods/of-settings';
import { segmentText } from '../report/placeholders';
import type { Lookup } from '../workbook/lookup';
import { cellOf } from '../workbook/model';
import { textCellsOf } from './unit-checks';

/** What the workbook uses of the report's period: its name, its dates. */
function periodNeeds(lookup: Lookup): PeriodNeeds {
  const { workbook } = lookup;
  let name = false;
  let dates = workbook.history.length > 0 || workbook.units.some((u) => u.activeFrom !== null || u.activeTo !== null);
  const texts = [workbook.settings?.summary ?? '', ...[...workbook.unitSheets.values()].flatMap((s) => textCellsOf(s).map((c) => c.text))];
  for (const text of texts) {
    if (dates) break;
    for (const segment of segmentText(text)) {
      if (segment.type !== 'placeholder') continue;
      const p = segment.placeholder;
      if (p.kind === 'period' && p.which === 'current') name = true;
      else if (p.kind === 'period' || p.kind === 'change' || (p.kind === 'figure' && p.expression.option !== null)) dates = true;
    }
  }
  return { name, dates };
}

function checkActiveDates(lookup: Lookup): Finding[] {
  const findings: Finding[] = [];
  for (const unit of lookup.workbook.units) {
    if (unit.activeFrom === null || unit.activeTo === null || unit.activeTo >= unit.activeFrom) continue;
    findings.push(
      makeFinding(
        'UNIT_ACTIVE_DATES_INVERTED',
        { tab: unit.at.tab, cell: cellOf(unit.at, 'activeTo'), unitId: unit.id },
        { unit: unit.name, from: formatDateNumeric(unit.activeFrom), to: formatDateNumeric(unit.activeTo) },
      ),
    );
  }
  return findings;
}

/** Every check about periods, history, the roster over time and the cut-off. */
export function checkPeriods(lookup: Lookup): Finding[] {
  const { settings, settingsCells } = lookup.workbook;
  const findings: Finding[] = settings === null ? [] : checkPeriodSettings(settings, settingsCells, periodNeeds(lookup));
  for (const row of historyOf(lookup.workbook).invalid) {
    findings.push(makeFinding('HISTORY_KEY_INVALID', { tab: row.at.tab, cell: cellOf(row.at, 'periodKey') }, { value: row.periodKey }));
  }
  findings.push(...checkActiveDates(lookup), ...checkCutoff(lookup));
  return findings;
}
