import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  port: number;
  nodeEnv: NodeEnv;
  /** Unset means: run the embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  redisUrl?: string;
  jwtSecret: string;
  adminEmails: string[];
  dataDir: string;
  demo: boolean;
  embeddedPgPort: number;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** A bad environment variable: the boot stops with this one line. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return n;
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

/** A secret kept under the data folder, made once, so tokens survive restarts without any set-up. */
function keptSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Reads and validates the environment once, at boot. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV || 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test (got "${env.NODE_ENV}")`);
  }
  const port = int(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const dataDir = resolve(env.WAARDENET_DATA_DIR || '.data');

  const adminEmails = (env.WAARDENET_ADMIN_EMAILS ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const badEmail = adminEmails.find((e) => !EMAIL.test(e));
  if (badEmail) throw new ConfigError('WAARDENET_ADMIN_EMAILS', `holds "${badEmail}", which is not an email address`);

  let jwtSecret = env.JWT_SECRET;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  if (!jwtSecret) {
    if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET', 'must be set when NODE_ENV=production');
    jwtSecret = keptSecret(dataDir);
  }

  const demoRaw = env.WAARDENET_DEMO ?? '1';
  if (!['0', '1', 'true', 'false'].includes(demoRaw)) {
    throw new ConfigError('WAARDENET_DEMO', `must be 0 or 1 (got "${demoRaw}")`);
  }

  return {
    port,
    nodeEnv,
    databaseUrl,
    redisUrl,
    jwtSecret,
    adminEmails,
    dataDir,
    demo: demoRaw === '1' || demoRaw === 'true',
    embeddedPgPort: int(env, 'WAARDENET_EMBEDDED_PG_PORT', 54329, 1, 65535),
    accessTokenTtlSeconds: int(env, 'WAARDENET_ACCESS_TOKEN_TTL', 900, 1, 86400),
    refreshTokenTtlSeconds: int(env, 'WAARDENET_REFRESH_TOKEN_TTL', 30 * 86400, 60, 365 * 86400),
  };
}
