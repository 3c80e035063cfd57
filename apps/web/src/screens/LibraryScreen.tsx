import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { LIBRARY, LIBRARY_COMMUNITIES } from '../api/operations';
import { useLoader } from '../api/use-query';
import { CommunityList } from '../components/CommunityList';
import { PageHeading } from '../components/PageHeading';
import { Loading, ScreenError } from '../components/Status';
import { t } from '../i18n';
import { lazyScreen } from '../lazy';
import { Link, paths } from '../router';

const EventsSection = lazyScreen(() => import('./events/EventsSection').then((m) => m.EventsSection));
const HouseStyleImage = lazyScreen(() => import('../components/HouseStyleImage').then((m) => m.HouseStyleImage));
const SsoOptions = lazyScreen(() => import('./sso/SsoOptions').then((m) => m.SsoOptions));
const ExpertAtLibrary = lazyScreen(() => import('./ExpertAtLibrary').then((m) => m.ExpertAtLibrary));
const OnboardingChecklist = lazyScreen(() => import('./onboarding/OnboardingChecklist').then((m) => m.OnboardingChecklist));

async function loadLibrary(slug: string) {
  const { library, me } = await request(LIBRARY, { slug });
  const { communities } = await request(LIBRARY_COMMUNITIES, { libraryId: library.id });
  return { library, me, communities: communities.edges.map((e) => e.node) };
}

/** A library in its house style (logo, colour, welcome text) and its communities; its staff also find their tools here. */
export function LibraryScreen({ slug }: { slug: string }) {
  const { data, error } = useLoader(`library|${slug}`, () => loadLibrary(slug));
  // A logo just uploaded, shown at once (the loader's answer is the one from before).
  const [logoOverride, setLogo] = useState<string | null>(null);
  if (error) return <ScreenError title={t('library.title')} error={error} />;
  if (!data) return <Loading />;
  const { library, me } = data;
  const logo = logoOverride ?? library.logoUrl ?? null;
  const isStaff = !!me && (me.isPlatformAdmin || library.staff.some((s) => s.userId === me.id));
  // The colour comes through the CSSOM (allowed by the CSP), never as a style attribute.
  const brand = library.primaryColor ? { '--brand': library.primaryColor } : undefined;
  return (
    <div class="library-page" style={brand}>
      {logo ? <img class="library-logo" src={logo} alt={t('library.logo', { name: library.name })} /> : null}
      <PageHeading title={library.name} />
      <p class="lead">{library.kind === 'NATIONAL' ? t('library.national') : t('library.local')}</p>
      {library.welcomeText ? <p class="library-welcome">{library.welcomeText}</p> : null}
      {!me ? <SsoOptions librarySlug={library.slug} next={paths.library(library.slug)} /> : null}
      {isStaff && library.kind === 'LOCAL' ? <OnboardingChecklist library={library} /> : null}
      {isStaff ? (
        <section aria-labelledby="library-staff" class="staff-tools">
          <h2 id="library-staff">{t('library.staffTools')}</h2>
          <ul>
            <li>
              <Link href={paths.newCommunity(library.slug)}>{t('library.newCommunity')}</Link>
            </li>
            <li>
              <Link href={paths.libraryFigures(library.slug)}>{t('library.figures')}</Link>
            </li>
            <li>
              <Link href={paths.expertiseReview(library.slug)}>{t('library.expertise')}</Link>
            </li>
            <li>
              <Link href={paths.librarySso(library.slug)}>{t('library.sso')}</Link>
            </li>
            <li>
              <Link href={paths.catalogueImport(library.slug)}>{t('library.catalogueImport')}</Link>
            </li>
            <li>
              <Link href={paths.libraryStaff(library.slug)}>{t('library.staff')}</Link>
            </li>
            <li>
              <Link href={paths.libraryStyle(library.slug)}>{t('library.style')}</Link>
            </li>
            <li>
              <Link href={paths.contentDatabase(library.slug)}>{t('library.contentDatabase')}</Link>
            </li>
            {me?.isPlatformAdmin ? (
              <li>
                <Link href={paths.newLibrary()}>{t('library.newLibrary')}</Link>
              </li>
            ) : null}
            <li>
              <Link href={paths.academy()}>{t('library.academy')}</Link>
            </li>
            {library.kind === 'NATIONAL' ? (
              <li>
                <Link href={paths.nationalDashboard()}>{t('library.nationalDashboard')}</Link>
              </li>
            ) : null}
          </ul>
          <HouseStyleImage
            id="library-logo"
            label={t('image.logo')}
            hint={t('image.logoHint')}
            purpose="LIBRARY_LOGO"
            libraryId={library.id}
            current={logo}
            changed={setLogo}
          />
        </section>
      ) : null}
      <section aria-labelledby="library-communities">
        <h2 id="library-communities">{t('library.communities')}</h2>
        <CommunityList level={3} communities={data.communities} />
      </section>
      <EventsSection of="library" slug={library.slug} />
      {library.verifiedExpertise.length ? (
        <section aria-labelledby="library-experts">
          <h2 id="library-experts">{t('library.experts')}</h2>
          <ul class="experts">
            {library.verifiedExpertise.map((e) => (
              <li key={e.id}>
                {e.user.handle ? <Link href={paths.publicProfile(e.user.handle)}>{e.user.displayName}</Link> : e.user.displayName}{' '}
                <span class="badge">{t('library.expertOn', { topic: e.topic })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ExpertAtLibrary library={library} signedIn={!!me} />
    </div>
  );
}
