/**
 * What one anonymous GraphQL read touched, written down while it executes, so that the read cache
 * decides from what execution actually read whether its answer may be shared (fail closed): only an
 * answer that read communities, all of them PUBLIC, through the per-community rules (CommunitiesPolicy.access),
 * and nothing through a rule the record cannot follow (lists across communities, SQL visibility rules),
 * is ever stored. Set on the request by the read cache's middleware (READ_RECORD), picked up by the
 * RequestContext; absent for signed-in requests, mutations and anything else the cache never serves.
 */
export const READ_RECORD = Symbol('waardenet.readRecord');

/** The root fields whose anonymous answers may be stored: the public thread and community pages. */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set(['thread', 'community', '__typename']);

export class ReadRecord {
  /** Community id → its visibility, as read by this request. */
  readonly communities = new Map<string, string>();
  /** Why the answer must not be stored; null while nothing ruled it out. */
  private uncacheable: string | null = null;
  /** Set by the Apollo plugin once it saw a query made only of cacheable root fields. */
  private operationChecked = false;

  /** `startSeq`: the cache's invalidation counter when the request began (see ReadCache.set). */
  constructor(readonly startSeq: number) {}

  /** A community's rules were applied to this request (its content may be in the answer). */
  community(id: string, visibility: string): void {
    const seen = this.communities.get(id);
    if (seen !== undefined && seen !== visibility) this.taint('a community changed visibility while it was read');
    this.communities.set(id, visibility);
  }

  /** Something was read that the record cannot account for: the answer is never stored. */
  taint(reason: string): void {
    this.uncacheable ??= reason;
  }

  /** The operation is a query asking only for CACHEABLE_ROOT_FIELDS (checked on the parsed document). */
  operationIsCacheable(): void {
    this.operationChecked = true;
  }

  /** Null when the answer may be stored, else why not. */
  refusal(): string | null {
    if (this.uncacheable) return this.uncacheable;
    if (!this.operationChecked) return 'the operation was not checked (not a query of thread or community)';
    if (this.communities.size === 0) return 'no community was read';
    for (const visibility of this.communities.values()) if (visibility !== 'PUBLIC') return `a ${visibility} community was read`;
    return null;
  }

  /** The invalidation tags of the stored answer: one per community it read. */
  tags(): string[] {
    return [...this.communities.keys()].map(communityTag);
  }
}

/** The tag of everything read from (or shown about) one community: its page, its threads' pages. */
export const communityTag = (communityId: string) => `c:${communityId}`;
/** Invalidates every entry. */
export const ALL_TAG = '*';
