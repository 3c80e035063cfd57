import { Browser } from 'playwright-core';
import { TestApp, createTestApp } from './support/test-app';
import { describeInBrowser, launchChromium, screenshot } from './web/browser';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const openInBrowser = (url: string) => fetch(`${url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });

/** Every src= and href= of a page. */
const references = (html: string) => [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);

describe('GraphiQL at /graphql in development', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'development' });
  });
  afterAll(() => t.close());

  it('answers a browser with an HTML page that loads everything from this host', async () => {
    const res = await openInBrowser(t.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).not.toMatch(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    const refs = references(html);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs.filter((r) => r !== 'data:,')) {
      expect(ref).toMatch(/^\/graphql\/ide\/[\w.-]+$/);
      const asset = await fetch(`${t.url}${ref}`);
      expect({ ref, status: asset.status }).toEqual({ ref, status: 200 });
      expect(asset.headers.get('content-type')).toMatch(ref.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      // No asset pulls in a script, style or font from elsewhere (a CDN that is not there offline).
      expect(await asset.text()).not.toMatch(/(?:@import\s+url\(|<script[^>]+src=)["']?https?:/i);
    }
  });

  it('serves the page under a CSP of its own: scripts from this host only, and only on that page', async () => {
    const csp = (await openInBrowser(t.url)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe|https?:)/);
    expect(csp).toContain("connect-src 'self'");
    const elsewhere = (await fetch(`${t.url}/health`)).headers.get('content-security-policy') ?? '';
    expect(elsewhere).not.toContain("'unsafe-inline'");
  });

  it('leaves GraphQL over GET and POST as it was', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': '1' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('GraphiQL in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('is absent: no IDE page and none of its files', async () => {
    const res = await openInBrowser(t.url);
    expect(res.headers.get('content-type') ?? '').not.toMatch(/^text\/html/);
    expect(await res.text()).not.toContain('graphiql');
    for (const file of ['graphiql.js', 'graphiql.css', 'react.js', 'start.js']) {
      const asset = await fetch(`${t.url}/graphql/ide/${file}`);
      expect(asset.headers.get('content-type') ?? '').not.toMatch(/javascript|css/);
    }
  });
});

describeInBrowser('GraphiQL in Chromium, offline', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'development' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders, runs the first query and asks nothing of any other host', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(t.url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${t.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('"libraries"').waitFor();
    await screenshot(page, 'graphiql');
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
