import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';

/** One rendition read back: its bytes as a stream, and how many there are. */
export interface StoredObject {
  stream: Readable;
  length: number;
}

/**
 * Where media bytes live. Two engines: PostgreSQL (default; nothing else to run) and S3-compatible object
 * storage. Keys are `<mediaId>/<variant>`. `put` runs inside the transaction that inserts the media row
 * (`em`): the PostgreSQL engine writes in it, the S3 engine before it commits (a failed commit leaves objects
 * that the purge sweep removes).
 */
export interface MediaStorage {
  readonly engine: 'postgres' | 's3';
  put(em: EntityManager, mediaId: string, name: string, data: Buffer, contentType: string): Promise<void>;
  /** Null when there is no such rendition. Streams in chunks, never the whole object at once. */
  get(mediaId: string, name: string): Promise<StoredObject | null>;
  /** Deletes every rendition of these uploads (the S3 engine; PostgreSQL rows go with their media row). */
  deleteAll(items: { mediaId: string; names: string[] }[]): Promise<void>;
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');
