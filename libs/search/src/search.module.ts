import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@waardenet/communities';
import { ThreadsModule } from '@waardenet/threads';
import { SearchHydrator } from './search-hydrator';
import { SearchIndexer } from './search-indexer';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Full-text search over threads, posts, catalogue items and communities. */
@Module({
  imports: [CommunitiesModule, ThreadsModule],
  providers: [SearchService, SearchHydrator, SearchResolver, SearchIndexer],
})
export class SearchModule {}
