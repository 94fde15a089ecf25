/**
 * Fetch and ingest failures. Retryable ones (timeouts, 5xx, resets) are retried with backoff;
 * permanent ones (4xx, too large, refused address, not a publication) are recorded with their reason.
 */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** The HTTP status that caused it, when there was one (404 tells a dated URL "nothing published"). */
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = retryable ? 'RetryableIngestError' : 'PermanentIngestError';
  }
}

export const retryable = (message: string, status: number | null = null): IngestError => new IngestError(message, true, status);
export const permanent = (message: string, status: number | null = null): IngestError => new IngestError(message, false, status);

/** 404 or 410: the resource does not exist (yet). */
export const isAbsent = (err: unknown): boolean => err instanceof IngestError && (err.status === 404 || err.status === 410);
