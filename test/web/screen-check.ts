import { mkdirSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import type { Page } from 'playwright-core';
import { waitFor } from '../support/wait';
import { expectAccessible } from './browser';

/** Where the lead's note finds the screenshots of the new screens (PNG, 360 and 1280 px wide). */
export const SCREENSHOTS_DIR = process.env.WN_SCREENSHOTS_DIR ?? joinPath(__dirname, '../../test-results/web/screens');

/**
 * A screen as a phone and a desktop show it: axe finds nothing serious (at 1100 and at 360 px), nothing runs
 * off the right edge at 360 px (tables have become lists), and a full-page screenshot at 360 and 1280 px.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const fits = async () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    if (!(await waitFor(fits, { timeout: 3000, what: 'the layout at the new width' }).catch(() => false))) {
      // Name what sticks out, so the failure says where to look.
      const wide = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > limit + 1)
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`);
      });
      throw new Error(`${name} does not fit in ${width} px: ${wide.join(', ')}`);
    }
    if (width === 360) await expectAccessible(page, `${name} at 360 px`);
    await page.screenshot({ path: joinPath(SCREENSHOTS_DIR, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1100, height: 900 });
}

/** Waits until the page's live announcer (for screen readers) has said `text`. */
export const announced = (page: Page, text: string) => page.getByTestId('announcer').getByText(text).waitFor();

/** The id of the focused element once focus has settled on `expected` (screens move focus in an effect after the render). */
export const focusedId = (page: Page, expected: string) => focusedWhere(page, 'document.activeElement?.id', expected);

/** `expression` (evaluated in the page, about the focused element) once it has settled on `expected`; its last value when it never does. */
export async function focusedWhere(page: Page, expression: string, expected: string): Promise<unknown> {
  const now = () => page.evaluate(expression);
  await waitFor(async () => (await now()) === expected, { timeout: 3000, what: `focus where ${expression} is ${expected}` }).catch(
    () => undefined,
  );
  return now();
}
