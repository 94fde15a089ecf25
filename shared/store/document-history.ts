/**
 * Port: a document's whole stored history for pages, the JSON API and the CLI — its head, every version
 * and every appearance (issue, source, position). Read-only; the process stage writes these items.
 */
import type { DocumentAppearance, DocumentHead, DocumentVersion } from './ports.ts';

export interface DocumentHistory {
  head: DocumentHead;
  /** Oldest first. */
  versions: DocumentVersion[];
  /** In the order they were seen. */
  appearances: DocumentAppearance[];
}

export interface DocumentHistoryReader {
  /** The document's history, or null when no document has this key. */
  history(documentKey: string): Promise<DocumentHistory | null>;
}
