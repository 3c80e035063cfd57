import { UseInterceptors } from '@nestjs/common';
import { Args, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access, AllowSuspended, Ctx, RequestContext, notFound, unauthenticated } from '@waardenet/core';
import { DataSource } from 'typeorm';
import { TokensService } from './tokens.service';
import { WebSessionInterceptor } from './web-session';

@ObjectType('SessionInfo', { description: 'One signed-in device of your account.' })
export class SessionInfo {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'When it was last used (refreshed within a minute).' })
  lastUsedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The browser or app, as it named itself when it signed in.' })
  userAgent!: string | null;

  @Field({ description: 'Whether this is the session asking.' })
  current!: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The viewer's own sessions: listed, and ended one by one or all at once. A suspended account may too. */
@Resolver()
export class SessionsResolver {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokensService,
  ) {}

  @Access('user')
  @AllowSuspended()
  @Query(() => [SessionInfo], { description: 'Your open sessions, the most recently used first.' })
  async mySessions(@Ctx() ctx: RequestContext): Promise<SessionInfo[]> {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    const rows: { id: string; created_at: Date; last_used_at: Date; user_agent: string | null }[] = await this.db.query(
      `SELECT id, created_at, last_used_at, user_agent FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY last_used_at DESC, created_at DESC`,
      [viewer.id],
    );
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
      userAgent: r.user_agent,
      current: r.id === viewer.sessionId,
    }));
  }

  @Access('user')
  @AllowSuspended()
  @Mutation(() => Boolean, { description: "Ends one of your sessions (signs that device out); another account's session is NOT_FOUND." })
  async revokeSession(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    const ended = UUID.test(id) ? await this.tokens.endSessions(viewer.id, { only: id }) : [];
    if (!ended.length) throw notFound('That session', { reason: 'SESSION_NOT_FOUND' });
    await this.tokens.announceEnded(ended);
    return true;
  }

  @Access('user')
  @AllowSuspended()
  @UseInterceptors(WebSessionInterceptor)
  @Mutation(() => Boolean, { description: 'Ends every session of your account, this one included.' })
  async logoutEverywhere(@Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    await this.tokens.announceEnded(await this.tokens.endSessions(viewer.id, { all: true }));
    return true;
  }
}
