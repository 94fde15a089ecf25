/** An API failure with its HTTP status and a message in Chinese, then English. */
export interface ApiIssue {
  field: string;
  message: string;
}

export type ApiErrorCode =
  | 'bad-request'
  | 'invalid-token'
  | 'expired-token'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'rate-limited';

export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly options: { issues?: ApiIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
}

export const notFound = (): ApiError => new ApiError(404, 'not-found', '找不到此页面 page not found');

export const methodNotAllowed = (allowed: readonly string[]): ApiError =>
  new ApiError(405, 'method-not-allowed', `不支持此请求方法 method not allowed（允许 allowed: ${allowed.join(', ')}）`, {
    headers: { allow: allowed.join(', ') },
  });

export const tooLarge = (limitBytes: number): ApiError =>
  new ApiError(413, 'payload-too-large', `请求内容过大 request body too large（上限 limit ${Math.round(limitBytes / 1024)} KB）`);

export const rateLimited = (retryAfterSeconds: number): ApiError =>
  new ApiError(429, 'rate-limited', `请求过于频繁，请 ${retryAfterSeconds} 秒后再试 too many requests, retry in ${retryAfterSeconds} s`, {
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
