/**
 * How an archived object is served to a reader's browser (issue 15 item 8). Archived originals are hostile
 * input: an HTML page from a government site may carry scripts, and the bucket origin must never render it.
 * So only what we produce (texts, our own escaped diff pages) and PDFs are shown inline; every other original
 * — HTML above all — is served as a text/plain attachment under a safe file name.
 */
export interface ArchiveResponse {
  contentType: string;
  contentDisposition: string;
}

/** The last path segment, reduced to characters that need no quoting in a header. */
function safeFileName(key: string): string {
  const name = key.split('/').pop() ?? 'file';
  const clean = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
  return clean.length > 0 ? clean.slice(0, 120) : 'file';
}

export function archiveResponseFor(key: string): ArchiveResponse {
  const file = safeFileName(key);
  const lower = key.toLowerCase();
  if (lower.startsWith('raw/') && lower.endsWith('.pdf')) return { contentType: 'application/pdf', contentDisposition: `inline; filename="${file}"` };
  if (lower.startsWith('text/')) return { contentType: 'text/plain; charset=utf-8', contentDisposition: `inline; filename="${file}"` };
  if (lower.startsWith('diffs/') && lower.endsWith('.html')) return { contentType: 'text/html; charset=utf-8', contentDisposition: `inline; filename="${file}"` };
  // Archived HTML (and anything else we did not make): never rendered, only saved.
  return { contentType: 'text/plain', contentDisposition: `attachment; filename="${file}.txt"` };
}
