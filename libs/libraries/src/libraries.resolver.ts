import { Args, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Connection, Ctx, RequestContext } from '@waardenet/core';
import { AccountsService, User } from '@waardenet/accounts';
import { CreateLibraryInput, LibraryStaffInput, RemoveLibraryStaffInput, UpdateLibraryStyleInput } from './dto/library.inputs';
import { LibrariesService } from './libraries.service';
import { Library } from './library.entity';
import { LibraryStaff } from './library-staff.entity';

@ObjectType()
export class LibraryConnection extends Connection(Library) {}

@Resolver(() => Library)
export class LibrariesResolver {
  constructor(private readonly librariesService: LibrariesService) {}

  @Access('platformAdmin')
  @Mutation(() => Library)
  createLibrary(@Args('input') input: CreateLibraryInput): Promise<Library> {
    return this.librariesService.create(input);
  }

  @Access('public')
  @Query(() => Library)
  library(@Args('slug') slug: string): Promise<Library> {
    return this.librariesService.bySlug(slug);
  }

  @Access('public')
  @Query(() => LibraryConnection)
  libraries(@Args('first', { type: () => Int, nullable: true }) first?: number, @Args('after', { nullable: true }) after?: string) {
    return this.librariesService.list(first, after);
  }

  @Access('user')
  @Mutation(() => LibraryStaff)
  addLibraryStaff(@Args('input') input: LibraryStaffInput, @Ctx() ctx: RequestContext): Promise<LibraryStaff> {
    return this.librariesService.addStaff(ctx, input);
  }

  @Access('user')
  @Mutation(() => Boolean)
  removeLibraryStaff(@Args('input') input: RemoveLibraryStaffInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.librariesService.removeStaff(ctx, input);
  }

  @Access('user')
  @Mutation(() => Library, { description: "Edits the library's name and house style (logo, colour, welcome text); its admins only." })
  updateLibraryStyle(@Args('input') input: UpdateLibraryStyleInput, @Ctx() ctx: RequestContext): Promise<Library> {
    return this.librariesService.updateStyle(ctx, input);
  }

  @ResolveField(() => [LibraryStaff])
  staff(@Parent() library: Library): Promise<LibraryStaff[]> {
    return this.librariesService.staffOf(library.id);
  }
}

@Resolver(() => LibraryStaff)
export class LibraryStaffResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly librariesService: LibrariesService,
  ) {}

  @ResolveField(() => User)
  user(@Parent() staff: LibraryStaff, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accounts.byId(ctx, staff.userId);
  }

  @ResolveField(() => Library)
  library(@Parent() staff: LibraryStaff, @Ctx() ctx: RequestContext): Promise<Library> {
    return this.librariesService.byId(ctx, staff.libraryId);
  }

  @ResolveField(() => ID)
  userId(@Parent() staff: LibraryStaff): string {
    return staff.userId;
  }
}
