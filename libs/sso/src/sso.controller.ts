import { Controller, Get, Inject, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, Access, AppConfig, RestErrorFilter, SlugParam, logger, notFound } from '@waardenet/core';
import { ATTEMPT_TTL_SECONDS, SsoLoginService, SsoRefusal } from './sso-login.service';

/** The browser's half of a sign-in attempt (see SsoLoginService.start). */
export const SSO_COOKIE = 'wn_sso';

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * GET /auth/sso/:slug/start and /auth/sso/:slug/callback: browser navigations, so every outcome of the
 * callback is a redirect to the web client: to /login/sso#ticket=… (the fragment never reaches a server log or
 * a Referer) or to /login?sso_error=REASON&library=slug. A library without single sign-on answers 404.
 */
@Controller('auth/sso')
@UseFilters(RestErrorFilter)
export class SsoController {
  constructor(
    private readonly login: SsoLoginService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access('public')
  @Get(':slug/start')
  async start(@SlugParam('slug') slug: string, @Query('next') next: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    let started;
    try {
      started = await this.login.start(slug, typeof next === 'string' ? next : null, req.ip);
    } catch (err) {
      return this.refuse(res, slug, err);
    }
    if (!started) throw notFound(`Single sign-on for the library "${slug}"`, { reason: 'SSO_NOT_AVAILABLE' });
    // Lax: the callback is a top-level navigation from the provider's site, which a Strict cookie would miss.
    res.cookie(SSO_COOKIE, started.binding, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/auth/sso/',
      maxAge: ATTEMPT_TTL_SECONDS * 1000,
    });
    res.setHeader('cache-control', 'no-store');
    res.redirect(302, started.location);
  }

  @Access('public')
  @Get(':slug/callback')
  async callback(@SlugParam('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');
    const binding = cookie(req, SSO_COOKIE);
    res.clearCookie(SSO_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/auth/sso/' });
    const query = new URL(req.originalUrl, 'http://local').searchParams;
    try {
      const { ticket, next } = await this.login.callback(slug, query, binding);
      const fragment = new URLSearchParams({ ticket, next });
      res.redirect(302, `${this.config.email.publicUrl}/login/sso#${fragment.toString()}`);
    } catch (err) {
      this.refuse(res, slug, err);
    }
  }

  private refuse(res: Response, slug: string, err: unknown): void {
    const reason = err instanceof SsoRefusal ? err.reason : 'SSO_LOGIN_FAILED';
    if (!(err instanceof SsoRefusal)) logger.error({ err, slug }, 'single sign-on failed');
    else logger.info({ slug, reason, detail: err.message }, 'single sign-on refused');
    const params = new URLSearchParams({ sso_error: reason, library: slug });
    res.redirect(302, `${this.config.email.publicUrl}/login?${params.toString()}`);
  }
}
