/** The API's view of one HTTP request and response, independent of API Gateway and node:http. */
export interface ApiRequest {
  method: string;
  /** Path without the query, e.g. /preferences. */
  path: string;
  /** The raw query string, without "?". */
  rawQuery: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body bytes (decoded from base64 when the gateway encoded them), or null. */
  body: Uint8Array | null;
  sourceIp: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Bodies larger than this are refused with 413 (the forms are a few hundred bytes). */
export const MAX_BODY_BYTES = 64 * 1024;
