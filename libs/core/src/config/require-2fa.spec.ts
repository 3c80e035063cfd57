import { ConfigError, loadConfig } from './config';

const base = { NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), WAARDENET_DATA_DIR: '/tmp/waardenet-config-spec' };

describe('WAARDENET_REQUIRE_2FA_FOR_STAFF', () => {
  it('is off unless set to 1 or true', () => {
    expect(loadConfig(base).require2faForStaff).toBe(false);
    expect(loadConfig({ ...base, WAARDENET_REQUIRE_2FA_FOR_STAFF: '0' }).require2faForStaff).toBe(false);
    expect(loadConfig({ ...base, WAARDENET_REQUIRE_2FA_FOR_STAFF: '1' }).require2faForStaff).toBe(true);
    expect(loadConfig({ ...base, WAARDENET_REQUIRE_2FA_FOR_STAFF: 'true' }).require2faForStaff).toBe(true);
  });

  it('stops the boot on anything else, naming the variable', () => {
    expect(() => loadConfig({ ...base, WAARDENET_REQUIRE_2FA_FOR_STAFF: 'ja' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, WAARDENET_REQUIRE_2FA_FOR_STAFF: 'ja' })).toThrow(/WAARDENET_REQUIRE_2FA_FOR_STAFF/);
  });
});
