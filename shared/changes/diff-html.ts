/** A complete, self-contained Chinese HTML page showing a TextDiff (no scripts, no external resources). */
import { summaryLine, viewItems } from './diff-context.ts';
import type { DiffSegment, TextDiff } from './diff-types.ts';

export interface DiffHtmlMeta {
  title: string;
  docNumber: string | null;
  fromVersion: number;
  toVersion: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);

const STYLE = `
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:1.5rem;color:#1f2328;background:#fff;line-height:1.7}
header{border-bottom:2px solid #d0d7de;margin-bottom:1rem;padding-bottom:.5rem}
h1{font-size:1.3rem;margin:0 0 .3rem}
.meta{color:#57606a;margin:.1rem 0}
.truncated{color:#9a6700;background:#fff8c5;padding:.3rem .6rem;border-radius:4px}
.diff{margin:0;padding:0;list-style:none}
.diff li{padding:.2rem .6rem;border-left:4px solid transparent;white-space:pre-wrap;word-break:break-all}
.diff .n{color:#8c959f;font-size:.8em;margin-right:.6em;user-select:none}
.context{color:#57606a}
.skip{color:#8c959f;text-align:center;font-style:italic}
.added{background:#e6ffec;border-left-color:#1a7f37}
.removed{background:#ffebe9;border-left-color:#cf222e}
.changed{background:#fff8e6;border-left-color:#bf8700}
ins{background:#abf2bc;text-decoration:underline}
.mark{font-size:.8em;font-weight:700;margin-right:.5em}
del{background:#ffc1c0;text-decoration:line-through}
`;

const num = (n: number): string => `<span class="n">${n}</span>`;
/** What happened to a line, in words: the colours alone would not tell (WCAG 1.4.1). */
const mark = (word: '删除' | '新增' | '修改'): string => `<span class="mark">【${word}】</span>`;

function inlineHtml(segments: readonly DiffSegment[]): string {
  return segments
    .map((s) => {
      const t = escapeHtml(s.text);
      if (s.op === 'equal') return t;
      return s.op === 'delete' ? `<del>${t}</del>` : `<ins>${t}</ins>`;
    })
    .join('');
}

export function renderDiffHtml(diff: TextDiff, meta: DiffHtmlMeta): string {
  const rows: string[] = [];
  const items = viewItems(diff.blocks);
  for (const item of items) {
    switch (item.kind) {
      case 'context':
        rows.push(`<li class="context">${num(item.line.newLine)}${escapeHtml(item.line.text)}</li>`);
        break;
      case 'skip':
        rows.push(`<li class="skip">… 省略 ${item.count} 段未变内容 …</li>`);
        break;
      case 'removed':
        rows.push(`<li class="removed">${num(item.oldLine)}${mark('删除')}<del>${escapeHtml(item.text)}</del></li>`);
        break;
      case 'added':
        rows.push(`<li class="added">${num(item.newLine)}${mark('新增')}<ins>${escapeHtml(item.text)}</ins></li>`);
        break;
      case 'changed':
        if (item.segments) {
          rows.push(`<li class="changed">${num(item.newLine)}${mark('修改')}${inlineHtml(item.segments)}</li>`);
        } else {
          rows.push(`<li class="removed">${num(item.oldLine)}${mark('删除')}<del>${escapeHtml(item.before)}</del></li>`);
          rows.push(`<li class="added">${num(item.newLine)}${mark('新增')}<ins>${escapeHtml(item.after)}</ins></li>`);
        }
        break;
    }
  }
  const unchanged = items.every((i) => i.kind === 'context' || i.kind === 'skip');
  const title = escapeHtml(meta.title);
  const docNumber = meta.docNumber ? `<p class="meta">文号：${escapeHtml(meta.docNumber)}</p>` : '';
  const truncated = diff.summary.truncated
    ? '<p class="truncated">差异过大或超出计算上限，部分段落以整段替换显示。</p>'
    : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} — 第${meta.fromVersion}版与第${meta.toVersion}版对比</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${title}</h1>
${docNumber}<p class="meta">版本对比：第 ${meta.fromVersion} 版 → 第 ${meta.toVersion} 版</p>
<p class="meta">${escapeHtml(summaryLine({ ...diff.summary, truncated: false }))}</p>
${truncated}</header>
<main>
${unchanged ? '<p>两个版本的正文没有差异。</p>' : `<ol class="diff">\n${rows.join('\n')}\n</ol>`}
</main>
</body>
</html>
`;
}
