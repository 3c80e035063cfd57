import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import {
  Page,
  RequestContext,
  conflict,
  cursorCodec,
  cursorPart,
  notFound,
  pageSize,
  entityLoader,
  hydrate,
  requireViewer,
} from '@waardenet/core';
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

/** A value read with a community by its slug, for everyone (see CommunitiesService.addColumn). */
export interface CommunityColumn {
  /** An expression over `c` (the community row). */
  sql: string;
  prime(ctx: RequestContext, communityId: string, value: unknown): void;
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

  /**
   * What domains above this one show on a community's page for everyone (the banner of a running campaign), added
   * to the statement that reads the community by its slug, so the page does not ask each in a statement of its own:
   * `sql` is an expression over `c`, `prime` stores its value in that domain's per-request loader. The value is
   * what a statement of its own would have read; the loaders, not this, decide who sees what.
   */
  private readonly columns: CommunityColumn[] = [];

  addColumn(column: CommunityColumn): void {
    this.columns.push(column);
  }

  /** The community of a page's address, with the columns above; it primes the request's community loader too. */
  async bySlug(ctx: RequestContext, slug: string): Promise<Community> {
    const columns = this.columns.map((col, i) => `, (${col.sql}) AS column_${i}`).join('');
    const rows = await ctx
      .reader(this.db)
      .query<Record<string, unknown>[]>(`SELECT c.*${columns} FROM communities c WHERE c.slug = $1`, [slug]);
    const [community] = hydrate<Community>(this.db.getMetadata(Community), rows);
    if (community) {
      this.loader(ctx).prime(community.id, community);
      this.columns.forEach((col, i) => col.prime(ctx, community.id, rows[0][`column_${i}`]));
    }
    return this.policy.requireVisible(ctx, community ?? null);
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
