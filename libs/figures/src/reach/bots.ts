/**
 * User agents that are not a person reading: search engines, link previews, feed readers, fediverse
 * servers fetching a preview, monitors, and plain HTTP libraries. A request without a User-Agent counts as one.
 */
const BOT = new RegExp(
  [
    'bot\\b',
    'bot/',
    'crawl',
    'spider',
    'slurp',
    'archiver',
    'facebookexternalhit',
    'facebookcatalog',
    'embedly',
    'preview',
    'whatsapp',
    'telegram',
    'skype',
    'discord',
    'slack',
    'vkshare',
    'pinterest',
    'bingpreview',
    'yahoo',
    'baidu',
    'yandex',
    'duckduck',
    'petal',
    'semrush',
    'ahrefs',
    'headless',
    'lighthouse',
    'pagespeed',
    'pingdom',
    'uptime',
    'monitor',
    'statuscake',
    'feed',
    'rss',
    'atom',
    'newsblur',
    'inoreader',
    'mastodon',
    'pleroma',
    'akkoma',
    'misskey',
    'lemmy',
    'friendica',
    'gotosocial',
    'fedify',
    'activitypub',
    'curl',
    'wget',
    'python',
    'httpclient',
    'http-client',
    'java/',
    'go-http',
    'okhttp',
    'axios',
    'node-fetch',
    'undici',
    'libwww',
    'scrapy',
    'phantomjs',
    'puppeteer',
    'playwright',
    'selenium',
    'postman',
    'insomnia',
    'httpie',
    'ruby',
    'perl',
    'php/',
    'guzzle',
    'dart:io',
    'reqwest',
  ].join('|'),
  'i',
);

export function isBot(userAgent: string | undefined): boolean {
  const ua = (userAgent ?? '').trim();
  if (ua.length < 10) return true;
  // A person's browser names itself Mozilla/… (every current browser does) or Opera/….
  if (!/^(Mozilla|Opera)\//.test(ua)) return true;
  return BOT.test(ua);
}

/** A prefetch or prerender the browser makes on its own is not a view (Chrome's speculation rules, link prefetch). */
export function isPrefetch(headers: Record<string, string | string[] | undefined>): boolean {
  const purpose = String(headers['sec-purpose'] ?? headers.purpose ?? headers['x-moz'] ?? '').toLowerCase();
  return purpose.includes('prefetch') || purpose.includes('prerender');
}
