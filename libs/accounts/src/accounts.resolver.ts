import { UseInterceptors } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AllowSuspended, Ctx, RequestContext, unauthenticated, viewerOf, ViewerDependent } from '@waardenet/core';
import { RateLimit } from '@waardenet/core/rate-limit';
import { AccountsService } from './accounts.service';
import { AuthPayload } from './dto/auth-payload.type';
import { LoginInput, RegisterInput } from './dto/register.input';
import { IssuedTokens, userAgentOf } from './tokens.service';
import { Suspension, User } from './user.entity';
import { WebSessionInterceptor, refreshTokenFromCookie } from './web-session';

const deviceOf = (ctx: RequestContext) => ({ ip: ctx.ip, userAgent: userAgentOf(ctx.req?.headers['user-agent']) });

@Resolver(() => User)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Access('public')
  @RateLimit('register')
  @UseInterceptors(WebSessionInterceptor)
  @Mutation(() => AuthPayload)
  async register(@Args('input') input: RegisterInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.payload(ctx, await this.accounts.register(input, deviceOf(ctx)));
  }

  /** Rate-limited in the service, not by @RateLimit: only failed attempts count (LoginThrottle). */
  @Access('public')
  @UseInterceptors(WebSessionInterceptor)
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.payload(ctx, await this.accounts.login(input, deviceOf(ctx)));
  }

  @Access('public')
  @UseInterceptors(WebSessionInterceptor)
  @Mutation(() => AuthPayload, {
    description: 'Exchanges a refresh token (once) for a new token pair. The web client leaves it out: its token is in an httpOnly cookie.',
  })
  async refreshSession(
    @Ctx() ctx: RequestContext,
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken?: string | null,
  ): Promise<AuthPayload> {
    const token = refreshToken || refreshTokenFromCookie(ctx.req);
    if (!token) throw unauthenticated('There is no session to refresh; log in.');
    return this.payload(ctx, await this.accounts.refresh(token));
  }

  @Access('user')
  @AllowSuspended()
  @UseInterceptors(WebSessionInterceptor)
  @Mutation(() => Boolean, { description: 'Ends the current session; its refresh tokens stop working.' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.logout(ctx);
  }

  @Access('public')
  @Query(() => User, { nullable: true, description: 'The logged-in user, or null.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.viewer ? this.accounts.byId(ctx, ctx.viewer.id) : Promise.resolve(null);
  }

  @ViewerDependent()
  @ResolveField(() => String, { nullable: true, description: 'Visible to the user themself and platform admins.' })
  email(@Parent() user: User, @Ctx() ctx: RequestContext): string | null {
    return ctx.viewer && (ctx.viewer.id === user.id || ctx.viewer.isPlatformAdmin) ? user.email : null;
  }

  @ViewerDependent()
  @ResolveField(() => Suspension, {
    nullable: true,
    description: 'The suspension in force, if any: visible to the user themself and platform admins.',
  })
  suspension(@Parent() user: User, @Ctx() ctx: RequestContext): Suspension | null {
    if (!ctx.viewer || (ctx.viewer.id !== user.id && !ctx.viewer.isPlatformAdmin) || !user.isSuspended() || !user.suspendedAt) return null;
    return { reason: user.suspensionReason ?? '', since: user.suspendedAt, until: user.suspendedUntil };
  }

  @ViewerDependent()
  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether the address was confirmed (the link in the mail): visible to the user themself and platform admins.',
  })
  emailVerified(@Parent() user: User, @Ctx() ctx: RequestContext): boolean | null {
    return ctx.viewer && (ctx.viewer.id === user.id || ctx.viewer.isPlatformAdmin) ? !!user.emailVerifiedAt : null;
  }

  /** The rest of this response is answered as the user who just authenticated. */
  private async payload(ctx: RequestContext, tokens: IssuedTokens): Promise<AuthPayload> {
    const user = await this.accounts.byId(ctx, tokens.userId);
    const suspended = user.isSuspended();
    ctx.viewer = viewerOf({
      id: user.id,
      sessionId: tokens.sessionId,
      isPlatformAdmin: user.isPlatformAdmin,
      suspended,
      emailVerified: !!user.emailVerifiedAt,
    });
    return { ...tokens, user };
  }
}
