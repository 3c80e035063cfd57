import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, badInput, requireViewer } from '@waardenet/core';
import { CommunitiesService, Community } from '@waardenet/communities';
import { CommunitySettingsInput, MAX_SLOW_MODE_SECONDS } from './dto/moderation.inputs';
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
}
