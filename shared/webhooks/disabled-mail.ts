/** The mail telling a subscriber that one of their webhooks failed for 7 days and was switched off. Pure. */
import type { Subscription } from '../model/subscription.ts';
import { escapeHtml } from '../notify/escape.ts';
import { formatTimeZh } from '../notify/format.ts';
import type { MailLinks, RenderedMail } from '../notify/mail-types.ts';
import { footer, greeting, htmlDocument } from '../notify/render-parts.ts';
import { maskedUrl } from './mask.ts';
import { webhookKindLabels, type StoredWebhook } from './schema.ts';

export function renderWebhookDisabledMail(subscription: Subscription, webhook: StoredWebhook, links: MailLinks): RenderedMail {
  const label = webhookKindLabels[webhook.kind];
  const subject = `公报哨兵：您的${label}推送已停用`;
  const since = webhook.failingSince ? formatTimeZh(new Date(webhook.failingSince)) : '—';
  const reason = webhook.lastFailure?.reason ?? '未知';
  const paragraphs = [
    greeting(subscription),
    `自 ${since} 起，向您设置的${label}（${maskedUrl(webhook)}）推送消息一直失败，已连续 7 天，我们已停用该推送。邮件通知不受影响。`,
    `最近一次失败的原因：${reason}`,
    '请检查机器人是否仍在群内、地址和签名密钥是否正确，然后在订阅设置中重新启用或重新添加。',
  ];
  const f = footer(links);
  const html = htmlDocument(subject, `${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n<p><a href="${escapeHtml(links.preferencesUrl)}">打开订阅设置</a></p>\n${f.html}`);
  const text = [...paragraphs, `订阅设置：${links.preferencesUrl}`, '', f.text].join('\n\n');
  return { subject, html, text };
}
