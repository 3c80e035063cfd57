import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@waardenet/live/channels';
import { ItemLinksService } from './item-links.service';

/** Every domain event the catalogue reacts to, in one place (handled inside the cause's transaction). */
@Injectable()
export class CatalogueSubscriptions implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly links: ItemLinksService,
  ) {}

  onModuleInit(): void {
    this.events.on('thread.created', (event, em) => this.links.onThreadCreated(event, em));
  }
}
