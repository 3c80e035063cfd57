import '../../i18n/lazy';
import '../../i18n/onboarding';
import { request } from '../../api/client';
import { ONBOARDING_STATE } from '../../api/operations-templates';
import { useLoader } from '../../api/use-query';
import { t, type MessageKey } from '../../i18n';
import { paths } from '../../router';

/**
 * On a library's page, for its staff: the onboarding checklist, until every step is done and completed
 * (the server keeps that; the steps follow from what the library has). Renders nothing for anyone else.
 */
export function OnboardingChecklist({ library }: { library: { id: string; slug: string } }) {
  const { data } = useLoader(`onboarding-card|${library.id}`, () => request(ONBOARDING_STATE, { libraryId: library.id }));
  const view = data?.libraryOnboarding;
  if (!view || view.completedAt) return null;
  const done = view.steps.filter((s) => s.done).length;
  return (
    <section class="card onboarding-card" aria-labelledby="onboarding-card-heading">
      <h2 id="onboarding-card-heading">{t('onb.cardTitle')}</h2>
      <p>{t('onb.cardProgress', { done })}</p>
      <ul class="onboarding-steps">
        {view.steps.map((s) => (
          <li key={s.key} class={s.done ? 'done' : undefined}>
            {t(`onb.step.${s.key}` as MessageKey)}: {s.done ? `✓ ${t('onb.done')}` : t('onb.open')}
          </li>
        ))}
      </ul>
      <p>
        <a href={paths.onboarding(library.slug)}>{t('onb.cardContinue')}</a>
      </p>
    </section>
  );
}
