import { Readable } from 'node:stream';
import { DeleteObjectsCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { MediaConfig } from '@waardenet/core';
import { MediaStorage, StoredObject } from './media-storage';

/**
 * Media bytes in an S3-compatible bucket (AWS S3, MinIO, Garage, Ceph…) under `media/<id>/<variant>`.
 * Checksums only where the operation requires them: several S3-compatible servers do not yet understand the
 * SDK's default CRC32 trailers (aws-chunked uploads).
 */
export class S3MediaStorage implements MediaStorage {
  readonly engine = 's3' as const;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: MediaConfig['s3']) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private key(mediaId: string, name: string): string {
    return `media/${mediaId}/${name}`;
  }

  async put(_em: unknown, mediaId: string, name: string, data: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.key(mediaId, name),
        Body: data,
        ContentLength: data.length,
        ContentType: contentType,
      }),
    );
  }

  async get(mediaId: string, name: string): Promise<StoredObject | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(mediaId, name) }));
      if (!out.Body) return null;
      return { stream: out.Body as Readable, length: Number(out.ContentLength ?? 0) };
    } catch (err) {
      if (err instanceof NoSuchKey || (err as { name?: string }).name === 'NoSuchKey') return null;
      throw err;
    }
  }

  async deleteAll(items: { mediaId: string; names: string[] }[]): Promise<void> {
    const keys = items.flatMap((i) => i.names.map((n) => ({ Key: this.key(i.mediaId, n) })));
    // DeleteObjects takes at most 1,000 keys a call.
    for (let i = 0; i < keys.length; i += 1000) {
      await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys.slice(i, i + 1000), Quiet: true } }));
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}
