import { ConfigError } from '../config/config';

export interface ReadCacheConfig {
  /** The byte budget of the anonymous read cache; 0 turns it off (READ_CACHE_MB). */
  maxBytes: number;
  /** How long an entry lives at most (READ_CACHE_TTL, seconds): the backstop for changes no event announces. */
  ttlMs: number;
}

function whole(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

/** Read at boot, like loadConfig: a bad value stops the start with one line. */
export function readCacheConfig(): ReadCacheConfig {
  return {
    maxBytes: whole('READ_CACHE_MB', process.env.READ_CACHE_MB, 64, 0, 65_536) * 2 ** 20,
    ttlMs: whole('READ_CACHE_TTL', process.env.READ_CACHE_TTL, 60, 1, 86_400) * 1000,
  };
}
