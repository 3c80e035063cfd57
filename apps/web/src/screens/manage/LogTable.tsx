import { formatDateTime, t } from '../../i18n';

interface LogRow {
  id: string;
  createdAt: string;
  reason: string | null;
  details: string | null;
  actor: { displayName: string } | null;
}

interface Props<E extends LogRow> {
  caption: string;
  entries: E[];
  /** The action, in the reader's words. */
  what(entry: E): string;
  /** Columns between "what" and "why". */
  extra?: { title: string; cell(entry: E): string }[];
}

/** A log, newest first: when, who (or the system), what with its details, and why. */
export function LogTable<E extends LogRow>({ caption, entries, what, extra = [] }: Props<E>) {
  return (
    <table class="data-table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('manage.when')}</th>
          <th scope="col">{t('manage.who')}</th>
          <th scope="col">{t('manage.what')}</th>
          {extra.map((c) => (
            <th key={c.title} scope="col">
              {c.title}
            </th>
          ))}
          <th scope="col">{t('manage.why')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td data-label={t('manage.when')}>
              <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
            </td>
            <td data-label={t('manage.who')}>{e.actor?.displayName ?? t('manage.system')}</td>
            <td data-label={t('manage.what')}>
              {what(e)}
              {e.details ? <span class="muted"> ({e.details})</span> : null}
            </td>
            {extra.map((c) => (
              <td key={c.title} data-label={c.title}>
                {c.cell(e)}
              </td>
            ))}
            <td data-label={t('manage.why')}>{e.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
