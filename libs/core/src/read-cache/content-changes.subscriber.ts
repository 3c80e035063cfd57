import type {
  EntitySubscriberInterface,
  InsertEvent,
  ObjectLiteral,
  QueryRunner,
  RemoveEvent,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  UpdateEvent,
} from 'typeorm';
import type { ContentChanges } from './content-changes';
import { ALL_TAG, communityTag } from './read-record';

/** Where a transaction's changes wait for its commit (QueryRunner.data is TypeORM's slot for such). */
const PENDING = 'waardenet.contentChanges';

/** The users' fields shown to visitors beside their posts: a change to one of them reaches every page. */
const PUBLIC_USER_FIELDS = ['displayName', 'handle', 'bio', 'deletedAt', 'avatarUrl'];

type Kind = 'insert' | 'update' | 'remove';
type Rule = (row: ObjectLiteral | undefined, kind: Kind) => string[];
const ofCommunity = (row: ObjectLiteral | undefined, key: string) =>
  typeof row?.[key] === 'string' ? [communityTag(row[key])] : [ALL_TAG];

/**
 * What a written row changes for visitors, per table, as ContentChanges tags; a table not named here
 * changes nothing they see (or its changes always write a live event too, which is how posts, threads and
 * reactions are covered), and its writes are passed over before anything is looked at.
 */
const RULES: Record<string, Rule> = {
  // Every change readers see in a thread or a community's list writes one (libs/live): the main source.
  // The retention job deleting old events changes nothing shown.
  live_events: (row, kind) => (kind === 'insert' ? ofCommunity(row, 'communityId') : []),
  // Name, description, visibility: an update through the query builder names no row, so everything goes.
  communities: (row) => ofCommunity(row, 'id'),
  // Member counts, bans, roles.
  memberships: (row) => ofCommunity(row, 'communityId'),
  // Uploads: a community's banner (its pages), an avatar or a logo (everywhere). A post's image is shown once
  // the post's text names it, and that edit writes a live event.
  media: (row) => {
    if (!row || row.purpose === 'AVATAR' || row.purpose === 'LIBRARY_LOGO') return [ALL_TAG];
    return row.purpose === 'POST' ? [] : ofCommunity(row, 'communityId');
  },
  // Shown on community pages (a library's name) and beside posts (expert badges): rare, so everything goes.
  libraries: () => [ALL_TAG],
  expertise: () => [ALL_TAG],
  users: (row, kind) => {
    if (kind !== 'update') return kind === 'remove' ? [ALL_TAG] : [];
    return !row || PUBLIC_USER_FIELDS.some((f) => f in row) ? [ALL_TAG] : [];
  },
};

export function tagsOfWrite(table: string, row: ObjectLiteral | undefined, kind: Kind): string[] {
  return RULES[table]?.(row, kind) ?? [];
}

const watched = (table: string) => Object.hasOwn(RULES, table);

/**
 * Watches every write made through TypeORM (registered on the DataSource by ContentChanges): applies its
 * tags at once (before the commit, on this instance) and again after the commit (everywhere).
 */
export class ContentChangesSubscriber implements EntitySubscriberInterface {
  constructor(private readonly changes: ContentChanges) {}

  afterInsert(event: InsertEvent<ObjectLiteral>): void {
    if (!watched(event.metadata.tableName)) return;
    this.note(event.queryRunner, tagsOfWrite(event.metadata.tableName, event.entity, 'insert'));
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>): void {
    if (!watched(event.metadata.tableName)) return;
    const row = event.entity ?? event.databaseEntity;
    const known = event.databaseEntity ? { ...event.databaseEntity, ...row } : row;
    this.note(event.queryRunner, tagsOfWrite(event.metadata.tableName, known, 'update'));
  }

  afterRemove(event: RemoveEvent<ObjectLiteral>): void {
    if (!watched(event.metadata.tableName)) return;
    this.note(event.queryRunner, tagsOfWrite(event.metadata.tableName, event.entity ?? event.databaseEntity, 'remove'));
  }

  afterSoftRemove(event: RemoveEvent<ObjectLiteral>): void {
    this.afterRemove(event);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Releasing a savepoint is no commit: wait for the outer transaction's.
    if (event.queryRunner.isTransactionActive) return;
    const pending = event.queryRunner.data?.[PENDING] as Set<string> | undefined;
    if (!pending) return;
    delete event.queryRunner.data[PENDING];
    this.changes.changed([...pending]);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // A savepoint rolled back keeps its tags: dropping a few entries too many is harmless.
    if (!event.queryRunner.isTransactionActive && event.queryRunner.data) delete event.queryRunner.data[PENDING];
  }

  private note(queryRunner: QueryRunner | undefined, tags: string[]): void {
    if (!tags.length) return;
    this.changes.local(tags);
    if (!queryRunner?.isTransactionActive) return this.changes.changed(tags);
    queryRunner.data ??= {};
    const pending = (queryRunner.data[PENDING] ??= new Set<string>()) as Set<string>;
    for (const tag of tags) pending.add(tag);
  }
}
