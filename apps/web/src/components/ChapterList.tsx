import { request } from '../api/client';
import { COMMUNITY_CHAPTERS } from '../api/operations-network';
import { useLoader } from '../api/use-query';
import { t } from '../i18n';
import { Link, paths } from '../router';

/** A national community's local chapters (those the viewer may see), each with its library. */
export function ChapterList({ slug }: { slug: string }) {
  const { data } = useLoader(`chapters|${slug}`, () => request(COMMUNITY_CHAPTERS, { slug }));
  const chapters = data?.community.chapters.edges.map((e) => e.node) ?? [];
  if (!chapters.length) return null;
  return (
    <section aria-labelledby="chapters-heading">
      <h2 id="chapters-heading">{t('community.chapters')}</h2>
      <ul class="chapters">
        {chapters.map((c) => (
          <li key={c.id}>
            <Link href={paths.community(c.slug)}>{c.name}</Link> <span class="muted">({c.library.name})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
