import '../i18n/lazy';
import '../i18n/federation';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import {
  DELETE_REMOTE_REPLY,
  EDIT_REMOTE_REPLY,
  FOLLOW_REMOTE_COMMUNITY,
  REMOTE_COMMUNITIES,
  REMOTE_COMMUNITY_THREADS,
  REPLY_TO_REMOTE_THREAD,
  SET_REMOTE_LIKE,
  UNFOLLOW_REMOTE_COMMUNITY,
  type RemoteCommunityRow,
  type RemoteThread,
} from '../api/operations-federation';
import { asApiError, type ApiError } from '../api/transport';
import { useQuery } from '../api/use-query';
import { announce } from '../components/Announcer';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { InstanceBlocklist } from '../components/InstanceBlocklist';
import { PageHeading } from '../components/PageHeading';
import { ErrorMessage, Loading, ScreenError } from '../components/Status';
import { TextField } from '../components/TextField';
import { formatDateTime, t } from '../i18n';

/** Remote communities (ActivityPub Groups on other servers) the member follows: follow one by handle, read it, reply from here. */
export function RemoteCommunitiesScreen() {
  const { data, error, update } = useQuery(REMOTE_COMMUNITIES);
  const [handle, setHandle] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  if (error) return <ScreenError title={t('remote.title')} error={error} />;
  if (!data) return <Loading />;
  const follow = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const { followRemoteCommunity } = await request(FOLLOW_REMOTE_COMMUNITY, { handle: handle.trim() });
      update((d) => ({
        remoteCommunities: [...d.remoteCommunities.filter((c) => c.id !== followRemoteCommunity.id), followRemoteCommunity],
      }));
      setHandle('');
      announce(t('remote.followed', { name: followRemoteCommunity.name }));
    } catch (err) {
      setFailure(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const unfollow = async (c: RemoteCommunityRow) => {
    await request(UNFOLLOW_REMOTE_COMMUNITY, { id: c.id });
    update((d) => ({ remoteCommunities: d.remoteCommunities.filter((x) => x.id !== c.id) }));
    announce(t('remote.unfollowed', { name: c.name }));
  };
  return (
    <>
      <PageHeading title={t('remote.title')} />
      <p>{t('remote.intro')}</p>
      <form onSubmit={follow} class="remote-follow">
        <TextField id="remote-handle" label={t('remote.handle')} hint={t('remote.handleHint')} value={handle} onInput={setHandle} />
        {failure ? <ErrorMessage error={failure} /> : null}
        <p class="actions">
          <button type="submit" disabled={busy || !handle.trim()}>
            {t('remote.follow')}
          </button>
        </p>
      </form>
      {data.remoteCommunities.length ? (
        data.remoteCommunities.map((c) => <RemoteCommunitySection key={c.id} community={c} unfollow={() => void unfollow(c)} />)
      ) : (
        <p>{t('remote.none')}</p>
      )}
      <InstanceBlocklist />
    </>
  );
}

function RemoteCommunitySection({ community, unfollow }: { community: RemoteCommunityRow; unfollow(): void }) {
  const [open, setOpen] = useState(false);
  return (
    <section class="remote-community" aria-labelledby={`remote-${community.id}`}>
      <h2 id={`remote-${community.id}`}>
        {community.name} <small>({community.handle})</small>
      </h2>
      {community.summary ? <p>{community.summary}</p> : null}
      {community.accepted ? null : <p class="hint">{t('remote.pending')}</p>}
      <p class="actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('remote.show')}
        </button>{' '}
        <button type="button" onClick={unfollow}>
          {t('remote.unfollow')}
        </button>
      </p>
      {open ? <RemoteThreads id={community.id} /> : null}
    </section>
  );
}

function RemoteThreads({ id }: { id: string }) {
  const { data, error, update } = useQuery(REMOTE_COMMUNITY_THREADS, { id });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const threads = data.remoteCommunity.threads;
  if (!threads.length) return <p>{t('remote.noThreads')}</p>;
  const replied = (threadId: string, reply: RemoteThread['replies'][number]) =>
    update((d) => ({
      remoteCommunity: {
        ...d.remoteCommunity,
        threads: d.remoteCommunity.threads.map((th) => (th.id === threadId ? { ...th, replies: [...th.replies, reply] } : th)),
      },
    }));
  /** A thread or reply changed by one of the actions below (like, edit, delete). */
  const changed = (postId: string, change: Partial<RemoteThread['replies'][number]>) =>
    update((d) => ({
      remoteCommunity: {
        ...d.remoteCommunity,
        threads: d.remoteCommunity.threads.map((th) => ({
          ...(th.id === postId ? { ...th, ...change } : th),
          replies: th.replies.map((r) => (r.id === postId ? { ...r, ...change } : r)),
        })),
      },
    }));
  return (
    <ul class="remote-threads">
      {threads.map((thread) => (
        <li key={thread.id}>
          <article aria-labelledby={`remote-thread-${thread.id}`}>
            <h3 id={`remote-thread-${thread.id}`}>{thread.title}</h3>
            <p class="meta">
              {t('remote.by', { name: thread.authorName })} · <time dateTime={thread.published}>{formatDateTime(thread.published)}</time>
            </p>
            {/* Sanitised on the server (libs/federation sanitizeRemoteHtml). */}
            <div class="post-body" dangerouslySetInnerHTML={{ __html: thread.contentHtml }} />
            <RemotePostActions post={{ ...thread, viewerIsAuthor: false, deletedAt: null }} changed={changed} />
            <ol class="remote-replies">
              {thread.replies.map((r) => (
                <li key={r.id}>
                  <p class="meta">{t('remote.by', { name: r.authorName })}</p>
                  {r.deletedAt ? (
                    <p>{t('remote.deleted')}</p>
                  ) : (
                    <>
                      <div class="post-body" dangerouslySetInnerHTML={{ __html: r.contentHtml }} />
                      <RemotePostActions post={r} changed={changed} />
                    </>
                  )}
                </li>
              ))}
            </ol>
            <RemoteReply thread={thread} sent={(reply) => replied(thread.id, reply)} />
          </article>
        </li>
      ))}
    </ul>
  );
}

function RemoteReply({ thread, sent }: { thread: RemoteThread; sent(reply: RemoteThread['replies'][number]): void }) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const id = `remote-reply-${thread.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const { replyToRemoteThread } = await request(REPLY_TO_REMOTE_THREAD, { input: { remotePostId: thread.id, body } });
      sent(replyToRemoteThread);
      setBody('');
      announce(t('remote.replySent'));
    } catch (err) {
      setFailure(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} class="remote-reply">
      <div class="field">
        <label for={id}>{t('remote.replyLabel', { title: thread.title ?? '' })}</label>
        <textarea id={id} rows={3} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      </div>
      {failure ? <ErrorMessage error={failure} /> : null}
      <p class="actions">
        <button type="submit" disabled={busy || !body.trim()}>
          {t('remote.reply')}
        </button>
      </p>
    </form>
  );
}

type RemotePostRow = Pick<
  RemoteThread['replies'][number],
  'id' | 'contentHtml' | 'likeCount' | 'viewerLiked' | 'viewerIsAuthor' | 'deletedAt'
>;

/** Like (or stop liking) a remote thread or reply; edit or delete one's own reply. Each is sent to the remote community. */
function RemotePostActions({
  post,
  changed,
}: {
  post: RemotePostRow;
  changed(id: string, change: Partial<RemoteThread['replies'][number]>): void;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (err) {
      setFailure(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const like = () =>
    void run(async () => {
      const { setRemoteLike } = await request(SET_REMOTE_LIKE, { input: { remotePostId: post.id, liked: !post.viewerLiked } });
      changed(post.id, { likeCount: setRemoteLike.likeCount, viewerLiked: setRemoteLike.viewerLiked });
      announce(t(setRemoteLike.viewerLiked ? 'remote.liked' : 'remote.unliked'));
    });
  const save = (e: Event) => {
    e.preventDefault();
    const body = editing ?? '';
    void run(async () => {
      const { editRemoteReply } = await request(EDIT_REMOTE_REPLY, { input: { remotePostId: post.id, body } });
      changed(post.id, { contentHtml: editRemoteReply.contentHtml, editedAt: editRemoteReply.editedAt });
      setEditing(null);
      announce(t('remote.edited'));
    });
  };
  const remove = (confirmed: boolean) => {
    setConfirming(false);
    if (!confirmed) return;
    void run(async () => {
      await request(DELETE_REMOTE_REPLY, { id: post.id });
      changed(post.id, { contentHtml: '', deletedAt: new Date().toISOString() });
      announce(t('remote.deletedDone'));
    });
  };
  const editId = `remote-edit-${post.id}`;
  return (
    <>
      <p class="actions">
        <button type="button" class="secondary" aria-pressed={post.viewerLiked} disabled={busy} onClick={like}>
          {t('remote.like')}
        </button>{' '}
        <span class="meta">{t('remote.likes', { count: post.likeCount })}</span>
        {post.viewerIsAuthor && editing === null ? (
          <>
            {' '}
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => setEditing(new DOMParser().parseFromString(post.contentHtml, 'text/html').body.textContent?.trim() ?? '')}
            >
              {t('remote.edit')}
            </button>{' '}
            <button type="button" class="secondary" disabled={busy} onClick={() => setConfirming(true)}>
              {t('remote.delete')}
            </button>
          </>
        ) : null}
      </p>
      {editing !== null ? (
        <form onSubmit={save} class="remote-reply">
          <div class="field">
            <label for={editId}>{t('remote.editLabel')}</label>
            <textarea id={editId} rows={3} value={editing} onInput={(e) => setEditing(e.currentTarget.value)} />
          </div>
          <p class="actions">
            <button type="submit" disabled={busy || !editing.trim()}>
              {t('remote.save')}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setEditing(null)}>
              {t('remote.cancel')}
            </button>
          </p>
        </form>
      ) : null}
      {confirming ? (
        <ConfirmDialog title={t('remote.deleteTitle')} confirm={t('remote.delete')} busy={busy} close={remove}>
          <p>{t('remote.deleteText')}</p>
        </ConfirmDialog>
      ) : null}
      {failure ? <ErrorMessage error={failure} /> : null}
    </>
  );
}
