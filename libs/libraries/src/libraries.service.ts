import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Page, RequestContext, conflict, decodeCursor, notFound, pageSize, toPage, entityLoader } from '@waardenet/core';
import { AccountsService } from '@waardenet/accounts';
import { CreateLibraryInput, LibraryStaffInput, RemoveLibraryStaffInput, UpdateLibraryStyleInput } from './dto/library.inputs';
import { LibrariesPolicy } from './libraries.policy';
import { Library } from './library.entity';
import { LibraryStaff } from './library-staff.entity';

@Injectable()
export class LibrariesService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: LibrariesPolicy,
    private readonly accounts: AccountsService,
  ) {}

  async create(input: CreateLibraryInput): Promise<Library> {
    const repo = this.db.getRepository(Library);
    if (await repo.exists({ where: { slug: input.slug } })) throw conflict(`A library with the slug "${input.slug}" already exists.`);
    return repo.save(repo.create(input));
  }

  async bySlug(slug: string): Promise<Library> {
    const library = await this.db.getRepository(Library).findOne({ where: { slug } });
    if (!library) throw notFound(`The library "${slug}"`);
    return library;
  }

  async byId(ctx: RequestContext, id: string): Promise<Library> {
    const library = await this.loader(ctx).load(id);
    if (!library) throw notFound('That library');
    return library;
  }

  loader(ctx: RequestContext): DataLoader<string, Library | null> {
    return entityLoader(ctx, this.db, Library);
  }

  async list(first?: number | null, after?: string | null): Promise<Page<Library>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const qb = this.db.getRepository(Library).createQueryBuilder('l').orderBy('l.name', 'ASC').addOrderBy('l.id', 'ASC').limit(limit + 1);
    if (cursor) qb.where('(l.name, l.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    return toPage(await qb.getMany(), limit, (l) => [l.name, l.id]);
  }

  async addStaff(ctx: RequestContext, input: LibraryStaffInput): Promise<LibraryStaff> {
    await this.byId(ctx, input.libraryId);
    await this.policy.requireLibraryAdmin(ctx, input.libraryId);
    await this.accounts.byId(ctx, input.userId);
    const repo = this.db.getRepository(LibraryStaff);
    await repo.upsert({ libraryId: input.libraryId, userId: input.userId, role: input.role }, ['libraryId', 'userId']);
    return repo.findOneByOrFail({ libraryId: input.libraryId, userId: input.userId });
  }

  async removeStaff(ctx: RequestContext, input: RemoveLibraryStaffInput): Promise<boolean> {
    await this.byId(ctx, input.libraryId);
    await this.policy.requireLibraryAdmin(ctx, input.libraryId);
    const result = await this.db.getRepository(LibraryStaff).delete({ libraryId: input.libraryId, userId: input.userId });
    if (!result.affected) throw notFound('That staff member');
    return true;
  }

  /** House style: the library's admins and platform admins. */
  async updateStyle(ctx: RequestContext, input: UpdateLibraryStyleInput): Promise<Library> {
    const library = await this.byId(ctx, input.libraryId);
    await this.policy.requireLibraryAdmin(ctx, library.id);
    const { libraryId: _id, ...changes } = input;
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (Object.keys(set).length) await this.db.getRepository(Library).update({ id: library.id }, set);
    return this.db.getRepository(Library).findOneByOrFail({ id: library.id });
  }

  staffOf(libraryId: string): Promise<LibraryStaff[]> {
    return this.db.getRepository(LibraryStaff).find({ where: { libraryId }, order: { createdAt: 'ASC' } });
  }
}
