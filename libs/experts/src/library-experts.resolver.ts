import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Library } from '@waardenet/libraries';
import { Expertise, ExpertiseState } from './expertise.entity';

/** A library's experts on its page: the expertise it verified, as public as the badges themselves. */
@Resolver(() => Library)
export class LibraryExpertsResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => [Expertise], {
    description:
      "The expertise this library verified (its experts' badges), by topic; accounts that were deleted or are suspended left out. Public, like the badges.",
  })
  verifiedExpertise(@Parent() library: Library): Promise<Expertise[]> {
    return this.db
      .getRepository(Expertise)
      .createQueryBuilder('e')
      .innerJoin('users', 'u', 'u.id = e.user_id AND u.deleted_at IS NULL AND u.suspended_at IS NULL')
      .where('e.library_id = :libraryId AND e.state = :state', { libraryId: library.id, state: ExpertiseState.VERIFIED })
      .orderBy('e.topic', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(100)
      .getMany();
  }
}
