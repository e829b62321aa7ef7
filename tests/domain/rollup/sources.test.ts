/**
 * The units tab's sources: what the adapters must read (`sourcesNeeded`) and every way a source
 * can be declared wrongly, each a finding on its cell.
 */
import { sourceForm, sourceKey, sourcesNeeded, shardTabName, splitShardTab } from '../../../src/domain/rollup/sources';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { UnitDraft } from '../../../src/domain/contract/tables';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { cellRightOf, findCell, rawOf, withCell } from '../../support/raw';
import { childCommune, communeSpecs, provinceOf } from '../../support/rollup';

const ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

function withUnits(data: WorkbookData, extra: ReadonlyArray<UnitDraft>): WorkbookData {
  return { ...data, units: [...data.units, ...extra] };
}

const child = (id: string, source: string | null, kind: UnitDraft['sourceKind'] = 'child', tab = ''): UnitDraft => ({
  id,
  name: `Xã ${id}`,
  group: 'Cấp xã',
  tab,
  source,
  sourceKind: kind,
  emails: [`${id.toLowerCase()}@example.org`],
  deadline: null,
  submittedAt: null,
  submittedBy: null,
  reopenedAt: null,
  reopenReason: null,
});

describe('sourceKey and sourceForm', () => {
  test('a Google Sheets link and its bare id are the same source; paths keep their case and use "/"', () => {
    expect(sourceKey(`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`)).toBe(ID);
    expect(sourceKey(` ${ID} `)).toBe(ID);
    expect(sourceKey('xa\\Ia-Le.xlsx')).toBe('xa/Ia-Le.xlsx');
    expect(sourceForm(`https://docs.google.com/spreadsheets/d/${ID}/edit`)).toBe('sheets');
    expect(sourceForm(ID)).toBe('sheets');
    expect(sourceForm('../xa/ia-le.XLSX')).toBe('path');
    expect(sourceForm('https://evil.example/spreadsheets/d/' + ID)).toBe('unknown');
    expect(sourceForm('javascript:alert(1)')).toBe('unknown');
    expect(sourceForm('xa/ia-le.xls')).toBe('unknown');
  });

  test('a shard tab name reads back to its shard and tab, and never names a tab of this workbook', () => {
    const name = shardTabName('phuong-a-2.xlsx', 'Chi bộ 3');
    expect(name).toBe('[phuong-a-2.xlsx]Chi bộ 3');
    expect(splitShardTab(name)).toEqual({ source: 'phuong-a-2.xlsx', tab: 'Chi bộ 3' });
    expect(splitShardTab('[a]b]Chi bộ 3')).toEqual({ source: 'a]b', tab: 'Chi bộ 3' });
    expect(splitShardTab('Chi bộ 3')).toBeNull();
  });
});

describe('sourcesNeeded', () => {
  test('lists every shard and child report once, in the units tab order, with the units it holds', () => {
    const specs = communeSpecs(2);
    const data = withUnits(provinceOf(specs), [
      { ...child('P1', 'phuong/p-1.xlsx', 'shard', 'Chi bộ 1') },
      { ...child('P2', 'phuong\\p-1.xlsx', 'shard', 'Chi bộ 2') },
      { ...child('XA_SHEETS', `https://docs.google.com/spreadsheets/d/${ID}/edit`) },
    ]);
    expect(sourcesNeeded(rawOf(data))).toEqual([
      { unitId: 'XA001', unitIds: ['XA001'], source: 'xa/xa001.xlsx', key: 'xa/xa001.xlsx', kind: 'child' },
      { unitId: 'XA002', unitIds: ['XA002'], source: 'xa/xa002.xlsx', key: 'xa/xa002.xlsx', kind: 'child' },
      { unitId: 'P1', unitIds: ['P1', 'P2'], source: 'phuong/p-1.xlsx', key: 'phuong/p-1.xlsx', kind: 'shard' },
      { unitId: 'XA_SHEETS', unitIds: ['XA_SHEETS'], source: `https://docs.google.com/spreadsheets/d/${ID}/edit`, key: ID, kind: 'child' },
    ]);
  });

  test('leaves out what cannot be read: no kind, no source, a child named twice, this workbook, an unknown form, a bad row', () => {
    const base = provinceOf([]);
    const data: WorkbookData = {
      ...withUnits(base, [
        child('NOKIND', 'xa/a.xlsx', null),
        child('NOSOURCE', null, 'child'),
        child('FIRST', 'xa/b.xlsx'),
        child('AGAIN', 'xa/b.xlsx'),
        child('SELF', ID),
        child('ODD', 'xa/b.doc'),
        child('BOTH', 'xa/b.xlsx', 'shard', 'Tab'),
      ]),
      settings: { ...base.settings, spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ID}/edit` },
    };
    let raw = rawOf(data);
    raw = withCell(raw, 'Đơn vị', findCell(raw, 'Đơn vị', (v) => v === 'NOKIND'), 'không hợp lệ!');
    expect(sourcesNeeded(raw).map((s) => s.unitId)).toEqual(['FIRST']);
  });

  test('an empty workbook or one without a units tab needs nothing', () => {
    expect(sourcesNeeded({ tabs: [] })).toEqual([]);
    expect(sourcesNeeded({ tabs: [{ name: 'Trang tính1', rows: [['a', 'b']] }] })).toEqual([]);
  });
});

describe('checks of the declared sources', () => {
  const codesAt = (data: WorkbookData, unitId: string) => {
    const raw = rawOf(data);
    const row = findCell(raw, 'Đơn vị', (v) => v === unitId).replace(/^[A-Z]+/, '');
    return validateWorkbook(raw)
      .findings.filter((f) => f.tab === 'Đơn vị' && f.cell !== null && f.cell.replace(/^[A-Z]+/, '') === row)
      .map((f) => `${f.code}@${f.cell?.replace(/\d+$/, '')}`);
  };
  const base = provinceOf([]);

  test('a source without a kind, a kind without a source, a source with kind "tab"', () => {
    expect(codesAt(withUnits(base, [child('X', 'xa/x.xlsx', null, 'X')]), 'X')).toEqual(['SOURCE_KIND_MISSING@F']);
    expect(codesAt(withUnits(base, [child('X', null, 'child')]), 'X')).toEqual(['SOURCE_MISSING@E']);
    expect(codesAt(withUnits(base, [child('X', null, 'shard', 'X')]), 'X')).toEqual(['SOURCE_MISSING@E']);
    expect(codesAt(withUnits(base, [child('X', 'xa/x.xlsx', 'tab', 'X')]), 'X')).toEqual(expect.arrayContaining(['SOURCE_NOT_USED@E']));
  });

  test('a child with a tab, and a shard or tab unit without one', () => {
    expect(codesAt(withUnits(base, [child('X', 'xa/x.xlsx', 'child', 'Xã X')]), 'X')).toEqual(['CHILD_WITH_TAB@D', 'SOURCE_NOT_READ@E']);
    const raw = rawOf(withUnits(base, [child('X', 'xa/x.xlsx', 'shard', '')]));
    const findings = validateWorkbook(raw).findings.filter((f) => f.code === 'REQUIRED_MISSING');
    expect(findings.map((f) => `${f.tab}!${f.cell}`)).toEqual([`Đơn vị!${cellRightOf(raw, 'Đơn vị', 'X', 3)}`]);
  });

  test('two units on one child report, a workbook both shard and child, this workbook itself', () => {
    expect(codesAt(withUnits(base, [child('A', 'xa/x.xlsx'), child('B', 'xa/x.xlsx')]), 'B')).toEqual(['SOURCE_CHILD_REPEATED@E']);
    expect(codesAt(withUnits(base, [child('A', 'xa/x.xlsx'), child('B', 'xa\\x.xlsx', 'shard', 'B')]), 'B')).toEqual(['SOURCE_KIND_CONFLICT@E']);
    const self = { ...withUnits(base, [child('A', `https://docs.google.com/spreadsheets/d/${ID}/edit`)]), settings: { ...base.settings, spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=1` } };
    expect(codesAt(self, 'A')).toEqual(['SOURCE_IS_SELF@E']);
  });

  test('a source in no known form is an error; an absolute path a warning; "../" is fine', () => {
    expect(codesAt(withUnits(base, [child('A', 'http://example.org/x.xlsx')]), 'A')).toEqual(['SOURCE_UNRECOGNIZED@E']);
    expect(codesAt(withUnits(base, [child('A', 'C:\\Users\\vp\\xa.xlsx')]), 'A')).toEqual(['SOURCE_NOT_READ@E', 'SOURCE_PATH_ABSOLUTE@E']);
    expect(codesAt(withUnits(base, [child('A', '../xa/a.xlsx')]), 'A')).toEqual(['SOURCE_NOT_READ@E']);
  });

  test('hostile sources give a Vietnamese finding on their cell, never a crash', () => {
    for (const hostile of ['=HYPERLINK("x")', 'javascript:alert(1)', '\u200bxa.xlsx', 'x'.repeat(50000), '<img src=x onerror=alert(1)>.xlsx']) {
      const raw = rawOf(withUnits(base, [child('A', hostile)]));
      const findings = validateWorkbook(raw).findings.filter((f) => f.unitId === 'A');
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) expect(f.message.length).toBeLessThan(1500);
    }
  });

  test('a workbook without roll-up units validates exactly as before (the commune itself)', () => {
    const { data } = childCommune(communeSpecs(1)[0]!);
    expect(validateWorkbook(rawOf(data)).findings).toEqual([]);
  });
});
