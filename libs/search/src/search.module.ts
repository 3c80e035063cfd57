import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@waardenet/communities';
import { ThreadsModule } from '@waardenet/threads';
import { SearchHydrator } from './search-hydrator';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Full-text search over threads, posts, catalogue items and communities. */
@Module({
  imports: [CommunitiesModule, ThreadsModule],
  providers: [SearchService, SearchHydrator, SearchResolver],
})
export class SearchModule {}
