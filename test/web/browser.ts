/**
 * Browser tests drive Debian's Chromium (`apt-get install -y chromium`) through playwright-core, and
 * check every screen with axe. Without /usr/bin/chromium the suites are skipped, with the reason in their name (failed in CI).
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page, WebSocketRoute, chromium } from 'playwright-core';
import { describeIf } from '../support/requires';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);

/** `describe` when Chromium is there; else skipped with the reason in its name, or failed under WN_REQUIRE_SERVICES=1. */
export const describeInBrowser = describeIf(available, `Chromium at ${CHROMIUM}`);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh browser profile that prefers Dutch, like most of Waardenet's visitors. */
export function newVisitor(browser: Browser, locale = 'nl-NL'): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: { width: 1100, height: 900 } });
}

/** The built client must be what the api serves at /: fails with the reason when it is not. */
export async function expectBuiltClient(url: string): Promise<void> {
  const res = await fetch(`${url}/`);
  const html = res.ok ? await res.text() : '';
  if (!html.includes('/assets/')) {
    throw new Error(
      `GET ${url}/ does not serve the built web client (HTTP ${res.status}). Run \`npm run build:web\`; the api must serve dist/web with an SPA fallback.`,
    );
  }
}

/** Fails on any serious or critical accessibility violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const lines = bad.map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join('\n    ')}`,
    );
    throw new Error(`axe found ${bad.length} serious/critical violation(s) on the ${screen} screen:\n  ${lines.join('\n  ')}`);
  }
}

/** Waits until the page's live connection is up (the client marks it on its status region). */
export async function waitForLive(page: Page): Promise<void> {
  await page.locator('[data-live="online"]').waitFor({ state: 'attached' });
}

const RESULTS = join(__dirname, '../../test-results/web');

/** Saves what the page shows now, as test-results/web/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name.replace(/[^\w-]+/g, '-')}.png`), fullPage: true });
}

/**
 * Puts the page's graphql-ws sockets under the test's control: `drop()` closes them (as a network
 * failure or a restarting server would) and refuses new ones until `restore()`.
 */
export async function controlLiveSockets(page: Page): Promise<{ drop(): void; restore(): void; opened(): number }> {
  const open = new Set<{ page: WebSocketRoute; server: WebSocketRoute }>();
  let blocked = false;
  let opened = 0;
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (blocked) {
      void ws.close({ code: 1013, reason: 'Try again later' });
      return;
    }
    opened++;
    const pair = { page: ws, server: ws.connectToServer() };
    open.add(pair);
    // Setting onClose stops Playwright forwarding the page's close to the server: do it here.
    ws.onClose(() => {
      open.delete(pair);
      void pair.server.close();
    });
  });
  return {
    drop() {
      blocked = true;
      for (const pair of open) {
        void pair.page.close({ code: 1001, reason: 'Going away' });
        void pair.server.close();
      }
      open.clear();
    },
    restore() {
      blocked = false;
    },
    opened: () => opened,
  };
}

/** Pages in fresh contexts (a visitor without cookies), closed after each test. */
export function visitorPages(browser: () => Browser): (locale?: string) => Promise<Page> {
  let contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
  });
  return async (locale?: string) => {
    const context = await newVisitor(browser(), locale);
    contexts.push(context);
    return context.newPage();
  };
}

/** Logs in through the (Dutch) login screen, as a person would. */
export async function logInAs(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).first().waitFor();
}

/** Clicks a download link and reads the file it saves. */
export async function download(page: Page, linkName: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return readFileSync(await file.path(), 'utf8');
}
