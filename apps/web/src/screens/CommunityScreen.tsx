import { useEffect } from 'preact/hooks';
import { request } from '../api/client';
import { subscribeLive } from '../api/live';
import { COMMUNITY, COMMUNITY_EVENTS, COMMUNITY_THREADS, type CommunityPageData } from '../api/operations';
import { session } from '../api/session';
import { useLoader } from '../api/use-query';
import { FollowButton } from '../components/FollowButton';
import { MembershipActions } from '../components/MembershipActions';
import { MoreButton } from '../components/MoreButton';
import { NewThreadForm } from '../components/NewThreadForm';
import { Breadcrumb } from '../components/Breadcrumb';
import { PageHeading } from '../components/PageHeading';
import { Loading, ScreenError } from '../components/Status';
import { ThreadList, appendPage, withThread, withoutThread } from '../components/ThreadList';
import { VisibilityBadge } from '../components/VisibilityBadge';
import { t, tn } from '../i18n';
import { lazyScreen } from '../lazy';
import { Link, paths } from '../router';
import { useStore } from '../store';

// Only national theme communities have a feed of chapter threads: its code loads when one is opened.
const EventsSection = lazyScreen(() => import('./events/EventsSection').then((m) => m.EventsSection));
const ChapterList = lazyScreen(() => import('../components/ChapterList').then((m) => m.ChapterList));
const NationalFeed = lazyScreen(() => import('./NationalFeed').then((m) => m.NationalFeed));
// Only for signed-in viewers: whether their expertise lets them join as an expert.
const JoinAsExpert = lazyScreen(() => import('../components/JoinAsExpert').then((m) => m.JoinAsExpert));

/**
 * Slugs of communities an earlier answer showed to be national (the community itself, or a chapter's
 * national community): their page is asked for without the thread list it would not show.
 */
const nationalSlugs = new Set<string>();

async function loadCommunity(slug: string): Promise<CommunityPageData> {
  const knownNational = nationalSlugs.has(slug);
  const data = await request(COMMUNITY, { slug, threads: !knownNational });
  const { isNational, nationalCommunity } = data.community;
  if (nationalCommunity) nationalSlugs.add(nationalCommunity.slug);
  if (isNational) nationalSlugs.add(slug);
  else if (knownNational) {
    // Not national (any more): ask again, with its threads.
    nationalSlugs.delete(slug);
    return request(COMMUNITY, { slug });
  }
  return data;
}

/** A community: what it is about, membership, and its threads (pinned first, then by activity). */
export function CommunityScreen({ slug }: { slug: string }) {
  const { data, error, reload, update } = useLoader(`community|${slug}`, () => loadCommunity(slug));
  const signedIn = useStore(session).status === 'signedIn';
  // A national community's list is its feed, which follows its own events (with provenance).
  const communityId = data?.community.viewerCanRead && !data.community.isNational ? data.community.id : null;
  // From the position the list was read at, so a thread started in between still arrives.
  const liveCursor = data?.community.liveCursor;

  // New threads and new activity move into the list live (a moved-away thread just stays until reload).
  useEffect(() => {
    if (!communityId) return undefined;
    return subscribeLive(
      COMMUNITY_EVENTS,
      { communityId, after: liveCursor },
      {
        cursorOf: (d) => d.communityEvents.cursor,
        next: ({ communityEvents: { thread, threadId } }) =>
          update((d) => {
            const threads = d.community.threads ?? null;
            return { community: { ...d.community, threads: thread ? withThread(threads, thread) : withoutThread(threads, threadId) } };
          }),
      },
    );
  }, [communityId]);

  if (error) return <ScreenError title={t('community.title')} error={error} />;
  if (!data) return <Loading />;
  const community = data.community;
  const threads = community.threads;

  const loadMore = async () => {
    if (!threads) return;
    const more = await request(COMMUNITY_THREADS, { slug, after: threads.pageInfo.endCursor });
    const page = more.community.threads;
    if (page) update((d) => ({ community: { ...d.community, threads: appendPage(d.community.threads, page) } }));
  };

  return (
    <>
      <Breadcrumb parents={[{ href: paths.library(community.library.slug), label: community.library.name }]} />
      {community.bannerUrl ? (
        <img
          class="community-banner"
          src={community.bannerUrl}
          alt=""
          // A private community's banner needs the member's token.
          onError={(e) => {
            const img = e.currentTarget;
            if (!img.src.startsWith('blob:'))
              void import('../components/post-images').then((m) => m.loadWithToken(img, community.bannerUrl ?? ''));
          }}
        />
      ) : null}
      <PageHeading title={community.name} />
      {community.campaignBanner ? (
        // A running national campaign this community adopted; its colour marks the edge (the text keeps the page's contrast).
        <p class="campaign-banner" style={community.campaignBanner.color ? { '--campaign': community.campaignBanner.color } : undefined}>
          {community.campaignBanner.text}
        </p>
      ) : null}
      <p class="card-meta">
        {community.isNational ? <span class="badge">{t('community.national')}</span> : null}
        <VisibilityBadge visibility={community.visibility} /> · {community.theme} · {tn('communities.members', community.memberCount)}
      </p>
      {community.description ? <p class="lead">{community.description}</p> : null}
      {community.nationalCommunity ? (
        <p class="chapter-of">
          {t('community.chapterOf')}{' '}
          <Link href={paths.community(community.nationalCommunity.slug)}>{community.nationalCommunity.name}</Link>
        </p>
      ) : null}
      {community.isNational ? <p class="muted">{t('community.nationalFeed')}</p> : null}
      <MembershipActions community={community} changed={reload} />
      {signedIn ? <JoinAsExpert community={community} changed={reload} /> : null}
      {signedIn && community.viewerCanRead ? <FollowButton kind="community" id={community.id} following={community.viewerFollows} /> : null}
      {community.viewerCanModerate ? (
        <p>
          <Link href={paths.manage(community.slug)}>{t('manage.open')}</Link>
        </p>
      ) : null}
      {community.isNational && community.viewerCanModerate ? (
        <p>
          <Link href={paths.syndicationInbox(community.slug)}>{t('community.proposals')}</Link>
        </p>
      ) : null}
      {community.publicModLog && community.viewerCanRead ? (
        <p>
          <Link href={paths.publicModLog(community.slug)}>{t('community.publicLog')}</Link>
        </p>
      ) : null}
      {community.viewerMembership?.state === 'ACTIVE' ? <NewThreadForm communityId={community.id} /> : null}
      {community.viewerCanRead ? <EventsSection of="community" slug={community.slug} /> : null}
      {community.isNational ? <ChapterList slug={community.slug} /> : null}
      <section aria-labelledby="threads-heading">
        <h2 id="threads-heading">{t('community.threads')}</h2>
        {community.viewerCanRead && community.isNational ? (
          <NationalFeed slug={community.slug} />
        ) : community.viewerCanRead && threads ? (
          <>
            <ThreadList threads={threads.edges.map((e) => e.node)} />
            <MoreButton hasMore={threads.pageInfo.hasNextPage} label={t('community.moreThreads')} load={loadMore} />
          </>
        ) : (
          <p class="muted">{t('community.membersOnly')}</p>
        )}
      </section>
    </>
  );
}
