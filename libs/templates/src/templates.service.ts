import { Injectable, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import {
  ModAction,
  ModTarget,
  RequestContext,
  appendAudit,
  badInput,
  conflict,
  forbidden,
  hydrate,
  notFound,
  pausedStaffRefusal,
  requireViewer,
  unauthenticated,
} from '@waardenet/core';
import { ContentChanges, communityTag } from '@waardenet/core/read-cache';
import { CommunitiesPolicy, CommunitiesService, Community } from '@waardenet/communities';
import { LibrariesPolicy, LibrariesService, LibraryKind } from '@waardenet/libraries';
import { ThreadKind, ThreadsService } from '@waardenet/threads';
import { normalizePhrase } from '@waardenet/moderation';
import { Chapter, ChaptersService } from '@waardenet/network';
import { CommunityTemplate, TemplateKind } from './community-template.entity';
import { AdoptCommunityTemplateInput, PublishCommunityTemplateInput } from './dto/templates.inputs';
import { TemplateAdoption } from './template-adoption.entity';

/** BAD_USER_INPUT about one field, shaped like the validation pipe's errors. */
export function fieldError(field: string, message: string) {
  return badInput(`${field}: ${message}`, { fields: { [field]: [message] } });
}

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** Today in the Netherlands (YYYY-MM-DD): a campaign runs on its first and last day there. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The id of the running campaign with a banner adopted into the community `community` (an SQL expression), the
 * latest published when several: "today" is the day in Amsterdam, as todayInAmsterdam says it.
 */
const RUNNING_CAMPAIGN_OF = (community: string) =>
  `SELECT t.id FROM template_adoptions a JOIN community_templates t ON t.id = a.template_id
    WHERE a.community_id = ${community} AND t.kind = 'CAMPAIGN' AND t.banner_text IS NOT NULL
      AND t.starts_on <= (now() AT TIME ZONE 'Europe/Amsterdam')::date AND t.ends_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date
    ORDER BY t.published_at DESC, t.id LIMIT 1`;

/** Whether a template may be adopted today: templates always, campaigns from their first to their last day. */
export function isRunning(template: Pick<CommunityTemplate, 'kind' | 'startsOn' | 'endsOn'>, today = todayInAmsterdam()): boolean {
  if (template.kind !== TemplateKind.CAMPAIGN) return true;
  return (!template.startsOn || template.startsOn <= today) && (!template.endsOn || template.endsOn >= today);
}

export interface AdoptionRow {
  templateId: string;
  libraryName: string;
  librarySlug: string;
  adoptedAt: Date;
}

/**
 * National community templates and campaigns. The national foundation's staff (staff of a NATIONAL library,
 * for its theme communities) and platform admins publish them; a local library's staff adopt one in one
 * step: their chapter of the theme community (opened now, or the one they have), its starter threads and
 * watched words, and the adoption the national dashboard counts.
 */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
    private readonly chapters: ChaptersService,
    private readonly threads: ThreadsService,
    @Optional() private readonly changes?: ContentChanges,
  ) {
    // The community page's campaign banner comes with the community's own statement: no statement of its own.
    communities.addColumn({
      sql: `SELECT row_to_json(ct) FROM community_templates ct WHERE ct.id = (${RUNNING_CAMPAIGN_OF('c.id')})`,
      prime: (ctx, communityId, value) => {
        const template = value ? this.fromJson(value as Record<string, unknown>) : null;
        this.campaignOf(ctx).prime(communityId, template?.id ?? null);
        if (template) this.loader(ctx).prime(template.id, template);
      },
    });
  }

  /** A template row that came through row_to_json: its days stay YYYY-MM-DD text, as TypeORM reads them. */
  private fromJson(row: Record<string, unknown>): CommunityTemplate {
    const [template] = hydrate<CommunityTemplate>(this.db.getMetadata(CommunityTemplate), [row]);
    template.startsOn = (row.starts_on as string | null) ?? null;
    template.endsOn = (row.ends_on as string | null) ?? null;
    return template;
  }

  /** Platform admins, and the staff of some NATIONAL library; every one else is refused (NATIONAL_STAFF_ONLY unless told). */
  async requireNationalStaff(ctx: RequestContext, what: string, reason = 'NATIONAL_STAFF_ONLY'): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    const paused = pausedStaffRefusal(ctx.viewer);
    if (paused) throw paused;
    if (ctx.viewer.isPlatformAdmin) return;
    const staffOf = [...(await this.libraryPolicy.staffRoles(ctx)).keys()];
    const libraries = await this.libraries.loader(ctx).loadMany(staffOf);
    if (!libraries.some((l) => l && !(l instanceof Error) && l.kind === LibraryKind.NATIONAL))
      throw forbidden(`Only the national foundation’s staff and platform admins may ${what}.`, { reason });
  }

  async publish(ctx: RequestContext, input: PublishCommunityTemplateInput): Promise<CommunityTemplate> {
    await this.requireNationalStaff(ctx, 'publish community templates and campaigns', 'NATIONAL_TEMPLATES_ONLY');
    const national = await this.communities.byId(ctx, input.nationalCommunityId);
    const library = await this.libraries.byId(ctx, national.libraryId);
    if (library.kind !== LibraryKind.NATIONAL) throw fieldError('nationalCommunityId', 'is not a community of a national library');
    const viewer = requireViewer(ctx);
    if (!viewer.isPlatformAdmin && !(await this.libraryPolicy.isStaff(ctx, library.id)))
      throw forbidden(`Only the staff of ${library.name} may publish templates for its communities.`, { reason: 'NOT_NATIONAL_EDITOR' });
    const campaign = input.kind === TemplateKind.CAMPAIGN;
    if (campaign) {
      if (!input.startsOn || !isRealDay(input.startsOn)) throw fieldError('startsOn', 'a campaign needs its first day (YYYY-MM-DD)');
      if (!input.endsOn || !isRealDay(input.endsOn)) throw fieldError('endsOn', 'a campaign needs its last day (YYYY-MM-DD)');
      if (input.endsOn < input.startsOn) throw fieldError('endsOn', 'must not be before the first day');
    }
    const words = [...new Map((input.watchedWords ?? []).map((w) => [normalizePhrase(w), w])).entries()].filter(([n]) => n !== '');
    return this.db.transaction(async (em) => {
      const template = await em.save(
        em.create(CommunityTemplate, {
          kind: input.kind,
          name: input.name,
          nationalCommunityId: national.id,
          theme: national.theme ?? national.name,
          description: input.description,
          starterThreads: (input.starterThreads ?? []).map((t) => ({ title: t.title, body: t.body })),
          watchedWords: words.map(([, w]) => w),
          startsOn: campaign ? (input.startsOn ?? null) : null,
          endsOn: campaign ? (input.endsOn ?? null) : null,
          bannerText: campaign ? (input.bannerText ?? null) : null,
          bannerColor: campaign ? (input.bannerColor?.toLowerCase() ?? null) : null,
          publishedById: viewer.id,
        }),
      );
      await appendAudit(em, {
        actorId: viewer.id,
        action: ModAction.PUBLISH_TEMPLATE,
        targetType: ModTarget.COMMUNITY,
        targetId: national.id,
        communityId: national.id,
        libraryId: library.id,
        details: `${template.kind}: ${template.name}`,
      });
      return template;
    });
  }

  async byId(ctx: RequestContext, id: string): Promise<CommunityTemplate> {
    const template = await this.loader(ctx).load(id);
    if (!template) throw notFound('Template', { reason: 'TEMPLATE_NOT_FOUND' });
    return template;
  }

  loader(ctx: RequestContext): DataLoader<string, CommunityTemplate | null> {
    return ctx.cached(
      'templates.byId',
      () =>
        new DataLoader<string, CommunityTemplate | null>(async (ids) => {
          const rows = await this.db.getRepository(CommunityTemplate).findBy({ id: In([...ids]) });
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** Library staff (any library) and platform admins browse the templates, newest first; ended campaigns only when asked. */
  async list(ctx: RequestContext, kind?: TemplateKind | null, includeEnded = false): Promise<CommunityTemplate[]> {
    if (!ctx.viewer) throw unauthenticated();
    if (!(await this.libraryPolicy.isAnyStaff(ctx)))
      throw forbidden('Only library staff may browse community templates.', { reason: 'NOT_LIBRARY_STAFF' });
    const qb = this.db.getRepository(CommunityTemplate).createQueryBuilder('t').orderBy('t.published_at', 'DESC').addOrderBy('t.id');
    if (kind) qb.andWhere('t.kind = :kind', { kind });
    if (!includeEnded) qb.andWhere('(t.ends_on IS NULL OR t.ends_on >= :today)', { today: todayInAmsterdam() });
    return qb.limit(200).getMany();
  }

  /** Adopts a template for a local library: its chapter of the theme community, with starter threads and watched words. */
  async adopt(ctx: RequestContext, input: AdoptCommunityTemplateInput): Promise<Community> {
    if (!ctx.viewer) throw unauthenticated();
    const library = await this.libraries.byId(ctx, input.libraryId);
    await this.libraryPolicy.requireStaff(ctx, library.id, 'adopt templates and campaigns for it');
    const template = await this.byId(ctx, input.templateId);
    if (library.kind !== LibraryKind.LOCAL)
      throw fieldError('libraryId', 'must be a local library: a national library has no chapters of its own');
    if (!isRunning(template))
      throw conflict(`The campaign "${template.name}" runs from ${template.startsOn} to ${template.endsOn}.`, {
        reason: 'CAMPAIGN_NOT_RUNNING',
      });
    const adopted = () => conflict(`${library.name} already adopted "${template.name}".`, { reason: 'TEMPLATE_ALREADY_ADOPTED' });
    if (await this.db.getRepository(TemplateAdoption).exists({ where: { templateId: template.id, libraryId: library.id } }))
      throw adopted();
    const existing = await this.db
      .getRepository(Chapter)
      .findOneBy({ nationalCommunityId: template.nationalCommunityId, libraryId: library.id });
    const community = existing
      ? await this.communities.byId(ctx, existing.communityId)
      : await this.chapters.create(ctx, {
          nationalCommunityId: template.nationalCommunityId,
          libraryId: library.id,
          name: input.name ?? `${template.name} – ${library.name}`.slice(0, 100),
          slug: input.slug,
          description: template.description,
          visibility: input.visibility,
        });
    const viewer = requireViewer(ctx);
    // The adoption first: a second adoption at the same moment stops here, before any thread is written twice.
    try {
      await this.db.transaction(async (em) => {
        await em.insert(TemplateAdoption, {
          templateId: template.id,
          libraryId: library.id,
          communityId: community.id,
          adoptedById: viewer.id,
        });
        for (const phrase of template.watchedWords) {
          const normalized = normalizePhrase(phrase);
          if (!normalized) continue;
          await em.query(
            `INSERT INTO watched_words (community_id, phrase, normalized, action, created_by_id)
             VALUES ($1, $2, $3, 'REQUIRE_APPROVAL', $4) ON CONFLICT DO NOTHING`,
            [community.id, phrase, normalized, viewer.id],
          );
        }
        await appendAudit(em, {
          actorId: viewer.id,
          action: ModAction.ADOPT_TEMPLATE,
          targetType: ModTarget.COMMUNITY,
          targetId: community.id,
          communityId: community.id,
          libraryId: library.id,
          details: `${template.kind}: ${template.name}`,
        });
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw adopted();
      throw e;
    }
    // The community's page shows a running campaign's banner: cached copies of it are stale now.
    this.changes?.changed([communityTag(community.id)]);
    for (const starter of template.starterThreads)
      await this.threads.create(ctx, { communityId: community.id, title: starter.title, body: starter.body, kind: ThreadKind.DISCUSSION });
    return community;
  }

  /** Adoptions per template (newest template first), with the adopting libraries, for the national dashboard. */
  async adoptions(ctx: RequestContext): Promise<{ template: CommunityTemplate; libraries: AdoptionRow[]; localLibraries: number }[]> {
    await this.requireNationalStaff(ctx, 'see the adoption of templates and campaigns');
    const templates = await this.db.getRepository(CommunityTemplate).find({ order: { publishedAt: 'DESC', id: 'ASC' }, take: 200 });
    const rows = await this.db.query<{ template_id: string; name: string; slug: string; adopted_at: Date }[]>(
      `SELECT a.template_id, l.name, l.slug, a.adopted_at FROM template_adoptions a JOIN libraries l ON l.id = a.library_id
        WHERE a.template_id = ANY($1) ORDER BY a.adopted_at, l.name`,
      [templates.map((t) => t.id)],
    );
    const [{ n }] = await this.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM libraries WHERE kind = 'LOCAL'`);
    return templates.map((template) => ({
      template,
      localLibraries: n,
      libraries: rows
        .filter((r) => r.template_id === template.id)
        .map((r) => ({ templateId: r.template_id, libraryName: r.name, librarySlug: r.slug, adoptedAt: r.adopted_at })),
    }));
  }

  /** The theme community, when the viewer may see it. */
  async nationalCommunity(ctx: RequestContext, template: CommunityTemplate): Promise<Community | null> {
    const community = await this.communities.loader(ctx).load(template.nationalCommunityId);
    return community && (await this.communityPolicy.access(ctx, community)).canSee ? community : null;
  }

  /**
   * The running campaign adopted into a community (the latest, when several), for its banner. On the community's
   * page it came with the community (CommunitiesService.bySlug, see the constructor); elsewhere one statement per
   * request for all communities asked.
   */
  async runningCampaign(ctx: RequestContext, communityId: string): Promise<CommunityTemplate | null> {
    const templateId = await this.campaignOf(ctx).load(communityId);
    return templateId ? this.loader(ctx).load(templateId) : null;
  }

  private campaignOf(ctx: RequestContext): DataLoader<string, string | null> {
    return ctx.cached(
      'templates.campaignOf',
      () =>
        new DataLoader<string, string | null>(async (ids) => {
          const rows = await ctx
            .reader(this.db)
            .query<{ id: string; template_id: string | null }[]>(
              `SELECT c.id, (${RUNNING_CAMPAIGN_OF('c.id')}) AS template_id FROM unnest($1::uuid[]) AS c(id)`,
              [[...ids]],
            );
          const byCommunity = new Map(rows.map((r) => [r.id, r.template_id]));
          return ids.map((id) => byCommunity.get(id) ?? null);
        }),
    );
  }
}
