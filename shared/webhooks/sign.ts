/**
 * Request signatures, each as its platform documents it:
 * - DingTalk custom robot (加签): HMAC-SHA256 keyed with the secret over `timestamp + "\n" + secret`, Base64, then
 *   URL-encoded, sent as `timestamp` (milliseconds) and `sign` query parameters.
 * - Feishu custom bot (签名校验): HMAC-SHA256 keyed with `timestamp + "\n" + secret` over the empty message, Base64,
 *   sent as `timestamp` (seconds) and `sign` in the JSON body.
 * - Generic: HMAC-SHA256 keyed with the secret over `timestamp + "." + body`, hex, in the X-GW-Signature header.
 */
import { createHmac } from 'node:crypto';

export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** The robot URL with its `timestamp` and `sign` parameters (the signature URL-encoded once). */
export function dingtalkSignedUrl(url: string, secret: string, timestampMs: number): string {
  const u = new URL(url);
  u.searchParams.delete('timestamp');
  u.searchParams.delete('sign');
  const sep = u.search.length > 0 ? '&' : '?';
  return `${u.toString()}${sep}timestamp=${timestampMs}&sign=${encodeURIComponent(dingtalkSign(secret, timestampMs))}`;
}

export function feishuSign(secret: string, timestampS: number): string {
  return createHmac('sha256', `${timestampS}\n${secret}`).update('', 'utf8').digest('base64');
}

export const GENERIC_SIGNATURE_HEADER = 'x-gw-signature';
export const GENERIC_TIMESTAMP_HEADER = 'x-gw-timestamp';
export const GENERIC_DELIVERY_HEADER = 'x-gw-delivery';

/** `sha256=<hex>` of HMAC-SHA256(secret, timestamp + "." + body). */
export function genericSignature(secret: string, timestampS: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestampS}.${body}`, 'utf8').digest('hex')}`;
}
