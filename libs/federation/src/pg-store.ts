import type {
  KvKey,
  KvStore,
  KvStoreListEntry,
  KvStoreSetOptions,
  MessageQueue,
  MessageQueueEnqueueOptions,
  MessageQueueListenOptions,
} from '@fedify/fedify';
import { DataSource } from 'typeorm';
import { BACKGROUND_SQL, logger } from '@waardenet/core';

type Duration = { total(unit: { unit: 'millisecond' } | 'millisecond'): number };
const ms = (d: unknown): number => (d ? Math.max(0, Math.round((d as Duration).total({ unit: 'millisecond' }))) : 0);

/**
 * Fedify's key–value store on the project's PostgreSQL (table federation_kv): remote documents and keys
 * cached, inbox idempotence. Expired entries are ignored on read and swept now and then.
 */
export class PgKvStore implements KvStore {
  constructor(private readonly db: DataSource) {}

  async get<T = unknown>(key: KvKey): Promise<T | undefined> {
    const [row] = await this.db.query<{ value: unknown }[]>(
      `SELECT value FROM federation_kv WHERE key = $1 AND (expires_at IS NULL OR expires_at > now())`,
      [key],
    );
    return row ? (row.value as T) : undefined;
  }

  async set(key: KvKey, value: unknown, options?: KvStoreSetOptions): Promise<void> {
    const ttl = ms(options?.ttl);
    await this.db.query(
      `INSERT INTO federation_kv (key, value, expires_at) VALUES ($1, $2::jsonb, CASE WHEN $3::int > 0 THEN now() + make_interval(secs => $3::int / 1000.0) END)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
      [key, JSON.stringify(value ?? null), ttl],
    );
  }

  async delete(key: KvKey): Promise<void> {
    await this.db.query(`DELETE FROM federation_kv WHERE key = $1`, [key]);
  }

  async cas(key: KvKey, expected: unknown, next: unknown, options?: KvStoreSetOptions): Promise<boolean> {
    return this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [JSON.stringify(key)]);
      const [row] = await em.query<{ value: unknown }[]>(
        `SELECT value FROM federation_kv WHERE key = $1 AND (expires_at IS NULL OR expires_at > now())`,
        [key],
      );
      const current = row ? row.value : undefined;
      if (JSON.stringify(current) !== JSON.stringify(expected)) return false;
      const ttl = ms(options?.ttl);
      await em.query(
        `INSERT INTO federation_kv (key, value, expires_at) VALUES ($1, $2::jsonb, CASE WHEN $3::int > 0 THEN now() + make_interval(secs => $3::int / 1000.0) END)
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
        [key, JSON.stringify(next ?? null), ttl],
      );
      return true;
    });
  }

  async *list(prefix?: KvKey): AsyncIterable<KvStoreListEntry> {
    const rows: { key: string[]; value: unknown }[] = prefix
      ? await this.db.query<{ key: string[]; value: unknown }[]>(
          `SELECT key, value FROM federation_kv WHERE key[1:$2] = $1::text[] AND (expires_at IS NULL OR expires_at > now())`,
          [prefix, prefix.length],
        )
      : await this.db.query<{ key: string[]; value: unknown }[]>(
          `SELECT key, value FROM federation_kv WHERE expires_at IS NULL OR expires_at > now()`,
        );
    for (const row of rows) yield { key: row.key as unknown as KvKey, value: row.value };
  }

  async sweep(): Promise<void> {
    await this.db.query(`${BACKGROUND_SQL} DELETE FROM federation_kv WHERE expires_at <= now()`);
  }
}

/**
 * Fedify's message queue on PostgreSQL (table federation_queue): deliveries survive a restart, and any
 * number of api instances share them (each message is leased by one, FOR UPDATE SKIP LOCKED). Fedify
 * itself retries a failed delivery with exponential back-off by enqueueing it again with a delay.
 */
export class PgMessageQueue implements MessageQueue {
  readonly nativeRetrial = false;
  private readonly sleepers = new Set<() => void>();

  constructor(
    private readonly db: DataSource,
    private readonly pollMs: number,
  ) {}

  async enqueue(message: unknown, options?: MessageQueueEnqueueOptions): Promise<void> {
    await this.enqueueMany([message], options);
  }

  async enqueueMany(messages: readonly unknown[], options?: MessageQueueEnqueueOptions): Promise<void> {
    if (!messages.length) return;
    const delay = ms(options?.delay);
    await this.db.query(
      `INSERT INTO federation_queue (message, run_at) SELECT m, clock_timestamp() + make_interval(secs => $2::int / 1000.0) FROM unnest($1::jsonb[]) m`,
      [messages.map((m) => JSON.stringify(m)), delay],
    );
    if (!delay) for (const wake of [...this.sleepers]) wake();
  }

  async getDepth(): Promise<{ queued: number; ready: number; delayed: number }> {
    const [row] = await this.db.query<{ queued: number; ready: number }[]>(
      `SELECT count(*)::int AS queued, count(*) FILTER (WHERE run_at <= now())::int AS ready FROM federation_queue`,
    );
    return { queued: row.queued, ready: row.ready, delayed: row.queued - row.ready };
  }

  async listen(handler: (message: unknown) => Promise<void> | void, options?: MessageQueueListenOptions): Promise<void> {
    const signal = options?.signal;
    while (!signal?.aborted) {
      let job: { id: string; message: unknown } | undefined;
      try {
        // An UPDATE answers [rows, count] through TypeORM.
        const [rows] = await this.db.query<[{ id: string; message: unknown }[], number]>(
          `${BACKGROUND_SQL} UPDATE federation_queue SET locked_until = clock_timestamp() + interval '5 minutes'
             WHERE id = (SELECT id FROM federation_queue WHERE run_at <= clock_timestamp() AND (locked_until IS NULL OR locked_until < clock_timestamp())
                          ORDER BY run_at, id FOR UPDATE SKIP LOCKED LIMIT 1)
           RETURNING id, message`,
        );
        job = rows[0];
      } catch (err) {
        if (signal?.aborted) break;
        logger.warn({ err }, 'federation queue: could not take a message');
      }
      if (!job) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => done(), this.pollMs);
          const sleepers = this.sleepers;
          sleepers.add(done);
          signal?.addEventListener('abort', done);
          function done() {
            clearTimeout(timer);
            sleepers.delete(done);
            signal?.removeEventListener('abort', done);
            resolve();
          }
        });
        continue;
      }
      try {
        await handler(job.message);
      } catch (err) {
        logger.warn({ err }, 'federation queue: a message failed');
      }
      await this.db.query(`DELETE FROM federation_queue WHERE id = $1`, [job.id]).catch(() => undefined);
    }
  }
}
