import { Inject } from '@nestjs/common';
import { Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Ctx, DIRECT_FIELDS, DirectFields, RequestContext } from '@waardenet/core';
import { Post } from '@waardenet/threads';
import { LinkPreviewsService, PreviewRow, previewLinks } from './link-previews.service';

@ObjectType('LinkPreview', {
  description:
    'A card for a web address in a post: what the linked page says about itself (Open Graph, Twitter card, <title>), fetched by the server. Text only; the image is a copy made by this server.',
})
export class LinkPreviewCard {
  @Field({ description: 'The address as linked in the post.' })
  url!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "The site's own name (og:site_name)." })
  siteName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A small WebP copy of the page's image on this server (`/link-previews/<id>.webp`); null when it has none. Never the linked site's own address.",
  })
  imageUrl!: string | null;

  @Field(() => Int, { nullable: true })
  imageWidth!: number | null;

  @Field(() => Int, { nullable: true })
  imageHeight!: number | null;
}

export const previewImageUrl = (row: Pick<PreviewRow, 'id' | 'fetchedAt'>) =>
  `/link-previews/${row.id}.webp?v=${new Date(row.fetchedAt).getTime()}`;

@Resolver(() => Post)
export class PostLinkPreviewsResolver {
  constructor(
    private readonly previews: LinkPreviewsService,
    @Inject(DIRECT_FIELDS) direct: DirectFields,
  ) {
    // Once per post on every thread page: called straight (see DirectFields).
    direct.add('Post', 'linkPreviews', (post: Post, ctx) => this.linkPreviews(post, ctx));
  }

  @ResolveField(() => [LinkPreviewCard], {
    description:
      'Cards for the first three web addresses the post links to, once the server has fetched them (asynchronously after the post is written; the thread hears POST_EDITED when they are there). Empty when the viewer may not see the text.',
  })
  linkPreviews(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<LinkPreviewCard[]> {
    return ctx.cached('media.linkPreviews', () => this.loader()).load(post);
  }

  private loader(): DataLoader<Post, LinkPreviewCard[], string> {
    return new DataLoader<Post, LinkPreviewCard[], string>(
      async (posts) => {
        // Only text this viewer may see: a removed or hidden post shows no cards (fails closed, as body does).
        const links = posts.map((p) => previewLinks(p.visibleBody ?? ''));
        const rows = await this.previews.rows([...new Set(links.flat())]);
        return posts.map((post, i) => {
          this.previews.request(links[i], rows, { postId: post.id });
          return links[i].flatMap((url) => {
            const row = rows.get(url);
            if (!row || row.status !== 'OK') return [];
            const hasImage = row.imageWidth !== null;
            return [
              {
                url,
                title: row.title,
                description: row.description,
                siteName: row.siteName,
                imageUrl: hasImage ? previewImageUrl(row) : null,
                imageWidth: row.imageWidth,
                imageHeight: row.imageHeight,
              },
            ];
          });
        });
      },
      { cacheKeyFn: (post) => `${post.id}:${post.textVisible ? 1 : 0}` },
    );
  }
}
