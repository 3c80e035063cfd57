import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ExecutionResult, GraphQLError, GraphQLSchema, execute } from 'graphql';
import { APP_CONFIG, AppConfig, AppError, RequestContext, cursorInvalid, logger } from '@waardenet/core';
import { LiveEvent, LiveEventsService, PUBSUB, PubSubEngine, USER_ACCESS_CHANNEL, accessChannel } from '@waardenet/live/channels';
import { Post, PostState, Thread } from '@waardenet/threads';
import { DataSource } from 'typeorm';
import { LiveAccessService } from './live-access.service';
import { CommunityEventType, ThreadEventType } from './live-event.types';
import { Listener, ReaderClass, groupKeyOf } from './listener';
import { ReplayJob, ReplayJobs } from './replay-jobs';
import { Sharing, watchedContext } from './viewer-dependence';
import { LIVE_CURSOR } from './live-cursor';

interface ChannelState {
  listeners: Set<Listener>;
  /** The highest event number processed on this instance. */
  lastSeq: number;
  stop: () => Promise<void>;
}

interface CommunityState {
  channels: Set<string>;
  /** Events and access changes of one community are processed one at a time, in order. */
  queue: Promise<void>;
  stop: () => Promise<void>;
}

type Payload = {
  type: ThreadEventType | CommunityEventType;
  cursor: string;
  post?: Post | null;
  thread: unknown;
  threadId?: string | null;
};

/** What start() tells its caller: when the listener has caught up (its replay, if any, is over). */
export interface StartHooks {
  onCaughtUp?: () => void;
}

const READER_HIDDEN = new Set([PostState.HIDDEN, PostState.REMOVED]);

/**
 * Fans live events out to this instance's subscribers. It listens on a PubSub channel only while a
 * local subscriber does; it executes a subscription's selection once per event for each group of
 * subscribers that would see the same thing (same selection, same reader class, and the same viewer
 * when the selection depends on who asks: see viewer-dependence.ts), and checks rights
 * at delivery: a rights change in a community (published on its access channel) re-checks every
 * affected subscriber before any later event of that community is delivered.
 */
@Injectable()
export class LiveHub implements OnApplicationShutdown {
  private schema!: GraphQLSchema;
  private readonly channels = new Map<string, ChannelState>();
  private readonly communities = new Map<string, CommunityState>();
  private nextId = 1;
  /** Executions of a selection so far: tests and benches compare it with the frames sent. */
  executions = 0;
  readonly replays: ReplayJobs;
  private readonly caughtUp = new Map<Listener, () => void>();
  private userChannel?: Promise<unknown>;

  constructor(
    @Inject(PUBSUB) private readonly pubsub: PubSubEngine,
    private readonly events: LiveEventsService,
    private readonly access: LiveAccessService,
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.replays = new ReplayJobs(config.live.replayMaxEvents);
  }

  useSchema(schema: GraphQLSchema): void {
    this.schema = schema;
  }

  get listenerCount(): number {
    let n = 0;
    for (const c of this.channels.values()) n += c.listeners.size;
    return n;
  }

  /**
   * Registers a listener (access already checked); replays from its cursor, then goes live. A cursor
   * outside the resume window is refused (CURSOR_EXPIRED): the client reloads and subscribes without one.
   * Listeners of one group resuming from one cursor share one replay (see ReplayJobs).
   */
  async start(listener: Omit<Listener, 'id' | 'lastSeq' | 'buffer' | 'groupKey'>, hooks: StartHooks = {}): Promise<Listener> {
    const l = listener as Listener;
    l.id = this.nextId++;
    l.groupKey = groupKeyOf(l);
    l.buffer = [];
    l.lastSeq = 0;
    if (l.afterSeq !== null) await this.requireResumable(l.channel, l.afterSeq);
    await this.listenForUsers();
    await this.joinCommunity(l.communityId);
    const state = await this.joinChannel(l.channel, l.communityId);
    // Without a cursor, "from now" means after what this instance has processed: later events reach it.
    l.lastSeq = l.afterSeq ?? state.lastSeq;
    state.listeners.add(l);
    if (hooks.onCaughtUp) this.caughtUp.set(l, hooks.onCaughtUp);
    if (l.afterSeq === null) {
      void this.enqueue(l.communityId, () => this.goLive(l));
      return l;
    }
    // A replay runs beside the community's queue, not in it: live delivery to everyone else goes on meanwhile
    // (the listener's own live events wait in its buffer), and only going live is queued, to keep the order.
    const job = this.replays.find(l);
    if (job) void this.guarded(l, () => this.catchUpFromLog(job, l));
    else void this.runReplay(this.replays.open(l));
    return l;
  }

  private async requireResumable(channel: string, afterSeq: number): Promise<void> {
    const { eventsRetentionMs, replayMaxEvents } = this.config.live;
    const refusal = await this.events.resumeRefusal(channel, afterSeq, eventsRetentionMs, replayMaxEvents);
    if (!refusal) return;
    const why = refusal === 'TOO_FAR' ? `more than ${replayMaxEvents} events happened since` : 'it is older than the resume window';
    throw new AppError('BAD_USER_INPUT', `This cursor can no longer be resumed (${why}): reload, then subscribe without \`after\`.`, {
      reason: 'CURSOR_EXPIRED',
    });
  }

  /** Removes a listener when its client unsubscribes or disconnects. */
  stop(l: Listener): void {
    this.finishCatchUp(l);
    const state = this.channels.get(l.channel);
    if (!state?.listeners.delete(l)) return;
    if (state.listeners.size === 0) {
      this.channels.delete(l.channel);
      void state.stop();
      const community = this.communities.get(l.communityId);
      community?.channels.delete(l.channel);
      if (community && community.channels.size === 0) {
        this.communities.delete(l.communityId);
        void community.stop();
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    for (const state of this.channels.values()) for (const l of state.listeners) l.iterator.end();
  }

  parseAfter(after: unknown): number | null {
    if (after === undefined || after === null) return null;
    if (typeof after !== 'string') throw cursorInvalid();
    const cursor = LIVE_CURSOR.decode(after);
    return cursor ? cursor[0] : null;
  }

  private async joinChannel(channel: string, communityId: string): Promise<ChannelState> {
    let state = this.channels.get(channel);
    if (state) return state;
    state = { listeners: new Set(), lastSeq: 0, stop: async () => undefined };
    this.channels.set(channel, state);
    const s = state;
    s.stop = await this.pubsub.subscribe(channel, (raw) => {
      const event = JSON.parse(raw) as LiveEvent;
      void this.enqueue(communityId, () => this.process(s, event));
    });
    // Subscribed first, then read the head: an event committed in between is delivered, not lost.
    s.lastSeq = Math.max(s.lastSeq, await this.events.head(channel));
    this.communities.get(communityId)?.channels.add(channel);
    return s;
  }

  private async joinCommunity(communityId: string): Promise<void> {
    if (this.communities.has(communityId)) return;
    const state: CommunityState = { channels: new Set(), queue: Promise.resolve(), stop: async () => undefined };
    this.communities.set(communityId, state);
    state.stop = await this.pubsub.subscribe(accessChannel(communityId), (raw) => {
      const { userId } = JSON.parse(raw) as { userId: string | null };
      void this.enqueue(communityId, () => this.recheck(communityId, userId));
    });
  }

  private enqueue(communityId: string, work: () => Promise<void>): Promise<void> {
    const community = this.communities.get(communityId);
    if (!community) return work();
    community.queue = community.queue.then(work).catch((err) => logger.error({ err }, 'live delivery failed'));
    return community.queue;
  }

  /** Processes one event of a channel in order, first fetching any it skipped (lost while Redis was away). */
  private async process(state: ChannelState, event: LiveEvent): Promise<void> {
    if (event.seq <= state.lastSeq) return;
    const missed =
      event.seq > state.lastSeq + 1 ? await this.events.since(event.channel, state.lastSeq, event.seq - state.lastSeq - 1) : [];
    // A finished replay's frames may be stale once its channel moves on.
    this.replays.forgetFinished({ channel: event.channel });
    for (const e of [...missed, event]) {
      if (e.seq <= state.lastSeq) continue;
      state.lastSeq = e.seq;
      const live: Listener[] = [];
      for (const l of state.listeners) {
        if (l.buffer) l.buffer.push(e);
        else if (e.seq > l.lastSeq) live.push(l);
      }
      if (live.length) await this.deliverTo(live, e);
    }
  }

  /** Runs one shared replay for its first listener, logging each frame for those who join later; then it goes live. */
  private async runReplay(job: ReplayJob): Promise<void> {
    try {
      for (let pos = job.afterSeq; ;) {
        const batch = await this.events.since(job.channel, pos, 500);
        for (const e of batch) {
          // Nobody left to send to: late joiners replay the rest alone.
          if (job.members.every((l) => l.iterator.ended)) return;
          const frames = new Map<string, string | null>();
          await this.deliverTo(job.members, e, frames);
          this.replays.record(job, { event: e, frame: frames.get(job.groupKey) });
          pos = e.seq;
        }
        if (batch.length < 500) return;
      }
    } catch (err) {
      logger.error({ err }, 'live replay failed');
      for (const l of job.members) l.iterator.end();
    } finally {
      this.replays.finish(job);
      void this.enqueue(job.communityId, async () => {
        for (const l of job.members) await this.goLive(l);
      });
    }
  }

  /** A listener that joined a replay: once it is over, the frames its group got, then what came after, alone. */
  private async catchUpFromLog(job: ReplayJob, l: Listener): Promise<void> {
    await job.finished;
    if (l.groupKey === job.groupKey) {
      for (const { event, frame } of job.log) {
        if (event.seq <= l.lastSeq || l.iterator.ended) continue;
        if (frame === undefined) await this.deliverTo([l], event);
        else {
          l.lastSeq = event.seq;
          if (frame !== null) l.send(frame);
        }
      }
    }
    await this.replayAlone(l);
    void this.enqueue(l.communityId, () => this.goLive(l));
  }

  private async replayAlone(l: Listener): Promise<void> {
    for (;;) {
      const batch = await this.events.since(l.channel, l.lastSeq, 500);
      for (const e of batch) if (!l.iterator.ended) await this.deliverTo([l], e);
      if (batch.length < 500) return;
    }
  }

  /** Delivers what arrived while the listener caught up; from then on events reach it as they come. */
  private async goLive(l: Listener): Promise<void> {
    await this.guarded(l, async () => {
      const buffered = l.buffer ?? [];
      l.buffer = null;
      for (const e of buffered) if (e.seq > l.lastSeq && !l.iterator.ended) await this.deliverTo([l], e);
    });
    this.finishCatchUp(l);
  }

  private async guarded(l: Listener, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      logger.error({ err }, 'live replay failed');
      l.iterator.end();
      this.finishCatchUp(l);
    }
  }

  private finishCatchUp(l: Listener): void {
    const done = this.caughtUp.get(l);
    this.caughtUp.delete(l);
    done?.();
  }

  /** Listens (once per instance) for changes of one user's rights everywhere: see USER_ACCESS_CHANNEL. */
  private listenForUsers(): Promise<unknown> {
    this.userChannel ??= this.pubsub.subscribe(USER_ACCESS_CHANNEL, (raw) => {
      const { userId } = JSON.parse(raw) as { userId: string };
      for (const [communityId, community] of this.communities) {
        const listens = [...community.channels].some((c) =>
          [...(this.channels.get(c)?.listeners ?? [])].some((l) => l.viewer?.id === userId),
        );
        if (listens) void this.enqueue(communityId, () => this.recheck(communityId, userId));
      }
    });
    return this.userChannel;
  }

  /** Delivers one event to some listeners of its channel: one execution per group, the same result to each member. */
  /** `frames` (a replay's log) gets each group's shared frame, or null where the group got nothing; not when it depends on the viewer. */
  private async deliverTo(listeners: Listener[], event: LiveEvent, frames?: Map<string, string | null>): Promise<void> {
    const source = await this.source(event);
    const elsewhere = await this.threadReadableElsewhere(listeners, event, source);
    if (elsewhere) {
      // Whether a listener may read the thread where it is now follows the viewer, not the group: nothing is shared with a replay's log.
      const hidden = listeners.filter((l) => !elsewhere.has(l));
      await this.deliverSource(
        listeners.filter((l) => elsewhere.has(l)),
        event,
        source,
      );
      if (hidden.length) await this.deliverSource(hidden, event, source, undefined, true);
      return;
    }
    await this.deliverSource(listeners, event, source, frames);
  }

  /**
   * A community's event about a thread that is now elsewhere (moved out, or a chapter's thread in a
   * national feed), where not everyone may read it: the listeners who may. They get the thread; the
   * others learn only its id (no title, no community it went to). Null when there is nothing to hide.
   */
  private async threadReadableElsewhere(listeners: Listener[], event: LiveEvent, source: Payload): Promise<Set<Listener> | null> {
    const thread = source.thread as Thread | null;
    if (!event.channel.startsWith('community:') || !thread || thread.communityId === event.communityId) return null;
    if (await this.access.mayReadThread(null, thread)) return null;
    const byViewer = new Map<string, Promise<boolean>>();
    const readers = new Set<Listener>();
    for (const l of listeners) {
      const key = l.viewer?.id ?? '-';
      if (!byViewer.has(key)) byViewer.set(key, this.access.mayReadThread(l.viewer, thread));
      if (await byViewer.get(key)) readers.add(l);
    }
    return readers;
  }

  /** `withoutThread`: the listeners may not read the thread where it is now; they get its id only. */
  private async deliverSource(
    listeners: Listener[],
    event: LiveEvent,
    source: Payload,
    frames?: Map<string, string | null>,
    withoutThread = false,
  ): Promise<void> {
    const groups = new Map<string, Listener[]>();
    for (const l of listeners) {
      l.lastSeq = Math.max(l.lastSeq, event.seq);
      if (l.iterator.ended) continue;
      const list = groups.get(l.groupKey);
      if (list) list.push(l);
      else groups.set(l.groupKey, [l]);
    }
    for (const members of groups.values()) {
      const first = members[0];
      const payload = this.visiblePayload(first.readerClass, source);
      if (payload === 'author-only') {
        const post = source.post;
        if (post)
          for (const l of members)
            if (l.viewer?.id === post.authorId) l.send(JSON.stringify(await this.run(l, { ...source, post: withText(post, true) })));
        continue;
      }
      if (!payload) {
        frames?.set(first.groupKey, null);
        continue;
      }
      await this.deliverToGroup(members, withoutThread ? { ...payload, thread: null } : payload, frames);
    }
  }

  /**
   * Executed and serialized once for the whole group; each socket only gets its own message id around it.
   * The execution is watched: when it read the viewer (a field not declared @ViewerDependent), its frame
   * belongs to the first member's viewer alone; every other viewer of the group gets an execution of
   * their own, and the document is executed per viewer from then on.
   */
  private async deliverToGroup(members: Listener[], payload: Payload, frames?: Map<string, string | null>): Promise<void> {
    const first = members[0];
    const watched = watchedContext(this.access.context(first.viewer));
    const json = JSON.stringify(await this.run(first, payload, watched.rc));
    if (!watched.viewerRead()) frames?.set(first.groupKey, json);
    const viewerOf = (l: Listener) => l.viewer?.id ?? '-';
    if (!watched.viewerRead() || members.every((l) => viewerOf(l) === viewerOf(first))) {
      if (watched.viewerRead()) this.executePerViewer(first.sharing);
      for (const l of members) l.send(json);
      return;
    }
    this.executePerViewer(first.sharing);
    const byViewer = new Map<string, Listener[]>();
    for (const l of members) byViewer.set(viewerOf(l), [...(byViewer.get(viewerOf(l)) ?? []), l]);
    for (const [viewerId, same] of byViewer) {
      const frame = viewerId === viewerOf(first) ? json : JSON.stringify(await this.run(same[0], payload));
      for (const l of same) l.send(frame);
    }
  }

  /** From now on every listener of this document is grouped with its own viewer only. */
  private executePerViewer(sharing: Sharing): void {
    if (sharing.perViewer) return;
    sharing.perViewer = true;
    logger.error(
      { document: sharing.label },
      'a live subscription read the viewer through a field not declared @ViewerDependent; it is executed per viewer from now on. Declare the field (docs/permissions.md, "Viewer-dependent fields").',
    );
    for (const state of this.channels.values()) for (const l of state.listeners) if (l.sharing === sharing) l.groupKey = groupKeyOf(l);
  }

  /** What a reader class may receive of an event: all of it, a removal notice, only its author, or nothing. */
  private visiblePayload(readerClass: ReaderClass, source: Payload): Payload | 'author-only' | null {
    const post = source.post;
    // A thread that is not VISIBLE (pending, hidden or removed with its opening post) is news for moderators only.
    if (readerClass !== 'moderator' && (source.thread as Thread).state !== PostState.VISIBLE) return null;
    if (!post) return source;
    if (readerClass === 'moderator') return { ...source, post: withText(post, true) };
    // A visible post put back to PENDING (an edit held for approval) is gone for readers until approved.
    if (post.state === PostState.PENDING && source.type === ThreadEventType.POST_REMOVED) return { ...source, post: withText(post, false) };
    if (post.state === PostState.PENDING) return 'author-only';
    if (post.deletedAt || READER_HIDDEN.has(post.state)) {
      const type =
        source.type === ThreadEventType.THREAD_LOCKED || source.type === ThreadEventType.THREAD_UPDATED
          ? source.type
          : ThreadEventType.POST_REMOVED;
      return { ...source, type, post: withText(post, false) };
    }
    return { ...source, post: withText(post, true) };
  }

  private async source(event: LiveEvent): Promise<Payload> {
    const cursor = LIVE_CURSOR.encode([event.seq]);
    const thread = await this.access.loadThread(event.threadId);
    if (event.channel.startsWith('community:')) return { type: event.type as CommunityEventType, cursor, thread, threadId: event.threadId };
    const post = event.postId ? await this.db.getRepository(Post).findOne({ where: { id: event.postId } }) : null;
    return { type: event.type as ThreadEventType, cursor, post, thread };
  }

  private async run(l: Listener, payload: Payload, rc: RequestContext = this.access.context(l.viewer)): Promise<ExecutionResult> {
    this.executions++;
    try {
      return await execute({
        schema: this.schema,
        document: l.document,
        variableValues: l.variableValues,
        operationName: l.operationName ?? undefined,
        rootValue: { [l.field]: payload },
        contextValue: { rc, req: undefined },
      });
    } catch (err) {
      logger.error({ err }, 'live execution failed');
      return { errors: [new GraphQLError('Something went wrong on our side.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
    }
  }

  /** Re-checks the rights of one user (or everyone) in a community: those who lost access are completed. */
  private async recheck(communityId: string, userId: string | null): Promise<void> {
    const community = this.communities.get(communityId);
    if (!community) return;
    for (const channel of community.channels) {
      for (const l of this.channels.get(channel)?.listeners ?? []) {
        if (userId && l.viewer?.id !== userId) continue;
        const now = await this.access.recheck(l.viewer, l.communityId, l.threadId);
        if (!now) {
          l.iterator.end();
          this.stop(l);
        } else {
          // The account as it is now (a suspended admin is no admin): resolvers see that viewer from here on.
          l.viewer = now.viewer;
          l.readerClass = now.readerClass;
          l.groupKey = groupKeyOf(l);
        }
      }
    }
    // A finished replay's frames were made for the rights before this change.
    this.replays.forgetFinished({ communityId });
  }
}

/** A copy of the post that shows, or hides, its text for one group of readers. */
function withText(post: Post, visible: boolean): Post {
  return Object.assign(Object.create(Post.prototype) as Post, post, { textVisible: visible });
}
