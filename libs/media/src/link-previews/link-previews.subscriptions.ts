import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@waardenet/live/channels';
import { LinkPreviewsService } from './link-previews.service';

/** A post written (a reply, or a thread's opening post): its links are fetched after the write, never during it. */
@Injectable()
export class LinkPreviewsSubscriptions implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly previews: LinkPreviewsService,
  ) {}

  onModuleInit(): void {
    this.events.on('post.created', async (event) => this.previews.afterWrite(event.postId));
    this.events.on('thread.created', async (event) => this.previews.afterWrite(event.postId));
  }
}
