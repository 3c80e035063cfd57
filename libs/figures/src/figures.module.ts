import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { FiguresCsvController } from './figures-csv.controller';
import { FiguresResolver } from './figures.resolver';
import { FiguresService } from './figures.service';
import { ReachCounter } from './reach/reach-counter.service';
import { ReachFiguresService } from './reach/reach-figures.service';
import { RemoteFollowers } from './reach/remote-followers';

/** Figures for community moderators, library staff and the national foundation; GraphQL and CSV; reach counting. */
@Module({
  imports: [CommunitiesModule, LibrariesModule],
  providers: [FiguresService, FiguresResolver, ReachFiguresService, ReachCounter, RemoteFollowers],
  // ReachCounter for the public pages (apps/api/src/reach); RemoteFollowers for federation to register its count;
  // FiguresService for the Academy's programme CSV (libs/academy).
  exports: [ReachCounter, RemoteFollowers, FiguresService],
  controllers: [FiguresCsvController],
})
export class FiguresModule {}
