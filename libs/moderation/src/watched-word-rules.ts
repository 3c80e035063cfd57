import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { WatchedWord, WatchedWordAction } from './watched-word.entity';
import { PhraseMatcher } from './word-matcher';

/** Strongest first: a text that hits a BLOCK word is refused whatever else it hits. */
const STRENGTH: Record<WatchedWordAction, number> = { BLOCK: 0, REQUIRE_APPROVAL: 1, FLAG: 2 };

/** Which watched words a text hits: the community's rules and the platform-wide ones, one statement per write. */
@Injectable()
export class WatchedWordRules {
  async hits(em: EntityManager, communityId: string, texts: string[]): Promise<WatchedWord[]> {
    const rules = await em.getRepository(WatchedWord).find({ where: [{ communityId }, { communityId: IsNull() }] });
    if (!rules.length) return [];
    const matched = new PhraseMatcher(rules.map((rule) => ({ phrase: rule.normalized, rule }))).match(...texts);
    return matched.sort((a, b) => STRENGTH[a.action] - STRENGTH[b.action]);
  }
}
