import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { forbidden, unauthenticated } from '../errors/app-error';
import { requestContextOf } from '../context/ctx.decorator';
import { ACCESS_KEY, AccessLevel } from './access.decorator';
import { Viewer } from './viewer';

/**
 * The one global guard: runs passport's JWT strategy (a token is optional), puts the viewer on the
 * request context, then enforces the operation's declared access level. No declaration, no access.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
    return context.switchToHttp().getRequest();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!level) throw forbidden('This operation declares no access rule, so it is closed.');
    const req = this.getRequest(context);
    const rc = requestContextOf(context);
    if (!rc.viewer && req.headers?.authorization) {
      await super.canActivate(context);
      rc.viewer = (req.user as Viewer | undefined) ?? null;
    }
    if (level === 'public') return true;
    if (!rc.viewer) throw unauthenticated();
    if (level === 'platformAdmin' && !rc.viewer.isPlatformAdmin) throw forbidden('Only platform admins may do this.');
    return true;
  }

  override handleRequest<T>(err: unknown, user: T, info: unknown): T {
    if (err) throw err;
    if (!user) {
      const expired = (info as { name?: string } | undefined)?.name === 'TokenExpiredError';
      throw unauthenticated(expired ? 'Your session has expired; refresh it or log in again.' : 'The access token is not valid; log in again.');
    }
    return user;
  }
}
