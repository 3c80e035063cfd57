import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../context/request-context';
import { AccessLevel } from './access.decorator';
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

function guard(level: AccessLevel | undefined) {
  const reflector = { getAllAndOverride: () => level } as unknown as Reflector;
  return new AccessGuard(reflector, { authenticate: async () => null });
}

const user: Viewer = { id: 'u', sessionId: 's', isPlatformAdmin: false };
const admin: Viewer = { ...user, isPlatformAdmin: true };

async function code(level: AccessLevel | undefined, viewer: Viewer | null): Promise<string> {
  try {
    await guard(level).canActivate(contextFor(viewer));
    return 'ALLOWED';
  } catch (e) {
    return (e as AppError).code;
  }
}

describe('AccessGuard', () => {
  it('closes an operation that declares no access rule, even for an admin', async () => {
    expect(await code(undefined, admin)).toBe('FORBIDDEN');
  });

  it.each([
    ['public', null, 'ALLOWED'],
    ['public', user, 'ALLOWED'],
    ['user', null, 'UNAUTHENTICATED'],
    ['user', user, 'ALLOWED'],
    ['platformAdmin', null, 'UNAUTHENTICATED'],
    ['platformAdmin', user, 'FORBIDDEN'],
    ['platformAdmin', admin, 'ALLOWED'],
    // However a viewer was built, a suspended admin holds no admin right.
    ['platformAdmin', { ...admin, suspended: true }, 'FORBIDDEN'],
  ] as const)('%s for %j: %s', async (level, viewer, expected) => {
    expect(await code(level, viewer)).toBe(expected);
  });
});

describe('viewerOf', () => {
  it('makes a suspended platform admin no admin while the suspension lasts', () => {
    expect(viewerOf({ id: 'u', sessionId: 's', isPlatformAdmin: true, suspended: true })).toMatchObject({ isPlatformAdmin: false, suspended: true });
    expect(viewerOf({ id: 'u', sessionId: 's', isPlatformAdmin: true, suspended: false })).toMatchObject({ isPlatformAdmin: true, suspended: false });
  });
});
