import '../i18n/reach';
import type { ThreadExtrasData } from '../api/operations-thread';
import { formatDate, t } from '../i18n';
import { Link, paths } from '../router';
import { FromChapter } from './ThreadList';

type Extras = ThreadExtrasData['thread'];

/** Where a thread comes from (a chapter, a content item) and the catalogue items it is about. */
export function ThreadContext({ extras }: { extras: Extras }) {
  const { provenance, contentSource, items } = extras;
  // A public thread links its items to the library's own catalogue, through the server (which counts the click for the reach figures).
  const catalogue = extras.community.visibility === 'PUBLIC' && !!extras.community.library.catalogueUrlTemplate;
  return (
    <>
      {provenance ? <FromChapter from={provenance} /> : null}
      {contentSource ? (
        <p class="provenance">
          {t('thread.contentSource', {
            title: contentSource.title,
            library: contentSource.ownerLibrary.name,
            date: formatDate(contentSource.publishedAt),
          })}
          {contentSource.licence ? ` · ${t('thread.licence', { licence: contentSource.licence })}` : null}
        </p>
      ) : null}
      {items.length ? (
        <section aria-labelledby="thread-items-heading" class="thread-items">
          <h2 id="thread-items-heading">{t('thread.items')}</h2>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <Link href={paths.item(item.id)}>{item.title}</Link>
                {item.creators.length ? ` · ${item.creators.join(', ')}` : null}
                {item.year ? ` (${item.year})` : null}
                {catalogue ? (
                  <>
                    {' · '}
                    <a
                      href={`/out/catalogue/${encodeURIComponent(item.id)}?thread=${encodeURIComponent(extras.id)}`}
                      rel="nofollow"
                      aria-label={t('reach.toCatalogueOf', { title: item.title })}
                    >
                      {t('reach.toCatalogue')}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
