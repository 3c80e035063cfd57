import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { forbidden, unauthenticated } from '../errors/app-error';
import { requestContextOf } from '../context/ctx.decorator';
import { ACCESS_KEY, ALLOW_SUSPENDED_KEY, AccessLevel, REQUIRE_VERIFIED_EMAIL_KEY } from './access.decorator';
import { AUTHENTICATOR, Authenticator } from './authenticator';
import { totpSetupRefusal } from './viewer';
import { emailNotVerifiedRefusal, suspendedStaffRefusal } from './viewer';

/**
 * The one global guard: authenticates the bearer token (optional), puts the viewer on the request
 * context, then enforces the operation's declared access level. No declaration, no access.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!level) throw forbidden('This operation is closed: it declares no access rule.', { reason: 'NO_ACCESS_RULE' });
    type HeaderCarrier = { headers?: { authorization?: string } } | undefined;
    const req =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req?: HeaderCarrier }>().req
        : context.switchToHttp().getRequest<HeaderCarrier>();
    const rc = requestContextOf(context);
    if (!rc.viewer && req?.headers?.authorization) rc.viewer = await this.authenticator.authenticate(req, rc);
    if (level === 'public') return true;
    if (!rc.viewer) throw unauthenticated();
    if (
      rc.viewer.suspended &&
      this.isMutation(context) &&
      !this.reflector.getAllAndOverride<boolean>(ALLOW_SUSPENDED_KEY, [context.getHandler(), context.getClass()])
    ) {
      throw forbidden('Your account is suspended: you can read public communities, but not write anything.', {
        reason: 'SUSPENDED_READ_ONLY',
      });
    }
    if (
      !rc.viewer.emailVerified &&
      this.reflector.getAllAndOverride<boolean>(REQUIRE_VERIFIED_EMAIL_KEY, [context.getHandler(), context.getClass()])
    ) {
      throw emailNotVerifiedRefusal();
    }
    if (level === 'platformAdmin' && rc.viewer.suspended) throw suspendedStaffRefusal();
    if (level === 'platformAdmin' && rc.viewer.totpSetupRequired) throw totpSetupRefusal();
    if (level === 'platformAdmin' && !rc.viewer.isPlatformAdmin)
      throw forbidden('Only platform admins may do this.', { reason: 'ADMINS_ONLY' });
    return true;
  }

  private isMutation(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return false;
    return (
      GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo | undefined>()?.operation?.operation === OperationTypeNode.MUTATION
    );
  }
}
