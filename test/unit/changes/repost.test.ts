import { describe, expect, it } from 'vitest';
import { acrossSources, isRepost, similarity } from '../../../shared/changes/repost.ts';
import type { DocumentHead, DocumentVersion } from '../../../shared/store/ports.ts';

const NOTICE = `中政土预〔2024〕2号
因中牟县2024年度第3批次城镇建设用地项目建设需要，拟征收官渡镇大孟村集体土地，现将有关事项预告如下：
一、征收范围：官渡镇大孟村，面积约12.5公顷。
二、自本公告发布之日起，在拟征收范围内抢栽抢建的，不予补偿。
中牟县人民政府
2024年1月10日`;

describe('a repost is not a revision', () => {
  it('the same text without its 文号 line, wrapped and spaced otherwise, is a repost', () => {
    const repost = NOTICE.replace('中政土预〔2024〕2号\n', '').replace(/，/g, '， ').replace('如下：', '如下：\n');
    expect(isRepost(NOTICE, repost)).toBe(true);
    expect(isRepost(NOTICE, `来源：中牟县自然资源局\n${NOTICE}`)).toBe(true);
  });

  it('a changed number (area, amount, deadline) is a revision however similar the rest', () => {
    const changed = NOTICE.replace('12.5公顷', '15.5公顷');
    expect(similarity(NOTICE, changed)).toBeGreaterThan(0.95);
    expect(isRepost(NOTICE, changed)).toBe(false);
    expect(isRepost(NOTICE, '关于某某同志任职的通知 经研究决定，任命张三为某局局长。')).toBe(false);
  });

  it('only a text from another source than the stored version becomes a republication', async () => {
    const head: DocumentHead = { documentKey: 'n:x', label: 'x', version: 1, hash: 'h1', textKey: 'text/x', changeId: 'c1', updatedAt: '' };
    const version = (sourceId: string): DocumentVersion => ({ documentKey: 'n:x', version: 1, hash: 'h1', textKey: 'text/x', changeId: 'c1', sourceId, issueId: 'i', createdAt: '' });
    const deps = (sourceId: string) => ({ documents: { getVersion: async () => version(sourceId) }, blobs: { getText: async () => NOTICE } });
    const repost = NOTICE.replace('中政土预〔2024〕2号\n', '');
    expect(await acrossSources({ kind: 'revised', version: 2 }, head, repost, 'zrzyj', deps('gov'))).toEqual({ kind: 'republished', version: 1 });
    expect(await acrossSources({ kind: 'revised', version: 2 }, head, repost, 'gov', deps('gov'))).toEqual({ kind: 'revised', version: 2 });
    expect(await acrossSources({ kind: 'revised', version: 2 }, head, NOTICE.replace('12.5', '13'), 'zrzyj', deps('gov'))).toEqual({ kind: 'revised', version: 2 });
    expect(await acrossSources({ kind: 'new', version: 1 }, null, repost, 'zrzyj', deps('gov'))).toEqual({ kind: 'new', version: 1 });
  });
});
