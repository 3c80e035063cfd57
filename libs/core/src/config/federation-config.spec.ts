import { ConfigError, loadConfig } from './config';

const base = { NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), WAARDENET_DATA_DIR: '/tmp/waardenet-config-spec' };
const production = { ...base, NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525' };

describe('federation settings', () => {
  it('private addresses are off by default, and on only when asked', () => {
    expect(loadConfig(base).federation.allowPrivateAddresses).toBe(false);
    expect(loadConfig({ ...base, WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES: '1' }).federation.allowPrivateAddresses).toBe(true);
  });

  it('private addresses are refused with NODE_ENV=production, naming the variable', () => {
    expect(loadConfig(production).federation.allowPrivateAddresses).toBe(false);
    expect(() => loadConfig({ ...production, WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES: '1' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES: '1' })).toThrow(
      /WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES/,
    );
  });

  it('reads the inbox limit, the poll interval and the delivery attempts', () => {
    const config = loadConfig({
      ...base,
      FEDERATION_INBOX_RATE_LIMIT: '20/1m',
      FEDERATION_POLL_MS: '250',
      FEDERATION_DELIVERY_ATTEMPTS: '3',
    }).federation;
    expect(config).toEqual({
      allowPrivateAddresses: false,
      inboxPerHost: { limit: 20, windowMs: 60_000 },
      pollMs: 250,
      deliveryAttempts: 3,
    });
    expect(loadConfig(base).federation.inboxPerHost).toEqual({ limit: 300, windowMs: 60_000 });
    expect(() => loadConfig({ ...base, FEDERATION_INBOX_RATE_LIMIT: 'veel' })).toThrow(/FEDERATION_INBOX_RATE_LIMIT/);
  });
});
