import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../shared/changes/diff.ts';
import { renderDiffHtml } from '../../../shared/changes/diff-html.ts';
import { renderDiffTerminal } from '../../../shared/changes/diff-terminal.ts';
import { readSeed, SEED_LISHI, withEditedLines } from './seed.ts';

const OLD = ['标题', '正房奖励300元/m²', '旧条款<script>alert(1)</script>', '结尾'].join('\n');
const NEW = ['标题', '正房奖励400元/m²', '新增条款 "A&B" \'引号\'', '结尾'].join('\n');
const meta = { title: '关于<征收>的通知 & 方案', docNumber: '离政办发〔2023〕6号', fromVersion: 1, toVersion: 2 };

describe('renderDiffHtml', () => {
  const html = renderDiffHtml(diffTexts(OLD, NEW), meta);

  it('is a complete self-contained Chinese page with the header', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<h1>关于&lt;征收&gt;的通知 &amp; 方案</h1>');
    expect(html).toContain('文号：离政办发〔2023〕6号');
    expect(html).toContain('第 1 版 → 第 2 版');
    expect(html).toContain('新增 1 段，删除 1 段，修改 1 段');
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/i);
  });

  it('highlights edits with <ins>/<del> and escapes all text', () => {
    expect(html).toContain('正房奖励<del>3</del><ins>4</ins>00元/m²');
    expect(html).toContain('<del>旧条款&lt;script&gt;alert(1)&lt;/script&gt;</del>');
    expect(html).toContain('<ins>新增条款 &quot;A&amp;B&quot; &#39;引号&#39;</ins>');
  });

  it('says so when nothing differs and when the diff was truncated', () => {
    expect(renderDiffHtml(diffTexts(OLD, OLD), meta)).toContain('两个版本的正文没有差异');
    const truncated = renderDiffHtml(diffTexts(OLD, NEW, { maxEditLength: 1 }), { ...meta, docNumber: null });
    expect(truncated).toContain('class="truncated"');
    expect(truncated).not.toContain('文号：');
  });

  it('elides long unchanged stretches of a real gazette', () => {
    const seed = readSeed(SEED_LISHI);
    const page = renderDiffHtml(diffTexts(seed, withEditedLines(seed, 5).text), meta);
    expect(page.match(/class="changed"/g)).toHaveLength(5);
    expect(page).toMatch(/省略 \d+ 段未变内容/);
    expect(page.length).toBeLessThan(seed.length / 4);
  });
});

describe('renderDiffTerminal', () => {
  const d = diffTexts(OLD, NEW);

  it('plain: git-like prefixes and inline [-…-]{+…+} markers, no escape codes', () => {
    const out = renderDiffTerminal(d);
    expect(out.split('\n')).toEqual([
      '新增 1 段，删除 1 段，修改 1 段',
      '  标题',
      '~ 正房奖励[-3-]{+4+}00元/m²',
      '- 旧条款<script>alert(1)</script>',
      '+ 新增条款 "A&B" \'引号\'',
      '  结尾',
      '',
    ]);
    expect(out).not.toContain('\u001b[');
  });

  it('colour: red deletions, green insertions', () => {
    const out = renderDiffTerminal(d, { color: true });
    expect(out).toContain('正房奖励\u001b[31m3\u001b[0m\u001b[32m4\u001b[0m00元/m²');
    expect(out).toContain('\u001b[31m- 旧条款');
    expect(out).not.toContain('[-');
  });

  it('neutralises control characters from the documents', () => {
    const out = renderDiffTerminal(diffTexts('甲', '乙\u001b[2J'));
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\ufffd[2J');
  });

  it('reports identical texts', () => {
    expect(renderDiffTerminal(diffTexts(OLD, OLD))).toContain('无差异 no differences');
  });
});
