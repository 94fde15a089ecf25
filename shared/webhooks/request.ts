/**
 * The HTTP request of one delivery for each platform: URL, headers and JSON body, signed as the platform
 * documents (see sign.ts). The generic body also carries the changes as data. Pure: the clock is passed in.
 */
import type { ChangeRecord } from '../model/change.ts';
import { areaName, landOneLiner } from '../feeds/change-summary.ts';
import { markdownByteLimits } from './limits.ts';
import { renderChatMessage, type ChatMessage, type MessageInput } from './message.ts';
import type { StoredWebhook } from './schema.ts';
import { dingtalkSignedUrl, feishuSign, GENERIC_DELIVERY_HEADER, GENERIC_SIGNATURE_HEADER, GENERIC_TIMESTAMP_HEADER, genericSignature } from './sign.ts';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  message: ChatMessage;
}

export interface RequestInput extends MessageInput {
  /** Stable per (subscriber, webhook, content): the receiver can de-duplicate on it. */
  deliveryId: string;
  event: 'change' | 'digest';
}

const json = { 'content-type': 'application/json; charset=utf-8' };

function secretOf(webhook: StoredWebhook): string {
  if (webhook.secret === null) throw new Error(`webhook ${webhook.id} (${webhook.kind}) has no signing secret`);
  return webhook.secret;
}

function genericChange(change: ChangeRecord, input: MessageInput) {
  return {
    changeId: change.changeId,
    kind: change.kind,
    version: change.version,
    documentKey: change.documentKey,
    category: change.category,
    subtype: change.subtype,
    title: change.title,
    docNumber: change.docNumber,
    issuer: change.issuer,
    date: change.date,
    jurisdiction: { divisionCode: change.jurisdiction.divisionCode, name: areaName(change) },
    land: landOneLiner(change),
    pageUrl: input.pageUrl(change.changeId),
    originalUrl: change.links[0]?.url ?? null,
  };
}

export function buildWebhookRequest(webhook: StoredWebhook, input: RequestInput, now: Date): WebhookRequest {
  const message = renderChatMessage(input, markdownByteLimits[webhook.kind]);
  switch (webhook.kind) {
    case 'dingtalk': {
      const ts = now.getTime();
      const body = JSON.stringify({ msgtype: 'markdown', markdown: { title: message.title, text: message.markdown } });
      return { url: dingtalkSignedUrl(webhook.url, secretOf(webhook), ts), headers: { ...json }, body, message };
    }
    case 'wecom': {
      const body = JSON.stringify({ msgtype: 'markdown', markdown: { content: message.markdown } });
      return { url: webhook.url, headers: { ...json }, body, message };
    }
    case 'feishu': {
      const ts = Math.floor(now.getTime() / 1000);
      const body = JSON.stringify({
        timestamp: String(ts),
        sign: feishuSign(secretOf(webhook), ts),
        msg_type: 'interactive',
        card: { header: { title: { tag: 'plain_text', content: message.title }, template: 'blue' }, elements: [{ tag: 'markdown', content: message.markdown }] },
      });
      return { url: webhook.url, headers: { ...json }, body, message };
    }
    case 'generic': {
      const ts = Math.floor(now.getTime() / 1000);
      const shown = input.changes.slice(0, message.shown);
      const body = JSON.stringify({
        event: input.event,
        deliveryId: input.deliveryId,
        sentAt: now.toISOString(),
        title: message.title,
        markdown: message.markdown,
        changes: shown.map((c) => genericChange(c, input)),
        omitted: message.omitted,
        moreUrl: input.moreUrl,
      });
      return {
        url: webhook.url,
        headers: { ...json, [GENERIC_TIMESTAMP_HEADER]: String(ts), [GENERIC_SIGNATURE_HEADER]: genericSignature(secretOf(webhook), ts, body), [GENERIC_DELIVERY_HEADER]: input.deliveryId },
        body,
        message,
      };
    }
  }
}
