import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  ModAction,
  ModTarget,
  RequestContext,
  appendAudit,
  conflict,
  forbidden,
  notFound,
  requireViewer,
} from '@waardenet/core';
import { CommunitiesPolicy, CommunitiesService, Visibility } from '@waardenet/communities';
import { BlockedInstance } from './federation.entities';
import { BlockInstanceInput, SetCommunityFederationInput } from './dto/federation.inputs';
import { CommunityFederation } from './federation.types';

/** Who switches federation on per community (its moderators and the library's staff), and the platform admins' blocklist. */
@Injectable()
export class FederationAdminService {
  constructor(
    private readonly db: DataSource,
    private readonly communities: CommunitiesService,
    private readonly policy: CommunitiesPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(ctx: RequestContext, communityId: string): Promise<CommunityFederation> {
    const community = await this.communities.byId(ctx, communityId);
    await this.policy.requireVisible(ctx, community);
    const [row] = await this.db.query<{ enabled: boolean; followers: number }[]>(
      `SELECT coalesce((SELECT enabled FROM federated_communities WHERE community_id = $1), false) AS enabled,
              (SELECT count(*)::int FROM federation_followers WHERE community_id = $1) AS followers`,
      [community.id],
    );
    const enabled = row.enabled && community.visibility === Visibility.PUBLIC;
    return {
      communityId: community.id,
      enabled,
      handle: enabled ? `${community.slug}@${new URL(this.origin()).host}` : null,
      remoteFollowers: row.followers,
    };
  }

  private origin(): string {
    return this.config.email.publicUrl;
  }

  async setCommunity(ctx: RequestContext, input: SetCommunityFederationInput): Promise<CommunityFederation> {
    const viewer = requireViewer(ctx);
    const community = await this.communities.byId(ctx, input.communityId);
    await this.policy.requireModerator(ctx, community);
    if (input.enabled && community.visibility !== Visibility.PUBLIC) {
      throw new AppError('FORBIDDEN', 'Only public communities can federate.', { reason: 'FEDERATION_PUBLIC_ONLY' });
    }
    await this.db.transaction(async (em) => {
      const [current] = await em.query<{ enabled: boolean }[]>(
        `SELECT enabled FROM federated_communities WHERE community_id = $1 FOR UPDATE`,
        [community.id],
      );
      const before = !!current?.enabled;
      if (before === input.enabled) return;
      await em.query(
        `INSERT INTO federated_communities (community_id, enabled, changed_by_id, changed_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (community_id) DO UPDATE SET enabled = EXCLUDED.enabled, changed_by_id = EXCLUDED.changed_by_id, changed_at = now()`,
        [community.id, input.enabled, viewer.id],
      );
      await appendAudit(em, {
        actorId: viewer.id,
        action: ModAction.UPDATE_SETTINGS,
        targetType: ModTarget.COMMUNITY,
        targetId: community.id,
        communityId: community.id,
        details: `federation: ${before ? 'on' : 'off'} → ${input.enabled ? 'on' : 'off'}`,
      });
      // Switched off: what went out is taken back. The worker looks at every thread that sent something and,
      // the gate now refusing it all, announces a Delete of each object to the followers; nothing new leaves.
      if (before && !input.enabled) {
        await em.query(
          `INSERT INTO federation_changes (community_id, thread_id, post_id, type)
           SELECT DISTINCT $1::uuid, o.thread_id, NULL::uuid, 'THREAD_MOVED' FROM federation_objects o WHERE o.community_id = $1 AND o.sent = 'SENT'`,
          [community.id],
        );
      }
    });
    const [row] = await this.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM federation_followers WHERE community_id = $1`, [
      community.id,
    ]);
    const enabled = input.enabled;
    return {
      communityId: community.id,
      enabled,
      handle: enabled ? `${community.slug}@${new URL(this.origin()).host}` : null,
      remoteFollowers: row.n,
    };
  }

  private requireAdmin(ctx: RequestContext): string {
    const viewer = requireViewer(ctx);
    if (!viewer.isPlatformAdmin) throw forbidden('Only platform admins may do this.', { reason: 'ADMINS_ONLY' });
    return viewer.id;
  }

  async blocked(ctx: RequestContext): Promise<BlockedInstance[]> {
    this.requireAdmin(ctx);
    return this.db.getRepository(BlockedInstance).find({ order: { host: 'ASC' } });
  }

  async block(ctx: RequestContext, input: BlockInstanceInput): Promise<BlockedInstance> {
    const adminId = this.requireAdmin(ctx);
    const host = input.host.toLowerCase();
    return this.db.transaction(async (em) => {
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO federation_blocked_instances (host, reason, created_by_id) VALUES ($1, $2, $3) ON CONFLICT (host) DO NOTHING RETURNING id`,
        [host, input.reason.trim(), adminId],
      );
      if (!row) throw conflict('That server is blocked already.', { reason: 'INSTANCE_ALREADY_BLOCKED' });
      // Its followers get nothing more from here.
      await em.query(`DELETE FROM federation_followers f USING federation_remote_actors a WHERE f.actor_id = a.id AND a.host = $1`, [host]);
      await appendAudit(em, {
        actorId: adminId,
        action: ModAction.BLOCK_INSTANCE,
        targetType: ModTarget.INSTANCE,
        targetId: row.id,
        communityId: null,
        reason: input.reason.trim(),
        details: host,
      });
      return em.findOneByOrFail(BlockedInstance, { id: row.id });
    });
  }

  async unblock(ctx: RequestContext, host: string): Promise<boolean> {
    const adminId = this.requireAdmin(ctx);
    return this.db.transaction(async (em) => {
      const [rows] = await em.query<[{ id: string }[], number]>(`DELETE FROM federation_blocked_instances WHERE host = $1 RETURNING id`, [
        host.toLowerCase(),
      ]);
      if (!rows.length) throw notFound('That blocked server', { reason: 'BLOCKED_SERVER_NOT_FOUND' });
      await appendAudit(em, {
        actorId: adminId,
        action: ModAction.UNBLOCK_INSTANCE,
        targetType: ModTarget.INSTANCE,
        targetId: rows[0].id,
        communityId: null,
        details: host.toLowerCase(),
      });
      return true;
    });
  }
}
