/**
 * The records of jobs that continue themselves, read from document properties: a set-up job and
 * a collection share one reader, a collection is stricter (no start time, no job), and a value
 * edited by hand is no job rather than an error.
 */
import { COLLECT_JOB_KEY, readCollectJob } from '../../src/gas/rollup/collect';
import { readSetupJob, SETUP_JOB_KEY } from '../../src/gas/setup-job';
import { createGasEnvironment } from '../fakes/gas';

const freshProperties = () => createGasEnvironment().globals.PropertiesService.getDocumentProperties();

describe('job records in document properties', () => {
  it('reads a set-up job without a start time, but no collection without one', () => {
    const props = freshProperties();
    props.setProperty(SETUP_JOB_KEY, JSON.stringify({ owner: 'a@example.org', runs: 2 }));
    props.setProperty(COLLECT_JOB_KEY, JSON.stringify({ owner: 'a@example.org', runs: 2 }));
    expect(readSetupJob(props)).toEqual({ owner: 'a@example.org', startedAt: '', runs: 2 });
    expect(readCollectJob(props)).toBeNull();
  });

  it('reads a collection with its last run, 0 when not recorded', () => {
    const props = freshProperties();
    props.setProperty(COLLECT_JOB_KEY, JSON.stringify({ owner: 'a@example.org', startedAt: '2023-03-12T08:00', runs: 1, lastRunMs: 4200 }));
    expect(readCollectJob(props)).toEqual({ owner: 'a@example.org', startedAt: '2023-03-12T08:00', runs: 1, lastRunMs: 4200 });
    props.setProperty(COLLECT_JOB_KEY, JSON.stringify({ owner: 'a@example.org', startedAt: '2023-03-12T08:00', runs: 1 }));
    expect(readCollectJob(props)?.lastRunMs).toBe(0);
  });

  it('takes a missing record, a value edited by hand or a record without owner or runs for no job', () => {
    const props = freshProperties();
    expect(readSetupJob(props)).toBeNull();
    expect(readCollectJob(props)).toBeNull();
    for (const value of ['{not json', 'null', JSON.stringify({ runs: 1 }), JSON.stringify({ owner: 'a@example.org', runs: '1' })]) {
      props.setProperty(SETUP_JOB_KEY, value);
      props.setProperty(COLLECT_JOB_KEY, value);
      expect(readSetupJob(props)).toBeNull();
      expect(readCollectJob(props)).toBeNull();
    }
  });
});
