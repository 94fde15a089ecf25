import { describe, expect, it } from 'vitest';
import { documentKey, type DocumentKeyInput } from '../../../shared/changes/document-key.ts';
import { resolveDocumentKey } from '../../../shared/changes/resolve-document-key.ts';
import type { DocumentHead } from '../../../shared/store/ports.ts';

/** The documents table's identity items, in memory: heads with their texts, and alias claims (first claim wins). */
function identity() {
  const heads = new Map<string, string>();
  const aliases = new Map<string, string>();
  const head = (key: string): DocumentHead => ({ documentKey: key, label: '', version: 1, hash: 'h', textKey: `text/${key}`, changeId: 'c', updatedAt: '' });
  return {
    heads,
    aliases,
    documents: {
      getHead: async (key: string): Promise<DocumentHead | null> => (heads.has(key) ? head(key) : null),
      getAlias: async (key: string) => aliases.get(key) ?? null,
      claimAlias: async (alias: string, target: string) => {
        if (!aliases.has(alias)) aliases.set(alias, target);
        return aliases.get(alias) ?? target;
      },
    },
    blobs: { getText: async (textKey: string) => heads.get(textKey.slice('text/'.length)) ?? '' },
  };
}

const numbered: DocumentKeyInput = { docNumber: '中政土预〔2024〕2号', issuer: '中牟县人民政府', title: '中牟县人民政府关于征收土地的预公告', date: '2024-01-10', sourceId: 'gov', sourceKind: 'document-list' };
const repost: DocumentKeyInput = { ...numbered, docNumber: null, title: '中牟县人民政府关于征收土地的 预公告（中政土预〔2024〕2号）', sourceId: 'zrzyj', issuer: '郑州市中牟县人民政府' };

const NOTICE = '因城镇建设需要，拟征收官渡镇大孟村集体土地，面积约12.5公顷。自本公告发布之日起，在拟征收范围内抢栽抢建的，不予补偿。中牟县人民政府 2024年1月10日';
const OTHER = '经研究，决定开展2024年度土地卫片执法检查工作，请各乡镇于2月底前报送自查结果。中牟县人民政府 2024年1月10日';

/** What process-issue does after resolving: the document now has a head (with this text) under the key. */
const store = async (docs: ReturnType<typeof identity>, input: DocumentKeyInput, text = NOTICE): Promise<string> => {
  const { key } = await resolveDocumentKey(input, text, docs);
  if (!docs.heads.has(key)) docs.heads.set(key, text);
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

  it('the same title identity with another text is another document, whichever came first, and replays agree', async () => {
    const docs = identity();
    const n = await store(docs, numbered);
    const other = await store(docs, repost, OTHER);
    expect(other).not.toBe(n);
    expect(other).toBe(documentKey(repost).key);
    expect(await store(docs, repost, OTHER)).toBe(other);
    expect(await store(docs, repost)).toBe(n);
    const docs2 = identity();
    const first = await store(docs2, repost, OTHER);
    expect(await store(docs2, numbered)).not.toBe(first);
    expect(await store(docs2, numbered)).toBe(documentKey(numbered).key);
  });

  it('newspaper articles keep their per-source identity', async () => {
    const docs = identity();
    const article = { ...repost, sourceKind: 'newspaper' as const };
    expect(await store(docs, article)).toBe(documentKey(article).key);
    expect(docs.aliases.size).toBe(0);
  });
});
