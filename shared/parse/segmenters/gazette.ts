/** Gazettes with contents (目录): every contents entry is matched with its body, by 文号 or by its title's words. */
import type { DocumentAnchor } from '../find-official-documents.ts';
import type { PreparedText } from '../prepare-lines.ts';
import type { Toc } from '../toc.ts';
import type { Segmenter } from './segmenter.ts';
import { anchorSpans } from './spans.ts';

const compact = (s: string): string => s.replace(/[\s\p{P}]/gu, '');
const ISSUER_LINE = /^(?:.{2,30}(?:政府|办公室|委员会|局))$/;

export const gazetteSegmenter: Segmenter = {
  name: 'gazette',
  segment({ prepared, anchors, toc, warnings }) {
    const contents = toc();
    if (!contents) return null;
    return { kind: 'gazette', spans: anchorSpans(prepared, alignToc(prepared, contents, anchors(), warnings)) };
  },
};

function alignToc(prepared: PreparedText, toc: Toc, anchors: DocumentAnchor[], warnings: string[]): DocumentAnchor[] {
  const out = anchors.filter((a) => a.start >= toc.endLine);
  const byNumber = new Map(out.map((a) => [a.docNumber, a]));
  let lines: string[] | null = null;
  for (const entry of toc.entries) {
    if (entry.docNumber && byNumber.has(entry.docNumber)) continue;
    lines ??= prepared.info.map((li) => compact(li.plain));
    const key = compact(entry.title).replace(/^.*?(?=关于)/, '').slice(0, 14);
    let found = -1;
    for (let i = toc.endLine; i < lines.length && key.length >= 6; i++) {
      if ((lines[i] ?? '').includes(key) || `${lines[i] ?? ''}${lines[i + 1] ?? ''}`.includes(key)) {
        found = i;
        break;
      }
    }
    if (found < 0 || out.some((a) => a.start <= found && found <= (a.numberLine ?? a.start))) {
      if (found < 0) warnings.push(`目录条目未找到正文 contents entry without body: ${entry.title} ${entry.docNumber ?? ''}`.trim());
      continue;
    }
    let start = found;
    if (start > 0 && ISSUER_LINE.test(prepared.info[start - 1]?.plain ?? '')) start--;
    out.push({ start, numberLine: null, title: entry.title, docNumber: entry.docNumber });
    warnings.push(`目录条目按标题对齐 contents entry aligned by title: ${entry.title}`);
  }
  return out.sort((a, b) => a.start - b.start);
}
