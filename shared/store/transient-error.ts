/**
 * Whether an error from an AWS service or the network is transient: a server fault, throttling, a timeout
 * or a dropped connection. Such an error says nothing about the work itself; retrying later (SQS, then its
 * DLQ and redrive) is right, and it must not count towards giving the work up.
 */
const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'SlowDown',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'ServiceUnavailable',
  'InternalServerError',
  'InternalError',
]);
const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

interface ServiceErrorShape {
  name?: unknown;
  code?: unknown;
  $fault?: unknown;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

export function isTransientServiceError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as ServiceErrorShape;
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : null;
  if (e.$fault === 'server' || e.$retryable !== undefined) return true;
  if (status !== null && (status >= 500 || status === 429)) return true;
  if (typeof e.name === 'string' && TRANSIENT_NAMES.has(e.name)) return true;
  return typeof e.code === 'string' && TRANSIENT_CODES.has(e.code);
}
