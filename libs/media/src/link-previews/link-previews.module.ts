import { Module } from '@nestjs/common';
import { LinkPreviewImageController } from './link-previews.controller';
import { PostLinkPreviewsResolver } from './link-previews.resolver';
import { LinkPreviewsService } from './link-previews.service';
import { LinkPreviewsSubscriptions } from './link-previews.subscriptions';

/** Link previews for addresses in posts (issue #17 ask 8; docs/limits.md "Link previews", docs/privacy.md). */
@Module({
  controllers: [LinkPreviewImageController],
  providers: [LinkPreviewsService, LinkPreviewsSubscriptions, PostLinkPreviewsResolver],
  exports: [LinkPreviewsService],
})
export class LinkPreviewsModule {}
