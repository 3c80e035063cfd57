import '../i18n/moderation';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import type { PostData } from '../api/operations';
import {
  DELETE_POST,
  EDIT_POST,
  HIDE_POST,
  POST_SOURCE,
  REDACT_REVISION,
  REMOVE_POST,
  RESTORE_POST,
  type PostStateData,
  type RevisionData,
} from '../api/operations-moderation';
import { asApiError, type ApiError } from '../api/transport';
import { formatDateTime, t } from '../i18n';
import { announce } from './Announcer';
import { ConfirmDialog } from './ConfirmDialog';
import { MarkdownEditor } from './MarkdownEditor';
import { ErrorMessage } from './Status';

interface Props {
  post: PostData;
  /** The viewer wrote it. */
  mine: boolean;
  /** The viewer moderates the community. */
  canModerate: boolean;
  changed(state: PostStateData): void;
}

type Open = null | 'edit' | 'delete' | 'moderate' | 'versions';

/**
 * Under a post: its author edits or deletes it (after a confirmation); a moderator hides, removes
 * or restores it with a reason, and may wipe an older version's text for good.
 */
export function PostTools({ post, mine, canModerate, changed }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [source, setSource] = useState('');
  const [reason, setReason] = useState('');
  const [revisions, setRevisions] = useState<RevisionData[] | null>(null);
  const author = post.author.displayName;
  if (post.isDeleted || (!mine && !canModerate)) return null;

  /** Runs one action (`act` sends it and picks the post's new state from the answer). */
  const run = async (act: () => Promise<PostStateData | null>, notice: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const result = await act();
      if (result) changed(result);
      announce(notice);
      setOpen(null);
      setReason('');
      return true;
    } catch (e) {
      setError(asApiError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const startEdit = async () => {
    setError(null);
    try {
      const { postRevisions } = await request(POST_SOURCE, { postId: post.id });
      setSource(postRevisions[postRevisions.length - 1]?.body ?? '');
      setOpen('edit');
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const showVersions = async () => {
    if (open === 'versions') return setOpen(null);
    setError(null);
    try {
      setRevisions((await request(POST_SOURCE, { postId: post.id })).postRevisions);
      setOpen('versions');
    } catch (e) {
      setError(asApiError(e));
    }
  };

  const toggle = (which: Open) => () => {
    setError(null);
    setOpen(open === which ? null : which);
  };
  const visible = post.state === 'VISIBLE';
  const takenDown = post.state === 'HIDDEN' || post.state === 'REMOVED';
  return (
    <div class="post-tools">
      <p class="actions">
        {mine && visible ? (
          <button
            type="button"
            class="secondary"
            aria-expanded={open === 'edit'}
            onClick={() => (open === 'edit' ? setOpen(null) : void startEdit())}
          >
            {t('mod.edit')}
          </button>
        ) : null}
        {mine ? (
          <button type="button" class="secondary" onClick={toggle('delete')}>
            {t('mod.delete')}
          </button>
        ) : null}
        {canModerate && !mine && visible ? (
          <button
            type="button"
            class="secondary"
            aria-expanded={open === 'moderate'}
            onClick={toggle('moderate')}
            aria-label={t('mod.moderateLabel', { name: author })}
          >
            {t('mod.moderate')}
          </button>
        ) : null}
        {canModerate && takenDown ? (
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={() => void run(async () => (await request(RESTORE_POST, { postId: post.id })).restorePost, t('mod.restored'))}
          >
            {t('mod.restore')}
          </button>
        ) : null}
        {canModerate && post.bodyHtml !== null ? (
          <button type="button" class="link-button" aria-expanded={open === 'versions'} onClick={() => void showVersions()}>
            {t('mod.versions')}
          </button>
        ) : null}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {open === 'edit' ? (
        <form
          class="edit-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => (await request(EDIT_POST, { input: { postId: post.id, body: source } })).editPost, t('mod.edited'));
          }}
        >
          <MarkdownEditor id={`edit-${post.id}`} label={t('mod.editLabel')} value={source} onInput={setSource} />
          <p class="actions">
            <button type="submit" disabled={busy || !source.trim()}>
              {t('mod.save')}
            </button>
            <button type="button" class="secondary" onClick={() => setOpen(null)}>
              {t('mod.cancel')}
            </button>
          </p>
        </form>
      ) : null}
      {open === 'delete' ? (
        <ConfirmDialog
          title={t('mod.deleteTitle')}
          confirm={t('mod.deleteConfirm')}
          busy={busy}
          close={(yes) => {
            if (!yes) return setOpen(null);
            void run(async () => (await request(DELETE_POST, { postId: post.id })).deletePost, t('mod.deleted'));
          }}
        >
          <p>{t('mod.deleteText')}</p>
        </ConfirmDialog>
      ) : null}
      {open === 'moderate' ? (
        <div class="moderate-form">
          <div class="field">
            <label for={`mod-reason-${post.id}`}>{t('mod.reason')}</label>
            <input id={`mod-reason-${post.id}`} maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </div>
          <p class="actions">
            <button
              type="button"
              disabled={busy || !reason.trim()}
              onClick={() =>
                void run(async () => (await request(HIDE_POST, { postId: post.id, reason: reason.trim() })).hidePost, t('mod.hidden'))
              }
            >
              {t('mod.hide')}
            </button>
            <button
              type="button"
              class="danger"
              disabled={busy || !reason.trim()}
              onClick={() =>
                void run(async () => (await request(REMOVE_POST, { postId: post.id, reason: reason.trim() })).removePost, t('mod.removed'))
              }
            >
              {t('mod.remove')}
            </button>
          </p>
        </div>
      ) : null}
      {open === 'versions' && revisions ? (
        <Versions revisions={revisions} redacted={(r) => setRevisions(revisions.map((x) => (x.id === r.id ? { ...x, ...r } : x)))} />
      ) : null}
    </div>
  );
}

/** Every version of a post, oldest first; an older one's text can be wiped for good, with a reason. */
function Versions({ revisions, redacted }: { revisions: RevisionData[]; redacted(r: { id: string; redactedAt: string }): void }) {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const redact = async (id: string) => {
    setConfirming(null);
    setError(null);
    try {
      const { redactRevision } = await request(REDACT_REVISION, { input: { revisionId: id, reason: reasons[id].trim() } });
      if (redactRevision.redactedAt) redacted({ id: redactRevision.id, redactedAt: redactRevision.redactedAt });
      announce(t('mod.redacted'));
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <section class="versions" aria-label={t('mod.versions')}>
      {error ? <ErrorMessage error={error} /> : null}
      <ol>
        {revisions.map((r, i) => (
          <li key={r.id}>
            <p class="card-meta">
              {t('mod.version', { n: r.version })} · <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
              {r.editedByModerator ? ` · ${t('mod.byModerator')}` : ''}
            </p>
            {r.redactedAt ? <p class="muted">{t('mod.redactedText')}</p> : <pre class="revision-body">{r.body}</pre>}
            {!r.redactedAt && i < revisions.length - 1 ? (
              <>
                <div class="field">
                  <label for={`redact-${r.id}`}>{t('mod.redactReason', { n: r.version })}</label>
                  <input
                    id={`redact-${r.id}`}
                    maxLength={500}
                    value={reasons[r.id] ?? ''}
                    onInput={(e) => setReasons({ ...reasons, [r.id]: e.currentTarget.value })}
                  />
                </div>
                <p class="actions">
                  <button type="button" class="danger" disabled={!(reasons[r.id] ?? '').trim()} onClick={() => setConfirming(r.id)}>
                    {t('mod.redact', { n: r.version })}
                  </button>
                </p>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {confirming ? (
        <ConfirmDialog
          title={t('mod.redactTitle')}
          confirm={t('mod.redactConfirm')}
          close={(yes) => (yes ? void redact(confirming) : setConfirming(null))}
        >
          <p>{t('mod.redactText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
