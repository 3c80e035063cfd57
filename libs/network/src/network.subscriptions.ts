import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@waardenet/live/channels';
import { SyndicationLive } from './syndication-live';
import { SyndicationWithdrawals } from './syndication-withdrawals';

/** Every domain event the network reacts to, in one place (handled inside the cause's transaction). */
@Injectable()
export class NetworkSubscriptions implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly live: SyndicationLive,
    private readonly withdrawals: SyndicationWithdrawals,
  ) {}

  onModuleInit(): void {
    // A reply to a syndicated thread: the national communities showing it hear THREAD_UPDATED.
    this.events.on('post.created', (event, em, batch) => this.live.onPostCreated(event, em, batch));
    // The original taken down or moved out of its chapter: its syndications are withdrawn.
    this.events.on('thread.taken_down', (event, em, batch) => this.withdrawals.onThreadTakenDown(event, em, batch));
    this.events.on('thread.moved', (event, em, batch) => this.withdrawals.onThreadMoved(event, em, batch));
  }
}
