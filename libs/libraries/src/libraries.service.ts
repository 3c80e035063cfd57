import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import {
  ModAction,
  ModTarget,
  Page,
  RequestContext,
  appendAudit,
  conflict,
  cursorCodec,
  cursorPart,
  notFound,
  pageSize,
  entityLoader,
  requireViewer,
} from '@waardenet/core';
import { LiveEventsService } from '@waardenet/live/channels';
import { AccountsService } from '@waardenet/accounts';
import { CreateLibraryInput, LibraryStaffInput, RemoveLibraryStaffInput, UpdateLibraryStyleInput } from './dto/library.inputs';
import { LibrariesPolicy } from './libraries.policy';
import { Library } from './library.entity';
import { LibraryStaff } from './library-staff.entity';

const LIBRARIES_CURSOR = cursorCodec<[string, string]>('libraries', [cursorPart.text(), cursorPart.uuid]);

@Injectable()
export class LibrariesService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: LibrariesPolicy,
    private readonly accounts: AccountsService,
    private readonly live: LiveEventsService,
  ) {}

  async create(input: CreateLibraryInput): Promise<Library> {
    const repo = this.db.getRepository(Library);
    if (await repo.exists({ where: { slug: input.slug } }))
      throw conflict(`A library with the slug "${input.slug}" already exists.`, { reason: 'LIBRARY_SLUG_TAKEN' });
    return repo.save(repo.create(input));
  }

  async bySlug(slug: string): Promise<Library> {
    const library = await this.db.getRepository(Library).findOne({ where: { slug } });
    if (!library) throw notFound(`The library "${slug}"`, { reason: 'LIBRARY_NOT_FOUND' });
    return library;
  }

  async byId(ctx: RequestContext, id: string): Promise<Library> {
    const library = await this.loader(ctx).load(id);
    if (!library) throw notFound('That library', { reason: 'LIBRARY_NOT_FOUND' });
    return library;
  }

  loader(ctx: RequestContext): DataLoader<string, Library | null> {
    return entityLoader(ctx, this.db, Library);
  }

  async list(first?: number | null, after?: string | null): Promise<Page<Library>> {
    const limit = pageSize(first);
    const cursor = LIBRARIES_CURSOR.decode(after);
    const qb = this.db
      .getRepository(Library)
      .createQueryBuilder('l')
      .orderBy('l.name', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .limit(limit + 1);
    if (cursor) qb.where('(l.name, l.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    return LIBRARIES_CURSOR.page(await qb.getMany(), limit, (l) => [l.name, l.id]);
  }

  async addStaff(ctx: RequestContext, input: LibraryStaffInput): Promise<LibraryStaff> {
    await this.byId(ctx, input.libraryId);
    await this.policy.requireLibraryAdmin(ctx, input.libraryId);
    await this.accounts.byId(ctx, input.userId);
    // Every staff change is an audit line in the library's log (libraryAuditLog): who, whom, the role before and after, why.
    const staff = await this.db.transaction(async (em) => {
      const key = { libraryId: input.libraryId, userId: input.userId };
      const before = await em.findOne(LibraryStaff, { where: key, lock: { mode: 'pessimistic_write' } });
      if (before?.role === input.role) return before;
      await em.upsert(LibraryStaff, { ...key, role: input.role }, ['libraryId', 'userId']);
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: before ? ModAction.CHANGE_LIBRARY_STAFF_ROLE : ModAction.ADD_LIBRARY_STAFF,
        targetType: ModTarget.USER,
        targetId: input.userId,
        communityId: null,
        libraryId: input.libraryId,
        reason: input.reason ?? null,
        details: before ? `${before.role} → ${input.role}` : input.role,
      });
      return em.findOneByOrFail(LibraryStaff, key);
    });
    // Their open subscriptions follow the new role (moderator rights in the library's communities).
    await this.live.userAccessChanged(input.userId);
    return staff;
  }

  async removeStaff(ctx: RequestContext, input: RemoveLibraryStaffInput): Promise<boolean> {
    await this.byId(ctx, input.libraryId);
    await this.policy.requireLibraryAdmin(ctx, input.libraryId);
    await this.db.transaction(async (em) => {
      const [rows] = await em.query<[{ role: string }[], number]>(
        `DELETE FROM library_staff WHERE library_id = $1 AND user_id = $2 RETURNING role`,
        [input.libraryId, input.userId],
      );
      if (!rows.length) throw notFound('That staff member', { reason: 'STAFF_MEMBER_NOT_FOUND' });
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.REMOVE_LIBRARY_STAFF,
        targetType: ModTarget.USER,
        targetId: input.userId,
        communityId: null,
        libraryId: input.libraryId,
        reason: input.reason ?? null,
        details: rows[0].role,
      });
    });
    // Re-checks the former staff member's subscriptions wherever they listen, so every community of this
    // library too: a private feed they read as staff ends now, not when their token expires.
    await this.live.userAccessChanged(input.userId);
    return true;
  }

  /** House style: the library's admins and platform admins. */
  async updateStyle(ctx: RequestContext, input: UpdateLibraryStyleInput): Promise<Library> {
    const library = await this.byId(ctx, input.libraryId);
    await this.policy.requireLibraryAdmin(ctx, library.id);
    const { libraryId: _id, ...changes } = input;
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (!Object.keys(set).length) return library;
    return this.db.transaction(async (em) => {
      await em.update(Library, { id: library.id }, set);
      // The fields changed, not their values: a welcome text can be long; the library's page shows the rest.
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.UPDATE_LIBRARY_STYLE,
        targetType: ModTarget.LIBRARY,
        targetId: library.id,
        communityId: null,
        libraryId: library.id,
        details: Object.keys(set).sort().join(', '),
      });
      return em.findOneByOrFail(Library, { id: library.id });
    });
  }

  staffOf(libraryId: string): Promise<LibraryStaff[]> {
    return this.db.getRepository(LibraryStaff).find({ where: { libraryId }, order: { createdAt: 'ASC' } });
  }
}
