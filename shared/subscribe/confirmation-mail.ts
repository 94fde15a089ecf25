/**
 * The mails a subscribe request sends: the double opt-in confirmation (a signed, expiring confirm
 * link), or, when the address is already subscribed, a note with its preferences link. Chinese,
 * multipart (text + HTML), with the RFC 8058 unsubscribe headers like every mail we send.
 */
import type { Subscription } from '../model/subscription.ts';
import { escapeHtml, plainText } from '../notify/escape.ts';
import { signToken } from '../notify/tokens.ts';
import { deliverMail } from '../stages/deliver-mail.ts';
import { mailLinksFor } from '../stages/mail-links.ts';
import type { SubscribeDeps } from './deps.ts';
import { describeFilters } from './describe-filters.ts';

/** How long a confirm link works. */
export const CONFIRM_LINK_LIFETIME_MS = 3 * 24 * 3600 * 1000;

export type SubscribeMailKind = 'confirm' | 'already-subscribed' | 'preferences-link';

export interface SubscribeMail {
  subject: string;
  text: string;
  html: string;
}

export function confirmUrl(deps: Pick<SubscribeDeps, 'publicBaseUrl' | 'tokenSecret'>, subscriberId: string, now: Date): string {
  const token = signToken(deps.tokenSecret, { subscriberId, purpose: 'confirm', expiresAt: now.getTime() + CONFIRM_LINK_LIFETIME_MS });
  return `${deps.publicBaseUrl.replace(/\/$/, '')}/confirm?token=${encodeURIComponent(token)}`;
}

const shell = (title: string, body: string): string =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
  `<body style="font-family:sans-serif;line-height:1.6;color:#1a1a1a;max-width:36em">${body}</body></html>`;

export function renderSubscribeMail(kind: SubscribeMailKind, subscription: Subscription, links: { action: string; unsubscribe: string }): SubscribeMail {
  const summary = describeFilters(subscription.filters, subscription.frequency);
  const summaryHtml = `<ul>${summary.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
  const link = (url: string, label: string) => `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`;
  if (kind === 'confirm') {
    const subject = '请确认订阅公报哨兵 Confirm your subscription';
    const text = plainText(
      [
        '您好：',
        '',
        '有人（可能是您本人）用本邮箱订阅了公报哨兵的政府公报提醒。请打开下面的链接确认订阅（3 天内有效）：',
        links.action,
        '',
        '订阅内容：',
        ...summary.map((l) => `  · ${l}`),
        '',
        '如果不是您本人操作，请忽略本邮件：不确认就不会再收到我们的邮件。',
        '',
        'Someone (probably you) subscribed this address to gazette-watch. Open the link above within 3 days to confirm; ignore this mail otherwise.',
      ].join('\n'),
    );
    const html = shell(
      subject,
      `<p>您好：</p><p>有人（可能是您本人）用本邮箱订阅了公报哨兵的政府公报提醒。请点击下面的链接确认订阅（3 天内有效）：</p>` +
        link(links.action, '确认订阅 Confirm subscription') +
        `<p>订阅内容：</p>${summaryHtml}` +
        `<p>如果不是您本人操作，请忽略本邮件：不确认就不会再收到我们的邮件。</p>` +
        `<p lang="en" style="color:#555">Someone (probably you) subscribed this address to gazette-watch. Confirm within 3 days, or ignore this mail.</p>`,
    );
    return { subject, text, html };
  }
  if (kind === 'preferences-link') {
    const subject = '公报哨兵订阅设置的新链接 A fresh link to your preferences';
    const text = plainText(
      [
        '您好：',
        '',
        '有人（可能是您本人）打开了一个已过期的订阅设置链接，并请求新的链接。请打开下面的链接修改订阅设置：',
        links.action,
        '',
        '当前订阅：',
        ...summary.map((l) => `  · ${l}`),
        '',
        '退订（一直有效）：',
        links.unsubscribe,
        '',
        'Someone (probably you) asked for a fresh link to the preferences of this subscription; it is above.',
      ].join('\n'),
    );
    const html = shell(
      subject,
      `<p>您好：</p><p>有人（可能是您本人）打开了一个已过期的订阅设置链接，并请求新的链接。</p>` +
        link(links.action, '修改订阅设置 Change preferences') +
        `<p>当前订阅：</p>${summaryHtml}` +
        link(links.unsubscribe, '退订 Unsubscribe') +
        `<p lang="en" style="color:#555">Someone (probably you) asked for a fresh link to these preferences.</p>`,
    );
    return { subject, text, html };
  }
  const subject = '您已订阅公报哨兵 You are already subscribed';
  const text = plainText(
    [
      '您好：',
      '',
      '有人（可能是您本人）再次用本邮箱订阅公报哨兵。本邮箱已经订阅，订阅设置没有改变。',
      '如需修改订阅设置，请打开：',
      links.action,
      '',
      '当前订阅：',
      ...summary.map((l) => `  · ${l}`),
      '',
      '退订：',
      links.unsubscribe,
      '',
      'This address is already subscribed; nothing was changed. Use the first link to change your preferences.',
    ].join('\n'),
  );
  const html = shell(
    subject,
    `<p>您好：</p><p>有人（可能是您本人）再次用本邮箱订阅公报哨兵。本邮箱已经订阅，订阅设置没有改变。</p>` +
      link(links.action, '修改订阅设置 Change preferences') +
      `<p>当前订阅：</p>${summaryHtml}` +
      link(links.unsubscribe, '退订 Unsubscribe') +
      `<p lang="en" style="color:#555">This address is already subscribed; nothing was changed.</p>`,
  );
  return { subject, text, html };
}

/** Builds and sends one subscribe mail through the mailer; hands it to onSent (the local outbox). */
export async function sendSubscribeMail(kind: SubscribeMailKind, subscription: Subscription, deps: SubscribeDeps): Promise<string> {
  const now = deps.now();
  const links = mailLinksFor(subscription.subscriberId, {
    publicBaseUrl: deps.publicBaseUrl,
    tokenSecret: deps.tokenSecret,
    archiveBaseUrl: deps.archiveBaseUrl,
    now: deps.now,
  });
  const action = kind === 'confirm' ? confirmUrl(deps, subscription.subscriberId, now) : links.preferencesUrl;
  const mail = renderSubscribeMail(kind, subscription, { action, unsubscribe: links.unsubscribeUrl });
  const deliveryKey = `${({ confirm: 'CONFIRM', 'already-subscribed': 'REMINDER', 'preferences-link': 'RENEW' } as const)[kind]}#${now.toISOString()}`;
  const messageId = await deliverMail(deps, {
    to: subscription.email,
    subscriberId: subscription.subscriberId,
    mail,
    unsubscribeUrl: links.unsubscribeUrl,
    deliveryKey,
    now,
  });
  return messageId;
}
