/** The project, evidence and calendar pages in the one page shell (shared/web/page-shell.ts). */
import { escapeHtml } from '../notify/escape.ts';
import { SafeHtml } from '../web/html.ts';
import { contentSecurityPolicy, renderPage } from '../web/page-shell.ts';

export const pageContentSecurityPolicy = contentSecurityPolicy;

/** Escapes a value for HTML text and quoted attributes. */
export const h = escapeHtml;

/** A full page; `body` must already be escaped HTML. */
export function landPage(title: string, body: string): string {
  return renderPage({
    title,
    body: new SafeHtml(body),
    tagline: '土地征收项目跟踪 · gazette-watch',
    footer: '以上内容由公报哨兵从政府公报和官方网站自动整理，日期与期限以原文为准；原件存档不可改写，可按页面说明自行核验。',
  });
}

/** 2024-07-20 → 2024年7月20日 */
export function dateZh(iso: string | null): string {
  if (!iso) return '日期不详';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
