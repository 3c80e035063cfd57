import type { CollectionItem } from '@waardenet/catalogue';
import type { Community } from '@waardenet/communities';
import type { Library } from '@waardenet/libraries';
import type { Thread } from '@waardenet/threads';
import { escapeHtml as h, summary } from './escape';
import type { CommunityView, ThreadView } from './reader';
import { PageMeta, SITE_NAME } from './shell';

/** A page's head and its content (inside #app). */
export interface RenderedPage {
  meta: PageMeta;
  content: string;
}

export const paths = {
  thread: (id: string) => `/thread/${encodeURIComponent(id)}`,
  community: (slug: string) => `/community/${encodeURIComponent(slug)}`,
  library: (slug: string) => `/library/${encodeURIComponent(slug)}`,
  item: (id: string) => `/item/${encodeURIComponent(id)}`,
};

const time = (d: Date) => `<time datetime="${new Date(d).toISOString()}">${new Date(d).toISOString().slice(0, 10)}</time>`;

function threadList(threads: Thread[]): string {
  if (!threads.length) return '<p>No threads yet.</p>';
  const rows = threads.map(
    (t) => `<li><a href="${paths.thread(t.id)}">${h(t.title)}</a> · ${t.replyCount} replies · ${time(t.lastActivityAt)}</li>`,
  );
  return `<ul class="threads">${rows.join('')}</ul>`;
}

/** The thread's catalogue items, each linked to the library's own catalogue through /out/catalogue (counted as a click); none without a catalogue address. */
function catalogueLinks({ thread, library, items }: ThreadView): string {
  if (!library?.catalogueUrlTemplate || !items.length) return '';
  const links = items.map(
    (i) =>
      `<li><a href="/out/catalogue/${encodeURIComponent(i.id)}?thread=${encodeURIComponent(thread.id)}" rel="nofollow">${h(i.title)}</a></li>`,
  );
  return `<ul class="catalogue" aria-label="${h(`In the catalogue of ${library.name}`)}">${links.join('')}</ul>\n`;
}

export function threadPage(view: ThreadView, url: (path: string) => string): RenderedPage {
  const { thread, community, posts, items } = view;
  const path = paths.thread(thread.id);
  const opening = posts.find((p) => p.seq === 1);
  const description = opening ? summary(opening.bodyHtml) : `A thread in ${community.name}`;
  // The thread's "tags": its community's theme and the catalogue items it is about.
  const tags = [community.theme, ...items.map((i) => i.title)].filter(Boolean);
  const article = posts.map(
    (p) =>
      `<article class="post" id="post-${p.seq}"><header><strong>${h(p.authorName)}</strong> · ${time(p.createdAt)}</header><div class="body">${p.bodyHtml}</div></article>`,
  );
  const content = `<main><nav><a href="${paths.community(community.slug)}">${h(community.name)}</a></nav>
<h1>${h(thread.title)}</h1>
<ul class="tags">${tags.map((t) => `<li>${h(t)}</li>`).join('')}</ul>
${catalogueLinks(view)}${article.join('\n')}</main>`;
  const toLd = (p: (typeof posts)[number]) => ({
    '@type': 'Comment',
    url: url(`${path}#post-${p.seq}`),
    text: summary(p.bodyHtml, 5000),
    datePublished: new Date(p.createdAt).toISOString(),
    author: { '@type': 'Person', name: p.authorName },
  });
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'DiscussionForumPosting',
    headline: thread.title,
    url: url(path),
    text: opening ? summary(opening.bodyHtml, 5000) : '',
    datePublished: new Date(thread.createdAt).toISOString(),
    dateModified: new Date(thread.lastActivityAt).toISOString(),
    author: { '@type': 'Person', name: opening?.authorName ?? 'Unknown' },
    keywords: tags.join(', '),
    isPartOf: { '@type': 'WebPage', name: community.name, url: url(paths.community(community.slug)) },
    ...(view.library ? { publisher: { '@type': 'Library', name: view.library.name, url: url(paths.library(view.library.slug)) } } : {}),
    interactionStatistic: {
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/CommentAction',
      userInteractionCount: thread.replyCount,
    },
    comment: posts.filter((p) => p.seq !== 1).map(toLd),
  };
  return {
    meta: {
      title: thread.title,
      description,
      path,
      image: view.library?.logoUrl,
      ogType: 'article',
      jsonLd,
      feed: `${path}/feed.atom`,
      oembed: `/oembed?format=json&url=${encodeURIComponent(url(path))}`,
    },
    content,
  };
}

export function communityPage(view: CommunityView, url: (path: string) => string): RenderedPage {
  const { community, library, threads } = view;
  const path = paths.community(community.slug);
  const restricted = threads === null;
  const body = restricted ? '<p>Only members of this community can read its threads.</p>' : threadList(threads);
  const content = `<main>${library ? `<nav><a href="${paths.library(library.slug)}">${h(library.name)}</a></nav>` : ''}
<h1>${h(community.name)}</h1><p>${h(community.description)}</p>${body}</main>`;
  return {
    meta: {
      title: community.name,
      description: community.description || `A community of ${library?.name ?? SITE_NAME}`,
      path,
      image: library?.logoUrl,
      noindex: restricted,
      feed: restricted ? undefined : `${path}/feed.atom`,
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        name: community.name,
        description: community.description,
        url: url(path),
      },
    },
    content,
  };
}

export function libraryPage(library: Library, communities: Community[], url: (path: string) => string): RenderedPage {
  const path = paths.library(library.slug);
  const list = communities.map((c) => `<li><a href="${paths.community(c.slug)}">${h(c.name)}</a> ${h(c.description)}</li>`);
  const description = library.welcomeText ? summary(h(library.welcomeText)) : `${library.name} on ${SITE_NAME}`;
  const content = `<main><h1>${h(library.name)}</h1>${library.welcomeText ? `<p>${h(library.welcomeText)}</p>` : ''}<ul class="communities">${list.join('')}</ul></main>`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Library',
    name: library.name,
    url: url(path),
    ...(library.logoUrl ? { logo: library.logoUrl } : {}),
  };
  return { meta: { title: library.name, description, path, image: library.logoUrl, jsonLd, feed: `${path}/feed.atom` }, content };
}

export function itemPage(item: CollectionItem, threads: Thread[], url: (path: string) => string): RenderedPage {
  const path = paths.item(item.id);
  const byline = item.creators.join(', ');
  const facts = [byline, item.publisher, item.year?.toString(), item.isbn13 ? `ISBN ${item.isbn13}` : null].filter(Boolean) as string[];
  const content = `<main><h1>${h(item.title)}</h1><p>${facts.map(h).join(' · ')}</p><h2>Threads</h2>${threadList(threads)}</main>`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Book',
    name: item.title,
    url: url(path),
    ...(item.isbn13 ? { isbn: item.isbn13 } : {}),
    ...(item.creators.length ? { author: item.creators.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(item.publisher ? { publisher: { '@type': 'Organization', name: item.publisher } } : {}),
    ...(item.year ? { datePublished: String(item.year) } : {}),
  };
  return { meta: { title: item.title, description: facts.join(' · ') || item.title, path, ogType: 'book', jsonLd }, content };
}
