import { describe, expect, it } from 'vitest';
import { documentKey, type DocumentKeyInput } from '../../../shared/changes/document-key.ts';
import { resolveDocumentKey } from '../../../shared/changes/resolve-document-key.ts';
import type { DocumentHead } from '../../../shared/store/ports.ts';

/** The documents table's identity items, in memory: heads that exist and alias claims (first claim wins). */
function identity() {
  const heads = new Set<string>();
  const aliases = new Map<string, string>();
  return {
    heads,
    aliases,
    getHead: async (key: string): Promise<DocumentHead | null> => (heads.has(key) ? { documentKey: key, label: '', version: 1, hash: 'h', textKey: 't', changeId: 'c', updatedAt: '' } : null),
    getAlias: async (key: string) => aliases.get(key) ?? null,
    claimAlias: async (alias: string, target: string) => {
      if (!aliases.has(alias)) aliases.set(alias, target);
      return aliases.get(alias) ?? target;
    },
  };
}

const numbered: DocumentKeyInput = { docNumber: '中政土预〔2024〕2号', issuer: '中牟县人民政府', title: '中牟县人民政府关于征收土地的预公告', date: '2024-01-10', sourceId: 'gov', sourceKind: 'document-list' };
const repost: DocumentKeyInput = { ...numbered, docNumber: null, title: '中牟县人民政府关于征收土地的 预公告（中政土预〔2024〕2号）', sourceId: 'zrzyj', issuer: '郑州市中牟县人民政府' };

/** What process-issue does after resolving: the document now has a head under the key. */
const store = async (docs: ReturnType<typeof identity>, input: DocumentKeyInput): Promise<string> => {
  const { key } = await resolveDocumentKey(input, docs);
  docs.heads.add(key);
  return key;
};

describe('one document, many sources: resolving the key', () => {
  it('a repost without the 文号 (title spaced otherwise, issuer in full) resolves to the numbered document', async () => {
    const docs = identity();
    const first = await store(docs, numbered);
    expect(first).toBe(documentKey(numbered).key);
    expect(await store(docs, repost)).toBe(first);
    expect(await store(docs, numbered)).toBe(first);
  });

  it('the other order: the repost came first, the numbered original joins it, and so do later copies of either', async () => {
    const docs = identity();
    const first = await store(docs, repost);
    expect(first).toBe(documentKey(repost).key);
    expect(await store(docs, numbered)).toBe(first);
    expect(await store(docs, { ...numbered, sourceId: 'city' })).toBe(first);
    expect(await store(docs, repost)).toBe(first);
  });

  it('two numbered documents with the same title and date stay two documents', async () => {
    const docs = identity();
    const a = await store(docs, numbered);
    const b = await store(docs, { ...numbered, docNumber: '中政土预〔2024〕3号' });
    expect(b).not.toBe(a);
    const docs2 = identity();
    const r = await store(docs2, repost);
    const n2 = await store(docs2, numbered);
    const n3 = await store(docs2, { ...numbered, docNumber: '中政土预〔2024〕3号' });
    expect(n2).toBe(r);
    expect(n3).not.toBe(r);
  });

  it('newspaper articles keep their per-source identity', async () => {
    const docs = identity();
    const article = { ...repost, sourceKind: 'newspaper' as const };
    expect(await store(docs, article)).toBe(documentKey(article).key);
    expect(docs.aliases.size).toBe(0);
  });
});
