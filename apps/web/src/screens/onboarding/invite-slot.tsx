import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { FIND_USER, INVITE } from '../../api/operations-community-admin';
import { ADD_LIBRARY_STAFF } from '../../api/operations-library-admin';
import { asApiError, type ApiError } from '../../api/transport';
import { FormFailure } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

type Target = { kind: 'community'; communityId: string } | { kind: 'staff'; libraryId: string };

/**
 * The wizard's invitation step. Until the invitation by email (helper people-screens' InviteByEmail) is there,
 * a minimal step of its own: someone with an account, by @handle — a staff member is added as community manager,
 * an expert is invited to the community. `onInvited` marks the step.
 */
export function InviteSlot({ target, onInvited }: { target: Target; onInvited: () => void }) {
  const [handle, setHandle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `invite-${target.kind}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(null);
    setNotice(null);
    const wanted = handle.trim().replace(/^@/, '');
    if (!wanted) {
      setError(t('tpl.required'));
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    try {
      const { user } = await request(FIND_USER, { handle: wanted });
      if (!user) {
        setError(t('onb.inviteUnknown'));
        document.getElementById(id)?.focus();
        return;
      }
      if (target.kind === 'staff')
        await request(ADD_LIBRARY_STAFF, { input: { libraryId: target.libraryId, userId: user.id, role: 'COMMUNITY_MANAGER' } });
      else await request(INVITE, { communityId: target.communityId, userId: user.id });
      setHandle('');
      setNotice(t('onb.inviteDone', { name: user.displayName }));
      onInvited();
    } catch (e) {
      setFailure(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="settings-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id={id}
        label={t('onb.inviteHandle')}
        hint={t('onb.inviteHandleHint')}
        value={handle}
        onInput={(v) => {
          setHandle(v);
          setError(null);
        }}
        error={error}
        autoComplete="off"
      />
      <FormFailure failure={failure} />
      <p class="actions">
        <button type="submit" disabled={busy}>
          {t('onb.inviteSend')}
        </button>
      </p>
      <p role="status" class="notice">
        {notice}
      </p>
    </form>
  );
}
