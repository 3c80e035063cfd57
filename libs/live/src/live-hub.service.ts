import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ExecutionResult, GraphQLError, GraphQLSchema, execute } from 'graphql';
import {
  AppError, LiveEvent, LiveEventsService, PUBSUB, PubSubEngine, RequestContext, accessChannel, decodeCursor, encodeCursor, logger,
} from '@waardenet/core';
import { Post, PostState, Thread } from '@waardenet/threads';
import { DataSource } from 'typeorm';
import { LiveAccessService } from './live-access.service';
import { CommunityEventType, ThreadEventType } from './live-event.types';
import { Listener, ReaderClass, groupKeyOf } from './listener';
import { Sharing, watchedContext } from './viewer-dependence';

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

type Payload = { type: string; cursor: string; post?: Post | null; thread: unknown };

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

  constructor(
    @Inject(PUBSUB) private readonly pubsub: PubSubEngine,
    private readonly events: LiveEventsService,
    private readonly access: LiveAccessService,
    private readonly db: DataSource,
  ) {}

  useSchema(schema: GraphQLSchema): void {
    this.schema = schema;
  }

  get listenerCount(): number {
    let n = 0;
    for (const c of this.channels.values()) n += c.listeners.size;
    return n;
  }

  /** Registers a listener (access already checked); replays from its cursor, then goes live. */
  async start(listener: Omit<Listener, 'id' | 'lastSeq' | 'buffer' | 'groupKey'>): Promise<Listener> {
    const l = listener as Listener;
    l.id = this.nextId++;
    l.groupKey = groupKeyOf(l);
    l.buffer = [];
    l.lastSeq = 0;
    await this.joinCommunity(l.communityId);
    const state = await this.joinChannel(l.channel, l.communityId);
    // Without a cursor, "from now" means after what this instance has processed: later events reach it.
    l.lastSeq = l.afterSeq ?? state.lastSeq;
    state.listeners.add(l);
    void this.enqueue(l.communityId, async () => {
      try {
        if (l.afterSeq !== null) await this.replay(l);
        const buffered = l.buffer ?? [];
        l.buffer = null;
        for (const e of buffered) if (e.seq > l.lastSeq) await this.deliverTo([l], e);
      } catch (err) {
        logger.error({ err }, 'live replay failed');
        l.iterator.end();
      }
    });
    return l;
  }

  /** Removes a listener when its client unsubscribes or disconnects. */
  stop(l: Listener): void {
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
    const [seq] = decodeCursor(String(after), 1) ?? [];
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0) throw new AppError('BAD_USER_INPUT', 'The cursor is not valid; use a cursor the server gave you.');
    return seq;
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
    const missed = event.seq > state.lastSeq + 1 ? await this.events.since(event.channel, state.lastSeq, event.seq - state.lastSeq - 1) : [];
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

  private async replay(l: Listener): Promise<void> {
    for (;;) {
      const batch = await this.events.since(l.channel, l.lastSeq, 500);
      for (const e of batch) await this.deliverTo([l], e);
      if (batch.length < 500) return;
    }
  }

  /** Delivers one event to some listeners of its channel: one execution per group, the same result to each member. */
  private async deliverTo(listeners: Listener[], event: LiveEvent): Promise<void> {
    const source = await this.source(event);
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
        for (const l of members) if (l.viewer?.id === source.post?.authorId) l.send(JSON.stringify(await this.run(l, { ...source, post: withText(source.post!, true) })));
        continue;
      }
      if (!payload) continue;
      await this.deliverToGroup(members, payload);
    }
  }

  /**
   * Executed and serialized once for the whole group; each socket only gets its own message id around it.
   * The execution is watched: when it read the viewer (a field not declared @ViewerDependent), its frame
   * belongs to the first member's viewer alone; every other viewer of the group gets an execution of
   * their own, and the document is executed per viewer from then on.
   */
  private async deliverToGroup(members: Listener[], payload: Payload): Promise<void> {
    const first = members[0];
    const watched = watchedContext(this.access.context(first.viewer));
    const json = JSON.stringify(await this.run(first, payload, watched.rc));
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
      const type = source.type === ThreadEventType.THREAD_LOCKED || source.type === ThreadEventType.THREAD_UPDATED ? source.type : ThreadEventType.POST_REMOVED;
      return { ...source, type, post: withText(post, false) };
    }
    return { ...source, post: withText(post, true) };
  }

  private async source(event: LiveEvent): Promise<Payload> {
    const cursor = encodeCursor([event.seq]);
    const thread = await this.access.loadThread(event.threadId);
    if (event.channel.startsWith('community:')) return { type: event.type as CommunityEventType, cursor, thread };
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
        } else if (now.readerClass !== l.readerClass) {
          l.readerClass = now.readerClass;
          l.groupKey = groupKeyOf(l);
        }
      }
    }
  }
}

/** A copy of the post that shows, or hides, its text for one group of readers. */
function withText(post: Post, visible: boolean): Post {
  return Object.assign(Object.create(Post.prototype) as Post, post, { textVisible: visible });
}
