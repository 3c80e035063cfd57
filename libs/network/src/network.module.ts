import { Module } from '@nestjs/common';
import { AccountsModule } from '@waardenet/accounts';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { ThreadsModule } from '@waardenet/threads';
import { ChaptersResolver } from './chapters.resolver';
import { ChaptersService } from './chapters.service';
import { ContentResolver, ContentSourceResolver } from './content.resolver';
import { ContentService } from './content.service';
import { FeedService } from './feed.service';
import { NetworkPolicy } from './network.policy';
import { NetworkSubscriptions } from './network.subscriptions';
import { PublicationsService } from './publications.service';
import { NetworkReplyGrantsModule } from './syndicated-reply-grants';
import { SyndicationLive } from './syndication-live';
import { SyndicationWithdrawals } from './syndication-withdrawals';
import { SyndicationsResolver } from './syndications.resolver';
import { SyndicationsService } from './syndications.service';
import { ThreadNetworkResolver } from './thread-network.resolver';

/** National theme communities, local chapters, syndication and the content database. */
@Module({
  imports: [AccountsModule, LibrariesModule, CommunitiesModule, ThreadsModule, NetworkReplyGrantsModule],
  providers: [
    NetworkPolicy,
    ChaptersService,
    SyndicationsService,
    FeedService,
    ContentService,
    PublicationsService,
    SyndicationLive,
    SyndicationWithdrawals,
    NetworkSubscriptions,
    ChaptersResolver,
    SyndicationsResolver,
    ThreadNetworkResolver,
    ContentResolver,
    ContentSourceResolver,
  ],
  exports: [ChaptersService],
})
export class NetworkModule {}
