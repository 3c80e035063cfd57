import { LiveEvent } from '@waardenet/core';
import { Listener } from './listener';

/** How long a finished replay may still be joined from its log, unless its channel or community changes first. */
export const REPLAY_LINGER_MS = 5000;

/** One replayed event: the frame its group got (null: nothing for that group), or undefined when it is not shareable. */
export interface ReplayEntry {
  event: LiveEvent;
  frame: string | null | undefined;
}

/**
 * One replay from a cursor, shared by every listener of one group (same channel, document, variables,
 * reader class, and viewer where the document is per viewer) that resumes from the same cursor: each
 * event is executed and serialized once for all of them, however many sockets ask.
 */
export interface ReplayJob {
  key: string;
  channel: string;
  communityId: string;
  groupKey: string;
  afterSeq: number;
  /** Joined before the job started: it delivers to them as it goes. */
  members: Listener[];
  started: boolean;
  done: boolean;
  /** What it delivered, for listeners that join once it has started (bounded; they replay the rest alone). */
  log: ReplayEntry[];
  linger?: NodeJS.Timeout;
}

/** The replays of one instance, by group and cursor. */
export class ReplayJobs {
  private readonly jobs = new Map<string, ReplayJob>();

  constructor(private readonly maxLog: number) {}

  find(l: Listener): ReplayJob | undefined {
    return this.jobs.get(keyOf(l));
  }

  open(l: Listener): ReplayJob {
    const job: ReplayJob = {
      key: keyOf(l), channel: l.channel, communityId: l.communityId, groupKey: l.groupKey, afterSeq: l.afterSeq!,
      members: [l], started: false, done: false, log: [],
    };
    this.jobs.set(job.key, job);
    return job;
  }

  record(job: ReplayJob, entry: ReplayEntry): void {
    if (job.log.length < this.maxLog) job.log.push(entry);
  }

  /** The job is finished: late joiners may still use its log for a moment. */
  finish(job: ReplayJob): void {
    job.done = true;
    job.linger = setTimeout(() => this.drop(job), REPLAY_LINGER_MS);
    job.linger.unref();
  }

  /** Finished jobs of a channel (a new event) or a community (a rights change) are no longer joined: their frames may be stale. */
  forgetFinished(match: { channel?: string; communityId?: string }): void {
    for (const job of this.jobs.values()) {
      if (job.done && (job.channel === match.channel || job.communityId === match.communityId)) this.drop(job);
    }
  }

  /** Replays in progress or lingering (for tests and the bench). */
  get size(): number {
    return this.jobs.size;
  }

  private drop(job: ReplayJob): void {
    clearTimeout(job.linger);
    if (this.jobs.get(job.key) === job) this.jobs.delete(job.key);
  }
}

function keyOf(l: Listener): string {
  return `${l.groupKey}#${l.afterSeq}`;
}
