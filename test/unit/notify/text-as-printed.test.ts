import { describe, expect, it } from 'vitest';
import { formatTimeZh, formatWeekZh, oneLine } from '../../../shared/notify/format.ts';
import { renderAlert } from '../../../shared/notify/render-alert.ts';
import { renderDigest } from '../../../shared/notify/render-digest.ts';
import { links, loadChange, subscription } from './helpers.ts';

const land = loadChange('land-recovery-taiyuan');

describe('text as printed in mails', () => {
  it('drops the spaces PDF line breaks leave inside Chinese words, keeps those between Latin words', () => {
    expect(oneLine('城镇垃圾处 理费')).toBe('城镇垃圾处理费');
    expect(oneLine('山西省财\n  政厅')).toBe('山西省财政厅');
    expect(oneLine('（试行）\n办法')).toBe('（试行）办法');
    expect(oneLine('GB 5749\n2022 标准')).toBe('GB 5749 2022 标准');
  });

  it('in both parts of a digest: excerpt, title and issuer', () => {
    const change = { ...land, title: '关于城镇垃圾处 理费的通知', issuer: '山西省财 政厅', excerpt: '根据山西省财\n政厅要求' };
    const mail = renderDigest({ subscription: subscription(), changes: [change], period: '2026-W49', links });
    for (const body of [mail.html, mail.text]) {
      expect(body).toContain('城镇垃圾处理费');
      expect(body).toContain('山西省财政厅');
      expect(body).not.toMatch(/处 理|财 政/);
    }
  });

  it('weeks as 第49周, never 2026-W49', () => {
    expect(formatWeekZh('2026-W49')).toBe('2026年第49周');
    const mail = renderDigest({ subscription: subscription(), changes: [land], period: '2026-W49', links });
    expect(mail.subject).toContain('2026年第49周');
    expect(mail.subject + mail.text + mail.html).not.toContain('W49');
  });

  it('times in Beijing time', () => {
    expect(formatTimeZh(new Date('2026-11-30T16:30:00Z'))).toBe('2026年12月1日 00:30（北京时间）');
  });

  it('no "— ?" or "未知" placeholder for a document without an issuer', () => {
    const mail = renderAlert({ subscription: subscription(), change: { ...land, issuer: null }, links });
    for (const body of [mail.html, mail.text]) {
      expect(body).not.toMatch(/—\s*\?|发文机关：\s*(\?|未知)/);
      expect(body).not.toContain('发文机关');
    }
  });
});

describe('changes marked in words and markup, not colour alone', () => {
  it('the diff page labels every changed line and uses <ins>/<del>', async () => {
    const { diffTexts } = await import('../../../shared/changes/diff.ts');
    const { renderDiffHtml } = await import('../../../shared/changes/diff-html.ts');
    const page = renderDiffHtml(diffTexts('甲\n旧段落\n', '甲\n新段落\n第三条\n'), { title: 't', docNumber: null, fromVersion: 1, toVersion: 2 });
    expect(page).toMatch(/【(修改|删除)】/);
    expect(page).toContain('<span class="mark">【新增】</span><ins>第三条</ins>');
    expect(page).toContain('<span class="mark">【修改】</span><del>旧</del><ins>新</ins>段落');
    expect(page).toMatch(/<del>|<ins>/);
  });

  it('a revision in a mail says 原/现 and marks them <del>/<ins>', () => {
    const revised = loadChange('land-requisition-lishi-revised');
    const mail = renderAlert({ subscription: subscription(), change: revised, links });
    if ((revised.diff?.excerpts.length ?? 0) > 0) {
      expect(mail.html).toMatch(/原：<del>[^<]+<\/del>/);
      expect(mail.html).toMatch(/现：<ins[^>]*>[^<]+<\/ins>/);
    } else throw new Error('the revised fixture has no excerpts');
  });
});
