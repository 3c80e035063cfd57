/**
 * The set-up every browser suite shares: one api (on a fresh test database) with the built client,
 * one Chromium, a world to start from, and fresh pages per test, closed after it.
 *
 *   describeInBrowser('…', () => {
 *     const s = browserSuite();
 *     it('…', async () => { const page = await s.signedIn(s.w.manager); await page.goto(`${s.t.url}/`); });
 *   });
 */
import { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD, World, world } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { expectBuiltClient, launchChromium, logInAs, visitorPages } from './browser';

export interface BrowserSuite<W> {
  /** The api under test; set once beforeAll ran. */
  readonly t: TestApp;
  /** What the set-up made (by default the factories' world). */
  readonly w: W;
  readonly browser: Browser;
  /** A page in a fresh browser context (no cookies), closed after the test. */
  visitor(locale?: string): Promise<Page>;
  /** A fresh page, logged in as `user` through the (Dutch) login screen. */
  signedIn(user: { email: string }): Promise<Page>;
  /** Logs `page` in as `user` through the login screen. */
  logIn(page: Page, user: { email: string }): Promise<void>;
}

interface Options<W> {
  /** Configuration for the api (e.g. a short token lifetime). */
  env?: Record<string, string>;
  /** Makes what the suite's tests start from; the factories' world when not given. */
  setUp?: (t: TestApp) => Promise<W>;
}

/** Registers the suite's beforeAll, afterEach and afterAll hooks; call it at the top of a describe. */
export function browserSuite(): BrowserSuite<World>;
export function browserSuite<W>(options: Options<W> & { setUp: (t: TestApp) => Promise<W> }): BrowserSuite<W>;
export function browserSuite(options: { env?: Record<string, string> }): BrowserSuite<World>;
export function browserSuite<W>(options: Options<W> = {}): BrowserSuite<W> {
  const state: { t?: TestApp; w?: W; browser?: Browser } = {};
  const need = <K extends keyof typeof state>(key: K): NonNullable<(typeof state)[K]> => {
    const value = state[key];
    if (value === undefined) throw new Error(`The browser suite's ${key} is not there: its beforeAll failed or has not run.`);
    return value as NonNullable<(typeof state)[K]>;
  };

  beforeAll(async () => {
    state.t = await createTestApp(options.env);
    await expectBuiltClient(state.t.url);
    state.w = options.setUp ? await options.setUp(state.t) : ((await world(state.t)) as W);
    state.browser = await launchChromium();
  });

  afterAll(async () => {
    await state.browser?.close();
    await state.t?.close();
  });

  const visitor = visitorPages(() => need('browser'));
  const logIn = (page: Page, user: { email: string }) => logInAs(page, need('t').url, user.email, TEST_PASSWORD);
  return {
    get t() {
      return need('t');
    },
    get w() {
      return need('w');
    },
    get browser() {
      return need('browser');
    },
    visitor,
    logIn,
    async signedIn(user) {
      const page = await visitor();
      await logIn(page, user);
      return page;
    },
  };
}
