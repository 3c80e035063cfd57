import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Ctx, DIRECT_FIELDS, DirectFields, RequestContext } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import { Community } from '@waardenet/communities';
import { PostsService } from '@waardenet/threads';
import { mediaUrl } from './media.service';

/** The newest upload of a purpose for the key `key` (an SQL expression): latestLoader's statement for one key. */
const latestSql = (column: 'owner_id' | 'community_id', purpose: string, key: string) =>
  `SELECT m.id FROM media m WHERE m.${column} = ${key} AND m.purpose = '${purpose}' ORDER BY m.created_at DESC LIMIT 1`;

/** One upload per key of a purpose (an account's avatar, a community's banner): the newest, a request's worth at once. */
function latestLoader(db: DataSource, column: 'owner_id' | 'community_id', purpose: string) {
  return new DataLoader<string, string | null>(async (keys) => {
    const rows: { key: string; id: string }[] = await db.query(
      `SELECT DISTINCT ON (${column}) ${column} AS key, id FROM media WHERE ${column} = ANY($1) AND purpose = $2 ORDER BY ${column}, created_at DESC`,
      [keys, purpose],
    );
    const byKey = new Map(rows.map((r) => [r.key, mediaUrl(r.id)]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

@Resolver(() => User)
export class UserAvatarResolver {
  constructor(
    private readonly db: DataSource,
    posts: PostsService,
    @Inject(DIRECT_FIELDS) direct: DirectFields,
  ) {
    // Once per author on every thread page: called straight (see DirectFields).
    direct.add('User', 'avatarUrl', (user: User, ctx) => this.avatarUrl(user, ctx));
    // Every author on a thread page shows their avatar: read with the page, not in a statement of its own.
    posts.addAuthorColumn({
      sql: latestSql('owner_id', 'AVATAR', 'u.id'),
      prime: (ctx, authorId, id) => void this.loader(ctx).prime(authorId, typeof id === 'string' ? mediaUrl(id) : null),
    });
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The account's avatar (`/media/<id>`, public to everyone); null when it has none. Set by uploading with purpose AVATAR.",
  })
  avatarUrl(@Parent() user: User, @Ctx() ctx: RequestContext): Promise<string | null> {
    return this.loader(ctx).load(user.id);
  }

  private loader(ctx: RequestContext): DataLoader<string, string | null> {
    return ctx.cached('media.avatars', () => latestLoader(this.db, 'owner_id', 'AVATAR'));
  }
}

@Resolver(() => Community)
export class CommunityBannerResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The community's banner (`/media/<id>`): fetched by whoever may see the community; null when it has none. Set by its moderators uploading with purpose COMMUNITY_BANNER.",
  })
  bannerUrl(@Parent() community: Community, @Ctx() ctx: RequestContext): Promise<string | null> {
    return ctx.cached('media.banners', () => latestLoader(this.db, 'community_id', 'COMMUNITY_BANNER')).load(community.id);
  }
}
