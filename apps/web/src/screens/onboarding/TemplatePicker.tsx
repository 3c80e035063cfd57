import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { ADOPT_COMMUNITY_TEMPLATE, COMMUNITY_TEMPLATES, type CommunityTemplateItem } from '../../api/operations-templates';
import { asApiError, type ApiError } from '../../api/transport';
import { useLoader } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { FormFailure, Loading, ScreenError } from '../../components/Status';
import { t, type MessageKey } from '../../i18n';
import { paths } from '../../router';

/** The national templates and running campaigns, each adopted in one click as the library's chapter of its theme community. */
export function TemplatePicker({ library, onAdopted }: { library: { id: string; name: string }; onAdopted?: () => void }) {
  const { data, error } = useLoader('community-templates', () => request(COMMUNITY_TEMPLATES, {}));
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | string | null>(null);
  const [made, setMade] = useState<{ slug: string; name: string } | null>(null);
  if (error) return <ScreenError title={t('onb.templates')} error={error} />;
  if (!data) return <Loading />;
  const templates = data.communityTemplates.filter((x) => x.running);

  const adopt = async (template: CommunityTemplateItem) => {
    setBusy(template.id);
    setFailure(null);
    try {
      const { adoptCommunityTemplate } = await request(ADOPT_COMMUNITY_TEMPLATE, {
        input: { templateId: template.id, libraryId: library.id },
      });
      setMade(adoptCommunityTemplate);
      announce(t('onb.adopted', { name: adoptCommunityTemplate.name }));
      onAdopted?.();
    } catch (e) {
      setFailure(asApiError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <p role="status" class="notice">
        {made ? t('onb.adopted', { name: made.name }) : null}
      </p>
      {made ? (
        <p class="actions">
          <a href={paths.community(made.slug)}>{t('onb.openCommunity')}</a>
          <a href={paths.manage(made.slug)}>{t('onb.manageCommunity')}</a>
        </p>
      ) : null}
      <FormFailure failure={failure} />
      <h3>{t('onb.templates')}</h3>
      {templates.length ? (
        <ul class="card-list">
          {templates.map((x) => (
            <li key={x.id} class="card template-card">
              <h4>{x.name}</h4>
              {x.bannerText ? <p class="campaign-banner">{x.bannerText}</p> : null}
              <p>
                <span class="badge">{t(`onb.kind.${x.kind}` as MessageKey)}</span>
                {x.startsOn && x.endsOn ? t('onb.period', { from: x.startsOn, to: x.endsOn }) : null}
              </p>
              <p>{x.description}</p>
              <p>{t('onb.theme', { theme: x.theme })}</p>
              {x.starterThreads.length ? <p>{t('onb.starters', { titles: x.starterThreads.map((s) => s.title).join(', ') })}</p> : null}
              <p>{t('onb.watched', { n: x.watchedWords.length })}</p>
              <button type="button" disabled={busy !== null} onClick={() => void adopt(x)}>
                {t('onb.adopt', { name: x.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('onb.noTemplates')}</p>
      )}
    </>
  );
}
