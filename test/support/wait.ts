/**
 * Waits on a condition, never on the clock: polls `check` until it answers something truthy (returned), and
 * fails with `what` after `timeout` ms. The one place in test/ allowed to call setTimeout (see eslint.config.mjs):
 * a test that needs time to pass waits for what that time brings.
 */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  options: { timeout?: number; what?: string; interval?: number } = {},
): Promise<NonNullable<T>> {
  const { timeout = 10_000, what = 'a condition', interval = 10 } = options;
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
