/** The subscription pages in the one page shell (shared/web/page-shell.ts). */
import { renderPage } from '../../web/page-shell.ts';
import type { SafeHtml } from './html.ts';

export { contentSecurityPolicy } from '../../web/page-shell.ts';

export function page(title: string, body: SafeHtml): string {
  return renderPage({
    title,
    body,
    tagline: '政府公报新文件邮件提醒 · gazette-watch',
    footer: '公报哨兵只在您确认订阅后发送邮件；每封邮件都附有退订链接。',
    home: './',
  });
}
