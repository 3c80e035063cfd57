import '../../i18n/moderation';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import {
  CREATE_INVITE_LINK,
  FIND_USER,
  INVITE,
  INVITE_LINKS,
  REVOKE_INVITE_LINK,
  type InviteLinkData,
} from '../../api/operations-community-admin';
import { useQuery } from '../../api/use-query';
import { asApiError, type ApiError } from '../../api/transport';
import { announce } from '../../components/Announcer';
import { InviteByEmail } from '../../components/InviteByEmail';
import { ErrorMessage } from '../../components/Status';
import { formatDate, t, tn } from '../../i18n';
import { paths } from '../../router';

/** Invitations: a link to share (by mail, a newsletter, a poster), one email address, or one person by their @handle. */
export function InviteTab({ communityId }: { communityId: string }) {
  return (
    <>
      <InviteLinks communityId={communityId} />
      <InviteByEmail target={{ kind: 'community', communityId }} />
      <InviteByHandle communityId={communityId} />
    </>
  );
}

const DAYS = [1, 7, 14, 30];

/**
 * Invitation links: made with a lifetime and an optional use limit, shown once in full (the server keeps
 * only a fingerprint), listed while they work, revoked with one button.
 */
function InviteLinks({ communityId }: { communityId: string }) {
  const { data, error, update } = useQuery(INVITE_LINKS, { communityId });
  const [days, setDays] = useState('7');
  const [maxUses, setMaxUses] = useState('');
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [made, setMade] = useState<string | null>(null);
  const create = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setActionError(null);
    try {
      const { createInviteLink } = await request(CREATE_INVITE_LINK, {
        input: { communityId, days: Number(days), maxUses: maxUses ? Number(maxUses) : undefined },
      });
      setMade(`${location.origin}${paths.invite(createInviteLink.token)}`);
      update((d) => ({ inviteLinks: [createInviteLink.link, ...d.inviteLinks] }));
      announce(t('inviteLink.made'));
    } catch (err) {
      setActionError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (link: InviteLinkData) => {
    setActionError(null);
    try {
      await request(REVOKE_INVITE_LINK, { id: link.id });
      update((d) => ({ inviteLinks: d.inviteLinks.filter((l) => l.id !== link.id) }));
      announce(t('inviteLink.revoked'));
    } catch (err) {
      setActionError(asApiError(err));
    }
  };
  const copy = async () => {
    if (!made) return;
    try {
      await navigator.clipboard.writeText(made);
      announce(t('inviteLink.copied'));
    } catch {
      document.getElementById('invite-link-url')?.focus();
    }
  };
  return (
    <section aria-labelledby="invite-links">
      <h3 id="invite-links">{t('inviteLink.title')}</h3>
      <p>{t('inviteLink.intro')}</p>
      <form onSubmit={create} class="inline-form">
        <div class="field">
          <label for="invite-days">{t('inviteLink.days')}</label>
          <select id="invite-days" value={days} onChange={(e) => setDays(e.currentTarget.value)}>
            {DAYS.map((d) => (
              <option key={d} value={String(d)}>
                {tn('inviteLink.dayCount', d)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="invite-max">{t('inviteLink.maxUses')}</label>
          <p class="hint" id="invite-max-hint">
            {t('inviteLink.maxUsesHint')}
          </p>
          <input
            id="invite-max"
            type="number"
            inputMode="numeric"
            min={1}
            max={1000}
            value={maxUses}
            aria-describedby="invite-max-hint"
            onInput={(e) => setMaxUses(e.currentTarget.value)}
          />
        </div>
        <p class="actions">
          <button type="submit" disabled={busy}>
            {t('inviteLink.make')}
          </button>
        </p>
      </form>
      {made ? (
        <div class="made-link field">
          <label for="invite-link-url">{t('inviteLink.url')}</label>
          <p class="hint" id="invite-link-url-hint">
            {t('inviteLink.onlyNow')}
          </p>
          <input
            id="invite-link-url"
            readOnly
            value={made}
            aria-describedby="invite-link-url-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p class="actions">
            <button type="button" class="secondary" onClick={() => void copy()}>
              {t('inviteLink.copy')}
            </button>
          </p>
        </div>
      ) : null}
      {actionError ? <ErrorMessage error={actionError} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {data?.inviteLinks.length ? (
        <ul class="card-list compact">
          {data.inviteLinks.map((link) => (
            <li key={link.id} class="card">
              {t('inviteLink.until', { date: formatDate(link.expiresAt) })} ·{' '}
              {link.maxUses ? t('inviteLink.usesOf', { uses: link.uses, max: link.maxUses }) : tn('inviteLink.uses', link.uses)}{' '}
              <button
                type="button"
                class="link-button"
                aria-label={t('inviteLink.revokeLabel', { date: formatDate(link.createdAt) })}
                onClick={() => void revoke(link)}
              >
                {t('inviteLink.revoke')}
              </button>
            </li>
          ))}
        </ul>
      ) : data ? (
        <p class="muted">{t('inviteLink.none')}</p>
      ) : null}
    </section>
  );
}

/**
 * Inviting someone by their @handle: they may then join a private community, or skip a restricted
 * one's approval. A banned member is not invited (the server refuses: lift the ban first).
 */
function InviteByHandle({ communityId }: { communityId: string }) {
  const [handle, setHandle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [invited, setInvited] = useState<string[]>([]);
  const submit = async (e: Event) => {
    e.preventDefault();
    const wanted = handle.trim().replace(/^@/, '');
    if (!wanted) return;
    setBusy(true);
    setError(null);
    setNotFound(false);
    try {
      const { user } = await request(FIND_USER, { handle: wanted });
      if (!user) {
        setNotFound(true);
        return;
      }
      await request(INVITE, { communityId, userId: user.id });
      setInvited([user.displayName, ...invited]);
      announce(t('invite.done', { name: user.displayName }));
      setHandle('');
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="invite-person">
      <h3 id="invite-person">{t('invite.title')}</h3>
      <p>{t('invite.intro')}</p>
      <form onSubmit={submit} class="inline-form">
        <div class="field">
          <label for="invite-handle">{t('invite.handle')}</label>
          <p class="hint" id="invite-handle-hint">
            {t('invite.handleHint')}
          </p>
          <input
            id="invite-handle"
            autoComplete="off"
            value={handle}
            aria-describedby={notFound ? 'invite-handle-hint invite-handle-error' : 'invite-handle-hint'}
            aria-invalid={notFound ? true : undefined}
            onInput={(e) => setHandle(e.currentTarget.value)}
          />
          {notFound ? (
            <p class="field-error" id="invite-handle-error">
              {t('invite.notFound')}
            </p>
          ) : null}
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <p class="actions">
          <button type="submit" disabled={busy || !handle.trim()}>
            {t('invite.send')}
          </button>
        </p>
      </form>
      {invited.length ? (
        <>
          <h4>{t('invite.sent')}</h4>
          <ul>
            {invited.map((name, i) => (
              <li key={`${name}-${i}`}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
