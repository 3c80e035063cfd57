import { Global, Module } from '@nestjs/common';
import { AccountsModule } from '@waardenet/accounts';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { CONTENT_GATE, ThreadsModule } from '@waardenet/threads';
import { BansService } from './bans.service';
import { RolesService } from './roles.service';
import { MembersModerationResolver } from './members-moderation.resolver';
import { ModLogResolver } from './mod-log.resolver';
import { ModLogService } from './mod-log.service';
import { ModerationAccess } from './moderation-access';
import { ModerationGate } from './moderation-gate';
import { ModerationResolver } from './moderation.resolver';
import { PostActionsService } from './post-actions.service';
import { QueueService } from './queue.service';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { SettingsService } from './settings.service';
import { SuspensionsService } from './suspensions.service';
import { ThreadActionsService } from './thread-actions.service';
import { WatchedWordRules } from './watched-word-rules';
import { WatchedWordsResolver } from './watched-words.resolver';
import { WatchedWordsService } from './watched-words.service';

/**
 * The content gate the threads domain asks on every write (CONTENT_GATE). Global and free of any
 * dependency on threads, so ThreadsModule finds it without importing this library (which uses threads).
 */
@Global()
@Module({
  providers: [WatchedWordRules, ModerationGate, { provide: CONTENT_GATE, useExisting: ModerationGate }],
  exports: [CONTENT_GATE],
})
export class ModerationGateModule {}

/** Reports, the approval queue, moderators' actions, bans, suspensions, watched words and the moderation log. */
@Module({
  imports: [AccountsModule, LibrariesModule, CommunitiesModule, ThreadsModule, ModerationGateModule],
  providers: [
    ModerationAccess,
    ModLogService,
    PostActionsService,
    ThreadActionsService,
    QueueService,
    ReportsService,
    BansService,
    RolesService,
    SuspensionsService,
    SettingsService,
    WatchedWordsService,
    ModerationResolver,
    ReportsResolver,
    MembersModerationResolver,
    WatchedWordsResolver,
    ModLogResolver,
  ],
  exports: [ModLogService, PostActionsService],
})
export class ModerationModule {}
