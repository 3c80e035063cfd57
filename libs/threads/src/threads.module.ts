import { Module } from '@nestjs/common';
import { AccountsModule } from '@waardenet/accounts';
import { CommunitiesModule } from '@waardenet/communities';
import { MarkdownResolver } from './markdown.resolver';
import { RevisionsResolver } from './revisions.resolver';
import { RevisionsService } from './revisions.service';
import { PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { PostStateService } from './post-state.service';
import { ReactionsService } from './reactions.service';
import { CommunityThreadsResolver, ThreadsResolver } from './threads.resolver';
import { ThreadsPolicy } from './threads.policy';
import { ThreadsService } from './threads.service';

@Module({
  imports: [AccountsModule, CommunitiesModule],
  providers: [
    MarkdownResolver,
    ThreadsService,
    PostsService,
    PostStateService,
    ReactionsService,
    ThreadsPolicy,
    ThreadsResolver,
    CommunityThreadsResolver,
    PostsResolver,
    RevisionsService,
    RevisionsResolver,
  ],
  exports: [ThreadsService, PostsService, PostStateService, ThreadsPolicy],
})
export class ThreadsModule {}
