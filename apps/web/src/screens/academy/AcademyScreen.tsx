import '../../i18n/lazy';
import '../../i18n/academy';
import { request } from '../../api/client';
import { ACADEMY_ACCESS, ACADEMY_COURSES } from '../../api/operations-academy';
import { session } from '../../api/session';
import { useLoader } from '../../api/use-query';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ScreenError } from '../../components/Status';
import { locale, t } from '../../i18n';
import { Link, paths } from '../../router';
import { useStore } from '../../store';
import { Refusal } from '../staff/staff';

export const shortDate = (iso: string) =>
  new Intl.DateTimeFormat(locale.get(), { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

async function loadAcademy() {
  const { academyAccess } = await request(ACADEMY_ACCESS);
  if (!academyAccess.canRead) return { access: academyAccess, courses: null };
  return { access: academyAccess, courses: (await request(ACADEMY_COURSES)).courses };
}

/** The Academy: the courses library staff take (with their progress); the national staff also write and publish them here. */
export function AcademyScreen() {
  const { data, error } = useLoader('academy', loadAcademy);
  const signedIn = useStore(session).status === 'signedIn';
  if (error) return <ScreenError title={t('academy.title')} error={error} />;
  if (!data) return <Loading />;
  const { access, courses } = data;
  return (
    <>
      <PageHeading title={t('academy.title')} />
      <p class="lead">{t('academy.intro')}</p>
      {!courses ? (
        <Refusal refused={signedIn ? 'FORBIDDEN' : 'UNAUTHENTICATED'} notAllowed={t('academy.notAllowed')} />
      ) : (
        <>
          {access.canAuthor ? (
            <p>
              <Link href={paths.courseEditor()}>{t('academy.newCourse')}</Link>
            </p>
          ) : null}
          {courses.length ? (
            <ul class="card-list">
              {courses.map((c) => {
                const passed = c.modules.filter((m) => m.viewerPassed).length;
                return (
                  <li key={c.id} class="card">
                    <h2 id={`course-${c.id}`}>
                      <Link href={paths.course(c.id)}>{c.title}</Link>
                    </h2>
                    <p class="badges">
                      {c.basic ? <span class="badge">{t('academy.basic')}</span> : null}{' '}
                      {c.publishedAt ? null : <span class="badge">{t('academy.draft')}</span>}
                    </p>
                    {c.summary ? <p>{c.summary}</p> : null}
                    <p class="muted">
                      {c.viewerCompletedAt
                        ? t('academy.completed', { date: shortDate(c.viewerCompletedAt) })
                        : t('academy.progress', { passed, total: c.modules.length })}
                    </p>
                    <p>
                      {access.canTake && c.publishedAt ? (
                        <Link href={paths.course(c.id)} aria-describedby={`course-${c.id}`}>
                          {t('academy.start')}
                        </Link>
                      ) : null}{' '}
                      {access.canAuthor ? (
                        <Link href={paths.courseEditor(c.id)} aria-describedby={`course-${c.id}`}>
                          {t('academy.edit')}
                        </Link>
                      ) : null}
                    </p>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p class="muted">{t('academy.none')}</p>
          )}
        </>
      )}
    </>
  );
}
