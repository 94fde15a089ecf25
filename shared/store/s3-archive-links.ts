import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ArchiveLinks } from './ports.ts';

/** Short-lived presigned GET URLs for archived originals, texts and diffs (the bucket stays private). */
export class S3ArchiveLinks implements ArchiveLinks {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    private readonly blobsExist: (key: string) => Promise<boolean>,
    private readonly expiresInSeconds = 300,
  ) {}

  async signedUrl(key: string): Promise<string | null> {
    if (!(await this.blobsExist(key))) return null;
    return getSignedUrl(this.s3, new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn: this.expiresInSeconds });
  }
}
