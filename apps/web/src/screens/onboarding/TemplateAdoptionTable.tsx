import '../../i18n/lazy';
import '../../i18n/onboarding';
import { request } from '../../api/client';
import { TEMPLATE_ADOPTION } from '../../api/operations-templates';
import { useLoader } from '../../api/use-query';
import { Loading } from '../../components/Status';
import { t, type MessageKey } from '../../i18n';
import { paths } from '../../router';

/** Adoption per national template and campaign (the national dashboard, the templates screen); a list of cards below 640 px. */
export function TemplateAdoptionTable({ generation = 0 }: { generation?: number }) {
  const { data, error } = useLoader(`template-adoption|${generation}`, () => request(TEMPLATE_ADOPTION, {}));
  if (error) return null;
  if (!data) return <Loading />;
  const rows = data.templateAdoption;
  return (
    <section aria-labelledby="template-adoption-heading">
      <h2 id="template-adoption-heading">{t('tpl.adoptionTitle')}</h2>
      {rows.length ? (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('tpl.colTemplate')}</th>
              <th scope="col">{t('tpl.colKind')}</th>
              <th scope="col">{t('tpl.colAdoptions')}</th>
              <th scope="col">{t('tpl.colLibraries')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.template.id}>
                <th scope="row">{row.template.name}</th>
                <td data-label={t('tpl.colKind')}>
                  {t(`onb.kind.${row.template.kind}` as MessageKey)}
                  {row.template.startsOn && row.template.endsOn
                    ? ` (${t('onb.period', { from: row.template.startsOn, to: row.template.endsOn })})`
                    : null}
                </td>
                <td data-label={t('tpl.colAdoptions')} data-testid={`adoption-${row.template.id}`}>
                  {t('tpl.adoptionCount', { n: row.adoptions, total: row.localLibraries })}
                </td>
                <td data-label={t('tpl.colLibraries')}>
                  {row.libraries.length
                    ? row.libraries.map((l, i) => (
                        <span key={l.librarySlug}>
                          {i ? ', ' : null}
                          <a href={paths.library(l.librarySlug)}>{l.libraryName}</a>
                        </span>
                      ))
                    : t('tpl.noAdoptions')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('tpl.noTemplates')}</p>
      )}
    </section>
  );
}
