import { Module } from '@nestjs/common';
import { AccountsModule } from '@waardenet/accounts';
import { CommunitiesModule } from '@waardenet/communities';
import { ThreadsModule } from '@waardenet/threads';
import { LiveAccessService } from './live-access.service';
import { LiveHub } from './live-hub.service';
import { LiveResolver } from './live.resolver';
import { LiveServer } from './live-server';
import { SessionSockets } from './session-sockets';
import { CommunityCursorResolver, ThreadCursorResolver } from './thread-cursor.resolver';

@Module({
  imports: [AccountsModule, CommunitiesModule, ThreadsModule],
  providers: [LiveHub, LiveAccessService, LiveServer, LiveResolver, ThreadCursorResolver, CommunityCursorResolver, SessionSockets],
  exports: [LiveServer, LiveHub],
})
export class LiveModule {}
