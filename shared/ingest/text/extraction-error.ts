/** A file that cannot be read as a publication: permanent, never retried. The message is Chinese first, then English. */
export class ExtractionError extends Error {
  override name = 'ExtractionError';
  readonly retryable = false;
}
