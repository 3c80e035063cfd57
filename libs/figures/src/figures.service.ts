import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, badInput, entityLoader, forbidden, pausedStaffRefusal, unauthenticated } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import { CommunitiesPolicy, CommunitiesService, Community } from '@waardenet/communities';
import { Library, LibraryKind, LibrariesPolicy, LibrariesService } from '@waardenet/libraries';
import { FIGURES_SQL, NATIONAL_SQL } from './figures.sql';
import { CommunityFigures, Figures, LibraryFigures, NationalDashboard } from './figures.types';
import { ReachFiguresService } from './reach/reach-figures.service';

export const DEFAULT_WEEKS = 8;
export const MAX_WEEKS = 52;

interface FiguresRow {
  members: number;
  active7: number;
  active30: number;
  weeks: { weekStart: string; newThreads: number; newPosts: number; median: number | null }[];
  median: number | null;
  questions: number;
  answered: number;
  accepted: number;
  unanswered: number;
  top: { userId: string; posts: number }[] | null;
  expert_share: number | null;
}

interface NationalRow {
  id: string;
  present: boolean;
  facilitating: boolean;
  median: number | null;
  trend: { weekStart: string; median: number | null }[];
  overall: number | null;
}

/** The figures moderators, library staff and the national foundation steer by; who may see which is decided here. */
@Injectable()
export class FiguresService {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
    private readonly reach: ReachFiguresService,
  ) {}

  async community(ctx: RequestContext, communityId: string, weeks = DEFAULT_WEEKS): Promise<CommunityFigures> {
    const community = await this.communities.byId(ctx, communityId);
    await this.communityPolicy.requireModerator(ctx, community);
    const figures = await this.compute(ctx, [community.id], weeks);
    return { community, ...figures, reach: await this.reach.figures({ communityIds: [community.id] }, weeks) };
  }

  async library(ctx: RequestContext, libraryId: string, weeks = DEFAULT_WEEKS): Promise<LibraryFigures> {
    const library = await this.libraries.byId(ctx, libraryId);
    await this.libraryPolicy.requireStaff(ctx, library.id, 'see its figures');
    const communities = await this.db.getRepository(Community).find({ where: { libraryId }, order: { name: 'ASC', id: 'ASC' } });
    const ids = communities.map((c) => c.id);
    const figures = await this.compute(ctx, ids, weeks);
    const perCommunity = await this.reach.perCommunity(ids, weeks);
    return {
      library,
      communities: ids.length,
      ...figures,
      reach: await this.reach.figures({ libraryId: library.id, communityIds: ids }, weeks),
      communityReach: communities.map((community) => {
        const r = perCommunity.get(community.id) ?? { pageViews: 0, catalogueClicks: 0, localFollowers: 0, remoteFollowers: 0 };
        return { community, ...r, followers: r.localFollowers + r.remoteFollowers };
      }),
    };
  }

  async national(ctx: RequestContext, weeks = DEFAULT_WEEKS): Promise<NationalDashboard> {
    await this.requireNationalEditor(ctx);
    checkWeeks(weeks);
    // Independent reads, side by side: the targets (from the maintained aggregates, see NATIONAL_SQL) and the reach figures.
    const [rows, reach, nationalReach] = await Promise.all([
      this.db.query<NationalRow[]>(NATIONAL_SQL, [weeks]),
      this.reach.perLibrary(weeks),
      this.reach.figures({ national: true }, weeks),
    ]);
    const libraries = await this.libraries.loader(ctx).loadMany(rows.map((r) => r.id));
    const none = { pageViews: 0, catalogueClicks: 0, localFollowers: 0, remoteFollowers: 0 };
    const perLibrary = rows.map((r, i) => {
      const reached = reach.get(r.id) ?? none;
      return {
        library: libraries[i] as Library,
        present: r.present,
        facilitatesValueNetwork: r.facilitating,
        medianFirstReplySeconds: r.median,
        trend: r.trend.map((w) => ({ weekStart: new Date(w.weekStart), medianFirstReplySeconds: w.median })),
        pageViews: reached.pageViews,
        followers: reached.localFollowers + reached.remoteFollowers,
        remoteFollowers: reached.remoteFollowers,
        catalogueClicks: reached.catalogueClicks,
      };
    });
    return {
      libraries: perLibrary.length,
      librariesPresent: perLibrary.filter((l) => l.present).length,
      librariesFacilitating: perLibrary.filter((l) => l.facilitatesValueNetwork).length,
      medianFirstReplySeconds: rows[0]?.overall ?? null,
      perLibrary,
      reach: nationalReach,
    };
  }

  /** Platform admins and the staff of a NATIONAL library. */
  private async requireNationalEditor(ctx: RequestContext): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    const paused = pausedStaffRefusal(ctx.viewer);
    if (paused) throw paused;
    if (ctx.viewer.isPlatformAdmin) return;
    const staffOf = [...(await this.libraryPolicy.staffRoles(ctx)).keys()];
    const libraries = await this.libraries.loader(ctx).loadMany(staffOf);
    if (!libraries.some((l) => l && !(l instanceof Error) && l.kind === LibraryKind.NATIONAL)) {
      throw forbidden('Only the national foundation’s staff and platform admins may see the national dashboard.', {
        reason: 'NATIONAL_STAFF_ONLY',
      });
    }
  }

  private async compute(ctx: RequestContext, communityIds: string[], weeks: number): Promise<Omit<Figures, 'reach'>> {
    checkWeeks(weeks);
    const [row]: FiguresRow[] = await this.db.query(FIGURES_SQL, [communityIds, weeks]);
    const top = row.top ?? [];
    const users = await entityLoader(ctx, this.db, User).loadMany(top.map((t) => t.userId));
    return {
      members: row.members,
      activeMembers7d: row.active7,
      activeMembers30d: row.active30,
      weeks: row.weeks.map((w) => ({
        weekStart: new Date(w.weekStart),
        newThreads: w.newThreads,
        newPosts: w.newPosts,
        medianFirstReplySeconds: w.median,
      })),
      medianFirstReplySeconds: row.median,
      questions: row.questions,
      answeredQuestions: row.answered,
      answeredShare: row.questions ? row.answered / row.questions : null,
      acceptedQuestions: row.accepted,
      unansweredQuestions: row.unanswered,
      topContributors: top.flatMap((t, i) => (users[i] instanceof User ? [{ user: users[i], posts: t.posts }] : [])),
      expertAnswerShare: row.expert_share,
    };
  }
}

function checkWeeks(weeks: number): void {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS)
    throw badInput(`weeks must be between 1 and ${MAX_WEEKS}.`, { reason: 'WEEKS_OUT_OF_RANGE' });
}
