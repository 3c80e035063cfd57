import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { ThreadsModule } from '@waardenet/threads';
import { CatalogueImportController } from './catalogue-import.controller';
import { CatalogueImportService } from './catalogue-import.service';
import { CataloguePolicy } from './catalogue.policy';
import { CatalogueSubscriptions } from './catalogue.subscriptions';
import { ItemLinksService } from './item-links.service';
import { ItemThreadsService } from './item-threads.service';
import { ItemsResolver } from './items.resolver';
import { ItemsService } from './items.service';
import { HoldingResolver, ThreadItemsResolver } from './thread-items.resolver';

/** Catalogue records, holdings, import (MARCXML/CSV) and thread–item links. */
@Module({
  imports: [LibrariesModule, CommunitiesModule, ThreadsModule],
  controllers: [CatalogueImportController],
  providers: [
    CataloguePolicy,
    ItemsService,
    ItemThreadsService,
    ItemLinksService,
    CatalogueSubscriptions,
    CatalogueImportService,
    ItemsResolver,
    ThreadItemsResolver,
    HoldingResolver,
  ],
  exports: [ItemsService],
})
export class CatalogueModule {}
