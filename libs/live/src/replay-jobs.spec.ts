import { LiveEvent } from '@waardenet/live/channels';
import { Listener } from './listener';
import { REPLAY_LOG_BYTES, ReplayJobs } from './replay-jobs';

const listener = (groupKey: string, afterSeq: number) => ({ groupKey, afterSeq, channel: 'thread:t', communityId: 'c' }) as Listener;
const event = (seq: number) => ({ channel: 'thread:t', seq }) as LiveEvent;

describe('ReplayJobs', () => {
  it('finds a job by group and cursor only', () => {
    const jobs = new ReplayJobs(10);
    const job = jobs.open(listener('g', 3));
    expect(jobs.find(listener('g', 3))).toBe(job);
    expect(jobs.find(listener('g', 4))).toBeUndefined();
    expect(jobs.find(listener('h', 3))).toBeUndefined();
  });

  it('stops a log at its bounds and never logs past a gap', () => {
    const jobs = new ReplayJobs(2);
    const job = jobs.open(listener('g', 0));
    for (const seq of [1, 2, 3]) jobs.record(job, { event: event(seq), frame: 'x' });
    expect(job.log.map((e) => e.event.seq)).toEqual([1, 2]);

    const other = jobs.open(listener('h', 0));
    jobs.record(other, { event: event(1), frame: 'y'.repeat(REPLAY_LOG_BYTES) });
    jobs.record(other, { event: event(2), frame: 'z' });
    expect(other.log).toEqual([]);
  });

  it('forgets a finished job once its channel or community changes, and frees its bytes', () => {
    const jobs = new ReplayJobs(10);
    const running = jobs.open(listener('g', 0));
    const finished = jobs.open(listener('h', 0));
    jobs.record(finished, { event: event(1), frame: 'y'.repeat(REPLAY_LOG_BYTES - 1) });
    jobs.finish(finished);
    jobs.forgetFinished({ channel: 'thread:t' });
    expect(jobs.find(listener('h', 0))).toBeUndefined();
    expect(jobs.find(listener('g', 0))).toBe(running);
    jobs.record(running, { event: event(1), frame: 'y'.repeat(REPLAY_LOG_BYTES - 1) });
    expect(running.log).toHaveLength(1);
  });
});
