import { Module } from '@nestjs/common';
import { FiguresModule } from '@waardenet/figures';
import { LibrariesModule } from '@waardenet/libraries';
import { AcademyPolicy } from './academy.policy';
import { AcademyResolver, CourseModuleResolver, CourseQuestionResolver } from './academy.resolver';
import { CourseAttemptsService } from './course-attempts.service';
import { CoursesService } from './courses.service';
import { ProgrammeCsvController } from './programme-csv.controller';
import { LibraryFiguresPhasesResolver, LibraryStandingTrainingResolver, ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';

/** The Academy (issue #18 ask 5): courses for library staff, the trained figure and the national programme's targets. */
@Module({
  imports: [LibrariesModule, FiguresModule],
  providers: [
    AcademyPolicy,
    CoursesService,
    CourseAttemptsService,
    ProgrammeService,
    AcademyResolver,
    CourseModuleResolver,
    CourseQuestionResolver,
    ProgrammeResolver,
    LibraryStandingTrainingResolver,
    LibraryFiguresPhasesResolver,
  ],
  controllers: [ProgrammeCsvController],
})
export class AcademyModule {}
