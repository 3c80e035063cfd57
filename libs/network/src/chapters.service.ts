import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Page, RequestContext, conflict, cursorCodec, cursorPart, pageSize, requireViewer } from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService, Community, Visibility } from '@waardenet/communities';
import { LibrariesPolicy, LibrariesService, LibraryKind } from '@waardenet/libraries';
import { Chapter } from './chapter.entity';
import { CreateChapterInput } from './dto/chapter.inputs';
import { fieldError, uniqueViolation } from './field-error';

const CHAPTERS_CURSOR = cursorCodec<[string, string]>('chapters', [cursorPart.text(), cursorPart.uuid]);

/** National theme communities and the local chapters that libraries open of them. */
@Injectable()
export class ChaptersService {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
  ) {}

  /** Opens a chapter: a community of the local library, created as any community is (its creator owns it), and its link, together. */
  async create(ctx: RequestContext, input: CreateChapterInput): Promise<Community> {
    const library = await this.libraries.byId(ctx, input.libraryId);
    await this.libraryPolicy.requireStaff(ctx, library.id, 'open chapters for it');
    const national = await this.communities.byId(ctx, input.nationalCommunityId);
    const nationalLibrary = await this.libraries.byId(ctx, national.libraryId);
    if (nationalLibrary.kind !== LibraryKind.NATIONAL) throw fieldError('nationalCommunityId', 'is not a community of a national library');
    if (library.kind !== LibraryKind.LOCAL)
      throw fieldError('libraryId', 'must be a local library: a national library has no chapters of its own');
    const taken = () => conflict(`${library.name} already has a chapter of "${national.name}".`, { reason: 'CHAPTER_EXISTS' });
    if (await this.db.getRepository(Chapter).exists({ where: { nationalCommunityId: national.id, libraryId: library.id } })) throw taken();
    const name = input.name ?? `${national.name} – ${library.name}`.slice(0, 100);
    try {
      return await this.db.transaction(async (em) => {
        const community = await this.communities.create(
          ctx,
          {
            libraryId: library.id,
            name,
            slug: input.slug,
            description: input.description ?? national.description,
            theme: national.theme,
            visibility: input.visibility ?? Visibility.PUBLIC,
          },
          em,
        );
        await em.insert(Chapter, {
          communityId: community.id,
          nationalCommunityId: national.id,
          libraryId: library.id,
          createdById: requireViewer(ctx).id,
        });
        return community;
      });
    } catch (e) {
      if (uniqueViolation(e) === 'chapters_national_library_key') throw taken();
      throw e;
    }
  }

  /** The chapter link of each community (null for a community that is no chapter), batched per request. */
  chapterLoader(ctx: RequestContext): DataLoader<string, Chapter | null> {
    return ctx.cached(
      'network.chapterOf',
      () =>
        new DataLoader<string, Chapter | null>(async (ids) => {
          const rows = await this.db.getRepository(Chapter).findBy({ communityId: In([...ids]) });
          const byId = new Map(rows.map((c) => [c.communityId, c]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** The national community a chapter belongs to, if the viewer may see it. */
  async nationalOf(ctx: RequestContext, community: Community): Promise<Community | null> {
    const chapter = await this.chapterLoader(ctx).load(community.id);
    if (!chapter) return null;
    const national = await this.communities.loader(ctx).load(chapter.nationalCommunityId);
    return national && (await this.communityPolicy.access(ctx, national)).canSee ? national : null;
  }

  /** A national community's chapters that the viewer may see, by name. */
  async chapters(ctx: RequestContext, national: Community, first?: number | null, after?: string | null): Promise<Page<Community>> {
    const limit = pageSize(first);
    const cursor = CHAPTERS_CURSOR.decode(after);
    const visible = this.communityPolicy.visibleSql(ctx, 'c');
    const qb = this.db
      .getRepository(Community)
      .createQueryBuilder('c')
      .innerJoin(Chapter, 'ch', 'ch.community_id = c.id')
      .where('ch.national_community_id = :nationalId', { nationalId: national.id })
      .andWhere(visible.sql, visible.params)
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1);
    if (cursor) qb.andWhere('(c.name, c.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    return CHAPTERS_CURSOR.page(await qb.getMany(), limit, (c) => [c.name, c.id]);
  }
}
