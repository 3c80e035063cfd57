import type { Connection, Provenance, ThreadSummary } from '../api/operations';
import { formatDateTime, t, tn } from '../i18n';
import { Link, paths } from '../router';

/** A community's threads; in a national feed, a chapter's thread says where it comes from. */
export function ThreadList({ threads }: { threads: ThreadSummary[] }) {
  if (!threads.length) return <p class="muted">{t('community.noThreads')}</p>;
  return (
    <ul class="thread-list">
      {threads.map((thread) => (
        <li key={thread.id} class={thread.pinned ? 'thread pinned' : 'thread'}>
          <h3 class="thread-title">
            <Link href={paths.thread(thread.id)}>{thread.title}</Link>
          </h3>
          {thread.from ? <FromChapter from={thread.from} /> : null}
          <p class="thread-meta">
            {thread.pinned ? <span class="badge">{t('thread.pinned')}</span> : null}
            {thread.locked ? <span class="badge">{t('thread.locked')}</span> : null}
            {thread.kind === 'QUESTION' ? <span class="badge">{t('thread.question')}</span> : null}
            {thread.author.displayName} · {tn('thread.replies', thread.replyCount)} · {t('community.lastActivity')}{' '}
            <time dateTime={thread.lastActivityAt}>{formatDateTime(thread.lastActivityAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Where a thread shown in a national community comes from: "From Bibliotheek X (its chapter)". */
export function FromChapter({ from }: { from: Provenance }) {
  // Null only for a thread syndicated from another Waardenet, which a feed never lists as a syndication.
  if (!from.fromLibrary) return null;
  return (
    <p class="provenance">
      {t('thread.from', { library: from.fromLibrary.name })}
      {/* A feed entry's chapter is null when the viewer may not see it: the library alone then. */}
      {from.fromCommunity ? (
        <>
          {' '}
          (<Link href={paths.community(from.fromCommunity.slug)}>{from.fromCommunity.name}</Link>)
        </>
      ) : null}
    </p>
  );
}

/** The next page after the list so far, leaving out threads already listed (they moved up meanwhile). */
export function appendPage(
  threads: Connection<ThreadSummary> | null | undefined,
  more: Connection<ThreadSummary>,
): Connection<ThreadSummary> {
  const known = new Set(threads?.edges.map((e) => e.node.id));
  return { edges: [...(threads?.edges ?? []), ...more.edges.filter((e) => !known.has(e.node.id))], pageInfo: more.pageInfo };
}

/**
 * The list with `thread` added or refreshed, kept in the server's order: by last activity, pinned first
 * unless `pinnedFirst` is false (a national feed). A refreshed thread keeps its provenance unless given one.
 */
/** The list without one thread (it moved where this reader may not follow). */
export function withoutThread<T extends { id: string }>(threads: Connection<T> | null, id: string): Connection<T> | null {
  return threads ? { ...threads, edges: threads.edges.filter((e) => e.node.id !== id) } : threads;
}

export function withThread(
  threads: Connection<ThreadSummary> | null,
  thread: ThreadSummary,
  pinnedFirst = true,
): Connection<ThreadSummary> | null {
  if (!threads) return threads;
  const known = threads.edges.find((e) => e.node.id === thread.id)?.node;
  const node = thread.from === undefined && known?.from ? { ...thread, from: known.from } : thread;
  const edges = [{ cursor: '', node }, ...threads.edges.filter((e) => e.node.id !== thread.id)];
  edges.sort(
    (a, b) =>
      (pinnedFirst ? Number(b.node.pinned) - Number(a.node.pinned) : 0) || b.node.lastActivityAt.localeCompare(a.node.lastActivityAt),
  );
  return { ...threads, edges };
}
