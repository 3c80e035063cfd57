import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../context/request-context';
import { ACCESS_KEY, AccessLevel, REQUIRE_VERIFIED_EMAIL_KEY } from './access.decorator';
import { AccessGuard } from './access.guard';
import { Viewer, viewerOf } from './viewer';

function contextFor(viewer: Viewer | null): ExecutionContext {
  const req = { headers: {}, rc: Object.assign(new RequestContext(), { viewer }) };
  return {
    getType: () => 'http',
    getHandler: () => () => undefined,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

function guard(level: AccessLevel | undefined, metadata: Record<string, unknown> = {}) {
  const reflector = { getAllAndOverride: (key: string) => (key === ACCESS_KEY ? level : metadata[key]) } as unknown as Reflector;
  return new AccessGuard(reflector, { authenticate: async () => null });
}

const user: Viewer = { id: 'u', sessionId: 's', isPlatformAdmin: false };
const admin: Viewer = { ...user, isPlatformAdmin: true };

async function code(level: AccessLevel | undefined, viewer: Viewer | null, metadata: Record<string, unknown> = {}): Promise<string> {
  try {
    await guard(level, metadata).canActivate(contextFor(viewer));
    return 'ALLOWED';
  } catch (e) {
    const err = e as AppError;
    return err.reason ? `${err.code} ${err.reason}` : err.code;
  }
}

describe('AccessGuard', () => {
  it('closes an operation that declares no access rule, even for an admin', async () => {
    expect(await code(undefined, admin)).toBe('FORBIDDEN NO_ACCESS_RULE');
  });

  it.each([
    ['public', null, 'ALLOWED'],
    ['public', user, 'ALLOWED'],
    ['user', null, 'UNAUTHENTICATED'],
    ['user', user, 'ALLOWED'],
    ['platformAdmin', null, 'UNAUTHENTICATED'],
    ['platformAdmin', user, 'FORBIDDEN ADMINS_ONLY'],
    ['platformAdmin', admin, 'ALLOWED'],
    // However a viewer was built, a suspended admin holds no admin right.
    ['platformAdmin', { ...admin, suspended: true }, 'FORBIDDEN ACCOUNT_SUSPENDED'],
  ] as const)('%s for %j: %s', async (level, viewer, expected) => {
    expect(await code(level, viewer)).toBe(expected);
  });
});

describe('AccessGuard with @RequireVerifiedEmail', () => {
  const requires = { [REQUIRE_VERIFIED_EMAIL_KEY]: true };
  it('refuses an account whose address is not confirmed, or not known to be (fails closed), and lets a confirmed one through', async () => {
    expect(await code('user', user, requires)).toBe('FORBIDDEN EMAIL_NOT_VERIFIED');
    expect(await code('user', { ...user, emailVerified: false }, requires)).toBe('FORBIDDEN EMAIL_NOT_VERIFIED');
    expect(await code('user', { ...user, emailVerified: true }, requires)).toBe('ALLOWED');
    expect(await code('user', null, requires)).toBe('UNAUTHENTICATED');
    // Without the decorator an unconfirmed account may act (its profile, its password).
    expect(await code('user', { ...user, emailVerified: false })).toBe('ALLOWED');
  });

  it('viewerOf counts a viewer built without the fact as unverified', () => {
    expect(viewerOf({ id: 'u', sessionId: 's', isPlatformAdmin: false, suspended: false }).emailVerified).toBe(false);
    expect(viewerOf({ id: 'u', sessionId: 's', isPlatformAdmin: false, suspended: false, emailVerified: true }).emailVerified).toBe(true);
  });
});

describe('viewerOf', () => {
  it('makes a suspended platform admin no admin while the suspension lasts', () => {
    expect(viewerOf({ id: 'u', sessionId: 's', isPlatformAdmin: true, suspended: true })).toMatchObject({
      isPlatformAdmin: false,
      suspended: true,
    });
    expect(viewerOf({ id: 'u', sessionId: 's', isPlatformAdmin: true, suspended: false })).toMatchObject({
      isPlatformAdmin: true,
      suspended: false,
    });
  });
});
