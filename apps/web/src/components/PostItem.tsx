import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PostData, ReactionResult } from '../api/operations';
import { formatDateTime, t } from '../i18n';
import { LinkPreviewCards } from './LinkPreviewCards';
import { Reactions } from './Reactions';

const HIDDEN_TEXT = { REMOVED: 'post.removed', HIDDEN: 'post.hidden', PENDING: 'post.pending', VISIBLE: 'post.unavailable' } as const;

interface Props {
  post: PostData;
  canReact: boolean;
  reactionsChanged(result: ReactionResult): void;
  /** Extra controls under the post (accept as answer). */
  children?: ComponentChildren;
}

/** One post: author (with expert badges), time, the server's sanitized HTML (or why it is not shown), reactions. */
export function PostItem({ post, canReact, reactionsChanged, children }: Props) {
  const authorId = `post-${post.id}-author`;
  const accepted = post.isAcceptedAnswer && post.state === 'VISIBLE';
  const bodyRef = useRef<HTMLDivElement>(null);
  // Images open larger on click (loaded only for posts that have one).
  useEffect(() => {
    const el = bodyRef.current;
    if (el && post.bodyHtml?.includes('<img')) void import('./post-images').then((m) => m.enhancePostImages(el));
  }, [post.bodyHtml]);
  return (
    <article
      class={`post post-${post.state.toLowerCase()}${accepted ? ' post-accepted' : ''}`}
      id={`post-${post.seq}`}
      data-seq={post.seq}
      aria-labelledby={authorId}
    >
      <header class="post-header">
        {post.author.avatarUrl ? <img class="avatar" src={post.author.avatarUrl} alt="" width={28} height={28} loading="lazy" /> : null}
        <span class="post-author" id={authorId}>
          {post.author.displayName}
        </span>{' '}
        {(post.authorExpertise ?? []).map((e) => (
          <span
            key={e.id}
            class="badge badge-expert"
            title={e.library ? t('post.expertVerifiedBy', { library: e.library.name }) : undefined}
          >
            {t('post.expert', { topic: e.topic })}
          </span>
        ))}
        <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
        {post.editedAt ? <span class="post-edited"> · {t('post.edited')}</span> : null}
        {post.state === 'PENDING' && post.bodyHtml ? <span class="badge"> {t('post.awaitingApproval')}</span> : null}
      </header>
      {accepted ? <p class="accepted-mark">✔ {t('answer.accepted')}</p> : null}
      {post.bodyHtml !== null ? (
        // Rendered from markdown and sanitized (allow-listed) on the server.
        <div class="post-body" ref={bodyRef} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      ) : (
        <p class="post-body post-unavailable">{t(HIDDEN_TEXT[post.state])}</p>
      )}
      {post.bodyHtml !== null && post.linkPreviews?.length ? <LinkPreviewCards cards={post.linkPreviews} /> : null}
      {post.bodyHtml !== null && post.state === 'VISIBLE' ? <Reactions post={post} canReact={canReact} changed={reactionsChanged} /> : null}
      {children}
    </article>
  );
}
