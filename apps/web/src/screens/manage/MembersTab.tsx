import { useState } from 'preact/hooks';
import type { MembershipState } from '../../api/operations';
import {
  APPROVE_MEMBERSHIP, BAN_MEMBER, MEMBERS, REJECT_MEMBERSHIP, SET_MEMBER_ROLE, UNBAN_MEMBER, type MemberData, type MemberRole, type MembersData,
} from '../../api/operations-manage';
import { useQuery } from '../../api/use-query';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDate, t } from '../../i18n';
import { ReasonAction } from './ReasonAction';
import { useAction } from './use-action';

const STATES: MembershipState[] = ['PENDING', 'ACTIVE', 'BANNED'];
const STATE_NAME = { PENDING: 'manage.pending', ACTIVE: 'manage.active', BANNED: 'manage.banned' } as const;
const ROLES: MemberRole[] = ['MEMBER', 'EXPERT', 'MODERATOR'];
const ROLE_NAME = { MEMBER: 'role.MEMBER', EXPERT: 'role.EXPERT', MODERATOR: 'role.MODERATOR', OWNER: 'role.OWNER' } as const;

/** Members by state: approve or reject requests, change roles, ban with a reason, lift bans. */
export function MembersTab({ slug, communityId }: { slug: string; communityId: string }) {
  const [state, setState] = useState<MembershipState>('PENDING');
  const { data, error, reload } = useQuery<MembersData>(MEMBERS, { slug, state });
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

function Member({ member, communityId, action, done }: { member: MemberData; communityId: string; action: ReturnType<typeof useAction>; done(): void }) {
  const who = { communityId, userId: member.user.id };
  const busy = action.busy !== null;
  const name = member.user.displayName;
  return (
    <li class="card">
      <h3 class="card-title">{name}</h3>
      <p class="card-meta">
        {t(ROLE_NAME[member.role])} · {t('manage.since', { date: formatDate(member.createdAt) })}
        {member.state === 'BANNED' && member.banReason ? ` · ${member.banReason}` : null}
      </p>
      {member.state === 'PENDING' ? (
        <p class="actions">
          <button type="button" disabled={busy} onClick={() => action.run(member.id, APPROVE_MEMBERSHIP, { input: who }, t('manage.memberApproved', { name }), done)}>
            {t('manage.approveMember', { name })}
          </button>{' '}
          <button type="button" class="secondary" disabled={busy} onClick={() => action.run(member.id, REJECT_MEMBERSHIP, { input: who }, t('manage.memberRejected', { name }), done)}>
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
              onChange={(e) => action.run(member.id, SET_MEMBER_ROLE, { input: { ...who, role: (e.currentTarget as HTMLSelectElement).value } }, t('manage.roleChanged'), done)}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(ROLE_NAME[r])}
                </option>
              ))}
            </select>
          </div>
          <ReasonAction
            id={`ban-${member.id}`}
            label={t('manage.banReason', { name })}
            button={t('manage.ban', { name })}
            busy={busy}
            act={(reason) => action.run(member.id, BAN_MEMBER, { input: { ...who, reason } }, t('manage.memberBanned', { name }), done)}
          />
        </>
      ) : null}
      {member.state === 'BANNED' ? (
        <p class="actions">
          <button type="button" class="secondary" disabled={busy} onClick={() => action.run(member.id, UNBAN_MEMBER, { input: who }, t('manage.memberUnbanned', { name }), done)}>
            {t('manage.unban', { name })}
          </button>
        </p>
      ) : null}
    </li>
  );
}
