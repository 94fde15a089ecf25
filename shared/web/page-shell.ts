/**
 * The one HTML shell of every page the api function serves (subscription, land projects, documents, changes,
 * sources): Simplified Chinese, readable on a phone, one inline style sheet allowed by its hash in the
 * Content-Security-Policy, no scripts, nothing loaded from elsewhere; forms post to this site only.
 */
import { createHash } from 'node:crypto';
import { html, SafeHtml } from './html.ts';

const css = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4f4f4f;--line:#c9c9c9;--accent:#8f1a1a;--accent-ink:#fff;--bg:#faf8f5;--ok:#1d5e20;--bad:#8a1111;--open:#7a4a00;--done:#1d5e20}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.7 "PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem 1.1rem}
header{border-bottom:3px solid var(--accent)}
header p{margin:0;color:var(--muted)}
.brand{font-size:1.3rem;font-weight:700;color:var(--accent);text-decoration:none}
h1{font-size:1.4rem;margin:.4rem 0 .8rem;line-height:1.4}
h2{font-size:1.15rem;margin:1.4rem 0 .5rem;border-bottom:1px solid var(--line)}
a{color:#0b4f8a}
fieldset{border:1px solid var(--line);border-radius:6px;margin:0 0 1.25rem;padding:.75rem 1rem 1rem;background:#fff}
legend{font-weight:700;padding:0 .35rem}
label{display:block;font-weight:600;margin:.6rem 0 .2rem}
.choice{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.25rem 0}
.hint{color:var(--muted);font-size:.9rem;margin:.1rem 0 .3rem}
input[type=email],input[type=text],select{width:100%;padding:.5rem .6rem;border:1px solid #8c8c8c;border-radius:4px;font:inherit;background:#fff}
select[multiple]{min-height:12rem}
input:focus,select:focus,button:focus,a:focus{outline:3px solid #e0a800;outline-offset:2px}
button{font:inherit;font-weight:700;padding:.6rem 1.4rem;border-radius:4px;border:0;background:var(--accent);color:var(--accent-ink);cursor:pointer}
button.secondary{background:#fff;color:var(--accent);border:2px solid var(--accent)}
.notice{border-left:5px solid var(--ok);background:#fff;padding:.75rem 1rem;margin:1rem 0}
.notice.error{border-color:var(--bad)}
.field-error{color:var(--bad);font-weight:600;margin:.2rem 0}
.field-error p{margin:.1rem 0}
[aria-invalid=true]{border:2px solid var(--bad)}
.notice.error a{color:var(--bad)}
.latest li{margin:.5rem 0}
.summary li{margin:.15rem 0}
details{margin:.5rem 0}
ol.timeline{list-style:none;padding:0;margin:0}
ol.timeline>li{background:#fff;border:1px solid var(--line);border-left:5px solid var(--done);border-radius:4px;margin:0 0 .8rem;padding:.6rem .8rem}
.stage{font-weight:700}
.meta{color:var(--muted);font-size:.92rem;margin:.1rem 0}
.open{color:var(--open);font-weight:700}
.passed{color:var(--muted)}
.tag{display:inline-block;border:1px solid var(--accent);color:var(--accent);border-radius:3px;padding:0 .4rem;margin:0 .3rem .2rem 0;font-size:.9rem}
dl{margin:0}
dt{font-weight:700;margin-top:.5rem}
dd{margin:0 0 .2rem;overflow-wrap:anywhere}
code,pre{font-family:"Noto Sans Mono","DejaVu Sans Mono",monospace;font-size:.88rem}
pre{background:#fff;border:1px solid var(--line);padding:.6rem;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
ol.diff{margin:0;padding:0;list-style:none;background:#fff;border:1px solid var(--line)}
ol.diff li{padding:.2rem .6rem;border-left:5px solid transparent;white-space:pre-wrap;overflow-wrap:anywhere}
ol.diff .n{color:#5c5c5c;font-size:.8em;margin-right:.6em}
ol.diff .context{color:var(--muted)}
ol.diff .skip{color:#5c5c5c;text-align:center;font-style:italic}
ol.diff .added{background:#e6ffec;border-left-color:#1a7f37}
ol.diff .removed{background:#ffebe9;border-left-color:#cf222e}
ol.diff .changed{background:#fff8e6;border-left-color:#9a6700}
ol.diff ins{background:#abf2bc;text-decoration:underline}
ol.diff del{background:#ffc1c0;text-decoration:line-through}
ol.diff .mark{font-size:.85em;font-weight:700;margin-right:.5em}
footer{color:var(--muted);font-size:.85rem}
`;

/** The Content-Security-Policy of every page: nothing loads, nothing runs; forms post to this site only. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** The line under the brand: what this part of the site is. */
  tagline: string;
  footer: string;
  /** Where the brand links to: "./" for pages served relative to their base, "/" otherwise. */
  home?: string;
}

/** A full page; `body` is escaped HTML (built with the `html` template). */
export function renderPage(options: PageOptions): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} · 公报哨兵</title>
<style>${new SafeHtml(css)}</style>
</head>
<body>
<header><a class="brand" href="${options.home ?? '/'}">公报哨兵</a><p>${options.tagline}</p></header>
<main>
${options.body}
</main>
<footer>${options.footer}</footer>
</body>
</html>
`.value;
}
