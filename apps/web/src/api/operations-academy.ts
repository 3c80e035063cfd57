/** The Academy (issue #18 ask 5): courses for library staff, written by the national staff; the programme's figures and targets. */
import { graphql } from './generated';
import type { AcademyCourseQuery, NationalProgrammeQuery } from './generated/graphql';

export const ACADEMY_ACCESS = graphql(`
  query AcademyAccess {
    academyAccess { canRead canAuthor canTake canEditTargets }
  }
`);

export const ACADEMY_COURSES = graphql(`
  query AcademyCourses {
    courses { id title summary basic publishedAt viewerCompletedAt modules { id viewerPassed } }
  }
`);

export const ACADEMY_COURSE = graphql(`
  query AcademyCourse($id: ID!) {
    course(id: $id) {
      id title summary basic publishedAt viewerCompletedAt
      modules { id title body bodyHtml imageUrl imageAlt viewerPassed questions { id prompt options correctOption } }
    }
  }
`);
export type AcademyCourse = AcademyCourseQuery['course'];
export type AcademyModule = AcademyCourse['modules'][number];

export const SAVE_COURSE = graphql(`
  mutation SaveCourse($input: SaveCourseInput!) {
    saveCourse(input: $input) { id }
  }
`);

export const PUBLISH_COURSE = graphql(`
  mutation PublishCourse($id: ID!, $published: Boolean!) {
    publishCourse(id: $id, published: $published) { id publishedAt }
  }
`);

export const ANSWER_COURSE_MODULE = graphql(`
  mutation AnswerCourseModule($input: AnswerCourseModuleInput!) {
    answerCourseModule(input: $input) { correct passed courseCompleted completedAt module { id } }
  }
`);

export const NATIONAL_PROGRAMME = graphql(`
  query NationalProgramme($weeks: Int!) {
    nationalDashboard(weeks: $weeks) {
      libraries librariesTrained librariesPresent librariesFacilitating
      targets { trained present facilitating updatedAt }
      phaseHistory(weeks: $weeks) { weekStart trained present facilitating }
      perLibrary {
        library { id slug name } trained trainedAt present facilitatesValueNetwork
        phaseHistory(weeks: $weeks) { weekStart trained present facilitating }
      }
    }
  }
`);
export type NationalProgramme = NationalProgrammeQuery['nationalDashboard'];

export const SET_PROGRAMME_TARGETS = graphql(`
  mutation SetProgrammeTargets($input: ProgrammeTargetsInput!) {
    setProgrammeTargets(input: $input) { trained present facilitating updatedAt }
  }
`);
