/**
 * The chat message of a delivery: a heading and one block per change (linked title, then the labelled
 * lines), in Chinese markdown within the platform's byte limit. When the changes do not all fit, the last
 * ones are left out and a line says how many, with a link to where all of them are; a block too long on its
 * own is cut, keeping its link. Pure.
 */
import type { ChangeRecord } from '../model/change.ts';
import { summaryLines } from '../feeds/change-summary.ts';
import { oneLine } from '../notify/format.ts';
import { truncateBytes, utf8Bytes } from './limits.ts';

export interface MessageInput {
  /** e.g. 公报哨兵 · 土地征收公告 */
  heading: string;
  changes: readonly ChangeRecord[];
  pageUrl: (changeId: string) => string;
  /** Where every change of the delivery can be seen (the subscriber's feed), for the "more" line. */
  moreUrl: string;
}

export interface ChatMessage {
  /** Plain title (DingTalk's markdown.title, Feishu's card header). */
  title: string;
  markdown: string;
  /** Changes shown in full / left out for length. */
  shown: number;
  omitted: number;
}

const fullWidth: Record<string, string> = { '[': '［', ']': '］', '<': '＜', '>': '＞', '(': '（', ')': '）', '*': '＊', '`': '｀' };

/**
 * Text from a document as inert markdown: brackets, angle brackets, parentheses, * and ` become their
 * full-width forms (as Chinese text prints them anyway), so no title can open a link, a tag or emphasis.
 */
export const markdownText = (text: string): string => oneLine(text).replace(/[[\]<>()*`]/g, (c) => fullWidth[c] ?? c);

function block(change: ChangeRecord, url: string): string {
  const lines = [`### [${markdownText(change.title)}](${url})`];
  for (const l of summaryLines(change)) lines.push(`- ${l.label}：${markdownText(l.value)}`);
  return lines.join('\n');
}

const moreLine = (omitted: number, url: string): string => `\n\n> 另有 ${omitted} 项因消息长度限制未列出，[查看全部](${url})`;

export function renderChatMessage(input: MessageInput, maxBytes: number): ChatMessage {
  const head = `## ${input.heading}\n共 ${input.changes.length} 项变更`;
  let markdown = head;
  let shown = 0;
  for (const [i, change] of input.changes.entries()) {
    const next = `\n\n${block(change, input.pageUrl(change.changeId))}`;
    const remaining = input.changes.length - i - 1;
    const reserve = remaining > 0 ? utf8Bytes(moreLine(remaining, input.moreUrl)) : 0;
    if (utf8Bytes(markdown + next) + reserve <= maxBytes) {
      markdown += next;
      shown++;
      continue;
    }
    if (shown === 0) {
      // Not even the first block fits: its heading line (the link) stays, the rest is cut.
      const omittedAfter = input.changes.length - 1;
      const tail = omittedAfter > 0 ? moreLine(omittedAfter, input.moreUrl) : '';
      markdown = truncateBytes(markdown + next, maxBytes - utf8Bytes(tail)) + tail;
      return { title: input.heading, markdown, shown: 1, omitted: omittedAfter };
    }
    break;
  }
  const omitted = input.changes.length - shown;
  if (omitted > 0) markdown += moreLine(omitted, input.moreUrl);
  return { title: input.heading, markdown, shown, omitted };
}
