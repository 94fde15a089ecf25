/**
 * Fetch and ingest failures. Retryable ones (timeouts, 5xx, resets) are retried with backoff;
 * permanent ones (4xx, too large, refused address, not a publication) are recorded with their reason.
 */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = retryable ? 'RetryableIngestError' : 'PermanentIngestError';
  }
}

export const retryable = (message: string): IngestError => new IngestError(message, true);
export const permanent = (message: string): IngestError => new IngestError(message, false);
