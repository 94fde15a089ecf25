/**
 * The alert for a land notice that was taken down or edited at its URL: what happened and when it was seen,
 * the archived original (its hash and capture time), the evidence page and, for an edit, the diff.
 */
import type { ChangeRecord } from '../model/change.ts';
import type { Subscription } from '../model/subscription.ts';
import type { DiffSummary } from '../model/change.ts';
import { escapeHtml, plainText } from '../notify/escape.ts';
import type { MailLinks, RenderedMail } from '../notify/mail-types.ts';
import { footer, greeting, htmlDocument } from '../notify/render-parts.ts';
import type { NoticeCheck } from '../projects/project-model.ts';

export interface NoticeAlertInput {
  subscription: Subscription;
  change: ChangeRecord;
  check: NoticeCheck;
  /** sha256, capture time and key of the archived original. */
  original: { rawKey: string; sha256: string; capturedAt: string | null; url: string };
  diff: DiffSummary | null;
  projectName: string | null;
  evidenceUrl: string;
  links: MailLinks;
}

export function renderNoticeAlert(input: NoticeAlertInput): RenderedMail {
  const { change, check, original } = input;
  const removed = check.status === 'removed';
  const what = removed ? '原文已撤下' : '原文已被修改';
  const subject = `【公报哨兵】${what}：${change.title}`.slice(0, 120);
  const lead = removed
    ? `您关注的土地文件在原发布网址已无法访问（HTTP ${check.httpStatus ?? '—'}，复查于 ${check.checkedAt.slice(0, 10)}）。我们存档的原件不受影响，可作为证据使用。`
    : `您关注的土地文件在原发布网址的内容已被改动（复查于 ${check.checkedAt.slice(0, 10)}）。我们存档的首次抓取原件不受影响，改动内容见下方对比。`;
  const rows: [string, string, string | null][] = [
    ['文件', `${change.title}${change.docNumber ? `（${change.docNumber}）` : ''}`, null],
    ...(input.projectName ? ([['所属项目', input.projectName, null]] as [string, string, string | null][]) : []),
    ['原发布网址', original.url, original.url],
    ['存档原件', `SHA-256 ${original.sha256}`, input.links.archiveUrl(original.rawKey)],
    ['抓取时间', original.capturedAt ?? '不详', null],
    ['证据页（含核验方法）', input.evidenceUrl, input.evidenceUrl],
  ];
  if (!removed && check.diffKey) rows.push(['修改前后对比', '查看对比', input.links.diffUrl(check.diffKey)]);
  if (!removed && check.rawKey) rows.push(['修改后的文件（已另存）', `SHA-256 ${check.sha256 ?? ''}`, input.links.archiveUrl(check.rawKey)]);
  const excerpts = (input.diff?.excerpts ?? []).slice(0, 3);
  const foot = footer(input.links);
  const html = [
    `<h1 style="font-size:20px;margin:0 0 12px">公报哨兵 · ${escapeHtml(what)}</h1>`,
    `<p>${escapeHtml(greeting(input.subscription))}</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    '<table style="border-collapse:collapse">',
    ...rows.map(
      ([k, v, href]) =>
        `<tr><th style="text-align:left;padding:2px 8px 2px 0;vertical-align:top">${escapeHtml(k)}</th><td style="word-break:break-all">${
          href ? `<a href="${escapeHtml(href)}">${escapeHtml(v)}</a>` : escapeHtml(v)
        }</td></tr>`,
    ),
    '</table>',
    ...(excerpts.length > 0
      ? ['<p><strong>改动摘录</strong></p>', ...excerpts.map((e) => `<p style="margin:4px 0">原：${escapeHtml(e.before)}<br>现：${escapeHtml(e.after)}</p>`)]
      : []),
    foot.html,
  ].join('\n');
  const text = plainText(
    [
      `公报哨兵 · ${what}`,
      '',
      greeting(input.subscription),
      lead,
      '',
      ...rows.map(([k, v, href]) => `${k}：${v}${href && href !== v ? ` ${href}` : ''}`),
      ...(excerpts.length > 0 ? ['', '改动摘录：', ...excerpts.flatMap((e) => [`  原：${e.before}`, `  现：${e.after}`])] : []),
      '',
      foot.text,
      '',
    ].join('\n'),
  );
  return { subject, html: htmlDocument(subject, html), text };
}
