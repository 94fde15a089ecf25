/**
 * A report printed before the documents (政府工作报告 and the documents of the same issue): the report is the
 * first span, titled by its short opening lines, dated by its subtitle (——2024年2月20日在…会议上).
 */
import { parseChineseDate } from '../chinese-date.ts';
import { joinFragments } from '../find-official-documents.ts';
import { endsSentence } from '../line-kinds.ts';
import type { PreparedText } from '../prepare-lines.ts';
import type { DocumentSpan } from '../structure/read-document.ts';
import type { Segmenter } from './segmenter.ts';
import { anchorSpans, trimEnd } from './spans.ts';

const MIN_SENTENCES = 5;

export const reportSegmenter: Segmenter = {
  name: 'report',
  segment({ prepared, anchors }) {
    const found = anchors();
    if (found.length === 0) return null;
    const report = reportBefore(prepared, found[0]!.start);
    return report ? { kind: 'report', spans: [report, ...anchorSpans(prepared, found)] } : null;
  },
};

function reportBefore(prepared: PreparedText, limit: number): DocumentSpan | null {
  const { info } = prepared;
  let sentences = 0;
  let first = -1;
  for (let i = 0; i < limit; i++) {
    const li = info[i];
    if (!li || li.blank || li.noise) continue;
    if (first < 0) first = i;
    if (/[。！]$/.test(li.plain)) sentences++;
  }
  if (first < 0 || sentences < MIN_SENTENCES) return null;
  const titleParts: string[] = [];
  const titleLines: number[] = [];
  let bodyStart = first;
  let date: string | null = null;
  for (let i = first; i < limit && titleParts.length < 3; i++) {
    const li = info[i];
    if (!li || li.blank || li.noise) continue;
    if (endsSentence(li.plain) || li.plain.length > 40) break;
    if (/^[—-]{1,2}/.test(li.plain)) {
      date = parseChineseDate(li.plain);
      bodyStart = i + 1;
      break;
    }
    titleParts.push(li.plain);
    titleLines.push(i);
    bodyStart = i + 1;
  }
  const title = joinFragments(titleParts);
  if (!title) return null;
  return { start: first, end: trimEnd(prepared, limit - 1, first), title, titleLines, bodyStart, date, docNumber: null };
}
