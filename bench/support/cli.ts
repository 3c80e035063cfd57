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
