import { Module } from '@nestjs/common';

/** Full-text search over threads, posts, catalogue items and communities. */
@Module({
  providers: [],
})
export class SearchModule {}
