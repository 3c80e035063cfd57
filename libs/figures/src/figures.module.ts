import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { FiguresCsvController } from './figures-csv.controller';
import { FiguresResolver } from './figures.resolver';
import { FiguresService } from './figures.service';

/** Figures for community moderators, library staff and the national foundation; GraphQL and CSV. */
@Module({
  imports: [CommunitiesModule, LibrariesModule],
  providers: [FiguresService, FiguresResolver],
  controllers: [FiguresCsvController],
})
export class FiguresModule {}
