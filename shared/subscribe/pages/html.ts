/** The escaping template of every page lives in shared/web/html.ts (one page shell for all pages). */
export { html, SafeHtml } from '../../web/html.ts';
