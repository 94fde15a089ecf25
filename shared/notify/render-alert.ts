/** The immediate alert: one change, mailed as soon as it is found. */
import { deadlineAttachment } from '../calendar/build-ics.ts';
import type { ChangeRecord } from '../model/change.ts';
import type { Subscription } from '../model/subscription.ts';
import { escapeHtml, plainText } from './escape.ts';
import { oneLine, truncate } from './format.ts';
import { alertLabel } from './labels.ts';
import type { MailLinks, RenderedMail } from './mail-types.ts';
import { changeHtml, changeText, changeView, footer, greeting, htmlDocument } from './render-parts.ts';

/** The mail types, re-exported for callers that import them with the renderer. */
export type { MailLinks, RenderedMail } from './mail-types.ts';

export interface AlertInput {
  subscription: Subscription;
  change: ChangeRecord;
  links: MailLinks;
}

const subjectTitleChars = 60;

/** Subject like 【公报哨兵】土地征收公告：… (修订 marked), the title on one line and shortened. */
export function alertSubject(change: ChangeRecord): string {
  const label = alertLabel(change.category, change.subtype);
  const revised = change.kind === 'revised' ? '（修订）' : '';
  const title = truncate(plainText(oneLine(change.title)), subjectTitleChars);
  return `【公报哨兵】${label}${revised}：${title}`;
}

export function renderAlert(input: AlertInput): RenderedMail {
  const { subscription, change, links } = input;
  const subject = alertSubject(change);
  const view = changeView(change, links);
  const label = alertLabel(change.category, change.subtype);
  const lead =
    change.kind === 'revised'
      ? `您关注的文件有了新版本（第 ${change.version} 版）：`
      : `公报哨兵发现一份符合您订阅条件的新文件（${label}）：`;
  const foot = footer(links);
  const body = [
    `<h1 style="font-size:20px;margin:0 0 12px">公报哨兵 · ${escapeHtml(label)}</h1>`,
    `<p>${escapeHtml(greeting(subscription))}</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    changeHtml(view),
    foot.html,
  ].join('\n');
  const text = plainText(
    [`公报哨兵 · ${label}`, '', greeting(subscription), lead, '', changeText(view), '', foot.text, ''].join('\n'),
  );
  // A land alert carries its dated deadlines as an .ics (one all-day event each, stable UIDs): stamped with the
  // change's creation so a retried send carries the same file.
  const created = new Date(change.createdAt);
  const stamp = Number.isNaN(created.getTime()) ? new Date(0) : created;
  const ics = change.land ? deadlineAttachment(change, stamp, links.evidenceUrl?.(change.changeId)) : null;
  return { subject, html: htmlDocument(subject, body), text, ...(ics ? { attachments: [ics] } : {}) };
}
