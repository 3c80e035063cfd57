import { Module } from '@nestjs/common';

/** National theme communities, local chapters, syndication and the content database. */
@Module({
  providers: [],
})
export class NetworkModule {}
