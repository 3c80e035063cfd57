import { useState } from 'preact/hooks';
import { APPROVE_POST, QUEUE, REJECT_POST } from '../../api/operations-manage';
import { useQuery } from '../../api/use-query';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDateTime, t } from '../../i18n';
import { Link, paths } from '../../router';
import { useAction } from './use-action';

/** Posts held for approval, oldest first: approve, or reject with a reason. */
export function QueueTab({ communityId }: { communityId: string }) {
  const { data, error, update } = useQuery(QUEUE, { communityId });
  const action = useAction();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const drop = (postId: string) => () =>
    update((d) => ({ moderationQueue: { ...d.moderationQueue, edges: d.moderationQueue.edges.filter((e) => e.node.id !== postId) } }));
  const posts = data.moderationQueue.edges.map((e) => e.node);
  return (
    <>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {posts.length ? (
        <ul class="card-list">
          {posts.map((post) => (
            <li key={post.id} class="card">
              <h3 class="card-title">
                <Link href={paths.thread(post.thread.id)}>{post.thread.title}</Link>
              </h3>
              <p class="card-meta">
                {post.seq === 1 ? t('manage.openingPost') : t('manage.reply')} · {post.author.displayName} ·{' '}
                <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
              </p>
              {post.bodyHtml !== null ? <div class="post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} /> : null}
              <div class="field">
                <label for={`reject-${post.id}`}>{t('manage.rejectReason')}</label>
                <input
                  id={`reject-${post.id}`}
                  value={reasons[post.id] ?? ''}
                  onInput={(e) => setReasons({ ...reasons, [post.id]: e.currentTarget.value })}
                />
              </div>
              <p class="actions">
                <button
                  type="button"
                  disabled={action.busy !== null}
                  onClick={() => action.run(post.id, APPROVE_POST, { postId: post.id }, t('manage.approved'), drop(post.id))}
                >
                  {t('manage.approve')}
                </button>{' '}
                <button
                  type="button"
                  class="secondary"
                  disabled={action.busy !== null || !(reasons[post.id] ?? '').trim()}
                  onClick={() =>
                    action.run(
                      post.id,
                      REJECT_POST,
                      { postId: post.id, reason: reasons[post.id].trim() },
                      t('manage.rejected'),
                      drop(post.id),
                    )
                  }
                >
                  {t('manage.reject')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('manage.queueEmpty')}</p>
      )}
    </>
  );
}
