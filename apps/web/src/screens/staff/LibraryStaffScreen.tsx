import '../../i18n/lazy';
import '../../i18n/moderation';
import '../../i18n/library-admin';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { StaffRole } from '../../api/generated/graphql';
import { FIND_USER } from '../../api/operations-community-admin';
import {
  ADD_LIBRARY_STAFF,
  LIBRARY_ADMIN,
  REMOVE_LIBRARY_STAFF,
  type AdminLibrary,
  type StaffMember,
} from '../../api/operations-library-admin';
import { asApiError, type ApiError } from '../../api/transport';
import { useLoader } from '../../api/use-query';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { InviteByEmail } from '../../components/InviteByEmail';
import { FormFailure, Loading, ScreenError } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { paths } from '../../router';

const ROLES: StaffRole[] = ['ADMIN', 'COMMUNITY_MANAGER'];
const roleName = (role: StaffRole) => t(`libAdmin.role.${role}`);

/** A library's staff and their roles, for its admins (and platform admins): add by @handle, change a role, remove. */
export function LibraryStaffScreen({ slug }: { slug: string }) {
  const { data, error } = useLoader(`library-staff|${slug}`, () => request(LIBRARY_ADMIN, { slug }));
  if (error) return <ScreenError title={t('libAdmin.staffLink')} error={error} />;
  if (!data) return <Loading />;
  return <StaffEditor library={data.library} />;
}

function StaffEditor({ library }: { library: AdminLibrary }) {
  const [staff, setStaff] = useState<StaffMember[]>(library.staff);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | string | null>(null);
  const [removing, setRemoving] = useState<StaffMember | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    const { library: fresh } = await request(LIBRARY_ADMIN, { slug: library.slug });
    setStaff(fresh.staff);
  };
  const refused = (e: unknown) => {
    const error = asApiError(e);
    setFailure(
      error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED' ? t('libAdmin.notAllowed', { library: library.name }) : error,
    );
  };

  const changeRole = async (member: StaffMember, role: StaffRole) => {
    setNotice(null);
    setFailure(null);
    try {
      await request(ADD_LIBRARY_STAFF, { input: { libraryId: library.id, userId: member.userId, role } });
      await refresh();
      setNotice(t('libAdmin.roleChanged', { name: member.user.displayName, role: roleName(role) }));
    } catch (e) {
      refused(e);
    }
  };

  const remove = async (confirmed: boolean) => {
    const member = removing;
    if (!confirmed || !member) {
      setRemoving(null);
      return;
    }
    setBusy(true);
    setNotice(null);
    setFailure(null);
    try {
      await request(REMOVE_LIBRARY_STAFF, { input: { libraryId: library.id, userId: member.userId } });
      await refresh();
      setNotice(t('libAdmin.removed', { name: member.user.displayName }));
    } catch (e) {
      refused(e);
    } finally {
      setBusy(false);
      setRemoving(null);
      document.getElementById('staff-heading')?.focus();
    }
  };

  return (
    <>
      <Breadcrumb parents={[{ href: paths.library(library.slug), label: library.name }]} />
      <PageHeading title={t('libAdmin.staffTitle', { name: library.name })} />
      <p class="lead">{t('libAdmin.staffIntro')}</p>
      <section aria-labelledby="staff-heading">
        <h2 id="staff-heading" tabIndex={-1}>
          {t('libAdmin.staffList')}
        </h2>
        {staff.length ? (
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t('libAdmin.colName')}</th>
                <th scope="col">{t('libAdmin.colRole')}</th>
                <th scope="col">{t('libAdmin.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((member) => (
                <tr key={member.userId}>
                  <td data-label={t('libAdmin.colName')}>
                    {member.user.displayName} {member.user.handle ? <span class="muted">@{member.user.handle}</span> : null}
                  </td>
                  <td data-label={t('libAdmin.colRole')}>
                    <select
                      aria-label={t('libAdmin.roleOf', { name: member.user.displayName })}
                      value={member.role}
                      onChange={(e) => void changeRole(member, e.currentTarget.value as StaffRole)}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {roleName(role)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label={t('libAdmin.colActions')}>
                    <button
                      type="button"
                      class="secondary"
                      aria-label={t('libAdmin.removeOf', { name: member.user.displayName })}
                      onClick={() => setRemoving(member)}
                    >
                      {t('libAdmin.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('libAdmin.noStaff')}</p>
        )}
      </section>
      <FormFailure failure={failure} />
      <p role="status" class="notice">
        {notice}
      </p>
      <AddStaff
        library={library}
        added={async (name, role) => {
          setFailure(null);
          await refresh();
          setNotice(t('libAdmin.added', { name, role: roleName(role) }));
        }}
        refused={refused}
      />
      <InviteByEmail target={{ kind: 'staff', libraryId: library.id }} headingLevel={2} />
      {removing ? (
        <ConfirmDialog
          title={t('libAdmin.removeTitle', { name: removing.user.displayName })}
          confirm={t('libAdmin.remove')}
          busy={busy}
          close={(ok) => void remove(ok)}
        >
          <p>{t('libAdmin.removeBody', { name: removing.user.displayName, library: library.name })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function AddStaff({
  library,
  added,
  refused,
}: {
  library: AdminLibrary;
  added(name: string, role: StaffRole): Promise<void>;
  refused(e: unknown): void;
}) {
  const [handle, setHandle] = useState('');
  const [role, setRole] = useState<StaffRole>('COMMUNITY_MANAGER');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const wanted = handle.trim().replace(/^@/, '');
    if (!wanted) {
      setError(t('libAdmin.required'));
      document.getElementById('staff-handle')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { user } = await request(FIND_USER, { handle: wanted });
      if (!user) {
        setError(t('libAdmin.noSuchUser'));
        document.getElementById('staff-handle')?.focus();
        return;
      }
      await request(ADD_LIBRARY_STAFF, { input: { libraryId: library.id, userId: user.id, role } });
      setHandle('');
      await added(user.displayName, role);
    } catch (e) {
      refused(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="settings-form" aria-labelledby="staff-add" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="staff-add">{t('libAdmin.addTitle')}</h2>
      <TextField
        id="staff-handle"
        label={t('libAdmin.handle')}
        hint={t('libAdmin.handleHint')}
        value={handle}
        onInput={setHandle}
        error={error}
        autoComplete="off"
      />
      <div class="field">
        <label for="staff-role">{t('libAdmin.role')}</label>
        <select id="staff-role" value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
      </div>
      <p class="actions">
        <button type="submit" disabled={busy}>
          {t('libAdmin.add')}
        </button>
      </p>
    </form>
  );
}
