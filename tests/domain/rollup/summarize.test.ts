/**
 * A child report summed up for its parent: the same figures the child's own report shows,
 * recomputed here from the facts the child was built from; the zod schema and the bundle's own
 * check agree on what a summary is.
 */
import fc from 'fast-check';
import { CHILD_SUMMARY_MAX_FINDINGS, CHILD_SUMMARY_MAX_PENDING } from '../../../src/domain/rollup/limits';
import { readChild, summarizeChild } from '../../../src/domain/rollup/summarize';
import { CHILD_SUMMARY_SCHEMA, type ChildSummary } from '../../../src/domain/rollup/summary';
import { isChildSummary, parseChildSummary } from '../../../src/domain/rollup/summary-parse';
import { findCell, rawOf, withCell, withoutTab } from '../../support/raw';
import { childCommune, COMMUNE_CODES, type ChildSpec } from '../../support/rollup';

const spec: ChildSpec = { id: 'XA007', name: 'Xã Ia Le', file: 'xa/ia-le.xlsx', chiBo: 12, seed: 7, submitted: 9, late: 2 };

describe('summarizeChild', () => {
  test('totals, task counts, units submitted, complete and on time come out as the facts say', () => {
    const { data, facts } = childCommune(spec);
    const summary = summarizeChild(rawOf(data));
    for (const code of COMMUNE_CODES) {
      expect(summary.totals[code]).toBe(facts.figures.reduce((sum, f) => sum + (f[code] ?? 0), 0));
    }
    expect(summary.tasks).toEqual({
      NVTT: { done: facts.tasks.reduce((s, t) => s + t.done, 0), total: facts.tasks.reduce((s, t) => s + t.total, 0) },
    });
    expect(summary.units).toEqual({ expected: 12, submitted: 9, complete: 12, onTime: 7 });
    expect(summary.pendingUnits).toEqual([
      { id: 'CB10', name: 'Chi bộ 10' },
      { id: 'CB11', name: 'Chi bộ 11' },
      { id: 'CB12', name: 'Chi bộ 12' },
    ]);
    expect(summary).toMatchObject({ periodKey: '2026-Q1', submitted: true, submittedAt: '2026-04-06T10:00', errors: 0, warnings: 0, secretariatEmails: ['vp.xa007@example.org'] });
    expect(CHILD_SUMMARY_SCHEMA.safeParse(summary).success).toBe(true);
  });

  test('a blank figure makes that total null, the unit incomplete, and the child carries the finding', () => {
    const { data } = childCommune({ ...spec, blank: [{ chiBo: 3, code: 'DON_TN' }] });
    const summary = summarizeChild(rawOf(data));
    expect(summary.totals['DON_TN']).toBeNull();
    expect(summary.totals['DANG_VIEN']).not.toBeNull();
    expect(summary.units.complete).toBe(11);
    expect(summary.errors).toBeGreaterThan(0);
    expect(summary.findings[0]).toMatchObject({ code: 'MISSING_FIGURE', severity: 'error', tab: 'Chi bộ 4' });
  });

  test('the report is not submitted until its secretariat tab is; the child units then still count', () => {
    const { data } = childCommune({ ...spec, reportSubmitted: false });
    expect(summarizeChild(rawOf(data))).toMatchObject({ submitted: false, submittedAt: null, units: { submitted: 9 } });
  });

  test('findings are capped, errors first, and the counts still say how many there are', () => {
    const { data } = childCommune({ ...spec, chiBo: 30, blank: Array.from({ length: 30 }, (_, i) => ({ chiBo: i, code: 'KET_NAP' as const })) });
    let raw = rawOf(data);
    // A warning that sorts before every error (the settings tab comes first).
    raw = withCell(raw, 'Thiết lập', findCell(raw, 'Thiết lập', (v) => v === 'Kết quả công tác xây dựng Đảng quý I năm 2026'), 'Kết quả ở xa Ia Le');
    const summary = summarizeChild(raw);
    expect(summary.findings).toHaveLength(CHILD_SUMMARY_MAX_FINDINGS);
    expect(summary.errors).toBe(30);
    expect(summary.warnings).toBe(1);
    expect(summary.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  test('pending units are capped too', () => {
    const { data } = childCommune({ ...spec, chiBo: CHILD_SUMMARY_MAX_PENDING + 10, submitted: 0 });
    const summary = summarizeChild(rawOf(data));
    expect(summary.pendingUnits).toHaveLength(CHILD_SUMMARY_MAX_PENDING);
    expect(summary.units).toMatchObject({ expected: CHILD_SUMMARY_MAX_PENDING + 10, submitted: 0, onTime: 0 });
  });

  test('another period, or a workbook without period dates, says so in the key', () => {
    const other = childCommune({ ...spec, period: { periodFrom: '2025-10-01', periodTo: '2025-12-31' } });
    expect(summarizeChild(rawOf(other.data)).periodKey).toBe('2025-Q4');
    const undated = childCommune(spec).data;
    expect(summarizeChild(rawOf({ ...undated, settings: { ...undated.settings, periodFrom: null, periodTo: null } })).periodKey).toBeNull();
  });
});

describe('readChild', () => {
  test('a spreadsheet that is no baocao report, or whose tabs were renamed, is a failure saying what to do', () => {
    const notOurs = readChild({ tabs: [{ name: 'Trang tính1', rows: [['Họ tên', 'Điểm']] }] }, '2026-04-12T08:00');
    expect(notOurs).toMatchObject({ kind: 'failed', failure: { kind: 'not_baocao' }, readAt: '2026-04-12T08:00' });
    const renamed = readChild(withoutTab(rawOf(childCommune(spec).data), 'Đơn vị'), null);
    expect(renamed).toMatchObject({ kind: 'failed', failure: { kind: 'tabs_missing' } });
    if (renamed.kind === 'failed') expect(renamed.failure.detail).toContain('"Đơn vị"');
    expect(readChild(rawOf(childCommune(spec).data), null).kind).toBe('child');
  });
});

describe('the summary without zod (Apps Script) agrees with the schema', () => {
  const valid = (): ChildSummary => summarizeChild(rawOf(childCommune({ ...spec, blank: [{ chiBo: 1, code: 'DON_GQ' }] }).data));

  test('a summary written and read back is the same summary', () => {
    const summary = valid();
    expect(parseChildSummary(JSON.stringify(summary))).toEqual(summary);
  });

  test('for any damage to a valid summary, both checks accept or both refuse', () => {
    const base = valid() as unknown as Record<string, unknown>;
    const paths = [['version'], ['issuingBody'], ['place'], ['periodKey'], ['totals'], ['totals', 'DANG_VIEN'], ['tasks'], ['tasks', 'NVTT'], ['tasks', 'NVTT', 'done'], ['units'], ['units', 'onTime'], ['pendingUnits'], ['submitted'], ['submittedAt'], ['errors'], ['warnings'], ['findings'], ['findings', '0'], ['findings', '0', 'severity'], ['findings', '0', 'code'], ['secretariatEmails']];
    const values = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer({ min: -3, max: 3 }), fc.double(), fc.string(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant(2 ** 60), fc.constant(1.5));
    fc.assert(
      fc.property(fc.constantFrom(...paths), values, (path, value) => {
        const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
        let target: Record<string, unknown> = copy;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
        const last = path[path.length - 1] ?? '';
        if (value === undefined) delete target[last];
        else target[last] = value;
        const roundTrip = JSON.parse(JSON.stringify(copy)) as unknown;
        expect(isChildSummary(roundTrip)).toBe(CHILD_SUMMARY_SCHEMA.safeParse(roundTrip).success);
      }),
      { numRuns: 400 },
    );
  });

  test('damaged JSON is no summary', () => {
    const json = JSON.stringify(valid());
    expect(parseChildSummary(json.slice(0, -1))).toBeNull();
    expect(parseChildSummary('')).toBeNull();
    expect(parseChildSummary('null')).toBeNull();
    expect(parseChildSummary(json.replace('"version":1', '"version":2'))).toBeNull();
  });
});
