import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { MediaStorage, StoredObject } from './media-storage';

/** Bytes read per statement when serving from PostgreSQL: a slow reader holds one chunk, not the file. */
export const PG_CHUNK_BYTES = 256 * 1024;

/** Media bytes in the `media_blobs` table (bytea), read back in chunks with substring(). */
export class PostgresMediaStorage implements MediaStorage {
  readonly engine = 'postgres' as const;

  constructor(private readonly db: DataSource) {}

  async put(em: EntityManager, mediaId: string, name: string, data: Buffer): Promise<void> {
    await em.query(`INSERT INTO media_blobs (media_id, name, data) VALUES ($1, $2, $3)`, [mediaId, name, data]);
  }

  async get(mediaId: string, name: string): Promise<StoredObject | null> {
    const [row]: ({ length: number } | undefined)[] = await this.db.query(
      `SELECT octet_length(data) AS length FROM media_blobs WHERE media_id = $1 AND name = $2`,
      [mediaId, name],
    );
    if (!row) return null;
    const length = Number(row.length);
    const db = this.db;
    async function* chunks() {
      for (let offset = 0; offset < length; offset += PG_CHUNK_BYTES) {
        const [part]: ({ part: Buffer } | undefined)[] = await db.query(
          `SELECT substring(data FROM $3 FOR $4) AS part FROM media_blobs WHERE media_id = $1 AND name = $2`,
          [mediaId, name, offset + 1, PG_CHUNK_BYTES],
        );
        if (!part) return; // deleted while being read: the answer ends short and the client sees a cut download
        yield part.part;
      }
    }
    return { stream: Readable.from(chunks(), { objectMode: false }), length };
  }

  async deleteAll(): Promise<void> {
    // The rows cascade with their media row.
  }
}
