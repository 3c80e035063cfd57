import { createHash } from 'node:crypto';
import { escapeXml as x, summary } from './escape';
import type { CachedAnswer } from './page-cache';
import { SITE_NAME } from './shell';

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  updated: Date;
  published: Date;
  author: string;
  /** Sanitized HTML (stored bodyHtml of a visible post), or null for a title-only entry. */
  html: string | null;
}

export interface Feed {
  title: string;
  /** The page the feed is about, and the feed's own URL. */
  url: string;
  self: string;
  entries: FeedEntry[];
  /** When nothing has happened yet: the thing's own creation time. */
  since: Date;
}

const iso = (d: Date) => new Date(d).toISOString();

/**
 * An Atom 1.0 document (RFC 4287) with the ETag and Last-Modified the router answers 304 for: the ETag
 * is a hash of the document, Last-Modified the newest entry (whole seconds, as HTTP dates carry).
 */
export function atomFeed(feed: Feed): CachedAnswer {
  const updated = new Date(Math.max(new Date(feed.since).getTime(), ...feed.entries.map((e) => new Date(e.updated).getTime())));
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${x(e.url)}</id>
    <title>${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
    <published>${iso(e.published)}</published>
    <updated>${iso(e.updated)}</updated>
    <author><name>${x(e.author)}</name></author>
${e.html !== null ? `    <summary>${x(summary(e.html))}</summary>\n    <content type="html">${x(e.html)}</content>\n` : ''}  </entry>`,
  );
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${x(feed.url)}</id>
  <title>${x(feed.title)}</title>
  <link rel="alternate" type="text/html" href="${x(feed.url)}"/>
  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>
  <updated>${iso(updated)}</updated>
  <generator>${SITE_NAME}</generator>
${entries.join('\n')}
</feed>
`;
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { status: 200, type: 'application/atom+xml; charset=utf-8', body, etag, lastModified: updated };
}
