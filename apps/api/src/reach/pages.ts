import type { CollectionItem } from '@waardenet/catalogue';
import type { Community } from '@waardenet/communities';
import type { Library } from '@waardenet/libraries';
import type { Thread } from '@waardenet/threads';
import { escapeHtml as h, summary } from './escape';
import type { LibraryEvent } from '@waardenet/events';
import type { CommunityView, EventView, ThreadView } from './reader';
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
  event: (id: string) => `/event/${encodeURIComponent(id)}`,
};

/** An event's time as readers here know it: Europe/Amsterdam, in Dutch (the element's datetime stays the instant). */
const AMSTERDAM = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const when = (d: Date) => `<time datetime="${new Date(d).toISOString()}">${h(AMSTERDAM.format(new Date(d)))}</time>`;

/** An event as schema.org's Event (https://schema.org/Event), for search engines' event listings. */
export function eventLd(e: LibraryEvent, communityName: string, url: (path: string) => string, organizer?: { name: string; path: string }) {
  const place = e.location ? { '@type': 'Place', name: e.location, address: e.location } : null;
  const online = e.onlineUrl ? { '@type': 'VirtualLocation', url: e.onlineUrl } : null;
  const location = [place, online].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    description: e.description || `${e.title} (${communityName})`,
    url: url(paths.event(e.id)),
    startDate: new Date(e.startsAt).toISOString(),
    endDate: new Date(e.endsAt).toISOString(),
    eventStatus: e.cancelledAt ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${place && online ? 'Mixed' : online ? 'Online' : 'Offline'}EventAttendanceMode`,
    location: location.length === 1 ? location[0] : location,
    ...(e.capacity ? { maximumAttendeeCapacity: e.capacity } : {}),
    ...(organizer ? { organizer: { '@type': 'Library', name: organizer.name, url: url(organizer.path) } } : {}),
  };
}

function eventList(events: LibraryEvent[], calendarPath?: string): string {
  if (!events.length) return '';
  const rows = events.map(
    (e) =>
      `<li><a href="${paths.event(e.id)}">${h(e.title)}</a>${e.cancelledAt ? ' (geannuleerd)' : ''} · ${when(e.startsAt)}${e.location ? ` · ${h(e.location)}` : ''}${e.onlineUrl ? ' · online' : ''}</li>`,
  );
  const feed = calendarPath ? `<p><a href="${calendarPath}">Agenda (iCalendar)</a></p>` : '';
  return `<section class="events"><h2>Activiteiten</h2><ul>${rows.join('')}</ul>${feed}</section>`;
}

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
  const { community, library, threads, events } = view;
  const path = paths.community(community.slug);
  const restricted = threads === null;
  const body = restricted ? '<p>Only members of this community can read its threads.</p>' : threadList(threads);
  const content = `<main>${library ? `<nav><a href="${paths.library(library.slug)}">${h(library.name)}</a></nav>` : ''}
<h1>${h(community.name)}</h1><p>${h(community.description)}</p>${eventList(events, `${path}/events.ics`)}${body}</main>`;
  const organizer = library ? { name: library.name, path: paths.library(library.slug) } : undefined;
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
        ...(events.length ? { mentions: events.map((e) => eventLd(e, community.name, url, organizer)) } : {}),
      },
    },
    content,
  };
}

export function libraryPage(
  library: Library,
  communities: Community[],
  url: (path: string) => string,
  events: LibraryEvent[] = [],
): RenderedPage {
  const path = paths.library(library.slug);
  const list = communities.map((c) => `<li><a href="${paths.community(c.slug)}">${h(c.name)}</a> ${h(c.description)}</li>`);
  const description = library.welcomeText ? summary(h(library.welcomeText)) : `${library.name} on ${SITE_NAME}`;
  const content = `<main><h1>${h(library.name)}</h1>${library.welcomeText ? `<p>${h(library.welcomeText)}</p>` : ''}<ul class="communities">${list.join('')}</ul>${eventList(events, `${path}/events.ics`)}</main>`;
  const names = new Map(communities.map((c) => [c.id, c.name]));
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Library',
    name: library.name,
    url: url(path),
    ...(library.logoUrl ? { logo: library.logoUrl } : {}),
    ...(events.length ? { event: events.map((e) => eventLd(e, names.get(e.communityId) ?? library.name, url)) } : {}),
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

export function eventPage(view: EventView, url: (path: string) => string): RenderedPage {
  const { event: e, community, library } = view;
  const path = paths.event(e.id);
  const facts = [
    `<li>Wanneer: ${when(e.startsAt)} tot ${when(e.endsAt)}</li>`,
    e.location ? `<li>Waar: ${h(e.location)}</li>` : '',
    e.onlineUrl ? `<li>Online: <a href="${h(e.onlineUrl)}" rel="nofollow noopener">${h(e.onlineUrl)}</a></li>` : '',
    e.capacity ? `<li>Plaatsen: ${e.capacity}</li>` : '',
  ].join('');
  const content = `<main><nav><a href="${paths.community(community.slug)}">${h(community.name)}</a></nav>
<h1>${h(e.title)}</h1>${e.cancelledAt ? `<p><strong>Geannuleerd</strong>${e.cancelReason ? `: ${h(e.cancelReason)}` : ''}</p>` : ''}
<ul class="facts">${facts}</ul>${e.description ? `<p>${h(e.description)}</p>` : ''}
<p><a href="${path}.ics">In je agenda (.ics)</a></p></main>`;
  const organizer = library ? { name: library.name, path: paths.library(library.slug) } : undefined;
  return {
    meta: {
      title: e.title,
      description: summary(h(e.description || `${e.title}: ${community.name}`)),
      path,
      image: library?.logoUrl,
      jsonLd: eventLd(e, community.name, url, organizer),
    },
    content,
  };
}
