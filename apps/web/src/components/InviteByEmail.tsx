import '../i18n/lazy';
import '../i18n/library-admin';
import '../i18n/people';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import type { StaffRole } from '../api/generated/graphql';
import { INVITE_BY_EMAIL, INVITE_STAFF_BY_EMAIL } from '../api/operations-people';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';
import { TextField } from './TextField';

export type InviteTarget = { kind: 'community'; communityId: string } | { kind: 'staff'; libraryId: string; role?: StaffRole };

const ROLES: StaffRole[] = ['COMMUNITY_MANAGER', 'ADMIN'];
const LOOKS_LIKE_AN_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Invites one email address to a community or to a library's staff (with a role). The answer is the same whether or
 * not the address has an account: the screen says "sent" either way. Embeddable (the onboarding wizard).
 */
export function InviteByEmail({
  target,
  onInvited,
  headingLevel = 3,
}: {
  target: InviteTarget;
  onInvited?: (email: string) => void;
  headingLevel?: 2 | 3;
}) {
  const staff = target.kind === 'staff';
  const id = staff ? `staff-invite-${target.libraryId}` : `member-invite-${target.communityId}`;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>(staff ? (target.role ?? 'COMMUNITY_MANAGER') : 'COMMUNITY_MANAGER');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const H = headingLevel === 2 ? 'h2' : 'h3';

  const submit = async (event: Event) => {
    event.preventDefault();
    const address = email.trim();
    setSent(null);
    setError(null);
    if (!LOOKS_LIKE_AN_ADDRESS.test(address)) {
      setInvalid(true);
      document.getElementById(`${id}-email`)?.focus();
      return;
    }
    setInvalid(false);
    setBusy(true);
    try {
      if (target.kind === 'staff') await request(INVITE_STAFF_BY_EMAIL, { input: { libraryId: target.libraryId, email: address, role } });
      else await request(INVITE_BY_EMAIL, { input: { communityId: target.communityId, email: address } });
      setEmail('');
      setSent(address);
      announce(t('inviteEmail.sent', { email: address }));
      onInvited?.(address);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="settings-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <H id={`${id}-heading`}>{t(staff ? 'inviteEmail.headingStaff' : 'inviteEmail.heading')}</H>
      <TextField
        id={`${id}-email`}
        type="email"
        label={t('inviteEmail.email')}
        hint={t('inviteEmail.emailHint')}
        value={email}
        onInput={setEmail}
        autoComplete="off"
        error={invalid ? t('inviteEmail.invalid') : null}
      />
      {staff ? (
        <div class="field">
          <label for={`${id}-role`}>{t('inviteEmail.role')}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`libAdmin.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      {sent ? <p class="notice">{t('inviteEmail.sent', { email: sent })}</p> : null}
      <p class="actions">
        <button type="submit" disabled={busy}>
          {t('inviteEmail.submit')}
        </button>
      </p>
    </form>
  );
}
