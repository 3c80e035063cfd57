import '../../i18n/moderation';
import { useState } from 'preact/hooks';
import type { MembershipState } from '../../api/operations';
import {
  APPROVE_MEMBERSHIP,
  BAN_MEMBER,
  MEMBERS,
  REJECT_MEMBERSHIP,
  SET_MEMBER_ROLE,
  UNBAN_MEMBER,
  type MemberData,
  type MemberRole,
} from '../../api/operations-manage';
import { REMOVE_MEMBER } from '../../api/operations-moderation';
import { useQuery } from '../../api/use-query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage, Loading } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { formatDate, t } from '../../i18n';
import { useAction } from './use-action';

const STATES: MembershipState[] = ['PENDING', 'ACTIVE', 'BANNED'];
const STATE_NAME = { PENDING: 'manage.pending', ACTIVE: 'manage.active', BANNED: 'manage.banned' } as const;
const ROLES: MemberRole[] = ['MEMBER', 'EXPERT', 'MODERATOR'];
const ROLE_NAME = { MEMBER: 'role.MEMBER', EXPERT: 'role.EXPERT', MODERATOR: 'role.MODERATOR', OWNER: 'role.OWNER' } as const;

/** Members by state: approve or reject requests, change roles, ban with a reason, lift bans. */
export function MembersTab({ slug, communityId }: { slug: string; communityId: string }) {
  const [state, setState] = useState<MembershipState>('PENDING');
  const { data, error, reload } = useQuery(MEMBERS, { slug, state });
  const action = useAction();
  return (
    <>
      <fieldset class="field">
        <legend>{t('manage.showMembers')}</legend>
        {STATES.map((s) => (
          <label key={s} class="choice">
            <input type="radio" name="member-state" value={s} checked={state === s} onChange={() => setState(s)} /> {t(STATE_NAME[s])}
          </label>
        ))}
      </fieldset>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        data.community.members.edges.length ? (
          <ul class="card-list">
            {data.community.members.edges.map(({ node }) => (
              <Member key={node.id} member={node} communityId={communityId} action={action} done={reload} />
            ))}
          </ul>
        ) : (
          <p class="muted">{t('manage.noMembers')}</p>
        )
      ) : null}
    </>
  );
}

function Member({
  member,
  communityId,
  action,
  done,
}: {
  member: MemberData;
  communityId: string;
  action: ReturnType<typeof useAction>;
  done(): void;
}) {
  const who = { communityId, userId: member.user.id };
  const busy = action.busy !== null;
  const name = member.user.displayName;
  return (
    <li class="card">
      <h3 class="card-title">{name}</h3>
      <p class="card-meta">
        {t(ROLE_NAME[member.role])} · {t('manage.since', { date: formatDate(member.createdAt) })}
        {member.state === 'BANNED' && member.banReason ? ` · ${member.banReason}` : null}
        {member.state === 'BANNED'
          ? ` · ${member.bannedUntil ? t('members.bannedUntil', { date: formatDate(member.bannedUntil) }) : t('members.bannedForever')}`
          : null}
      </p>
      {member.state === 'PENDING' ? (
        <p class="actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => action.run(member.id, APPROVE_MEMBERSHIP, { input: who }, t('manage.memberApproved', { name }), done)}
          >
            {t('manage.approveMember', { name })}
          </button>{' '}
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={() => action.run(member.id, REJECT_MEMBERSHIP, { input: who }, t('manage.memberRejected', { name }), done)}
          >
            {t('manage.rejectMember', { name })}
          </button>
        </p>
      ) : null}
      {member.state === 'ACTIVE' && member.role !== 'OWNER' ? (
        <>
          <div class="field">
            <label for={`role-${member.id}`}>{t('manage.roleOf', { name })}</label>
            <select
              id={`role-${member.id}`}
              value={member.role}
              disabled={busy}
              onChange={(e) =>
                action.run(
                  member.id,
                  SET_MEMBER_ROLE,
                  { input: { ...who, role: e.currentTarget.value as MemberRole } },
                  t('manage.roleChanged'),
                  done,
                )
              }
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(ROLE_NAME[r])}
                </option>
              ))}
            </select>
          </div>
          <BanForm
            memberId={member.id}
            name={name}
            busy={busy}
            ban={(reason, until) =>
              action.run(member.id, BAN_MEMBER, { input: { ...who, reason, until } }, t('manage.memberBanned', { name }), done)
            }
          />
          <RemoveMember
            name={name}
            busy={busy}
            remove={() => action.run(member.id, REMOVE_MEMBER, { input: who }, t('members.removed', { name }), done)}
          />
        </>
      ) : null}
      {member.state === 'BANNED' ? (
        <p class="actions">
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={() => action.run(member.id, UNBAN_MEMBER, { input: who }, t('manage.memberUnbanned', { name }), done)}
          >
            {t('manage.unban', { name })}
          </button>
        </p>
      ) : null}
    </li>
  );
}

/** Banning takes a reason and, if it should end by itself, the last day of the ban. */
function BanForm({
  memberId,
  name,
  busy,
  ban,
}: {
  memberId: string;
  name: string;
  busy: boolean;
  ban(reason: string, until?: string): void;
}) {
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const today = new Date().toISOString().slice(0, 10);
  // The ban ends at the end of the chosen day, in the moderator's time zone.
  const untilIso = until ? new Date(`${until}T23:59:59`).toISOString() : undefined;
  return (
    <div class="ban-form">
      <div class="field">
        <label for={`ban-${memberId}`}>{t('manage.banReason', { name })}</label>
        <input id={`ban-${memberId}`} maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <TextField
        id={`ban-until-${memberId}`}
        type="date"
        min={today}
        label={t('members.banUntil')}
        hint={t('members.banUntilHint')}
        value={until}
        onInput={setUntil}
      />
      <p class="actions">
        <button type="button" class="secondary" disabled={busy || !reason.trim()} onClick={() => ban(reason.trim(), untilIso)}>
          {t('manage.ban', { name })}
        </button>
      </p>
    </div>
  );
}

/** Removing a member (they may ask to join again, unlike after a ban), after a confirmation. */
function RemoveMember({ name, busy, remove }: { name: string; busy: boolean; remove(): void }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <p class="actions">
        <button type="button" class="secondary" disabled={busy} onClick={() => setAsking(true)}>
          {t('members.remove', { name })}
        </button>
      </p>
      {asking ? (
        <ConfirmDialog
          title={t('members.removeTitle', { name })}
          confirm={t('members.removeConfirm')}
          close={(yes) => {
            setAsking(false);
            if (yes) remove();
          }}
        >
          <p>{t('members.removeText')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
