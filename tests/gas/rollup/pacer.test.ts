/**
 * The read pacer and the source reader's failures: at most PACED_READS_PER_MINUTE reads in any
 * 60 seconds, sleeping (never past the time budget) when the window is full; a 429 retried after
 * 2, 4, 8, 16 and 32 s, then given up for this execution; Google's refusals for one source
 * turned into that source's typed failure, an API turned off stopping everything.
 */
import { Budget } from '../../../src/gas/budget';
import { BACKOFF_MS, OutOfTime, PACED_READS_PER_MINUTE, QuotaExhausted, ReadPacer } from '../../../src/gas/rollup/pacer';
import { failureOf, SheetsSourceReader } from '../../../src/gas/rollup/source-reader';
import { describeGoogleError } from '../../../src/gas/google-errors';
import { apiDisabledMessage, createGasEnvironment, GoogleJsonResponseException } from '../../fakes/gas';
import { quotaExceededMessage } from '../../fakes/gas/sheets-quota';

function pacerOn(start = 0) {
  let now = start;
  const slept: number[] = [];
  const clock = () => new Date(now);
  const pacer = new ReadPacer(clock, (ms) => {
    slept.push(ms);
    now += ms;
  }, new Budget(clock));
  return { pacer, slept, advance: (ms: number) => (now += ms), now: () => now };
}

const tooMany = () => new GoogleJsonResponseException('sheets.spreadsheets.get', 429, quotaExceededMessage('read', '1'));

describe('pacing reads under the per-user quota', () => {
  it('lets PACED_READS_PER_MINUTE reads through at once, then waits until the oldest leaves the minute', () => {
    const { pacer, slept, now } = pacerOn();
    for (let i = 0; i < PACED_READS_PER_MINUTE; i += 1) pacer.read(() => i);
    expect(slept).toEqual([]);
    pacer.read(() => 'one more');
    expect(slept).toHaveLength(1);
    expect(now()).toBeGreaterThanOrEqual(60_000);
    expect(pacer.stats()).toMatchObject({ reads: PACED_READS_PER_MINUTE + 1, retries: 0 });
  });

  it('retries a 429 after 2, 4, 8, 16, 32 seconds, then gives up for this execution', () => {
    const { pacer, slept } = pacerOn();
    let calls = 0;
    expect(() =>
      pacer.read(() => {
        calls += 1;
        throw tooMany();
      }),
    ).toThrow(QuotaExhausted);
    expect(calls).toBe(BACKOFF_MS.length + 1);
    expect(slept).toEqual([...BACKOFF_MS]);
  });

  it('succeeds on the retry after a 429, and passes other errors through at once', () => {
    const { pacer, slept } = pacerOn();
    let calls = 0;
    expect(pacer.read(() => (++calls === 1 ? (() => { throw tooMany(); })() : 'ok'))).toBe('ok');
    expect(slept).toEqual([2000]);
    expect(() => pacer.read(() => { throw new Error('Requested entity was not found.'); })).toThrow('Requested entity');
  });

  it('never sleeps past the time budget: it stops instead', () => {
    const { pacer, advance } = pacerOn();
    for (let i = 0; i < PACED_READS_PER_MINUTE; i += 1) pacer.read(() => i);
    advance(4 * 60 * 1000 + 20_000); // 4 min 20 s into the execution, budget 4 min 30 s
    for (let i = 0; i < PACED_READS_PER_MINUTE; i += 1) pacer.read(() => i);
    expect(() => pacer.read(() => 'late')).toThrow(OutOfTime);
  });
});

describe('what a source that cannot be read becomes', () => {
  const me = 'vptu@tinh.example.org';

  it('404 is not_found, 403 no_access naming who to share with; anything else unreadable, in Vietnamese', () => {
    const notFound = failureOf(new GoogleJsonResponseException('sheets.spreadsheets.get', 404, 'Requested entity was not found.'), me);
    expect(notFound.kind).toBe('not_found');
    const noAccess = failureOf(new GoogleJsonResponseException('sheets.spreadsheets.get', 403, 'The caller does not have permission'), me);
    expect(noAccess.kind).toBe('no_access');
    expect(noAccess.detail).toContain(`thêm ${me}`);
    const other = failureOf(new GoogleJsonResponseException('sheets.spreadsheets.get', 500, 'Internal error encountered.'), me);
    expect(other.kind).toBe('unreadable');
    expect(other.detail).toContain('báo người triển khai');
  });

  it('an API turned off, time or quota running out are not the source’s failure: they stop the action', () => {
    expect(() => failureOf(new Error(apiDisabledMessage('Sheets')), me)).toThrow('has not been used');
    expect(() => failureOf(new OutOfTime(), me)).toThrow(OutOfTime);
    expect(() => failureOf(new QuotaExhausted(), me)).toThrow(QuotaExhausted);
    expect(describeGoogleError(tooMany())).toContain('60 lần đọc mỗi phút');
  });

  it('an .xlsx path cannot be read in Google Sheets, and says so without any call', () => {
    const env = createGasEnvironment();
    const { pacer } = pacerOn();
    const read = new SheetsSourceReader(env.globals.Sheets!, pacer, () => me).read('xa/xa-001.xlsx');
    expect(read).toMatchObject({ kind: 'unreadable' });
    expect((read as { detail: string }).detail).toContain('chỉ dùng được với baocao trên máy tính');
    expect(env.calls.count('Sheets.Spreadsheets.get')).toBe(0);
  });
});
