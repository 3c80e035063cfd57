/**
 * Suites that need a service from outside npm (Chromium, Redis) run when it is there. On a developer's
 * machine without it they are skipped, with the reason in their name; where `WN_REQUIRE_SERVICES=1`
 * (set by .ci/run) a missing service fails the run instead, so CI can never pass by skipping.
 */
export function describeIf(available: boolean, missing: string): (name: string, body: () => void) => void {
  return (name, body) => {
    if (available) return describe(name, body);
    if (process.env.WN_REQUIRE_SERVICES === '1') {
      return describe(name, () => {
        it(`needs ${missing}`, () => {
          throw new Error(`${missing} is required here (WN_REQUIRE_SERVICES=1) but was not found`);
        });
      });
    }
    console.warn(`skipped "${name}": needs ${missing}, which was not found (CI fails here instead)`);
    describe.skip(`${name} (needs ${missing}: not found, skipped)`, body);
  };
}

/**
 * For a part of a suite that runs only with a service (a Redis variant of a table of cases): whether it is
 * there. Missing under WN_REQUIRE_SERVICES=1 it throws (the suite fails); elsewhere it says so and answers false.
 */
export function serviceAvailable(available: boolean, missing: string, what: string): boolean {
  if (available) return true;
  if (process.env.WN_REQUIRE_SERVICES === '1')
    throw new Error(`${missing} is required for ${what} (WN_REQUIRE_SERVICES=1) but was not found`);
  console.warn(`skipped ${what}: needs ${missing}, which was not found (CI fails here instead)`);
  return false;
}
