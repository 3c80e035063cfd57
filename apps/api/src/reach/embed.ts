import { escapeHtml as h } from './escape';
import { paths } from './pages';
import type { ThreadView } from './reader';
import { SITE_NAME } from './shell';

export const EMBED_WIDTH = 600;
export const EMBED_HEIGHT = 480;
/** How often an embedded thread reloads itself (seconds): the embed page polls, it runs no script. */
export const EMBED_REFRESH_SECONDS = 60;

/**
 * The policy of embed pages alone: any site may frame them (that is what they are for), they load
 * nothing but images and run no script; every other page keeps frame-ancestors 'none'.
 */
export const EMBED_CSP =
  "default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'";

/** A thread as a frame on a library's own website: its posts, a link to the whole thread, reloading itself. */
export function embedPage(view: ThreadView, url: (path: string) => string): string {
  const { thread, community, posts } = view;
  const link = url(paths.thread(thread.id));
  const items = posts.map(
    (p) =>
      `<article id="post-${p.seq}"><header><strong>${h(p.authorName)}</strong> <time datetime="${new Date(p.createdAt).toISOString()}">${new Date(p.createdAt).toISOString().slice(0, 10)}</time></header>${p.bodyHtml}</article>`,
  );
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="refresh" content="${EMBED_REFRESH_SECONDS}" />
<title>${h(thread.title)} · ${SITE_NAME}</title>
<link rel="canonical" href="${h(link)}" />
<style>body{font:15px/1.45 system-ui,sans-serif;margin:0;padding:12px;color:#222}article{border-top:1px solid #ddd;padding:8px 0}img{max-width:100%}</style>
</head><body>
<h1><a href="${h(link)}" target="_blank" rel="noopener">${h(thread.title)}</a></h1>
<p>${h(community.name)} · ${thread.replyCount} replies</p>
${items.join('\n')}
<p><a href="${h(link)}" target="_blank" rel="noopener">Read and reply on ${SITE_NAME}</a></p>
</body></html>
`;
}

/** The oEmbed answer (type rich) for a thread, or one of its posts when the URL names it (#post-<seq>). */
export function oembedJson(view: ThreadView, url: (path: string) => string, postSeq: number | null): Record<string, unknown> {
  const post = postSeq === null ? null : view.posts.find((p) => p.seq === postSeq);
  const src = url(`/embed${paths.thread(view.thread.id)}`) + (post ? `#post-${post.seq}` : '');
  return {
    version: '1.0',
    type: 'rich',
    provider_name: SITE_NAME,
    provider_url: url('/'),
    title: view.thread.title,
    author_name: (post ?? view.posts[0])?.authorName,
    html: `<iframe src="${h(src)}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" style="border:0" loading="lazy" title="${h(view.thread.title)}"></iframe>`,
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    cache_age: 300,
  };
}
