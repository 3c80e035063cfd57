/** How the thread page's data changes: pages of posts merged in, live events applied, the accepted answer marked. */
import type { PostData, ThreadEventData, ThreadPageData } from '../api/operations';

export type Page = ThreadPageData['thread'];
export type LiveEvent = ThreadEventData['threadEvents'];

/** Adds posts the page does not have yet (by id), in thread order; known ones are replaced. */
export function mergePosts(page: Page, posts: PostData[], pageInfo?: { hasNextPage: boolean; endCursor: string | null }): Page {
  const edges = [...page.posts.edges];
  for (const post of posts) {
    const i = edges.findIndex((e) => e.node.id === post.id);
    if (i >= 0) edges[i] = { ...edges[i], node: { ...post, viewerReactions: post.viewerReactions ?? edges[i].node.viewerReactions } };
    else edges.push({ cursor: '', node: post });
  }
  edges.sort((a, b) => a.node.seq - b.node.seq);
  // An empty page has no endCursor: keep the place reached so far.
  const next = pageInfo
    ? { hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor ?? page.posts.pageInfo.endCursor }
    : page.posts.pageInfo;
  return { ...page, posts: { edges, pageInfo: next } };
}

/** Marks `acceptedId` (null: none) as the question's one accepted answer. */
export function withAccepted(page: Page, acceptedId: string | null): Page {
  const edges = page.posts.edges.map((e) =>
    e.node.isAcceptedAnswer === (e.node.id === acceptedId) ? e : { ...e, node: { ...e.node, isAcceptedAnswer: e.node.id === acceptedId } },
  );
  return { ...page, posts: { ...page.posts, edges } };
}

export function applyEvent(page: Page, event: LiveEvent): Page {
  if (event.type === 'ANSWER_ACCEPTED' || event.type === 'ANSWER_UNACCEPTED') {
    const acceptedId = event.type === 'ANSWER_ACCEPTED' ? (event.post?.id ?? null) : null;
    return withAccepted({ ...page, replyCount: event.thread.replyCount }, acceptedId);
  }
  const next: Page = {
    ...page,
    title: event.thread.title,
    pinned: event.thread.pinned,
    locked: event.thread.locked,
    replyCount: event.thread.replyCount,
  };
  const post = event.post;
  if (!post) return next;
  const known = page.posts.edges.some((e) => e.node.id === post.id);
  // A new post past the pages loaded so far arrives with "more posts" instead.
  if (!known && page.posts.pageInfo.hasNextPage) return next;
  if (!known && event.type !== 'POST_ADDED' && event.type !== 'POST_RESTORED') return next;
  return mergePosts(next, [post]);
}
