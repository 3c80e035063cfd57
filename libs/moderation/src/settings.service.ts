import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, badInput, forbidden, requireViewer } from '@waardenet/core';
import { LiveEventsService } from '@waardenet/live/channels';
import { CommunitiesPolicy, CommunitiesService, Community, MemberRole, MembershipState, Visibility } from '@waardenet/communities';
import { LibrariesPolicy } from '@waardenet/libraries';
import { CommunitySettingsInput, MAX_SLOW_MODE_SECONDS, SetCommunityVisibilityInput } from './dto/moderation.inputs';
import { ModAction, ModTarget } from './moderation-log-entry.entity';
import { ModLogService } from './mod-log.service';
import { ModerationAccess } from './moderation-access';

const SETTINGS = ['approval', 'reportThreshold', 'slowModeSeconds', 'publicModLog'] as const;

/** A community's moderation settings, changed by its moderators; each change is logged as "name: before → after". */
@Injectable()
export class SettingsService {
  constructor(
    private readonly db: DataSource,
    private readonly mods: ModerationAccess,
    private readonly communities: CommunitiesService,
    private readonly log: ModLogService,
    private readonly libraries: LibrariesPolicy,
    private readonly policy: CommunitiesPolicy,
    private readonly live: LiveEventsService,
  ) {}

  async update(ctx: RequestContext, input: CommunitySettingsInput): Promise<Community> {
    const given = SETTINGS.filter((k) => input[k] !== undefined && input[k] !== null);
    if (!given.length) throw badInput('Give at least one setting to change.', { fields: { communityId: ['no setting given'] } });
    const { community } = await this.mods.community(ctx, input.communityId);
    const updated = await this.db.transaction(async (em) => {
      const current = await em.findOneOrFail(Community, { where: { id: community.id }, lock: { mode: 'pessimistic_write' } });
      const changes = given.filter((k) => current[k] !== input[k]);
      if (!changes.length) return current;
      await em.update(Community, { id: community.id }, Object.fromEntries(changes.map((k) => [k, input[k]])));
      await this.log.append(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.UPDATE_SETTINGS,
        targetType: ModTarget.COMMUNITY,
        targetId: community.id,
        communityId: community.id,
        details: changes.map((k) => `${k}: ${current[k]} → ${input[k]}`).join('; '),
      });
      return em.findOneByOrFail(Community, { id: community.id });
    });
    this.communities.loader(ctx).clear(community.id).prime(community.id, updated);
    return updated;
  }

  setSlowMode(ctx: RequestContext, communityId: string, seconds: number): Promise<Community> {
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_SLOW_MODE_SECONDS) {
      throw badInput(`seconds: must be between 0 and ${MAX_SLOW_MODE_SECONDS}`, {
        fields: { seconds: [`must be between 0 and ${MAX_SLOW_MODE_SECONDS}`] },
      });
    }
    return this.update(ctx, Object.assign(new CommunitySettingsInput(), { communityId, slowModeSeconds: seconds }));
  }

  /**
   * PUBLIC, RESTRICTED or PRIVATE after creation: the community's owners, its library's staff and platform admins
   * (not its other moderators). Logged as a settings change. Leaving PUBLIC also switches federation off (a
   * community that is not PUBLIC does not federate, and does not start again by itself when made PUBLIC later).
   * The row change reaches the read and page caches (ContentChanges through TypeORM); open subscriptions of every
   * listener in the community are re-checked after the commit.
   */
  async setVisibility(ctx: RequestContext, input: SetCommunityVisibilityInput): Promise<Community> {
    const { community, access } = await this.mods.community(ctx, input.communityId);
    const viewer = requireViewer(ctx);
    const owner = access.membership?.role === MemberRole.OWNER && access.membership.state === MembershipState.ACTIVE;
    if (!viewer.isPlatformAdmin && !owner && !(await this.libraries.isStaff(ctx, community.libraryId))) {
      throw forbidden("Only the community's owners and the library's staff may change who can see the community.", {
        reason: 'VISIBILITY_OWNERS_OR_STAFF_ONLY',
      });
    }
    let changed = false;
    const updated = await this.db.transaction(async (em) => {
      const current = await em.findOneOrFail(Community, { where: { id: community.id }, lock: { mode: 'pessimistic_write' } });
      if (current.visibility === input.visibility) return current;
      changed = true;
      await em.update(Community, { id: community.id }, { visibility: input.visibility });
      const details = [`visibility: ${current.visibility} → ${input.visibility}`];
      if (input.visibility !== Visibility.PUBLIC) {
        // libs/federation's switch (that lib sits above this one): off, so federation never resumes unasked.
        const [off] = await em.query<{ n: number }[]>(
          `WITH off AS (UPDATE federated_communities SET enabled = false, changed_by_id = $2, changed_at = now()
                         WHERE community_id = $1 AND enabled RETURNING 1)
           SELECT count(*)::int AS n FROM off`,
          [community.id, viewer.id],
        );
        if (off.n) details.push('federation: on → off');
        // What went out while it was PUBLIC is taken back, as switching federation off does: libs/federation's worker
        // sends a Delete of each sent object to the followers (and the other servers it reached).
        await em.query(
          `INSERT INTO federation_changes (community_id, thread_id, post_id, type)
           SELECT DISTINCT $1::uuid, o.thread_id, NULL::uuid, 'THREAD_MOVED' FROM federation_objects o WHERE o.community_id = $1 AND o.sent = 'SENT'`,
          [community.id],
        );
      }
      await this.log.append(em, {
        actorId: viewer.id,
        action: ModAction.UPDATE_SETTINGS,
        targetType: ModTarget.COMMUNITY,
        targetId: community.id,
        communityId: community.id,
        reason: input.reason ?? null,
        details: details.join('; '),
      });
      return em.findOneByOrFail(Community, { id: community.id });
    });
    this.communities.loader(ctx).clear(community.id).prime(community.id, updated);
    if (changed) {
      this.policy.forget(ctx, community.id);
      // Everyone listening in the community is re-checked (and a visitor's subscription ended) before any later event.
      await this.live.accessChanged(community.id, null);
    }
    return updated;
  }
}
