import { ExpertiseLogEntry } from './expertise-log-entry.entity';
import { Expertise } from './expertise.entity';
import { Question } from './question.entity';

export * from './experts.module';
export * from './expertise.entity';
export * from './expertise-log-entry.entity';
export * from './question.entity';
export * from './expertise.service';
export * from './questions.service';
export * from './experts.policy';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const EXPERTS_ENTITIES: (new () => object)[] = [Expertise, ExpertiseLogEntry, Question];
export * from './experts.events';
