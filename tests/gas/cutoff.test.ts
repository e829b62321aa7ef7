/**
 * "Chốt số liệu" against the fakes: the snapshot tab holds every unit's figures with who took it
 * (the running user) and when (Vietnam time), written in one write of its values and protected
 * for the secretariat; a second snapshot is asked about first, with no lock held, and replaces
 * the first only when confirmed; the daily trigger takes the snapshot itself from the cut-off
 * date on, once, when nobody has.
 */
import { checkWorkbook } from '../../src/app/check-workbook';
import { CUTOFF_TAB } from '../../src/domain/contract/tabs';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { readGridTabs, readMetadata } from '../../src/gas/workbook-source';
import { gasWorkbook, SECRETARIAT } from '../support/gas-workbook';

const TYPED = CHU_PUH_2023.units.flatMap((u) => (CHU_PUH_2023.sheets[u.id]?.figures ?? []).map((f) => [u.id, f.code, f.value]));

function snapshotOf(wb: ReturnType<typeof gasWorkbook>) {
  const api = wb.env.sheetsApi;
  const raw = readGridTabs(api, wb.env.spreadsheet.id, readMetadata(api, wb.env.spreadsheet.id));
  return checkWorkbook({ read: () => raw }).workbook.cutoff;
}

describe('Chốt số liệu, in Google Sheets', () => {
  it('snapshots every unit’s figures with who and when, in one write of the values, the tab protected for the secretariat', () => {
    const wb = gasWorkbook();
    wb.env.calls.reset();
    wb.call('baocaoCutoff');
    const rows = snapshotOf(wb);
    expect(rows.map((r) => [r.unitId, r.code, r.value])).toEqual(TYPED);
    // The clock reads 01:00 UTC on 12/03/2023: 08:00 in Vietnam.
    expect(new Set(rows.map((r) => `${r.time} ${r.by}`))).toEqual(new Set([`2023-03-12T08:00 ${SECRETARIAT}`]));
    expect(wb.env.calls.count('Range.setValues')).toBe(1);
    const protection = wb.env.spreadsheet.sheet(CUTOFF_TAB.name).protections.find((p) => !p.removed);
    expect(protection?.editorEmails()).toEqual([SECRETARIAT]);
    expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain(`${TYPED.length} số liệu`);
  });

  it('asks before a second snapshot, with no lock held, and replaces the first only when confirmed', () => {
    const wb = gasWorkbook();
    wb.call('baocaoCutoff');
    const first = wb.env.spreadsheet.sheet(CUTOFF_TAB.name).valuesSnapshot();
    wb.clock.now = new Date(Date.UTC(2023, 2, 13, 2, 30));
    wb.env.ui.answerNext({ button: 'NO' });
    wb.call('baocaoCutoff');
    const question = wb.env.ui.dialogs.find((d) => d.buttons === 'YES_NO')!;
    expect(question.prompt).toContain(`Số liệu đã được chốt lúc 12/03/2023 08:00 (người chốt: ${SECRETARIAT})`);
    expect(question.underLock).toEqual([]);
    expect(wb.env.spreadsheet.sheet(CUTOFF_TAB.name).valuesSnapshot()).toEqual(first);

    wb.env.ui.answerNext({ button: 'YES' });
    wb.env.calls.reset();
    wb.call('baocaoCutoff');
    expect(wb.env.calls.count('Sheet.getName')).toBe(0);
    expect(new Set(snapshotOf(wb).map((r) => r.time))).toEqual(new Set(['2023-03-13T09:30']));
    expect(wb.env.spreadsheet.sheetNames().filter((n) => n === CUTOFF_TAB.name)).toHaveLength(1);
  });

  it('leaves a tab of the user’s named like the cut-off tab without diacritics ("Chot so lieu") where it is', () => {
    const wb = gasWorkbook();
    const own = wb.env.spreadsheet.insertSheet('Chot so lieu');
    own.getRange(1, 1, 1, 2).setValues([['Ghi chú riêng', 42]]);
    wb.call('baocaoCutoff');
    // The add-in recognises its own tab by the reader's rule (findTabName), diacritics kept:
    // no question about a second snapshot, and the user's tab kept with its cells.
    expect(wb.env.ui.dialogs.some((d) => d.buttons === 'YES_NO')).toBe(false);
    expect(wb.env.spreadsheet.sheet('Chot so lieu').valuesSnapshot()).toEqual([['Ghi chú riêng', 42]]);
    expect(snapshotOf(wb)).toHaveLength(TYPED.length);
  });

  it('is for the secretariat only', () => {
    const wb = gasWorkbook();
    wb.env.session.setUser('ubnd@example.org');
    wb.call('baocaoCutoff');
    expect(wb.env.spreadsheet.findSheet(CUTOFF_TAB.name)).toBeUndefined();
    expect(wb.env.ui.dialogs.at(-1)?.prompt).toContain('Chỉ bộ phận tổng hợp');
  });

  it('is taken by the daily trigger from the cut-off date on, once, when nobody took it', () => {
    const wb = gasWorkbook();
    wb.call('baocaoEnableReminders');
    // The example's cut-off date is 01/03/2023.
    wb.clock.now = new Date(Date.UTC(2023, 1, 27, 1, 0));
    wb.fire('baocaoDailyReminders', SECRETARIAT);
    expect(wb.env.spreadsheet.findSheet(CUTOFF_TAB.name)).toBeUndefined();

    wb.clock.now = new Date(Date.UTC(2023, 2, 1, 1, 0));
    wb.env.calls.reset();
    wb.fire('baocaoDailyReminders', SECRETARIAT);
    // The tabs are known from the one metadata read: no call per tab (1,000 of them in a large workbook).
    expect(wb.env.calls.count('Sheet.getName')).toBe(0);
    const rows = snapshotOf(wb);
    expect(rows).toHaveLength(TYPED.length);
    expect(rows[0]?.by).toBe(`${SECRETARIAT} (tự động, ngày chốt số liệu)`);

    wb.clock.now = new Date(Date.UTC(2023, 2, 2, 1, 0));
    wb.fire('baocaoDailyReminders', SECRETARIAT);
    expect(new Set(snapshotOf(wb).map((r) => r.time))).toEqual(new Set(['2023-03-01T08:00']));
  });
});
