/**
 * How long a message may be on each platform (UTF-8 bytes of the markdown the message carries):
 * - WeCom group robot: markdown.content at most 4096 bytes (群机器人配置说明).
 * - Feishu custom bot: the whole request body at most 20 KB; the card's markdown is kept under 18 000 bytes.
 * - DingTalk custom robot: the message body at most 20 000 bytes; the markdown text is kept under 18 000.
 * - Generic: our own bound, 64 KB of JSON.
 */
import type { WebhookKind } from './schema.ts';

export const markdownByteLimits: Record<WebhookKind, number> = {
  wecom: 4096,
  feishu: 18_000,
  dingtalk: 18_000,
  generic: 48_000,
};

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Cuts text to at most `max` UTF-8 bytes on a code-point boundary, adding … when cut. */
export function truncateBytes(text: string, max: number): string {
  if (utf8Bytes(text) <= max) return text;
  let out = '';
  let bytes = 0;
  const budget = max - utf8Bytes('…');
  for (const ch of text) {
    const n = utf8Bytes(ch);
    if (bytes + n > budget) break;
    out += ch;
    bytes += n;
  }
  return `${out}…`;
}
