import { assertAcceptablePassword, isBreachedPassword } from './password-policy';

const reasonOf = (password: string): string | undefined => {
  try {
    assertAcceptablePassword(password, 'password');
    return undefined;
  } catch (e) {
    return (e as { extensions: { reason: string } }).extensions.reason;
  }
};

// apps/api/src/demo/demo-content.ts DEMO_PASSWORD; TEST_PASSWORD in test/support/test-app.ts.
const DEMO_PASSWORD = 'waardenet-demo';

describe('password policy', () => {
  it('refuses common leaked passwords, whatever their case', () => {
    expect(reasonOf('password123')).toBe('PASSWORD_BREACHED');
    expect(reasonOf('Qwertyuiop')).toBe('PASSWORD_BREACHED');
    expect(reasonOf('wachtwoord123')).toBe('PASSWORD_BREACHED');
  });

  it('refuses fewer than 10 characters, counting what people see', () => {
    expect(reasonOf('kort-wachtw')).toBeUndefined();
    expect(reasonOf('123456789')).toBe('PASSWORD_TOO_SHORT');
    expect(reasonOf('🐢🐢🐢🐢🐢🐢🐢🐢🐢')).toBe('PASSWORD_TOO_SHORT');
  });

  it('allows the demo password and the tests’ password', () => {
    expect(isBreachedPassword(DEMO_PASSWORD)).toBe(false);
    expect(reasonOf(DEMO_PASSWORD)).toBeUndefined();
    expect(reasonOf('correct horse battery')).toBeUndefined();
  });
});
