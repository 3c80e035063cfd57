import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The suite keeps itself honest: tests wait on a condition (waitFor in test/support/wait.ts), not on the clock,
 * and no suite skips itself except through test/support/requires.ts, which fails instead under CI's
 * WN_REQUIRE_SERVICES=1. ESLint says the same (eslint.config.mjs); this check needs no linter.
 */
const ROOT = join(__dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const sources = files(__dirname).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/** `pattern`'s matches as `file:line`, leaving out lines right after an eslint-disable for no-restricted-syntax (said why there). */
function findings(pattern: RegExp, except: string[]): string[] {
  return sources
    .filter((s) => !except.includes(s.path))
    .flatMap((s) => {
      const lines = s.text.split('\n');
      return lines.flatMap((line, i) =>
        pattern.test(line) && !/eslint-disable-next-line no-restricted-syntax/.test(lines[i - 1] ?? '') ? [`${s.path}:${i + 1}`] : [],
      );
    });
}

describe('the tests wait on conditions and never skip silently', () => {
  it('finds the test files', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.map((s) => s.path)).toContain('test/no-fixed-sleeps.e2e-spec.ts');
  });

  it('no fixed sleep: no sleep(), setTimeout or page.waitForTimeout outside test/support/wait.ts', () => {
    const self = 'test/no-fixed-sleeps.e2e-spec.ts';
    expect(findings(/(?<![.\w])(sleep|setTimeout)\(|\.waitForTimeout\(/, ['test/support/wait.ts', self])).toEqual([]);
  });

  it('no .only, and no skip except through describeIf (test/support/requires.ts)', () => {
    const self = 'test/no-fixed-sleeps.e2e-spec.ts';
    expect(findings(/\b(describe|it|test)\.(only|skip)\b|\b(xit|xdescribe|fit|fdescribe)\(/, ['test/support/requires.ts', self])).toEqual(
      [],
    );
  });

  it('CI requires the services, so describeIf fails there instead of skipping', () => {
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^export WN_REQUIRE_SERVICES=1$/m);
    const requires = readFileSync(join(__dirname, 'support/requires.ts'), 'utf8');
    expect(requires).toMatch(/process\.env\.WN_REQUIRE_SERVICES === '1'/);
  });
});
