import { acceptableIssuer } from './sso-config.service';
import { safeNext } from './sso-login.service';

describe('single sign-on rules', () => {
  it.each([
    ['https://login.bieb.example/realms/leden', true],
    ['https://login.bieb.example', true],
    ['http://localhost:8080', true],
    ['http://127.0.0.1:4000/oidc', true],
    ['http://[::1]:4000', true],
    ['http://login.bieb.example', false],
    ['https://user:pw@login.bieb.example', false],
    ['https://login.bieb.example/?x=1', false],
    ['https://login.bieb.example/#frag', false],
    ['ftp://login.bieb.example', false],
    ['javascript:alert(1)', false],
    ['niet een adres', false],
  ])('issuer %s acceptable: %s', (issuer, ok) => {
    expect(acceptableIssuer(issuer)).toBe(ok);
  });

  it.each([
    ['/community/molens', '/community/molens'],
    ['/', '/'],
    ['//evil.example/x', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    ['community', null],
    [null, null],
    [`/${'a'.repeat(600)}`, null],
  ])('comes back to %j as %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
