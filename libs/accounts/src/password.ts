import argon2 from 'argon2';
import type { AppConfig } from '@waardenet/core';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
// The least argon2id allows (WAARDENET_TEST_CHEAP_PASSWORD_HASHES, NODE_ENV=test only: loadConfig refuses it elsewhere).
const CHEAP = { type: argon2.argon2id, memoryCost: 8, timeCost: 1, parallelism: 1 } as const;

type Hashing = Pick<AppConfig, 'cheapPasswordHashes'>;
const options = (config?: Hashing) => (config?.cheapPasswordHashes ? CHEAP : OPTIONS);

/** Hashes at the OWASP cost unless `config` is a test app's with cheap hashes on. */
export const hashPassword = (password: string, config?: Hashing) => argon2.hash(password, options(config));

const dummyHashes = new Map<typeof OPTIONS | typeof CHEAP, Promise<string>>();

/** Verifies (at the cost the hash was made with); for an unknown account it still spends the same work, so timing does not tell. */
export async function verifyPassword(hash: string | undefined, password: string, config?: Hashing): Promise<boolean> {
  if (!hash) {
    const opts = options(config);
    let dummy = dummyHashes.get(opts);
    if (!dummy) dummyHashes.set(opts, (dummy = argon2.hash('not-a-real-password-at-all', opts)));
    await argon2.verify(await dummy, password);
    return false;
  }
  return argon2.verify(hash, password);
}
