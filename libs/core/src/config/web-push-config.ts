import { createECDH } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Web Push (libs/notifications/src/push): the server's VAPID key pair and where subscriptions may point. */
export interface WebPushConfig {
  /** False in production without VAPID keys: `vapidPublicKey` answers null and `subscribePush` is refused. */
  enabled: boolean;
  /** The VAPID public key (the uncompressed P-256 point, base64url): browsers subscribe with it as applicationServerKey. */
  publicKey: string | null;
  privateKey: string | null;
  /** Who runs this server, for the push services (VAPID_SUBJECT): a mailto: or https: URL. */
  subject: string;
  /**
   * The hosts a subscription's endpoint may name (WEB_PUSH_ENDPOINT_HOSTS; `*.` matches any subdomain): the
   * server POSTs to that URL, so an endpoint anywhere else (an internal address) is refused.
   */
  endpointHosts: string[];
  /** WEB_PUSH_ALLOW_LOOPBACK: http://127.0.0.1 and localhost endpoints too, for tests; refused in production. */
  allowLoopback: boolean;
  /** How often each instance looks for pushes to retry (new ones go at once, after their commit). */
  pollMs: number;
  /** The first retry's wait (doubling each time), and attempts before a push is dropped. */
  retryMs: number;
  maxAttempts: number;
}

/** The push services of the browsers in use (Chrome and Edge via FCM, Firefox, Safari, Windows). */
export const DEFAULT_PUSH_HOSTS = ['fcm.googleapis.com', '*.push.services.mozilla.com', '*.notify.windows.com', '*.push.apple.com'];

type Fail = (variable: string, problem: string) => Error;

const b64urlBytes = (text: string) => (/^[A-Za-z0-9_-]+$/.test(text) ? Buffer.from(text, 'base64url').length : -1);

/** A P-256 key pair made once and kept under the data folder, like the JWT secret (`.data/vapid-keys.json`). */
function keptVapidKeys(dataDir: string): { publicKey: string; privateKey: string } {
  const file = join(dataDir, 'vapid-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  mkdirSync(dataDir, { recursive: true });
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const keys = {
    publicKey: ecdh.getPublicKey().toString('base64url'),
    // Always 32 bytes (a leading zero byte is kept), as VAPID asks.
    privateKey: Buffer.concat([Buffer.alloc(32), ecdh.getPrivateKey()])
      .subarray(-32)
      .toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

export function webPushConfig(
  env: NodeJS.ProcessEnv,
  opts: {
    production: boolean;
    dataDir: string;
    mailFrom: string;
    int: (name: string, fallback: number, min: number, max: number) => number;
    fail: Fail;
  },
): WebPushConfig {
  const { fail } = opts;
  const pub = (env.VAPID_PUBLIC_KEY ?? '').trim();
  const priv = (env.VAPID_PRIVATE_KEY ?? '').trim();
  if (Boolean(pub) !== Boolean(priv))
    throw fail(pub ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY', 'must be set together with the other VAPID key');
  if (pub && b64urlBytes(pub) !== 65)
    throw fail('VAPID_PUBLIC_KEY', 'must be a P-256 public key, 65 bytes in base64url (npx web-push generate-vapid-keys)');
  if (priv && b64urlBytes(priv) !== 32) throw fail('VAPID_PRIVATE_KEY', 'must be a P-256 private key, 32 bytes in base64url');
  // Several production instances must share one pair (a subscription is bound to the key): there it is set, never made.
  const keys = pub ? { publicKey: pub, privateKey: priv } : opts.production ? null : keptVapidKeys(opts.dataDir);

  const address = /<([^>]+)>\s*$/.exec(opts.mailFrom)?.[1] ?? opts.mailFrom;
  const subject = (env.VAPID_SUBJECT ?? '').trim() || `mailto:${address}`;
  if (!/^mailto:[^\s@]+@[^\s@]+$/.test(subject) && !/^https:\/\/[^\s/]+/.test(subject)) {
    throw fail('VAPID_SUBJECT', `must be a mailto: address or an https: URL (got "${subject}")`);
  }
  const hostsRaw = (env.WEB_PUSH_ENDPOINT_HOSTS ?? '').trim();
  const endpointHosts = hostsRaw
    ? hostsRaw
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean)
    : DEFAULT_PUSH_HOSTS;
  const bad = endpointHosts.find((h) => !/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(h));
  if (bad) throw fail('WEB_PUSH_ENDPOINT_HOSTS', `holds "${bad}", which is not a host name (or *.domain)`);
  const loopbackRaw = (env.WEB_PUSH_ALLOW_LOOPBACK ?? '').trim();
  if (!['', '0', '1'].includes(loopbackRaw)) throw fail('WEB_PUSH_ALLOW_LOOPBACK', `must be 0 or 1 (got "${loopbackRaw}")`);
  const allowLoopback = loopbackRaw === '1';
  if (allowLoopback && opts.production) throw fail('WEB_PUSH_ALLOW_LOOPBACK', 'cannot be on when NODE_ENV=production');
  return {
    enabled: !!keys,
    publicKey: keys?.publicKey ?? null,
    privateKey: keys?.privateKey ?? null,
    subject,
    endpointHosts,
    allowLoopback,
    pollMs: opts.int('WEB_PUSH_POLL_MS', 10_000, 10, 3_600_000),
    retryMs: opts.int('WEB_PUSH_RETRY_MS', 30_000, 10, 86_400_000),
    maxAttempts: opts.int('WEB_PUSH_MAX_ATTEMPTS', 5, 1, 50),
  };
}

/** Whether a subscription endpoint may be used: https on an allowed push service host (or loopback http when allowed). */
export function pushEndpointAllowed(config: Pick<WebPushConfig, 'endpointHosts' | 'allowLoopback'>, endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (config.allowLoopback && (host === '127.0.0.1' || host === 'localhost') && (url.protocol === 'http:' || url.protocol === 'https:'))
    return true;
  if (url.protocol !== 'https:' || (url.port && url.port !== '443')) return false;
  return config.endpointHosts.some((allowed) =>
    allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) && host.length > allowed.length - 1 : host === allowed,
  );
}
