import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config';
import { pushEndpointAllowed } from './web-push-config';

const base = (dir: string) => ({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), WAARDENET_DATA_DIR: dir });

describe('Web Push configuration', () => {
  it('makes a VAPID key pair once and keeps it under the data folder, like the JWT secret', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wn-vapid-'));
    const first = loadConfig(base(dir)).webPush;
    expect(first.enabled).toBe(true);
    expect(Buffer.from(first.publicKey!, 'base64url')).toHaveLength(65);
    expect(Buffer.from(first.privateKey!, 'base64url')).toHaveLength(32);
    expect(loadConfig(base(dir)).webPush.publicKey).toBe(first.publicKey);
    expect(JSON.parse(readFileSync(join(dir, 'vapid-keys.json'), 'utf8')).publicKey).toBe(first.publicKey);
    expect(first.subject).toBe('mailto:no-reply@waardenet.local');
  });

  it('is off in production without keys, and refuses half a pair, bad keys and loopback endpoints there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wn-vapid-'));
    const prod = { ...base(dir), NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example' };
    expect(loadConfig(prod).webPush).toMatchObject({ enabled: false, publicKey: null });
    const kept = loadConfig(base(dir)).webPush;
    expect(loadConfig({ ...prod, VAPID_PUBLIC_KEY: kept.publicKey!, VAPID_PRIVATE_KEY: kept.privateKey! }).webPush).toMatchObject({
      enabled: true,
      publicKey: kept.publicKey,
    });
    expect(() => loadConfig({ ...prod, VAPID_PUBLIC_KEY: kept.publicKey! })).toThrow('VAPID_PRIVATE_KEY');
    expect(() => loadConfig({ ...prod, VAPID_PUBLIC_KEY: 'abc', VAPID_PRIVATE_KEY: kept.privateKey! })).toThrow('VAPID_PUBLIC_KEY');
    expect(() => loadConfig({ ...prod, WEB_PUSH_ALLOW_LOOPBACK: '1' })).toThrow('WEB_PUSH_ALLOW_LOOPBACK');
    expect(() => loadConfig({ ...base(dir), VAPID_SUBJECT: 'http://example.org' })).toThrow('VAPID_SUBJECT');
  });

  it('allows endpoints on the browsers’ push services only', () => {
    const config = loadConfig(base(mkdtempSync(join(tmpdir(), 'wn-vapid-')))).webPush;
    expect(pushEndpointAllowed(config, 'https://fcm.googleapis.com/fcm/send/abc')).toBe(true);
    expect(pushEndpointAllowed(config, 'https://updates.push.services.mozilla.com/wpush/v2/abc')).toBe(true);
    expect(pushEndpointAllowed(config, 'https://web.push.apple.com/abc')).toBe(true);
    for (const bad of [
      'http://fcm.googleapis.com/x',
      'https://fcm.googleapis.com.evil.example/x',
      'https://evilpush.services.mozilla.com.example/x',
      'https://push.services.mozilla.com/x',
      'https://10.0.0.1/x',
      'https://user:pw@fcm.googleapis.com/x',
      'https://fcm.googleapis.com:8443/x',
      'http://127.0.0.1:9/x',
      'not a url',
    ]) {
      expect([bad, pushEndpointAllowed(config, bad)]).toEqual([bad, false]);
    }
    expect(pushEndpointAllowed({ ...config, allowLoopback: true }, 'http://127.0.0.1:9/x')).toBe(true);
  });
});
