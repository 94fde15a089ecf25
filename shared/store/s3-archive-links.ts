import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { archiveResponseFor } from './archive-response.ts';
import type { ArchiveLinks } from './ports.ts';

/**
 * Short-lived presigned GET URLs for archived originals, texts and diffs (the bucket stays private). The URL
 * fixes the response's Content-Type and Content-Disposition (archive-response.ts): archived HTML is served as
 * a text/plain attachment, never as a live page on the bucket origin.
 */
export class S3ArchiveLinks implements ArchiveLinks {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    private readonly blobsExist: (key: string) => Promise<boolean>,
    private readonly expiresInSeconds = 300,
  ) {}

  async signedUrl(key: string): Promise<string | null> {
    if (!(await this.blobsExist(key))) return null;
    const { contentType, contentDisposition } = archiveResponseFor(key);
    return getSignedUrl(
      this.s3,
      new GetObjectCommand({ Bucket: this.bucket, Key: key, ResponseContentType: contentType, ResponseContentDisposition: contentDisposition }),
      { expiresIn: this.expiresInSeconds },
    );
  }
}
