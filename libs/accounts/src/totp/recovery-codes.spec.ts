import { isAuthenticatorCode, newRecoveryCode, normalizeRecoveryCode } from './recovery-codes';

describe('recovery codes', () => {
  it('are ten unambiguous characters, typed back in any case, with or without the dash', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    expect(normalizeRecoveryCode(` ${code.toUpperCase().replace('-', ' ')} `)).toBe(normalizeRecoveryCode(code));
    expect(isAuthenticatorCode(code)).toBe(false);
    expect(isAuthenticatorCode('123 456')).toBe(true);
  });
});
