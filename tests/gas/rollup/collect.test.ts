/**
 * "Thu thập số liệu cấp dưới" end to end against the fakes (issue 11, done-when for Sheets):
 * one read per child plus the parent's own three reads per execution, under the per-user quota;
 * a run stopped by the time budget resumes through its one-off trigger and finishes without
 * reading a child twice or losing one; a deleted, an unshared and a renamed-tabs child each give
 * their own finding naming them and saying what to do, and the report still comes out; the
 * report, check and progress then use the cache with no re-read; nothing is ever written into a
 * child.
 */
import { CHILD_CACHE_TAB } from '../../../src/domain/contract/tabs';
import { sourceReadsFromCache } from '../../../src/domain/rollup/cache';
import { EXECUTION_LIMIT_MS } from '../../../src/gas/budget';
import { COLLECT_JOB_KEY, COLLECT_LEASE_KEY, COLLECT_PROGRESS_TAB } from '../../../src/gas/rollup/collect';
import { readGridTabs, readMetadata } from '../../../src/gas/workbook-source';
import { NO_LATENCY, STATED_LATENCY, type Latency } from '../../fakes/gas';
import { fingerprint } from '../../fakes/gas/other-spreadsheets';
import { runContinuing, sheetsApiReads } from '../../support/gas-workbook';
import { PROVINCE_SECRETARIAT, sheetsProvince, type SheetsProvince } from './province';

const CONTINUE = 'baocaoContinueCollect';

function cache(p: SheetsProvince) {
  const sheets = p.env.globals.Sheets!;
  const raw = readGridTabs(sheets, p.env.spreadsheet.id, readMetadata(sheets, p.env.spreadsheet.id));
  return sourceReadsFromCache(raw);
}

/** Runs every continuation until none is left, as Google would, a minute (or more) apart; returns each execution's length. */
function runToEnd(p: SheetsProvince, latency: Latency = NO_LATENCY): number[] {
  p.env.clock.latency = latency;
  const durations = runContinuing(p, 'baocaoCollectChildren', CONTINUE, { maxContinuations: 50 });
  p.env.clock.latency = NO_LATENCY;
  return durations;
}

/** Each whole-spreadsheet read (a child) takes this long on the simulated clock; other calls keep their latency. */
function slowChildReads(p: SheetsProvince, ms: number): void {
  p.env.calls.onRecord((record) => {
    if (record.name === 'Sheets.Spreadsheets.get') p.env.clock.advance(ms);
  });
}

const lastPrompt = (p: SheetsProvince) => p.env.ui.dialogs.at(-1)?.prompt ?? '';

describe('collecting child reports in Google Sheets', () => {
  it('reads each child once, in one call, plus the parent’s own three reads, and caches every summary', () => {
    const p = sheetsProvince(12);
    runToEnd(p);
    for (const child of p.children) expect(p.env.sheetsApi.readsOf(child.id)).toBe(1);
    expect(sheetsApiReads(p.env)).toBe(12 + 3);
    const reads = cache(p);
    for (const child of p.children) {
      const content = reads.get(child.id);
      expect(content?.kind).toBe('child');
      if (content?.kind === 'child') expect(content.summary.totals['DON_TN']).toBe(child.totals['DON_TN']);
    }
    expect(p.env.triggers.byHandler(CONTINUE)).toEqual([]);
    expect(p.env.properties.getDocumentProperties().getProperty(COLLECT_JOB_KEY)).toBeNull();
    expect(p.env.properties.getDocumentProperties().getProperty(COLLECT_LEASE_KEY)).toBeNull();
    expect(lastPrompt(p)).toContain('Đã đọc 12/12 báo cáo cấp dưới');
    expect(p.env.spreadsheet.findSheet(COLLECT_PROGRESS_TAB)?.valuesSnapshot()[0]?.[0]).toContain('ĐÃ XONG');
  });

  it('never writes into a child: no write request, no openById, every child byte for byte as before', () => {
    const p = sheetsProvince(5);
    const before = p.children.map((c) => fingerprint(c.spreadsheet));
    runToEnd(p);
    p.call('baocaoGenerateReport');
    p.call('baocaoProgress');
    expect(p.children.map((c) => fingerprint(c.spreadsheet))).toEqual(before);
    for (const child of p.children) expect(p.env.sheetsApi.writesOf(child.id)).toBe(0);
    expect(p.env.calls.count('SpreadsheetApp.openById')).toBe(0);
  });

  it('the report, the check and the progress tab use the cache: no child is read again', () => {
    const p = sheetsProvince(6);
    runToEnd(p);
    p.env.calls.reset();
    p.call('baocaoCheck');
    p.call('baocaoProgress');
    p.call('baocaoGenerateReport');
    for (const child of p.children) expect(p.env.sheetsApi.readsOf(child.id)).toBe(1);
    expect(p.env.docs.documentIds().length).toBe(1);
  });

  it('stays under the per-user read quota at 120 children: paces itself, no 429, at most 60 reads in any minute', () => {
    const p = sheetsProvince(120, 1);
    const durations = runToEnd(p, STATED_LATENCY);
    const quota = p.env.sheetsApi.gate.quota!;
    expect(quota.refused).toBe(0);
    expect(quota.peak.read).toBeLessThanOrEqual(60);
    expect(p.env.utilities.sleptMs).toBeGreaterThan(0);
    for (const child of p.children) expect(p.env.sheetsApi.readsOf(child.id)).toBe(1);
    expect(Math.max(...durations)).toBeLessThan(EXECUTION_LIMIT_MS);
  });

  it('retries a 429 with backoff when the person’s quota is already used by something else, and loses nothing', () => {
    const p = sheetsProvince(8);
    // Other actions of the same person just made 55 reads: with the parent's own three, two child reads fit this minute.
    for (let i = 0; i < 55; i += 1) p.env.sheetsApi.gate.quota!.take('read', PROVINCE_SECRETARIAT, 'elsewhere');
    runToEnd(p);
    expect(p.env.sheetsApi.gate.quota!.refused).toBeGreaterThan(0);
    expect(p.env.utilities.sleptMs).toBeGreaterThan(0);
    for (const child of p.children) expect(p.env.sheetsApi.readsOf(child.id)).toBe(1);
    expect([...cache(p).values()].filter((c) => c.kind === 'child')).toHaveLength(8);
  });

  it('a run stopped by the time budget resumes by itself and finishes without reading a child twice or losing one', () => {
    const p = sheetsProvince(30);
    // Big children: each whole read takes 12 s, so 30 of them do not fit in one execution.
    slowChildReads(p, 12_000);
    const durations = runToEnd(p, STATED_LATENCY);
    expect(durations.length).toBeGreaterThan(1);
    expect(Math.max(...durations)).toBeLessThan(EXECUTION_LIMIT_MS);
    for (const child of p.children) expect(p.env.sheetsApi.readsOf(child.id)).toBe(1);
    const reads = cache(p);
    expect(p.children.filter((c) => reads.get(c.id)?.kind === 'child')).toHaveLength(30);
    const rows = p.env.spreadsheet.findSheet(CHILD_CACHE_TAB.name)!.valuesSnapshot();
    expect(rows.slice(1).filter((r) => r[0] !== '').map((r) => r[0])).toEqual(p.children.map((c) => c.unitId));
    expect(p.env.triggers.byHandler(CONTINUE)).toEqual([]);
  });

  it('clicking again while a collection is under way continues it rather than reading again', () => {
    const p = sheetsProvince(30);
    slowChildReads(p, 12_000);
    p.call('baocaoCollectChildren');
    const first = p.children.filter((c) => p.env.sheetsApi.readsOf(c.id) === 1).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(30);
    p.env.clock.advance(60_000);
    runToEnd(p);
    for (const child of p.children) expect(p.env.sheetsApi.readsOf(child.id)).toBe(1);
  });

  it('a job left idle (its trigger lost) is not continued: a click reads every child afresh', () => {
    const p = sheetsProvince(30);
    slowChildReads(p, 12_000);
    p.call('baocaoCollectChildren');
    const readOnce = p.children.filter((c) => p.env.sheetsApi.readsOf(c.id) === 1).length;
    expect(readOnce).toBeLessThan(30);
    // The continuation never fires; a day later someone clicks again.
    for (const trigger of p.env.triggers.byHandler(CONTINUE)) p.env.triggers.deleteTrigger(p.env.triggers.getProjectTriggers().find((t) => t.getUniqueId() === trigger.uniqueId)!);
    p.env.clock.advance(24 * 60 * 60_000);
    runToEnd(p);
    expect(p.children.filter((c) => p.env.sheetsApi.readsOf(c.id) === 2)).toHaveLength(readOnce);
    expect(p.children.every((c) => p.env.sheetsApi.readsOf(c.id) >= 1)).toBe(true);
  });

  it('a child removed from the units tab during a collection leaves the cache; the others are each read once', () => {
    const p = sheetsProvince(30);
    slowChildReads(p, 12_000);
    p.call('baocaoCollectChildren');
    const units = p.env.spreadsheet.sheet('Đơn vị');
    const rows = units.valuesSnapshot();
    // The secretariat deletes the last child's row meanwhile.
    const last = rows.findIndex((r) => r[0] === p.children[29]!.unitId) + 1;
    units.getRange(last, 1, 1, rows[0]!.length).clearContent();
    runToEnd(p);
    const cached = p.env.spreadsheet.sheet(CHILD_CACHE_TAB.name).valuesSnapshot().map((r) => r[0]);
    expect(cached).not.toContain(p.children[29]!.unitId);
    expect(cached).toContain(p.children[28]!.unitId);
    for (const child of p.children.slice(0, 29)) expect(p.env.sheetsApi.readsOf(child.id)).toBe(1);
  });

  it('says there is nothing to collect when no unit is a child report, and writes nothing', () => {
    const p = sheetsProvince(0);
    const tabs = p.env.spreadsheet.sheetNames();
    p.call('baocaoCollectChildren');
    expect(lastPrompt(p)).toContain('không có gì để thu thập');
    expect(p.env.spreadsheet.sheetNames()).toEqual(tabs);
    expect(p.env.triggers.byHandler(CONTINUE)).toEqual([]);
  });

  it('refuses a second collection while one runs (the lease), and anyone but the secretariat', () => {
    const p = sheetsProvince(2);
    p.env.properties.getDocumentProperties().setProperty(COLLECT_LEASE_KEY, new Date(p.env.clock.now().getTime() + 60_000).toISOString());
    p.call('baocaoCollectChildren');
    expect(lastPrompt(p)).toContain('đang chạy');
    for (const child of p.children) expect(p.env.sheetsApi.readsOf(child.id)).toBe(0);

    const q = sheetsProvince(2);
    q.env.session.setUser('someone@example.org');
    q.call('baocaoCollectChildren');
    expect(lastPrompt(q)).toContain('Chỉ bộ phận tổng hợp');
    for (const child of q.children) expect(q.env.sheetsApi.readsOf(child.id)).toBe(0);
  });

  it('a deleted child, an unshared child and a child with renamed tabs each give their own finding saying what to do; the report still comes out', () => {
    const p = sheetsProvince(5);
    const [deleted, unshared, renamed, indicatorsRenamed] = p.children;
    p.env.spreadsheetApp.remove(deleted!.id);
    unshared!.spreadsheet.removeAccess(PROVINCE_SECRETARIAT);
    renamed!.spreadsheet.sheet('Đơn vị').setName('Don vi cu');
    indicatorsRenamed!.spreadsheet.sheet('Chỉ tiêu').setName('Chi tieu cu');
    runToEnd(p);
    const reads = cache(p);
    const failure = (id: string) => {
      const content = reads.get(id);
      return content?.kind === 'failed' ? content.failure.detail : '';
    };
    expect(failure(deleted!.id)).toContain('không tìm thấy bảng tính');
    expect(failure(unshared!.id)).toContain(`chưa được chia sẻ`);
    expect(failure(unshared!.id)).toContain(PROVINCE_SECRETARIAT);
    expect(failure(renamed!.id)).toContain('thiếu tab "Đơn vị"');
    expect(reads.get(p.children[4]!.id)?.kind).toBe('child');
    expect(lastPrompt(p)).toContain('3 báo cáo không đọc được');

    p.call('baocaoCheck');
    const sidebar = p.env.ui.shown.at(-1)?.content ?? '';
    for (const child of [deleted!, unshared!, renamed!]) expect(sidebar).toContain(`Không đọc được dữ liệu của đơn vị \\"${child.name}\\" từ`);
    expect(sidebar).toContain('bấm Chia sẻ, thêm vptu@tinh.example.org');
    expect(sidebar).toContain('khôi phục bảng tính từ Thùng rác');
    expect(sidebar).toContain('đổi tên');
    // Read, but its own indicators tab is gone: the parent says which figures it lacks and that the child has errors.
    expect(sidebar).toContain(`Báo cáo cấp dưới của \\"${indicatorsRenamed!.name}\\" không có chỉ tiêu DON_TN`);

    // The draft marks the figures the three children could not give, and asks before going on.
    p.env.ui.answerNext({ button: 'YES' });
    p.call('baocaoGenerateReport');
    expect(p.env.ui.dialogs.at(-1)?.prompt).toContain('[?]');
    expect(p.env.docs.documentIds().length).toBe(1);
  });

  it('reminds a late child report at its own secretariat’s address, from the cache, reading no child', () => {
    const p = sheetsProvince(2);
    runToEnd(p);
    p.env.calls.reset();
    p.env.clock.set(new Date(Date.UTC(2023, 2, 20, 2, 0)));
    p.env.ui.answerNext({ button: 'NO' });
    p.call('baocaoSendRemindersNow');
    const preview = lastPrompt(p);
    expect(preview).toContain(`${p.children[0]!.name} (Quá hạn) → xa1@xa.example.org`);
    expect(preview).toContain(`${p.children[1]!.name} (Quá hạn) → xa2@xa.example.org`);
    for (const child of p.children) expect(p.env.sheetsApi.readsOf(child.id)).toBe(1);
  });

  it('a child shared again is read on the next collection, with fresh figures', () => {
    const p = sheetsProvince(3);
    p.children[0]!.spreadsheet.removeAccess(PROVINCE_SECRETARIAT);
    runToEnd(p);
    expect(cache(p).get(p.children[0]!.id)?.kind).toBe('failed');
    p.children[0]!.spreadsheet.addViewer(PROVINCE_SECRETARIAT);
    p.env.clock.advance(10 * 60_000);
    runToEnd(p);
    expect(cache(p).get(p.children[0]!.id)?.kind).toBe('child');
    expect(p.env.sheetsApi.readsOf(p.children[1]!.id)).toBe(2);
  });
});
