import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import { SsoSettings } from './sso-config.service';

const CACHE_MS = 10 * 60_000;
const cache = new Map<string, { config: client.Configuration; at: number }>();

/** The provider could not be reached or did not answer as an OpenID provider (discovery, token endpoint). */
export class ProviderUnavailable extends Error {}

/**
 * The openid-client Configuration for a library's settings: discovery once per 10 minutes per issuer, client
 * and secret (a changed secret is a new key). http issuers (only loopback ones pass configuration) are allowed
 * explicitly. Discovery waits at most 5 seconds.
 */
export async function providerConfig(settings: SsoSettings): Promise<client.Configuration> {
  const key = [settings.issuer, settings.clientId, createHash('sha256').update(settings.clientSecret).digest('hex')].join('|');
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.config;
  const insecure = settings.issuer.startsWith('http:');
  try {
    const config = await client.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
      timeout: 5,
      ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
    });
    cache.set(key, { config, at: Date.now() });
    return config;
  } catch (err) {
    throw new ProviderUnavailable((err as Error).message);
  }
}

export { client };
