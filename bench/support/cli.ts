/** Output and settings shared by the benches: results on stdout, progress on stderr, knobs from the environment. */
export function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number >= ${min} (got "${raw}")`);
  return n;
}

/** Runs a bench's main and exits with its code; a thrown error is a failed set-up (exit 1). */
export function runBench(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`${name} failed:`, e);
      process.exit(1);
    },
  );
}

/** Tidies up after a bench, step by step, reporting (not throwing) what fails. */
export async function tidy(steps: [what: string, step: (() => Promise<unknown>) | undefined][]): Promise<void> {
  for (const [what, step] of steps) {
    if (step) await step().catch((e: unknown) => console.error(`${what} failed:`, e));
  }
}
