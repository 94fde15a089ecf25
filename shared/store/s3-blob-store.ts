import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { sha256Hex } from '../util/hash.ts';
import type { BlobStore } from './ports.ts';

/** Archived originals (evidence) live under this prefix and are written once (issue 14). */
export const ORIGINALS_PREFIX = 'raw/';

/** Refused: an archived original would have been replaced with other bytes. */
export class WriteOnceError extends Error {
  override name = 'WriteOnceError';
}

const isPreconditionFailed = (err: unknown): boolean => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === 'PreconditionFailed' || e?.$metadata?.httpStatusCode === 412;
};

/**
 * BlobStore over one S3 bucket. Originals (raw/…) are write-once: storing the same bytes again is a no-op,
 * other bytes under an original's key are refused (WriteOnceError) — checked here, because the local S3
 * emulator ignores conditional writes, and sent with If-None-Match: * so that real S3 refuses a race too.
 * In AWS the bucket's Object Lock (infra/constructs/storage.ts) also keeps every version from deletion.
 */
export class S3BlobStore implements BlobStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, body: Uint8Array | string, options: { contentType: string; metadata?: Record<string, string> }): Promise<void> {
    const original = key.startsWith(ORIGINALS_PREFIX);
    if (original && (await this.exists(key))) return this.sameBytes(key, body);
    try {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentType: options.contentType,
          Metadata: options.metadata,
          ...(original ? { IfNoneMatch: '*' } : {}),
        }),
      );
    } catch (err) {
      if (original && isPreconditionFailed(err)) return this.sameBytes(key, body);
      throw err;
    }
  }

  /** An original stored already: fine if it holds these bytes, refused otherwise. */
  private async sameBytes(key: string, body: Uint8Array | string): Promise<void> {
    const stored = await this.get(key);
    if (sha256Hex(stored) !== sha256Hex(body)) throw new WriteOnceError(`存档原件不可改写 archived original is write-once: ${key}`);
  }

  async get(key: string): Promise<Uint8Array> {
    const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!out.Body) throw new Error(`S3 object ${key} has no body`);
    return out.Body.transformToByteArray();
  }

  async getText(key: string): Promise<string> {
    return new TextDecoder('utf-8').decode(await this.get(key));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (err) {
      if (err instanceof NotFound || (err as { name?: string }).name === 'NotFound') return false;
      throw err;
    }
  }
}
