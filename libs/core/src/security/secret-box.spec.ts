import { SECRET_LABELS, SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('a'.repeat(32), SECRET_LABELS.totp);

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('opens nothing that was changed, sealed with another JWT secret, or sealed under another label', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    const [iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(box.open([iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
    expect(new SecretBox('b'.repeat(32), SECRET_LABELS.totp).open(sealed)).toBeNull();
    expect(new SecretBox('a'.repeat(32), SECRET_LABELS.ssoClientSecret).open(sealed)).toBeNull();
    expect(box.open('rommel')).toBeNull();
  });

  it('keeps the labels that stored secrets were sealed under', () => {
    expect(SECRET_LABELS).toEqual({ totp: 'totp-secret-v1', ssoClientSecret: 'sso-client-secret-v1' });
  });
});
