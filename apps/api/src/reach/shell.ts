import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml, jsonLdScript } from './escape';

export const SITE_NAME = 'Waardenet';

/** What a server-rendered page says about itself in its <head>. */
export interface PageMeta {
  title: string;
  description: string;
  /** The page's path (PUBLIC_URL is put in front). */
  path: string;
  image?: string | null;
  ogType?: string;
  noindex?: boolean;
  jsonLd?: unknown;
  /** Autodiscovery: the page's Atom feed and oEmbed end point, as paths. */
  feed?: string;
  oembed?: string;
}

const FALLBACK_SHELL = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Waardenet</title>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

/**
 * The web client's index.html with a page's meta tags and content put in: crawlers and link previews read
 * those, and the client (apps/web/src/main.tsx empties #app) renders over the content when it starts.
 */
export class PageShell {
  private readonly template: string;

  constructor(
    webDir: string,
    private readonly publicUrl: string,
  ) {
    const index = join(webDir, 'index.html');
    const html = existsSync(index) ? readFileSync(index, 'utf8') : FALLBACK_SHELL;
    // The shell's own title and description make way for the page's.
    this.template = html.replace(/<title>[\s\S]*?<\/title>\s*/, '').replace(/<meta name="description"[^>]*>\s*/, '');
  }

  url(path: string): string {
    return `${this.publicUrl}${path}`;
  }

  render(meta: PageMeta, content: string): string {
    const head = this.head(meta);
    return this.template
      .replace(/<\/head>/, () => `${head}\n  </head>`)
      .replace(/<div id="app">[\s\S]*?<\/div>(\s*<\/body>)/, (_, end: string) => `<div id="app">${content}</div>${end}`);
  }

  private head(meta: PageMeta): string {
    const url = this.url(meta.path);
    const tags = [
      `<title>${escapeHtml(meta.title)} · ${SITE_NAME}</title>`,
      `<meta name="description" content="${escapeHtml(meta.description)}" />`,
      `<link rel="canonical" href="${escapeHtml(url)}" />`,
      meta.noindex ? '<meta name="robots" content="noindex" />' : '',
      `<meta property="og:site_name" content="${SITE_NAME}" />`,
      `<meta property="og:type" content="${escapeHtml(meta.ogType ?? 'website')}" />`,
      `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
      `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
      `<meta property="og:url" content="${escapeHtml(url)}" />`,
      meta.image ? `<meta property="og:image" content="${escapeHtml(meta.image)}" />` : '',
      // A library's logo is the only image a page has: the small card suits it.
      '<meta name="twitter:card" content="summary" />',
      `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
      `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
      meta.image ? `<meta name="twitter:image" content="${escapeHtml(meta.image)}" />` : '',
      meta.feed
        ? `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(meta.title)}" href="${escapeHtml(this.url(meta.feed))}" />`
        : '',
      meta.oembed
        ? `<link rel="alternate" type="application/json+oembed" title="${escapeHtml(meta.title)}" href="${escapeHtml(this.url(meta.oembed))}" />`
        : '',
      meta.jsonLd ? jsonLdScript(meta.jsonLd) : '',
    ];
    return tags
      .filter(Boolean)
      .map((t) => `    ${t}`)
      .join('\n');
  }
}

/** The 404 page: the shell with nothing of what was asked for (no title, no description of it). */
export function notFoundPage(shell: PageShell, path: string): string {
  return shell.render(
    { title: 'Not found', description: 'This page does not exist or is not public.', path, noindex: true },
    '<main><h1>Not found</h1></main>',
  );
}
