/** The diff page reads the stored diff view back: every changed row with its words, nothing of the markup passed through. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiffHtml } from '../../../shared/changes/diff-html.ts';
import { diffTexts } from '../../../shared/changes/diff.ts';
import { changeRecordSchema } from '../../../shared/model/change.ts';
import { renderDiffPage } from '../../../shared/web/pages/diff-page.ts';
import { readStoredDiff } from '../../../shared/web/stored-diff.ts';

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

describe('readStoredDiff', () => {
  it('reads the earlier stored form (a title attribute, no change word), entities decoded', () => {
    const stored = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title><style>.diff li{padding:0}</style></head><body><main>
<ol class="diff">
<li class="context"><span class="n">3</span>一、总则</li>
<li class="removed" title="删除"><span class="n">4</span><del>第二条 旧的 &lt;规定&gt; &amp; 条款</del></li>
<li class="added" title="新增"><span class="n">4</span><ins>第二条 新的规定&#39;条款&#x27;</ins></li>
<li class="skip">… 省略 3 段未变内容 …</li>
</ol></main></body></html>`;
    const read = readStoredDiff(stored)!;
    expect(read.rows.map((r) => [r.kind, r.line, r.mark])).toEqual([['context', 3, null], ['removed', 4, null], ['added', 4, null], ['skip', null, null]]);
    expect(read.rows[1]!.parts).toEqual([{ op: 'delete', text: '第二条 旧的 <规定> & 条款' }]);
    expect(read.rows[2]!.parts).toEqual([{ op: 'insert', text: "第二条 新的规定'条款'" }]);
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
