import '../../i18n/lazy';
import { request } from '../../api/client';
import { STAFF_LIBRARY, type StaffLibraryData } from '../../api/operations-staff';
import { ApiError } from '../../api/transport';
import { t } from '../../i18n';
import { Link, paths } from '../../router';

export type StaffLibrary = StaffLibraryData['library'];

/** What a staff screen loaded: the library, and its data unless the viewer may not see it (then why). */
export interface StaffLoad<T> {
  library: StaffLibrary;
  data: T | null;
  refused: 'UNAUTHENTICATED' | 'FORBIDDEN' | null;
}

/** The library by its slug, then `load` for it; a refusal (not signed in, not its staff) is shown, not thrown. */
export async function loadForStaff<T>(slug: string, load: (library: StaffLibrary) => Promise<T>): Promise<StaffLoad<T>> {
  const { library } = await request<StaffLibraryData>(STAFF_LIBRARY, { slug });
  try {
    return { library, data: await load(library), refused: null };
  } catch (e) {
    if (e instanceof ApiError && (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN')) return { library, data: null, refused: e.code };
    throw e;
  }
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
