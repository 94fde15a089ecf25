/** The daily/weekly digest: every matched change of a period, grouped by category, land first. */
import type { ChangeRecord } from '../model/change.ts';
import type { Subscription } from '../model/subscription.ts';
import { escapeHtml, plainText } from './escape.ts';
import { formatDateZh, formatWeekZh } from './format.ts';
import type { MailLinks, RenderedMail } from './mail-types.ts';
import { periodRange } from './period.ts';
import { changeHtml, changeText, changeView, footer, greeting, groupByCategory, htmlDocument } from './render-parts.ts';

/** The mail types, re-exported for callers that import them with the renderer. */
export type { MailLinks, RenderedMail } from './mail-types.ts';

export interface DigestInput {
  subscription: Subscription;
  changes: ChangeRecord[];
  /** The digest's period ("2026-11-22", "2026-W47"), or null for an ad-hoc batch. */
  period: string | null;
  links: MailLinks;
}

function periodTitle(period: string | null): { name: string; span: string | null } {
  if (period === null) return { name: '新变化汇总', span: null };
  const range = periodRange(period);
  if (range.frequency === 'daily') return { name: '每日摘要', span: formatDateZh(range.firstDay) };
  const short = (iso: string): string => formatDateZh(iso).replace(/^\d{4}年/, '');
  return { name: '每周摘要', span: `${formatWeekZh(period)}，${short(range.firstDay)}—${short(range.lastDay)}` };
}

/** Renders the digest; throws when there is nothing to send (an empty digest is never mailed). */
export function renderDigest(input: DigestInput): RenderedMail {
  const { subscription, changes, period, links } = input;
  if (changes.length === 0) throw new Error('renderDigest: no changes to render');
  // One entry per change even if the caller's list repeats one.
  const unique = [...new Map(changes.map((c) => [c.changeId, c])).values()];
  const groups = groupByCategory(unique);
  const title = periodTitle(period);
  const counts = groups.map((g) => `${g.heading} ${g.changes.length} 条`).join('、');
  const subject = `【公报哨兵】${title.name}${title.span ? `（${title.span}）` : ''}：${counts}`;
  const intro = `本期共有 ${unique.length} 条符合您订阅条件的新文件或修订：${counts}。`;
  const foot = footer(links);

  const htmlSections = groups.map((g) =>
    [
      `<h2 style="font-size:18px;margin:24px 0 10px;border-bottom:2px solid #1a4d8f;padding-bottom:4px">${escapeHtml(g.heading)}（${g.changes.length}）</h2>`,
      ...g.changes.map((c) => changeHtml(changeView(c, links))),
    ].join('\n'),
  );
  const body = [
    `<h1 style="font-size:20px;margin:0 0 4px">公报哨兵 · ${escapeHtml(title.name)}</h1>`,
    title.span ? `<div style="color:#666;font-size:13px">${escapeHtml(title.span)}</div>` : '',
    `<p>${escapeHtml(greeting(subscription))}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...htmlSections,
    foot.html,
  ]
    .filter((part) => part.length > 0)
    .join('\n');

  const textSections = groups.map((g) =>
    [`【${g.heading}（${g.changes.length}）】`, '', ...g.changes.map((c) => `${changeText(changeView(c, links))}\n`)].join('\n'),
  );
  const text = plainText(
    [
      `公报哨兵 · ${title.name}${title.span ? `（${title.span}）` : ''}`,
      '',
      greeting(subscription),
      intro,
      '',
      ...textSections,
      foot.text,
      '',
    ].join('\n'),
  );

  return { subject, html: htmlDocument(subject, body), text };
}
