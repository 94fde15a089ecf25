import { describe, expect, it } from 'vitest';
import { markdownByteLimits, utf8Bytes } from '../../../shared/webhooks/limits.ts';
import { markdownText, renderChatMessage } from '../../../shared/webhooks/message.ts';
import { changeFixtureNames, loadChange } from '../notify/helpers.ts';

const changes = changeFixtureNames().map(loadChange);
const pageUrl = (id: string) => `https://watch.example.com/evidence/${id}`;
const moreUrl = 'https://watch.example.com/feeds/token.atom';

describe('chat messages within the platform limits', () => {
  it('shows every change with its linked title, 文号, issuer and date when they fit', () => {
    const m = renderChatMessage({ heading: '公报哨兵 · 每日摘要', changes, pageUrl, moreUrl }, markdownByteLimits.dingtalk);
    expect(m.omitted).toBe(0);
    for (const c of changes) {
      expect(m.markdown).toContain(`](${pageUrl(c.changeId)})`);
      if (c.docNumber) expect(m.markdown).toContain(`文号：${markdownText(c.docNumber)}`);
      if (c.issuer) expect(m.markdown).toContain(`发文机关：${markdownText(c.issuer)}`);
    }
  });

  it('prints markup from a document as inert text (no tag, no link of its own)', () => {
    const hostile = changes.filter((c) => /[<>[\]]/.test(c.title + (c.issuer ?? '')));
    expect(hostile.length).toBeGreaterThan(0);
    const m = renderChatMessage({ heading: '公报哨兵', changes: hostile, pageUrl, moreUrl }, markdownByteLimits.wecom);
    expect(m.markdown).not.toMatch(/<[a-z]/i);
    expect(m.markdown.match(/\]\(/g)?.length).toBe(hostile.length);
  });

  it('leaves the last changes out under a small limit, says how many and links to all of them', () => {
    const full = renderChatMessage({ heading: '公报哨兵 · 每日摘要', changes, pageUrl, moreUrl }, 1_000_000);
    const limit = Math.floor(utf8Bytes(full.markdown) / 2);
    const m = renderChatMessage({ heading: '公报哨兵 · 每日摘要', changes, pageUrl, moreUrl }, limit);
    expect(utf8Bytes(m.markdown)).toBeLessThanOrEqual(limit);
    expect(m.shown).toBeGreaterThan(0);
    expect(m.shown + m.omitted).toBe(changes.length);
    expect(m.markdown).toContain(`另有 ${m.omitted} 项`);
    expect(m.markdown).toContain(`(${moreUrl})`);
  });

  it('cuts a single change too long for the limit but keeps its link line', () => {
    const land = changes.find((c) => c.land !== null)!;
    const m = renderChatMessage({ heading: '公报哨兵 · 土地征收公告', changes: [land], pageUrl, moreUrl }, 300);
    expect(utf8Bytes(m.markdown)).toBeLessThanOrEqual(300);
    expect(m.markdown.endsWith('…')).toBe(true);
  });

  it('keeps WeCom messages of many changes under 4096 bytes', () => {
    const many = [...changes, ...changes, ...changes].map((c, i) => ({ ...c, changeId: `${c.changeId}-${i}` }));
    const m = renderChatMessage({ heading: '公报哨兵 · 每周摘要', changes: many, pageUrl, moreUrl }, markdownByteLimits.wecom);
    expect(utf8Bytes(m.markdown)).toBeLessThanOrEqual(4096);
    expect(m.omitted).toBeGreaterThan(0);
  });
});
