/**
 * The shell of the project, evidence and calendar pages: Simplified Chinese, readable on a phone, one inline
 * style sheet allowed by its hash in the Content-Security-Policy, no scripts, nothing loaded from elsewhere.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../notify/escape.ts';

const css = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4f4f4f;--line:#c9c9c9;--accent:#8f1a1a;--bg:#faf8f5;--open:#7a4a00;--done:#1d5e20}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.7 "PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem 1.1rem}
header{border-bottom:3px solid var(--accent)}
header p{margin:0;color:var(--muted)}
.brand{font-size:1.3rem;font-weight:700;color:var(--accent);text-decoration:none}
h1{font-size:1.4rem;margin:.4rem 0 .8rem;line-height:1.4}
h2{font-size:1.15rem;margin:1.4rem 0 .5rem;border-bottom:1px solid var(--line)}
a{color:#0b4f8a}
ol.timeline{list-style:none;padding:0;margin:0}
ol.timeline>li{background:#fff;border:1px solid var(--line);border-left:5px solid var(--done);border-radius:4px;margin:0 0 .8rem;padding:.6rem .8rem}
.stage{font-weight:700}
.meta{color:var(--muted);font-size:.92rem;margin:.1rem 0}
.open{color:var(--open);font-weight:700}
.passed{color:var(--muted)}
dl{margin:0}
dt{font-weight:700;margin-top:.5rem}
dd{margin:0 0 .2rem;overflow-wrap:anywhere}
code,pre{font-family:"Noto Sans Mono","DejaVu Sans Mono",monospace;font-size:.88rem}
pre{background:#fff;border:1px solid var(--line);padding:.6rem;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
a:focus{outline:3px solid #e0a800;outline-offset:2px}
footer{color:var(--muted);font-size:.85rem}
`;

export const pageContentSecurityPolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Escapes a value for HTML text and quoted attributes. */
export const h = escapeHtml;

/** A full page; `body` must already be escaped HTML. */
export function landPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(title)} · 公报哨兵</title>
<style>${css}</style>
</head>
<body>
<header><a class="brand" href="/">公报哨兵</a><p>土地征收项目跟踪 · gazette-watch</p></header>
<main>
${body}
</main>
<footer>以上内容由公报哨兵从政府公报和官方网站自动整理，日期与期限以原文为准；原件存档不可改写，可按页面说明自行核验。</footer>
</body>
</html>
`;
}

/** 2024-07-20 → 2024年7月20日 */
export function dateZh(iso: string | null): string {
  if (!iso) return '日期不详';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
