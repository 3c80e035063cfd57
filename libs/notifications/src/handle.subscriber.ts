import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntitySubscriberInterface, InsertEvent } from 'typeorm';
import { User, isReservedHandle } from '@waardenet/accounts';
import { firstFreeHandle, handleBase, handleVariantsPattern } from './handle';

/** The first free handle for a display name, as seen by `em` (inside the caller's transaction). */
export async function freeHandleFor(em: EntityManager, displayName: string): Promise<string> {
  const suggested = handleBase(displayName);
  // Never a handle kept for deleted accounts (a member called "Deleted" becomes @deletedlezer).
  const base = isReservedHandle(suggested) ? `${suggested.slice(0, 18)}lezer` : suggested;
  // Two accounts with the same name registering at once: the second waits for the first to commit, then sees its handle.
  if (em.queryRunner?.isTransactionActive) await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`handle:${base}`]);
  // A handle given up within the redirect period is still its old account's (ProfileService.setHandle).
  const rows: { handle: string }[] = await em.query(
    `SELECT handle FROM users WHERE handle ~ $1 UNION ALL SELECT handle FROM handle_redirects WHERE handle ~ $1 AND expires_at > now()`,
    [handleVariantsPattern(base)],
  );
  return firstFreeHandle(
    base,
    rows.map((r) => r.handle),
  );
}

/**
 * Gives every new account a handle from its display name, whichever path creates it (registration,
 * the demo seed): a TypeORM subscriber, so the accounts domain needs no knowledge of mentions.
 */
@Injectable()
export class HandleSubscriber implements EntitySubscriberInterface<User> {
  constructor(db: DataSource) {
    db.subscribers.push(this);
  }

  listenTo() {
    return User;
  }

  async beforeInsert(event: InsertEvent<User>): Promise<void> {
    const user = event.entity;
    if (user && !user.handle && user.displayName) user.handle = await freeHandleFor(event.manager, user.displayName);
  }
}
