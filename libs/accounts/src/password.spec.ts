import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes at the OWASP argon2id cost unless the config asks for cheap test hashes', async () => {
    expect(await hashPassword('correct horse battery')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword('correct horse battery', { cheapPasswordHashes: false })).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword('correct horse battery', { cheapPasswordHashes: true })).toMatch(/^\$argon2id\$v=19\$m=8,t=1,p=1\$/);
  });

  it('verifies a hash at the cost it was made with, and refuses an unknown account', async () => {
    for (const cheapPasswordHashes of [false, true]) {
      const hash = await hashPassword('correct horse battery', { cheapPasswordHashes });
      expect(await verifyPassword(hash, 'correct horse battery', { cheapPasswordHashes: !cheapPasswordHashes })).toBe(true);
      expect(await verifyPassword(hash, 'wrong horse battery', { cheapPasswordHashes })).toBe(false);
      expect(await verifyPassword(undefined, 'correct horse battery', { cheapPasswordHashes })).toBe(false);
    }
  });
});
