/**
 * The fakes of other spreadsheets held to Google (BEHAVIOURS.md, roll-up rows): sharing decides
 * who may read or write through the Sheets API (403 "The caller does not have permission"), a
 * deleted file is a 404, the per-user quota of 60 reads a minute answers 429 with Google's
 * wording on the simulated clock, and Utilities.sleep lets that clock run.
 */
import { createGasEnvironment, type GoogleJsonResponseException } from './index';
import { addSpreadsheet, fingerprint } from './other-spreadsheets';
import { NO_PERMISSION_MESSAGE, NOT_FOUND_MESSAGE } from './sheets-api';
import { quotaExceededMessage } from './sheets-quota';

const ME = 'thkt@tinh.example.org';

function withChild() {
  const env = createGasEnvironment({ user: ME, spreadsheet: { owner: ME } });
  const child = addSpreadsheet(env, { id: 'child-0000000000000000000001', name: 'Xã A', owner: 'xa@example.org', viewers: [ME], sheets: { 'Thiết lập': [['a', 1]] } });
  return { env, child, Sheets: env.globals.Sheets! };
}

function thrown(fn: () => unknown): GoogleJsonResponseException {
  try {
    fn();
  } catch (error) {
    return error as GoogleJsonResponseException;
  }
  throw new Error('did not throw');
}

describe('other spreadsheets in the fake account', () => {
  it('a viewer reads through the Sheets API but cannot write (403), and nothing changes', () => {
    const { child, Sheets } = withChild();
    const before = fingerprint(child);
    expect(Sheets.Spreadsheets.get(child.id, { fields: 'properties.title' }).properties?.title).toBe('Xã A');
    const write = thrown(() => Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: "'Thiết lập'!A1", values: [['x']] }] }, child.id));
    expect(write.code).toBe(403);
    expect(write.message).toBe(`API call to sheets.spreadsheets.values.batchUpdate failed with error: ${NO_PERMISSION_MESSAGE}`);
    expect(fingerprint(child)).toBe(before);
  });

  it('a file not shared with the user is a 403; shared again, it reads', () => {
    const { child, Sheets } = withChild();
    child.removeAccess(ME);
    expect(thrown(() => Sheets.Spreadsheets.get(child.id, {})).code).toBe(403);
    child.addViewer(ME);
    expect(() => Sheets.Spreadsheets.get(child.id, {})).not.toThrow();
  });

  it('a deleted file is a 404 "Requested entity was not found."', () => {
    const { env, child, Sheets } = withChild();
    env.spreadsheetApp.remove(child.id);
    const error = thrown(() => Sheets.Spreadsheets.get(child.id, {}));
    expect([error.code, error.detail]).toEqual([404, NOT_FOUND_MESSAGE]);
  });

  it('counts reads and writes per spreadsheet, answered or refused by sharing', () => {
    const { env, child, Sheets } = withChild();
    Sheets.Spreadsheets.get(child.id, {});
    thrown(() => Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [] }, child.id));
    Sheets.Spreadsheets.get(env.spreadsheet.id, {});
    expect([env.sheetsApi.readsOf(child.id), env.sheetsApi.writesOf(child.id), env.sheetsApi.readsOf(env.spreadsheet.id)]).toEqual([1, 1, 1]);
  });

  it('the 61st read within a minute is refused with 429 in Google’s words; a minute later reads go through again', () => {
    const { env, child, Sheets } = withChild();
    for (let i = 0; i < 60; i += 1) {
      Sheets.Spreadsheets.get(child.id, {});
      env.clock.advance(500);
    }
    const refused = thrown(() => Sheets.Spreadsheets.get(child.id, {}));
    expect(refused.code).toBe(429);
    expect(refused.detail).toBe(quotaExceededMessage('read', '123456789012'));
    expect(refused.detail).toContain("limit 'Read requests per minute per user' of service 'sheets.googleapis.com'");
    // The window slides: the first read leaves it 60 s after it was made.
    env.clock.advance(30_000);
    expect(() => Sheets.Spreadsheets.get(child.id, {})).not.toThrow();
    expect(env.sheetsApi.gate.quota?.peak.read).toBe(60);
  });

  it('the quota is per user: another person’s reads do not count against mine', () => {
    const { env, child, Sheets } = withChild();
    child.addViewer('other@example.org');
    for (let i = 0; i < 60; i += 1) Sheets.Spreadsheets.get(child.id, {});
    env.session.setUser('other@example.org');
    expect(() => Sheets.Spreadsheets.get(child.id, {})).not.toThrow();
  });

  it('Utilities.sleep lets the simulated clock run (a sleeping execution uses its 6 minutes)', () => {
    const env = createGasEnvironment();
    const before = env.clock.now().getTime();
    env.globals.Utilities.sleep(1500);
    expect(env.clock.now().getTime() - before).toBe(1500);
    expect(env.utilities.sleptMs).toBe(1500);
  });
});
