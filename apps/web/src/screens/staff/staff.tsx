import '../../i18n/lazy';
import { request } from '../../api/client';
import type { StaffLibraryQuery } from '../../api/generated/graphql';
import { STAFF_LIBRARY } from '../../api/operations-staff';
import { ApiError } from '../../api/transport';
import { t } from '../../i18n';
import { Link, paths } from '../../router';

export type StaffLibrary = StaffLibraryQuery['library'];

/** Data for staff, unless the viewer may not see it (then why). */
export interface Guarded<T> {
  data: T | null;
  refused: 'UNAUTHENTICATED' | 'FORBIDDEN' | null;
}

/** What `loading` yields; a refusal (not signed in, not allowed) is shown, not thrown. */
export async function unlessRefused<T>(loading: Promise<T>): Promise<Guarded<T>> {
  try {
    return { data: await loading, refused: null };
  } catch (e) {
    if (e instanceof ApiError && (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN')) return { data: null, refused: e.code };
    throw e;
  }
}

/** The library by its slug, then `load` for it, unless the viewer is refused (not signed in, not its staff). */
export async function loadForStaff<T>(
  slug: string,
  load: (library: StaffLibrary) => Promise<T>,
): Promise<Guarded<T> & { library: StaffLibrary }> {
  const { library } = await request(STAFF_LIBRARY, { slug });
  return { library, ...(await unlessRefused(load(library))) };
}

/** Why the screen shows nothing: a way to log in, or who may see it. */
export function Refusal({ refused, notAllowed }: { refused: 'UNAUTHENTICATED' | 'FORBIDDEN'; notAllowed: string }) {
  if (refused === 'UNAUTHENTICATED') {
    return (
      <p>
        <Link href={paths.login(location.pathname)}>{t('staff.loginFirst')}</Link>
      </p>
    );
  }
  return <p class="error">{notAllowed}</p>;
}
