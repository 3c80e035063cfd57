import { present } from '@waardenet/core';
import { LiveEvent } from '@waardenet/live/channels';
import { Listener } from './listener';

/** How long a finished replay may still be joined from its log, unless its channel or community changes first. */
export const REPLAY_LINGER_MS = 5000;
/** All replay logs of an instance together hold at most this many bytes of frames: past it, late joiners replay alone. */
export const REPLAY_LOG_BYTES = 16 * 1024 * 1024;

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
  /** Who it delivers to as it goes (the listener that opened it); others join through its log. */
  members: Listener[];
  done: boolean;
  /** Resolves when it is done: its log is then complete. */
  finished: Promise<void>;
  markFinished: () => void;
  /** What it delivered, for listeners that join once it has started (bounded; they replay the rest alone). */
  log: ReplayEntry[];
  logBytes: number;
  /** The log hit its bounds and takes no more (never a gap in it: late joiners replay what follows alone). */
  logFull: boolean;
  linger?: NodeJS.Timeout;
}

/** The replays of one instance, by group and cursor. */
export class ReplayJobs {
  private readonly jobs = new Map<string, ReplayJob>();
  private logBytes = 0;

  constructor(private readonly maxLog: number) {}

  find(l: Listener): ReplayJob | undefined {
    return this.jobs.get(keyOf(l));
  }

  open(l: Listener): ReplayJob {
    let markFinished!: () => void;
    const finished = new Promise<void>((resolve) => (markFinished = resolve));
    const job: ReplayJob = {
      key: keyOf(l),
      channel: l.channel,
      communityId: l.communityId,
      groupKey: l.groupKey,
      afterSeq: present(l.afterSeq, 'the cursor of a listener that replays'),
      members: [l],
      done: false,
      finished,
      markFinished,
      log: [],
      logBytes: 0,
      logFull: false,
    };
    this.jobs.set(job.key, job);
    return job;
  }

  /** Logs one delivered event, within the per-job and per-instance bounds; a log that hit them stops (late joiners replay the rest alone). */
  record(job: ReplayJob, entry: ReplayEntry): void {
    const bytes = entry.frame?.length ?? 0;
    if (job.logFull || job.log.length >= this.maxLog || this.logBytes + bytes > REPLAY_LOG_BYTES) {
      job.logFull = true;
      return;
    }
    job.log.push(entry);
    job.logBytes += bytes;
    this.logBytes += bytes;
  }

  /** The job is finished: late joiners may still use its log for a moment. */
  finish(job: ReplayJob): void {
    job.done = true;
    job.markFinished();
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
    this.logBytes -= job.logBytes;
    job.logBytes = 0;
    job.log = [];
  }
}

function keyOf(l: Listener): string {
  return `${l.groupKey}#${l.afterSeq}`;
}
