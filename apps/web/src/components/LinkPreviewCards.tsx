import type { PostData } from '../api/operations';
import { t } from '../i18n';

type Card = PostData['linkPreviews'][number];

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Cards for the links in a post (Post.linkPreviews), below its text: the linked page's title as the link, its
 * description and site. Plain text only; the image is the server's own copy (`/link-previews/<id>.webp`), so the
 * reader's browser never contacts the linked site before the reader follows the link.
 */
export function LinkPreviewCards({ cards }: { cards: Card[] }) {
  if (!cards.length) return null;
  return (
    <ul class="link-previews" aria-label={t('post.linkPreviews')}>
      {cards.map((card) => (
        <li key={card.url} class="link-preview">
          {card.imageUrl ? (
            <img
              class="link-preview-image"
              src={card.imageUrl}
              alt=""
              width={card.imageWidth ?? undefined}
              height={card.imageHeight ?? undefined}
              loading="lazy"
            />
          ) : null}
          <div class="link-preview-text">
            <a class="link-preview-title" href={card.url} rel="nofollow ugc noopener noreferrer">
              {card.title ?? hostOf(card.url)}
            </a>
            {card.description ? <p class="link-preview-description">{card.description}</p> : null}
            <p class="link-preview-site">{card.siteName ? `${card.siteName} · ${hostOf(card.url)}` : hostOf(card.url)}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
