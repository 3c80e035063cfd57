import { exportJwk, generateCryptoKeyPair, importJwk } from '@fedify/fedify';
import { DataSource } from 'typeorm';

/** The key type Fedify's signatures take (the DOM's CryptoKey when that lib is in the program, Node's otherwise). */
type CryptoKey = Parameters<typeof exportJwk>[0];
type JsonWebKey = Parameters<typeof importJwk>[0];

export interface KeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

const ALGORITHMS = ['RSASSA-PKCS1-v1_5', 'Ed25519'] as const;

/**
 * The key pairs of an actor (RSA for HTTP signatures, Ed25519 for object proofs), made once on first use
 * and kept in federation_keys; two instances making them at once keep the first (ON CONFLICT DO NOTHING).
 */
export class FederationKeys {
  private readonly cache = new Map<string, Promise<KeyPair[]>>();

  constructor(private readonly db: DataSource) {}

  pairs(identifier: string): Promise<KeyPair[]> {
    let pairs = this.cache.get(identifier);
    if (!pairs) {
      pairs = this.load(identifier);
      this.cache.set(identifier, pairs);
      pairs.catch(() => this.cache.delete(identifier));
    }
    return pairs;
  }

  private async load(identifier: string): Promise<KeyPair[]> {
    type KeyRow = { algorithm: string; public_jwk: JsonWebKey; private_jwk: JsonWebKey };
    let rows = await this.db.query<KeyRow[]>(`SELECT algorithm, public_jwk, private_jwk FROM federation_keys WHERE identifier = $1`, [
      identifier,
    ]);
    if (rows.length < ALGORITHMS.length) {
      for (const algorithm of ALGORITHMS) {
        if (rows.some((r) => r.algorithm === algorithm)) continue;
        const pair = await generateCryptoKeyPair(algorithm);
        await this.db.query(
          `INSERT INTO federation_keys (identifier, algorithm, public_jwk, private_jwk) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [identifier, algorithm, JSON.stringify(await exportJwk(pair.publicKey)), JSON.stringify(await exportJwk(pair.privateKey))],
        );
      }
      rows = await this.db.query<KeyRow[]>(`SELECT algorithm, public_jwk, private_jwk FROM federation_keys WHERE identifier = $1`, [
        identifier,
      ]);
    }
    rows.sort(
      (a, b) =>
        ALGORITHMS.indexOf(a.algorithm as (typeof ALGORITHMS)[number]) - ALGORITHMS.indexOf(b.algorithm as (typeof ALGORITHMS)[number]),
    );
    return Promise.all(
      rows.map(async (r): Promise<KeyPair> => ({
        publicKey: await importJwk(r.public_jwk, 'public'),
        privateKey: await importJwk(r.private_jwk, 'private'),
      })),
    );
  }
}
