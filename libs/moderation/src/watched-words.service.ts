import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { RequestContext, badInput, conflict, forbidden, notFound, unauthenticated, requireViewer } from '@waardenet/core';
import { AddWatchedWordInput } from './dto/moderation.inputs';
import { ModAction, ModTarget } from './moderation-log-entry.entity';
import { ModLogService } from './mod-log.service';
import { ModerationAccess } from './moderation-access';
import { WatchedWord } from './watched-word.entity';
import { MAX_PHRASE_TOKENS, normalizePhrase } from './word-matcher';

/**
 * Watched words per community, and platform-wide ones (community null, platform admins only).
 * Community rules are managed by that community's moderators.
 */
@Injectable()
export class WatchedWordsService {
  constructor(
    private readonly db: DataSource,
    private readonly mods: ModerationAccess,
    private readonly log: ModLogService,
  ) {}

  async add(ctx: RequestContext, input: AddWatchedWordInput): Promise<WatchedWord> {
    const communityId = input.communityId ?? null;
    await this.requireManager(ctx, communityId);
    const normalized = normalizePhrase(input.phrase);
    const tokens = normalized.split(' ').length;
    if (!normalized || tokens > MAX_PHRASE_TOKENS) {
      throw badInput(`phrase: must hold 1 to ${MAX_PHRASE_TOKENS} words`, {
        fields: { phrase: [`must hold 1 to ${MAX_PHRASE_TOKENS} words`] },
      });
    }
    return this.db.transaction(async (em) => {
      const taken = await em.exists(WatchedWord, { where: { communityId: communityId ?? IsNull(), normalized } });
      if (taken)
        throw conflict(`"${input.phrase}" is already watched ${communityId ? 'in this community' : 'platform-wide'}.`, {
          reason: 'WATCHED_WORD_EXISTS',
        });
      const word = await em.save(
        em.create(WatchedWord, { communityId, phrase: input.phrase, normalized, action: input.action, createdById: requireViewer(ctx).id }),
      );
      await this.log.append(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.ADD_WATCHED_WORD,
        targetType: ModTarget.WATCHED_WORD,
        targetId: word.id,
        communityId,
        details: `"${word.phrase}": ${word.action}`,
      });
      return word;
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const word = await this.db.getRepository(WatchedWord).findOneBy({ id });
    if (!word) throw notFound('That watched word', { reason: 'WATCHED_WORD_NOT_FOUND' });
    await this.requireManager(ctx, word.communityId);
    await this.db.transaction(async (em) => {
      const gone = await em.delete(WatchedWord, { id });
      if (!gone.affected) throw notFound('That watched word', { reason: 'WATCHED_WORD_NOT_FOUND' });
      await this.log.append(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.REMOVE_WATCHED_WORD,
        targetType: ModTarget.WATCHED_WORD,
        targetId: id,
        communityId: word.communityId,
        details: `"${word.phrase}": ${word.action}`,
      });
    });
    return true;
  }

  /** The rules that apply in a community (its own and the platform-wide ones); platform-wide only without one. */
  async list(ctx: RequestContext, communityId: string | null | undefined): Promise<WatchedWord[]> {
    await this.requireManager(ctx, communityId ?? null);
    return this.db.getRepository(WatchedWord).find({
      where: communityId ? [{ communityId }, { communityId: IsNull() }] : { communityId: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private async requireManager(ctx: RequestContext, communityId: string | null): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    if (communityId) await this.mods.community(ctx, communityId);
    else if (!ctx.viewer.isPlatformAdmin)
      throw forbidden('Only platform admins manage platform-wide watched words.', { reason: 'ADMINS_ONLY' });
  }
}
