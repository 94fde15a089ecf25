/** The page shell: Simplified Chinese, one inline style sheet (allowed by its hash in the CSP), no scripts. */
import { createHash } from 'node:crypto';
import { html, SafeHtml } from './html.ts';

const css = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#555;--line:#c9c9c9;--accent:#9b1c1c;--accent-ink:#fff;--bg:#faf8f5;--ok:#1d5e20;--bad:#8a1111}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.7 "PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
header,main,footer{max-width:44rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:3px solid var(--accent)}
header p{margin:0;color:var(--muted)}
.brand{font-size:1.35rem;font-weight:700;color:var(--accent);text-decoration:none}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
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
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.summary li{margin:.15rem 0}
details{margin:.5rem 0}
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

export function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · 公报哨兵</title>
<style>${new SafeHtml(css)}</style>
</head>
<body>
<header><a class="brand" href="./">公报哨兵</a><p>政府公报新文件邮件提醒 · gazette-watch</p></header>
<main>
${body}
</main>
<footer>公报哨兵只在您确认订阅后发送邮件；每封邮件都附有退订链接。</footer>
</body>
</html>
`.value;
}
