/** HTML escaping for mail bodies: everything that comes from a document goes through here. */
const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/**
 * A URL fit for a link: only http, https and mailto survive (a `javascript:` link from a hostile
 * page does not). Returns the normalised URL, or null when it is unusable.
 */
export function safeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return null;
  return parsed.href;
}

/** safeUrl, escaped for an href attribute. */
export function safeHref(url: string): string | null {
  const safe = safeUrl(url);
  return safe === null ? null : escapeHtml(safe);
}

/** Plain-text mail lines must not smuggle control characters (other than newline and tab). */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
