import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Observable, map } from 'rxjs';
import { APP_CONFIG, AppConfig } from '@waardenet/core';

/** The web client says who it is with this header; only then do refresh tokens travel in a cookie. */
export const WEB_CLIENT_HEADER = 'x-waardenet-client';
export const REFRESH_COOKIE = 'wn_refresh';

export function refreshTokenFromCookie(req: Request | undefined): string | undefined {
  const header = req?.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * For the web client, keeps the refresh token out of reach of page scripts: it is set as an httpOnly,
 * SameSite=Strict cookie scoped to /graphql and blanked in the response body; logout clears it.
 */
@Injectable()
export class WebSessionInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { req, res } = GqlExecutionContext.create(context).getContext<{ req?: Request; res?: Response }>();
    if (!res || req?.headers[WEB_CLIENT_HEADER] !== 'web') return next.handle();
    // Secure whenever the request came over HTTPS (directly or through a trusted proxy), so a library
    // running plain HTTP on its own network still keeps its sessions.
    const options = { httpOnly: true, sameSite: 'strict' as const, secure: !!req?.secure, path: '/graphql' };
    return next.handle().pipe(
      map((result: unknown) => {
        if (result && typeof result === 'object' && 'refreshToken' in result) {
          const payload = result as { refreshToken: string };
          res.cookie(REFRESH_COOKIE, payload.refreshToken, { ...options, maxAge: this.config.refreshTokenTtlSeconds * 1000 });
          return { ...payload, refreshToken: '' };
        }
        if (result === true) res.clearCookie(REFRESH_COOKIE, options);
        return result;
      }),
    );
  }
}
