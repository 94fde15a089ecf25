import { describe, expect, it } from 'vitest';
import { alertSubject, renderAlert } from '../../../shared/notify/render-alert.ts';
import { links, loadChange, subscription } from './helpers.ts';

const taiyuanLand = loadChange('land-recovery-taiyuan');
const lishiLand = loadChange('land-requisition-lishi-revised');
const lishiAppointment = loadChange('appointment-lishi-remove');
const hostile = loadChange('hostile-other');

describe('alertSubject', () => {
  it('labels the kind of document and marks revisions', () => {
    expect(alertSubject(taiyuanLand)).toBe(
      '【公报哨兵】收回土地使用权公告：太原市人民政府关于收回山西大学附属中学晋源学校新建项目选址范围内国有土地使用权的通告',
    );
    expect(alertSubject(lishiAppointment)).toBe('【公报哨兵】人事任免：吕梁市离石区人民政府关于贺尔荣同志免职的通知');
    const revised = alertSubject(lishiLand);
    expect(revised.startsWith('【公报哨兵】土地征收公告（修订）：吕梁市离石区人民政府办公室关于印发')).toBe(true);
    expect(revised.endsWith('…')).toBe(true);
    expect(Array.from(revised.slice(revised.indexOf('：') + 1))).toHaveLength(60);
  });

  it('keeps a title on one line, without the spaces PDF line breaks leave inside Chinese words', () => {
    expect(alertSubject({ ...taiyuanLand, title: '关于征收\r\n土地的\t公告' })).toBe('【公报哨兵】收回土地使用权公告：关于征收土地的公告');
    expect(alertSubject({ ...taiyuanLand, title: '关于城镇垃圾处 理费的通知（GB 5749\n2022）' })).toBe('【公报哨兵】收回土地使用权公告：关于城镇垃圾处理费的通知（GB 5749 2022）');
  });
});

describe('renderAlert', () => {
  it('renders one change with its facts, links and footer in both parts', () => {
    const mail = renderAlert({ subscription: subscription(), change: taiyuanLand, links });
    expect(mail.subject).toBe(alertSubject(taiyuanLand));
    for (const body of [mail.html, mail.text]) {
      expect(body).toContain('公报哨兵发现一份符合您订阅条件的新文件（收回土地使用权公告）');
      expect(body).toContain('截止 2023年10月7日');
      expect(body).toContain('太原市规划和自然资源局');
      expect(body).toContain('https://example.gov.cn/taiyuan-daily/2023/09/22/03.pdf');
      expect(body).toContain(links.archiveUrl('raw/taiyuan-daily/2023-09-22/03.pdf'));
      expect(body).toContain(links.unsubscribeUrl);
      expect(body).toContain(links.preferencesUrl);
    }
  });

  it('tells a revision apart and links its diff', () => {
    const mail = renderAlert({ subscription: subscription(), change: lishiLand, links });
    expect(mail.text).toContain('您关注的文件有了新版本（第 2 版）');
    expect(mail.text).toContain('修订内容：新增 2 处，删除 1 处，修改 3 处');
    expect(mail.html).toContain(links.diffUrl('diff/lishi-gazette/binhe/v1-v2.html'));
  });

  it('escapes a hostile document', () => {
    const mail = renderAlert({ subscription: subscription(), change: hostile, links });
    expect(mail.html).not.toMatch(/<script|<img|<b |<i>|javascript:|onmouseover="/);
    expect(mail.html).toContain('<title>【公报哨兵】新文件：&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&lt;b onmouseover=&quot;steal()&quot;&gt;某局&lt;/b&gt;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});
