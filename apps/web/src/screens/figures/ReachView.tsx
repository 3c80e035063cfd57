import '../../i18n/reach';
import type { CommunityReachRow, Reach } from '../../api/operations-reach';
import { formatDate, t } from '../../i18n';
import { Link, paths } from '../../router';
import { FigureList } from './FiguresView';

/** Reach: page views, followers (here and elsewhere) and clicks to the catalogue, with a table per week. */
export function ReachView({ reach, level = 3 }: { reach: Reach; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby="reach-heading">
      <Heading id="reach-heading">{t('reach.heading')}</Heading>
      <p class="muted">{t('reach.note')}</p>
      <FigureList
        rows={[
          [t('reach.pageViews'), reach.pageViews],
          [t('reach.followers'), reach.followers],
          [t('reach.localFollowers'), reach.localFollowers],
          [t('reach.remoteFollowers'), reach.remoteFollowers],
          [t('reach.clicks'), reach.catalogueClicks],
        ]}
      />
      <Sub id="reach-weekly">{t('reach.weekly')}</Sub>
      <table class="data-table" aria-labelledby="reach-weekly">
        <thead>
          <tr>
            <th scope="col">{t('reach.week')}</th>
            <th scope="col">{t('reach.pageViews')}</th>
            <th scope="col">{t('reach.clicks')}</th>
          </tr>
        </thead>
        <tbody>
          {reach.weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{formatDate(w.weekStart)}</th>
              <td data-label={t('reach.pageViews')}>{w.pageViews}</td>
              <td data-label={t('reach.clicks')}>{w.catalogueClicks}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A library's reach per community. */
export function CommunityReachTable({ rows }: { rows: CommunityReachRow[] }) {
  if (!rows.length) return null;
  return (
    <section aria-labelledby="reach-per-community">
      <h2 id="reach-per-community">{t('reach.perCommunity')}</h2>
      <div class="table-scroll" role="region" aria-labelledby="reach-per-community" tabIndex={0}>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('reach.community')}</th>
              <th scope="col">{t('reach.pageViews')}</th>
              <th scope="col">{t('reach.localFollowers')}</th>
              <th scope="col">{t('reach.remoteFollowers')}</th>
              <th scope="col">{t('reach.clicks')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.community.id}>
                <th scope="row">
                  <Link href={paths.community(r.community.slug)}>{r.community.name}</Link>
                </th>
                <td data-label={t('reach.pageViews')}>{r.pageViews}</td>
                <td data-label={t('reach.localFollowers')}>{r.localFollowers}</td>
                <td data-label={t('reach.remoteFollowers')}>{r.remoteFollowers}</td>
                <td data-label={t('reach.clicks')}>{r.catalogueClicks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
