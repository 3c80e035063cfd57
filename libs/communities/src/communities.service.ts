import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { Page, RequestContext, conflict, cursorCodec, cursorPart, notFound, pageSize, entityLoader, requireViewer } from '@waardenet/core';
import { LibrariesPolicy, LibrariesService } from '@waardenet/libraries';
import { CommunitiesPolicy } from './communities.policy';
import { Community } from './community.entity';
import { CreateCommunityInput } from './dto/community.inputs';
import { MemberRole, Membership, MembershipState } from './membership.entity';

const COMMUNITIES_CURSOR = cursorCodec<[string, string]>('communities', [cursorPart.text(), cursorPart.uuid]);

export interface CommunityFilter {
  first?: number | null;
  after?: string | null;
  libraryId?: string | null;
  theme?: string | null;
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 70)
    // Trimmed after cutting, so a cut that lands on a hyphen leaves none at the end.
    .replace(/^-+|-+$/g, '');
  return slug.length >= 3 ? slug : `community-${slug}`.replace(/-$/, '');
}

@Injectable()
export class CommunitiesService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: CommunitiesPolicy,
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
  ) {}

  /** `within`: a caller's open transaction to create the community in (a chapter and its link commit together). */
  async create(ctx: RequestContext, input: CreateCommunityInput, within?: EntityManager): Promise<Community> {
    await this.libraries.byId(ctx, input.libraryId);
    await this.libraryPolicy.requireStaff(ctx, input.libraryId, 'create communities');
    const slug = input.slug ?? slugify(input.name);
    const run = <T>(work: (em: EntityManager) => Promise<T>) => (within ? work(within) : this.db.transaction(work));
    return run(async (em) => {
      if (await em.exists(Community, { where: { slug } }))
        throw conflict(`A community with the slug "${slug}" already exists; choose another.`, { reason: 'SLUG_TAKEN', slug });
      const community = await em.save(em.create(Community, { ...input, slug }));
      await em.insert(Membership, {
        communityId: community.id,
        userId: requireViewer(ctx).id,
        role: MemberRole.OWNER,
        state: MembershipState.ACTIVE,
      });
      return community;
    });
  }

  async bySlug(ctx: RequestContext, slug: string): Promise<Community> {
    return this.policy.requireVisible(ctx, await this.db.getRepository(Community).findOne({ where: { slug } }));
  }

  async byId(ctx: RequestContext, id: string): Promise<Community> {
    return this.policy.requireVisible(ctx, await this.loader(ctx).load(id));
  }

  loader(ctx: RequestContext): DataLoader<string, Community | null> {
    return entityLoader(ctx, this.db, Community);
  }

  async list(ctx: RequestContext, filter: CommunityFilter): Promise<Page<Community>> {
    const limit = pageSize(filter.first);
    const cursor = COMMUNITIES_CURSOR.decode(filter.after);
    const visible = this.policy.visibleSql(ctx, 'c');
    const qb = this.db
      .getRepository(Community)
      .createQueryBuilder('c')
      .where(visible.sql, visible.params)
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1);
    if (filter.libraryId) qb.andWhere('c.library_id = :libraryId', { libraryId: filter.libraryId });
    if (filter.theme) qb.andWhere('lower(c.theme) = lower(:theme)', { theme: filter.theme });
    if (cursor) qb.andWhere('(c.name, c.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    return COMMUNITIES_CURSOR.page(await qb.getMany(), limit, (c) => [c.name, c.id]);
  }

  async requireExists(ctx: RequestContext, id: string): Promise<Community> {
    const community = await this.loader(ctx).load(id);
    if (!community) throw notFound('That community', { reason: 'COMMUNITY_NOT_FOUND' });
    return community;
  }
}
