/** A refused API request: its status, code and a message in Chinese then English, with per-field issues. */
import type * as z from 'zod';

export interface FieldIssue {
  field: string;
  message: string;
}

export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    readonly status: 400 | 404 | 405 | 429,
    readonly code: 'bad-request' | 'not-found' | 'method-not-allowed' | 'rate-limited',
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A zod failure on request input as a 400 that names each field. */
export function badInput(error: z.ZodError, where: 'query' | 'path'): ApiRequestError {
  const issues = error.issues.map((i) => ({
    field: i.path.length > 0 ? i.path.join('.') : where,
    message: i.code === 'unrecognized_keys' ? `未知参数 unknown parameter: ${i.keys.join(', ')}` : i.message,
  }));
  return new ApiRequestError(400, 'bad-request', where === 'query' ? '请求参数有误 invalid query parameters' : '路径参数有误 invalid path parameter', issues);
}
