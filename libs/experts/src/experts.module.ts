import { Module } from '@nestjs/common';

/** Expertise claims verified by libraries, and questions with accepted answers. */
@Module({
  providers: [],
})
export class ExpertsModule {}
