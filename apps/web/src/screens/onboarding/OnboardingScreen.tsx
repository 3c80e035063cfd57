import '../../i18n/lazy';
import '../../i18n/library-admin';
import '../../i18n/people';
import '../../i18n/onboarding';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { OnboardingStepKey } from '../../api/generated/graphql';
import { LIBRARY_ADMIN, type AdminLibrary } from '../../api/operations-library-admin';
import { COMPLETE_ONBOARDING, MARK_ONBOARDING_STEP, ONBOARDING_STATE } from '../../api/operations-templates';
import { asApiError, type ApiError } from '../../api/transport';
import { useLoader } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { Breadcrumb } from '../../components/Breadcrumb';
import { InviteByEmail } from '../../components/InviteByEmail';
import { PageHeading } from '../../components/PageHeading';
import { FormFailure, Loading, ScreenError } from '../../components/Status';
import { t, type MessageKey } from '../../i18n';
import { paths } from '../../router';
import { CatalogueImport } from '../staff/CatalogueImport';
import { StyleForm } from '../staff/LibraryStyleScreen';
import { TemplatePicker } from './TemplatePicker';

const STEPS: OnboardingStepKey[] = ['PROFILE', 'STAFF', 'COMMUNITY', 'CATALOGUE', 'EXPERT'];
type Active = OnboardingStepKey | 'FINISH';
const stepName = (key: OnboardingStepKey) => t(`onb.step.${key}` as MessageKey);

/** /library/<slug>/onboarding: a new library's five steps, from nothing to a live moderated community (issue 18 ask 3). */
export function OnboardingScreen({ slug }: { slug: string }) {
  const { data, error } = useLoader(`onboarding|${slug}`, () => request(LIBRARY_ADMIN, { slug }));
  if (error) return <ScreenError title={t('onb.cardTitle')} error={error} />;
  if (!data) return <Loading />;
  return <Wizard key={data.library.id} library={data.library} />;
}

function Wizard({ library }: { library: AdminLibrary }) {
  const state = useLoader(`onboarding-state|${library.id}`, () => request(ONBOARDING_STATE, { libraryId: library.id }));
  const [chosen, setChosen] = useState<Active | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const start = useRef<Active | null>(null);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [chosen]);
  if (state.error) return <ScreenError title={t('onb.title', { name: library.name })} error={state.error} />;
  if (!state.data) return <Loading />;
  const view = state.data.libraryOnboarding;
  const communities = state.data.communities.edges.map((e) => e.node);
  const done = new Map(view.steps.map((s) => [s.key, s.done]));
  // The first open step when the wizard opens; after that the person moves on (a step done does not move them).
  start.current ??= STEPS.find((k) => !done.get(k)) ?? 'FINISH';
  const active: Active = chosen ?? start.current;
  const go = (to: Active) => {
    moved.current = true;
    setChosen(to);
  };
  const index = active === 'FINISH' ? STEPS.length : STEPS.indexOf(active);
  const mark = async (step: OnboardingStepKey, said: MessageKey) => {
    await request(MARK_ONBOARDING_STEP, { libraryId: library.id, step });
    announce(t(said));
    state.reload();
  };

  return (
    <>
      <Breadcrumb parents={[{ href: paths.library(library.slug), label: library.name }]} />
      <PageHeading title={t('onb.title', { name: library.name })} />
      <p class="lead">{t('onb.intro')}</p>
      <nav aria-label={t('onb.checklist')}>
        <ol class="onboarding-steps">
          {STEPS.map((key) => (
            <li key={key} class={done.get(key) ? 'done' : undefined}>
              <button type="button" class="link-button" aria-current={active === key ? 'step' : undefined} onClick={() => go(key)}>
                {stepName(key)}
              </button>{' '}
              <span class="badge">{done.get(key) ? `✓ ${t('onb.done')}` : t('onb.open')}</span>
            </li>
          ))}
          <li class={view.completedAt ? 'done' : undefined}>
            <button type="button" class="link-button" aria-current={active === 'FINISH' ? 'step' : undefined} onClick={() => go('FINISH')}>
              {t('onb.finishTitle')}
            </button>
          </li>
        </ol>
      </nav>
      <section class="onboarding-step" aria-labelledby="onboarding-step-heading">
        <h2 id="onboarding-step-heading" ref={heading} tabIndex={-1}>
          {active === 'FINISH' ? t('onb.finishTitle') : t('onb.stepOf', { n: index + 1, name: stepName(active) })}
        </h2>
        {active === 'PROFILE' ? (
          <>
            <p>{t('onb.profileIntro')}</p>
            <StyleForm library={library} embedded onSaved={state.reload} />
          </>
        ) : null}
        {active === 'STAFF' ? (
          <>
            <p>{t('onb.staffIntro')}</p>
            <InviteByEmail target={{ kind: 'staff', libraryId: library.id }} onInvited={() => void mark('STAFF', 'onb.staffMarked')} />
            <p>
              <a href={paths.libraryStaff(library.slug)}>{t('libAdmin.staffLink')}</a>
            </p>
          </>
        ) : null}
        {active === 'COMMUNITY' ? (
          <>
            <p>{t('onb.communityIntro')}</p>
            {communities.length ? <p>{t('onb.haveCommunity', { name: communities.map((c) => c.name).join(', ') })}</p> : null}
            <TemplatePicker library={library} onAdopted={state.reload} />
          </>
        ) : null}
        {active === 'CATALOGUE' ? (
          <>
            <p>{t('onb.catalogueIntro')}</p>
            <CatalogueImport library={library} headingLevel={3} onDone={state.reload} />
          </>
        ) : null}
        {active === 'EXPERT' ? (
          <>
            <p>{t('onb.expertIntro')}</p>
            {communities.length ? (
              <InviteByEmail
                target={{ kind: 'community', communityId: communities[0].id }}
                onInvited={() => void mark('EXPERT', 'onb.expertMarked')}
              />
            ) : (
              <p>{t('onb.needCommunity')}</p>
            )}
          </>
        ) : null}
        {active === 'FINISH' ? (
          <Finish library={library} allDone={view.allDone} completed={!!view.completedAt} onDone={state.reload} />
        ) : null}
        <p class="actions onboarding-nav">
          {index > 0 ? (
            <button type="button" class="secondary" onClick={() => go(index === STEPS.length ? STEPS[STEPS.length - 1] : STEPS[index - 1])}>
              {t('onb.previous')}
            </button>
          ) : null}
          {active !== 'FINISH' ? (
            <button type="button" class="secondary" onClick={() => go(index + 1 < STEPS.length ? STEPS[index + 1] : 'FINISH')}>
              {t('onb.next')}
            </button>
          ) : null}
        </p>
      </section>
    </>
  );
}

function Finish({
  library,
  allDone,
  completed,
  onDone,
}: {
  library: AdminLibrary;
  allDone: boolean;
  completed: boolean;
  onDone: () => void;
}) {
  const [failure, setFailure] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  if (completed)
    return (
      <>
        <p class="notice" role="status">
          {t('onb.finished')}
        </p>
        <p>
          <a href={paths.library(library.slug)}>{library.name}</a>
        </p>
      </>
    );
  const finish = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await request(COMPLETE_ONBOARDING, { libraryId: library.id });
      announce(t('onb.finished'));
      onDone();
    } catch (e) {
      setFailure(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>{allDone ? t('onb.finishIntro') : t('onb.notYet')}</p>
      <FormFailure failure={failure} />
      <p class="actions">
        <button type="button" disabled={busy || !allDone} onClick={() => void finish()}>
          {t('onb.finish')}
        </button>
      </p>
    </>
  );
}
