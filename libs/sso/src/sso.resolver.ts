import { UseInterceptors } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext, viewerOf } from '@waardenet/core';
import { AccountsService, AuthPayload, WebSessionInterceptor, userAgentOf } from '@waardenet/accounts';
import { Library } from '@waardenet/libraries';
import { CompleteSsoLoginInput, ConfigureLibrarySsoInput, LibrarySso, SsoLogin } from './dto/sso.types';
import { SsoConfigService } from './sso-config.service';
import { SsoLoginService } from './sso-login.service';

@Resolver(() => Library)
export class SsoResolver {
  constructor(
    private readonly configs: SsoConfigService,
    private readonly login: SsoLoginService,
    private readonly accounts: AccountsService,
  ) {}

  @Access('public')
  @Query(() => [Library], {
    description:
      "The libraries whose members can sign in with their library's own account now (single sign-on switched on), by name: the login screen's picker.",
  })
  ssoLibraries(@Ctx() ctx: RequestContext): Promise<Library[]> {
    return this.configs.librariesWithLogin(ctx);
  }

  @Access('user')
  @Query(() => LibrarySso, {
    nullable: true,
    description: "A library's single sign-on settings (never the client secret): its staff and platform admins; null when none were made.",
  })
  librarySso(@Args('librarySlug') librarySlug: string, @Ctx() ctx: RequestContext): Promise<LibrarySso | null> {
    return this.configs.forStaff(ctx, librarySlug);
  }

  @Access('user')
  @Mutation(() => LibrarySso, {
    description: "Sets up or changes a library's single sign-on (OpenID Connect): its admins and platform admins. Audited.",
  })
  configureLibrarySso(@Args('input') input: ConfigureLibrarySsoInput, @Ctx() ctx: RequestContext): Promise<LibrarySso> {
    return this.configs.configure(ctx, input);
  }

  @Access('public')
  @UseInterceptors(WebSessionInterceptor)
  @Mutation(() => AuthPayload, {
    description:
      'Exchanges the single-use ticket of a single sign-on (GET /auth/sso/<slug>/callback) for a session, as login does; with totpCode once TOTP_REQUIRED was answered.',
  })
  async completeSsoLogin(@Args('input') input: CompleteSsoLoginInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    const tokens = await this.login.complete(input.ticket, input.totpCode, {
      ip: ctx.ip,
      userAgent: userAgentOf(ctx.req?.headers['user-agent']),
    });
    // The rest of this response is answered as the user who just signed in (as login's).
    const user = await this.accounts.byId(ctx, tokens.userId);
    ctx.viewer = viewerOf({
      id: user.id,
      sessionId: tokens.sessionId,
      isPlatformAdmin: user.isPlatformAdmin,
      suspended: user.isSuspended(),
      emailVerified: !!user.emailVerifiedAt,
    });
    return { ...tokens, user };
  }

  @ResolveField(() => SsoLogin, {
    nullable: true,
    description:
      'Signing in with the library\'s own identity provider, when it has switched that on: the login screen\'s "Inloggen met <label>".',
  })
  ssoLogin(@Parent() library: Library, @Ctx() ctx: RequestContext): Promise<SsoLogin | null> {
    return this.configs.loginFor(ctx, library);
  }
}
