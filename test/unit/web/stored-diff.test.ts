/** The diff page reads the stored diff view back: every changed row with its words, nothing of the markup passed through. */
import { readdirSync, readFileSync } from 'node:fs';
import type { ChildNode, Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderDiffHtml } from '../../../shared/changes/diff-html.ts';
import { diffTexts } from '../../../shared/changes/diff.ts';
import { changeRecordSchema } from '../../../shared/model/change.ts';
import { renderDiffPage } from '../../../shared/web/pages/diff-page.ts';
import { readStoredDiff, type DiffRow, type StoredDiff } from '../../../shared/web/stored-diff.ts';

const seed = readFileSync(new URL('../../fixtures/seeds/002_f0a4a187131c9a4a.txt', import.meta.url), 'utf8');
const fixture = changeRecordSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/changes/land-requisition-lishi-revised.json', import.meta.url), 'utf8')));

/** A passage of the seed and a revision of it: one paragraph edited, one removed, one added (with markup-like text). */
function revision() {
  const lines = seed.split('\n').filter((l) => l.trim().length > 20).slice(40, 70);
  const old = lines.join('\n');
  const edited = [...lines];
  edited[3] = `${edited[3]!.slice(0, 10)}（修订）${edited[3]!.slice(10)}`;
  edited.splice(10, 1);
  edited.push('七、本办法由<b>区人民政府</b>负责解释 & 自发布之日起施行。');
  return { old, next: edited.join('\n') };
}

const seedsDir = new URL('../../../../shared/seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));

/** The reader this module replaced (htmlparser2 + domutils, issue 20): the oracle the new one must agree with. */
function readWithHtmlParser(stored: string): StoredDiff | null {
  const isElement = (node: ChildNode): node is Element => node.type === 'tag';
  const classOf = (el: Element): string[] => (getAttributeValue(el, 'class') ?? '').split(/\s+/).filter(Boolean);
  const kinds = ['context', 'skip', 'added', 'removed', 'changed'] as const;
  const dom = parseDocument(stored);
  const list = findAll((el) => el.name === 'ol' && classOf(el).includes('diff'), dom.children)[0];
  if (!list) {
    const main = findAll((el) => el.name === 'main', dom.children)[0];
    return main && /没有差异/.test(textContent(main)) ? { rows: [], identical: true } : null;
  }
  const rows = list.children.filter(isElement).filter((el) => el.name === 'li').flatMap((li): DiffRow[] => {
    const kind = kinds.find((k) => classOf(li).includes(k));
    if (!kind) return [];
    const row: DiffRow = { kind, line: null, mark: null, parts: [] };
    const push = (op: DiffRow['parts'][number]['op'], text: string) => {
      const last = row.parts.at(-1);
      if (text.length === 0) return;
      if (last && last.op === op) last.text += text;
      else row.parts.push({ op, text });
    };
    for (const child of li.children) {
      if (!isElement(child)) push('equal', textContent(child));
      else if (child.name === 'span' && classOf(child).includes('n')) row.line = Number(textContent(child)) || null;
      else if (child.name === 'span' && classOf(child).includes('mark')) row.mark = textContent(child).replace(/[【】]/g, '').trim() || null;
      else if (child.name === 'ins') push('insert', textContent(child));
      else if (child.name === 'del') push('delete', textContent(child));
      else push('equal', textContent(child));
    }
    return [row];
  });
  return { rows, identical: false };
}

/** Revisions of a seed the way gazettes revise: a clause edited, one dropped, one added, two swapped, markup-like text. */
function revisionsOf(text: string): string[] {
  const lines = text.split('\n');
  const edited = lines.map((l, i) => (i % 17 === 5 && l.length > 12 ? `${l.slice(0, 6)}“修订”<em>&amp;</em>${l.slice(9)}` : l));
  const dropped = lines.filter((_, i) => i % 23 !== 7);
  const added = [...lines.slice(0, 30), '第九条 本办法自2025年1月1日起施行，<原办法> & “旧规定”同时废止。', ...lines.slice(30)];
  const swapped = [...lines];
  if (swapped.length > 12) [swapped[10], swapped[11]] = [swapped[11]!, swapped[10]!];
  return [edited, dropped, added, swapped].map((l) => l.join('\n'));
}

describe('readStoredDiff', () => {
  it('reads every stored view of every seed revision exactly as the HTML-parser reader did', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    let rows = 0;
    for (const seed of seeds) {
      for (const next of revisionsOf(seed)) {
        const stored = renderDiffHtml(diffTexts(seed, next), { title: '关于<印发>的通知 & 附件', docNumber: '晋政发〔2024〕1号', fromVersion: 1, toVersion: 2 });
        const read = readStoredDiff(stored);
        expect(read).toEqual(readWithHtmlParser(stored));
        rows += read!.rows.length;
      }
    }
    expect(rows).toBeGreaterThan(100);
  });

  it('reads the earlier stored form (a title attribute, no change word) as it was read before', () => {
    const stored = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title><style>.diff li{padding:0}</style></head><body><main>
<ol class="diff">
<li class="context"><span class="n">3</span>一、总则</li>
<li class="removed" title="删除"><span class="n">4</span><del>第二条 旧的 &lt;规定&gt; &amp; 条款</del></li>
<li class="added" title="新增"><span class="n">4</span><ins>第二条 新的规定&#39;条款&#x27;</ins></li>
<li class="skip">… 省略 3 段未变内容 …</li>
</ol></main></body></html>`;
    const read = readStoredDiff(stored)!;
    expect(read).toEqual(readWithHtmlParser(stored));
    expect(read.rows.map((r) => [r.kind, r.line, r.mark])).toEqual([['context', 3, null], ['removed', 4, null], ['added', 4, null], ['skip', null, null]]);
    expect(read.rows[1]!.parts).toEqual([{ op: 'delete', text: '第二条 旧的 <规定> & 条款' }]);
    expect(read.rows[2]!.parts).toEqual([{ op: 'insert', text: "第二条 新的规定'条款'" }]);
  });

  it('refuses damaged or foreign files without looping: cut-off views, stray brackets, scripts', () => {
    const stored = renderDiffHtml(diffTexts(seeds[0]!, revisionsOf(seeds[0]!)[0]!), { title: 't', docNumber: null, fromVersion: 1, toVersion: 2 });
    for (const cut of [stored.slice(0, stored.indexOf('<ol')), `${stored.slice(0, stored.indexOf('</li>') + 5)}<li class="added"><ins>半截`]) {
      expect(readStoredDiff(cut)).toEqual(readWithHtmlParser(cut));
    }
    const foreign = '<html><body><script>if (a < b) document.write("<ol class=diff>")</script><p>1 < 2 & 3 > 2<main>没有 差异</main></body></html>';
    expect(readStoredDiff(foreign)).toEqual(readWithHtmlParser(foreign));
    expect(readStoredDiff(`<ol class="diff">${'<li class="added"><ins>'.repeat(5000)}`)!.rows).toHaveLength(1);
  });

  it('reads back each row of a stored diff: kind, line number, the word for the change, inserted and deleted runs', () => {
    const { old, next } = revision();
    const diff = diffTexts(old, next);
    const stored = readStoredDiff(renderDiffHtml(diff, { title: '测试', docNumber: null, fromVersion: 1, toVersion: 2 }))!;
    expect(stored.identical).toBe(false);
    const changed = stored.rows.filter((r) => r.kind !== 'context' && r.kind !== 'skip');
    expect(changed.length).toBe(diff.summary.added + diff.summary.removed + diff.summary.changed);
    for (const r of changed) expect(['新增', '删除', '修改']).toContain(r.mark);
    const edit = stored.rows.find((r) => r.kind === 'changed')!;
    expect(edit.parts.filter((p) => p.op === 'insert').map((p) => p.text).join('')).toContain('（修订）');
    const added = stored.rows.filter((r) => r.kind === 'added').at(-1)!;
    expect(added.parts.map((p) => p.text).join('')).toBe('七、本办法由<b>区人民政府</b>负责解释 & 自发布之日起施行。');
    expect(added.line).toBe(next.split('\n').length);
  });

  it('says when the versions do not differ, and refuses what is not a diff view', () => {
    const same = readStoredDiff(renderDiffHtml(diffTexts('一、总则', '一、总则'), { title: 't', docNumber: null, fromVersion: 1, toVersion: 2 }));
    expect(same).toEqual({ rows: [], identical: true });
    expect(readStoredDiff('<html><body><p>not a diff</p></body></html>')).toBeNull();
  });

  it('renders the rows escaped in the site shell, changes said in words as well as by ins/del', () => {
    const { old, next } = revision();
    const stored = readStoredDiff(renderDiffHtml(diffTexts(old, next), { title: 'x', docNumber: null, fromVersion: 1, toVersion: 2 }))!;
    const page = renderDiffPage({ documentKey: 'n:0123456789abcdef0123456789abcdef', change: fixture, fromVersion: 1, diff: stored, archiveBaseUrl: 'https://gw.example/archive' });
    expect(page).toContain('&lt;b&gt;区人民政府&lt;/b&gt;');
    expect(page).not.toContain('<b>区人民政府</b>');
    expect(page).toMatch(/<li class="added"><span class="n">第\d+行<\/span><span class="mark">【新增】<\/span><ins>/);
    expect(page).toContain('<span class="mark">【修改】</span>');
    expect(page).toContain(`<h1>${fixture.title}</h1>`);
  });
});
