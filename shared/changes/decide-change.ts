/** What a newly seen version of a document is, given the latest stored version (the head). */

export interface VersionHead {
  version: number;
  hash: string;
}

export type ChangeDecisionKind = 'new' | 'revised' | 'republished';

export interface ChangeDecision {
  kind: ChangeDecisionKind;
  /** The version the seen text is: 1 for new, head's for republished, head + 1 for revised. */
  version: number;
}

/**
 * No head → `new` (version 1); same content hash → `republished` (head's version, nothing to
 * store or send); other hash → `revised` (next version).
 */
export function decideChange(head: VersionHead | null, hash: string): ChangeDecision {
  if (hash.trim() === '') throw new Error('decideChange: empty content hash');
  if (head === null) return { kind: 'new', version: 1 };
  if (!Number.isInteger(head.version) || head.version < 1) {
    throw new Error(`decideChange: invalid head version ${head.version}`);
  }
  if (head.hash.toLowerCase() === hash.toLowerCase()) return { kind: 'republished', version: head.version };
  return { kind: 'revised', version: head.version + 1 };
}
