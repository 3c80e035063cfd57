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
    describe.skip(`${name} (needs ${missing}: not found, skipped)`, body);
  };
}
