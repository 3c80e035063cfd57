import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '@waardenet/core';
import { EventBatch } from '@waardenet/live/channels';
import { CommunitiesPolicy, CommunitiesService, Community } from '@waardenet/communities';
import { NotificationKind } from './notification-kind';
import { NotificationDraft, NotificationWriter } from './notification-writer';
import { RecipientAccess } from './recipient-access';

interface Alert {
  communityId: string;
  kind: NotificationKind;
  /** Who caused it, never told about it themself (null: not named, as for a report). */
  actorId: string | null;
  /** Left out of the recipients (the reporter, when they moderate too). */
  exceptId?: string | null;
  threadId?: string | null;
  postId?: string | null;
  subjectId?: string | null;
  dedupeKey: string | null;
}

/**
 * Alerts a community's moderators, inside the transaction of the cause, to what waits for them: a new
 * report, a request to join, a post held for approval. The recipients are its active OWNER and
 * MODERATOR members and its library's staff, each asked through the communities policy whether they
 * moderate it now (a suspended moderator gets nothing). Platform admins are not alerted for every
 * community. The notification arrives live through notificationAdded, and counts in the bell.
 */
@Injectable()
export class ModeratorAlertsService {
  constructor(
    private readonly writer: NotificationWriter,
    private readonly access: RecipientAccess,
    private readonly communities: CommunitiesService,
    private readonly policy: CommunitiesPolicy,
  ) {}

  async alert(em: EntityManager, batch: EventBatch, a: Alert): Promise<void> {
    const sys = RequestContext.system();
    sys.manager = em;
    const community = await this.communities.loader(sys).load(a.communityId);
    if (!community) return;
    const ids = (await this.moderatorIds(em, community)).filter((id) => id !== a.actorId && id !== a.exceptId);
    if (!ids.length) return;
    const contexts = await this.access.contexts(ids, em, community);
    const drafts: NotificationDraft[] = [];
    for (const id of ids) {
      const ctx = contexts.get(id);
      if (!ctx || !(await this.policy.access(ctx, community)).canModerate) continue;
      drafts.push({
        recipientId: id,
        kind: a.kind,
        actorId: a.actorId,
        communityId: community.id,
        threadId: a.threadId ?? null,
        postId: a.postId ?? null,
        subjectId: a.subjectId ?? null,
        detail: null,
        dedupeKey: a.dedupeKey,
      });
    }
    await this.writer.write(em, batch, drafts);
  }

  private async moderatorIds(em: EntityManager, community: Community): Promise<string[]> {
    const rows: { user_id: string }[] = await em.query(
      `SELECT user_id FROM memberships WHERE community_id = $1 AND role IN ('OWNER', 'MODERATOR') AND state = 'ACTIVE'
       UNION SELECT user_id FROM library_staff WHERE library_id = $2`,
      [community.id, community.libraryId],
    );
    return rows.map((r) => r.user_id);
  }
}
