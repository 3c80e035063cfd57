import { isAuthenticatorCode, newRecoveryCode, normalizeRecoveryCode } from './recovery-codes';
import { TotpSecretBox } from './totp-secret-box';

describe('TotpSecretBox', () => {
  const box = new TotpSecretBox('a'.repeat(32));

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('opens nothing that was changed or sealed with another key', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    const [iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(box.open([iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
    expect(new TotpSecretBox('b'.repeat(32)).open(sealed)).toBeNull();
    expect(box.open('rommel')).toBeNull();
  });
});

describe('recovery codes', () => {
  it('are ten unambiguous characters, typed back in any case, with or without the dash', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    expect(normalizeRecoveryCode(` ${code.toUpperCase().replace('-', ' ')} `)).toBe(normalizeRecoveryCode(code));
    expect(isAuthenticatorCode(code)).toBe(false);
    expect(isAuthenticatorCode('123 456')).toBe(true);
  });
});
