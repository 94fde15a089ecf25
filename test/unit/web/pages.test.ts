/** The change page and the page router's addresses, on the change fixtures (a hostile one among them). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeRecordSchema, type ChangeRecord } from '../../../shared/model/change.ts';
import { renderChangePage } from '../../../shared/web/pages/change-page.ts';
import { diffPageOfKey, pagePaths } from '../../../shared/web/urls.ts';

const fixture = (name: string): ChangeRecord => changeRecordSchema.parse(JSON.parse(readFileSync(new URL(`../../fixtures/changes/${name}.json`, import.meta.url), 'utf8')));

describe('the change page', () => {
  it('shows a revision: kind, metadata, category, facts, what changed, the links', () => {
    const change = fixture('land-requisition-lishi-revised');
    const page = renderChangePage(change, 'https://gw.example/archive');
    expect(page).toContain('修订（第 2 版）');
    expect(page).toContain(change.docNumber!);
    expect(page).toContain('土地征收与补偿');
    for (const e of change.diff!.excerpts) expect(page).toContain(`<ins>${e.after}</ins>`);
    expect(page).toContain(`href="${pagePaths.document(change.documentKey)}"`);
    expect(page).toContain(`href="${pagePaths.diff(change.documentKey, 2)}"`);
    for (const l of change.land!.deadlines) expect(page).toContain(l.text.slice(0, 8));
  });

  it('escapes every stored text and links no javascript: URL', () => {
    const page = renderChangePage(fixture('hostile-other'), 'https://gw.example/archive');
    expect(page).not.toMatch(/<script>|<img |<b onmouseover|<i>9<\/i>|<a href="https:\/\/phish/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('（链接无效）');
  });

  it('shows the appointments of an appointment document', () => {
    const change = fixture('appointment-lishi-remove');
    const page = renderChangePage(change, 'https://gw.example/archive');
    for (const a of change.appointments) expect(page).toContain(a.person);
    expect(page).toContain('免去');
  });
});

describe('page addresses', () => {
  it('maps a stored revision diff to its page, and leaves other diffs to the archive', () => {
    expect(diffPageOfKey('diffs/n:0123456789abcdef0123456789abcdef/v1-v2.html')).toBe('/documents/n%3A0123456789abcdef0123456789abcdef/versions/2/diff');
    expect(diffPageOfKey('diffs/recheck/n:0123/abc.html')).toBeNull();
    expect(diffPageOfKey('raw/x/y.pdf')).toBeNull();
  });
});
