import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api/client';
import { subscribeLive } from '../api/live';
import {
  THREAD,
  THREAD_EVENTS,
  THREAD_POSTS,
  THREAD_VIEWER,
  type PostData,
  type ReactionResult,
  type ThreadPageData,
} from '../api/operations';
import type { ThreadPageQueryVariables } from '../api/generated/graphql';
import { THREAD_EXTRAS, type ThreadExtrasData } from '../api/operations-thread';
import { session } from '../api/session';
import type { ApiError } from '../api/transport';
import { useLoader, useQuery } from '../api/use-query';
import { AcceptAnswer } from '../components/AcceptAnswer';
import { announce } from '../components/Announcer';
import { Breadcrumb } from '../components/Breadcrumb';
import { FollowButton } from '../components/FollowButton';
import { MoreButton } from '../components/MoreButton';
import { PageHeading } from '../components/PageHeading';
import { PostItem } from '../components/PostItem';
import { ItemLinkTools, PostTools, SyndicationPanel, ThreadTools } from '../components/lazy-tools';
import { RemoteSyndicationPanel } from '../components/RemoteSyndicationPanel';
import { ReplyForm } from '../components/ReplyForm';
import { ReportButton } from '../components/ReportButton';
import { Loading, ScreenError } from '../components/Status';
import { ThreadContext } from '../components/ThreadContext';
import { useScrollToHash } from '../components/use-scroll-to-hash';
import type { PostStateData, ThreadStateData } from '../api/operations-moderation';
import { t, tn } from '../i18n';
import { Link, paths } from '../router';
import { useStore } from '../store';
import { applyEvent, mergePosts, withAccepted, type LiveEvent } from './thread-state';

/** A thread: the opening post, the replies (live), reactions and the reply form. */
export function ThreadScreen({ id }: { id: string }) {
  const { data, error, update, reload } = useQuery<ThreadPageData, ThreadPageQueryVariables>(THREAD, { id });
  // Asked for once the posts are on screen, and optional: without it the thread still reads.
  const extrasState = useLoader<ThreadExtrasData | null>(data ? `extras|${id}` : `extras-later|${id}`, () =>
    data ? request(THREAD_EXTRAS, { id }) : Promise.resolve(null),
  );
  const extras = extrasState.data?.thread ?? null;
  useScrollToHash(!!data);
  const me = useStore(session);
  const myId = me.status === 'signedIn' ? me.user.id : null;
  const [liveError, setLiveError] = useState<ApiError | null>(null);
  const [liveGeneration, setLiveGeneration] = useState(0);
  // Events that arrive before the page: applied once it is there.
  const early = useRef<LiveEvent[]>([]);
  const loaded = useRef(false);
  loaded.current = !!data;
  const myIdRef = useRef(myId);
  myIdRef.current = myId;

  const catchUp = async () => {
    if (!data || data.thread.posts.pageInfo.hasNextPage) return;
    let after = data.thread.posts.pageInfo.endCursor;
    for (let page = 0; page < 10; page++) {
      const { thread } = await request(THREAD_POSTS, { id, after });
      update((d) => ({
        thread: mergePosts(
          d.thread,
          thread.posts.edges.map((e) => e.node),
          thread.posts.pageInfo,
        ),
      }));
      if (!thread.posts.pageInfo.hasNextPage) return;
      after = thread.posts.pageInfo.endCursor;
    }
  };
  const catchUpRef = useRef(catchUp);
  catchUpRef.current = catchUp;

  // Subscribe at once (not after the page loaded), so that nothing falls between the two.
  useEffect(() => {
    early.current = [];
    setLiveError(null);
    return subscribeLive(
      THREAD_EVENTS,
      { threadId: id },
      {
        cursorOf: (d) => d.threadEvents.cursor,
        next: ({ threadEvents: event }) => {
          if (!loaded.current) {
            early.current.push(event);
            return;
          }
          update((d) => ({ thread: applyEvent(d.thread, event) }));
          if (event.type === 'ANSWER_ACCEPTED') announce(t('answer.acceptedNotice'));
          if (event.type === 'POST_ADDED' && event.post && event.post.author.id !== myIdRef.current) {
            announce(t('thread.newReply', { name: event.post.author.displayName }));
          }
          if (event.type === 'THREAD_LOCKED') {
            request(THREAD_VIEWER, { id }).then(
              ({ thread }) => update((d) => ({ thread: { ...d.thread, ...thread } })),
              () => undefined,
            );
          }
        },
        error: setLiveError,
        // Nothing to replay from (no event seen yet): fetch what was added meanwhile.
        reconnected: (resumed) => {
          if (!resumed && loaded.current) void catchUpRef.current().catch(() => undefined);
        },
      },
    );
    // A login or logout needs no new subscription: the live client reconnects as the new user and resumes.
  }, [id, liveGeneration]);

  useEffect(() => {
    if (!data || !early.current.length) return;
    const events = early.current;
    early.current = [];
    update((d) => ({ thread: events.reduce(applyEvent, d.thread) }));
  }, [data]);

  if (error) return <ScreenError title={t('thread.title')} error={error} />;
  if (!data) return <Loading />;

  const thread = data.thread;
  const [opening, ...listed] = thread.posts.edges.map((e) => e.node);
  const isQuestion = thread.kind === 'QUESTION';
  // On a question the accepted answer comes first.
  const replies = isQuestion ? [...listed.filter((p) => p.isAcceptedAnswer), ...listed.filter((p) => !p.isAcceptedAnswer)] : listed;
  const canAccept = isQuestion && myId !== null && extras !== null && (extras.author.id === myId || extras.community.viewerCanModerate);
  const acceptChanged = (acceptedId: string | null) => update((d) => ({ thread: withAccepted(d.thread, acceptedId) }));
  const isMember = thread.community.viewerMembership?.state === 'ACTIVE';
  const canReact = myId !== null && isMember;
  // Active members report what others wrote, once each (the server says so if it was already done).
  const reportable = (post: PostData) =>
    canReact && post.author.id !== myId && post.state === 'VISIBLE' && post.bodyHtml !== null && !post.isDeleted;
  const reactionsChanged = (result: ReactionResult) =>
    update((d) => ({
      thread: {
        ...d.thread,
        posts: {
          ...d.thread.posts,
          edges: d.thread.posts.edges.map((e) => (e.node.id === result.id ? { ...e, node: { ...e.node, ...result } } : e)),
        },
      },
    }));
  const posted = (post: PostData) =>
    update((d) => {
      // The live event for this post may have come first (and counted it already).
      const counted = post.state !== 'VISIBLE' || d.thread.posts.edges.some((e) => e.node.id === post.id);
      return { thread: { ...mergePosts(d.thread, [post]), replyCount: d.thread.replyCount + (counted ? 0 : 1) } };
    });

  const canModerate = extras?.community.viewerCanModerate ?? false;
  // After an edit, a deletion or a moderator's action on a post: its new state in place.
  const postChanged = (state: PostStateData) =>
    update((d) => ({
      thread: {
        ...d.thread,
        posts: {
          ...d.thread.posts,
          edges: d.thread.posts.edges.map((e) => (e.node.id === state.id ? { ...e, node: { ...e.node, ...state } } : e)),
        },
      },
    }));
  const threadChanged = (state: ThreadStateData, moved: boolean) => {
    if (moved) return reload();
    update((d) => ({ thread: { ...d.thread, pinned: state.pinned, locked: state.locked } }));
  };
  const tools = (post: PostData) =>
    myId !== null ? <PostTools post={post} mine={post.author.id === myId} canModerate={canModerate} changed={postChanged} /> : null;

  const loadMore = async () => {
    const { thread: more } = await request(THREAD_POSTS, { id, after: thread.posts.pageInfo.endCursor });
    update((d) => ({
      thread: mergePosts(
        d.thread,
        more.posts.edges.map((e) => e.node),
        more.posts.pageInfo,
      ),
    }));
  };

  return (
    <>
      <Breadcrumb parents={[{ href: paths.community(thread.community.slug), label: thread.community.name }]} />
      <PageHeading title={thread.title} />
      <p class="thread-meta">
        {thread.kind === 'QUESTION' ? <span class="badge">{t('thread.question')}</span> : null}
        {thread.pinned ? <span class="badge">{t('thread.pinned')}</span> : null}
        {thread.locked ? <span class="badge">{t('thread.locked')}</span> : null}
      </p>
      {myId !== null ? <FollowButton kind="thread" id={thread.id} following={thread.viewerFollows} /> : null}
      {extras ? <ThreadContext extras={extras} /> : null}
      {/* Syndication between two Waardenet instances: provenance for readers, propose/withdraw for moderators (issue 16 ask 5). */}
      {extras ? <RemoteSyndicationPanel threadId={thread.id} origin={extras.remoteProvenance ?? null} canModerate={canModerate} /> : null}
      {/* The catalogue items: the thread's author (while they may post) and its moderators; the server decides. */}
      {extras && myId !== null && (extras.author.id === myId || canModerate) ? (
        <ItemLinkTools threadId={thread.id} items={extras.items} changed={extrasState.reload} />
      ) : null}
      {extras && canModerate && extras.community.nationalCommunity ? <SyndicationPanel threadId={thread.id} /> : null}
      {canModerate ? (
        <ThreadTools
          threadId={thread.id}
          pinned={thread.pinned}
          locked={thread.locked}
          communityId={thread.community.id}
          changed={threadChanged}
        />
      ) : null}
      {opening ? (
        <PostItem post={opening} canReact={canReact && opening.author.id !== myId} reactionsChanged={reactionsChanged}>
          {reportable(opening) ? <ReportButton postId={opening.id} authorName={opening.author.displayName} /> : null}
          {tools(opening)}
        </PostItem>
      ) : null}

      <section aria-labelledby="replies-heading" class="replies">
        <h2 id="replies-heading">{tn('thread.replies', thread.replyCount)}</h2>
        {replies.length ? (
          <ol class="reply-list">
            {replies.map((post) => (
              <li key={post.id}>
                <PostItem post={post} canReact={canReact && post.author.id !== myId} reactionsChanged={reactionsChanged}>
                  {canAccept && post.state === 'VISIBLE' && !post.isDeleted ? (
                    <AcceptAnswer threadId={thread.id} postId={post.id} accepted={post.isAcceptedAnswer} changed={acceptChanged} />
                  ) : null}
                  {reportable(post) ? <ReportButton postId={post.id} authorName={post.author.displayName} /> : null}
                  {tools(post)}
                </PostItem>
              </li>
            ))}
          </ol>
        ) : (
          <p class="muted">{t('thread.noReplies')}</p>
        )}
        <MoreButton hasMore={thread.posts.pageInfo.hasNextPage} label={t('thread.more')} load={loadMore} />
        {liveError ? (
          <p class="error" role="alert">
            {t('live.failed')}{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => {
                reload();
                setLiveGeneration((g) => g + 1);
              }}
            >
              {t('common.reload')}
            </button>
          </p>
        ) : null}
      </section>

      {thread.viewerCanReply ? (
        <ReplyForm threadId={thread.id} communityId={thread.community.id} posted={posted} />
      ) : (
        <p class="reply-closed">
          {myId === null ? (
            <Link href={paths.login(paths.thread(thread.id))}>{t('reply.loginToReply')}</Link>
          ) : thread.locked ? (
            t('reply.locked')
          ) : thread.community.viewerMembership?.state === 'BANNED' ? (
            // A banned member is not invited to join: they cannot.
            t('reply.banned')
          ) : !isMember ? (
            <Link href={paths.community(thread.community.slug)}>{t('reply.joinToReply')}</Link>
          ) : (
            t('reply.notAllowed')
          )}
        </p>
      )}
    </>
  );
}
