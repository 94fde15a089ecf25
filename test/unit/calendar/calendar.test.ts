import { describe, expect, it } from 'vitest';
import { deadlineAttachment } from '../../../shared/calendar/build-ics.ts';
import { calendarToken, checkCalendarToken } from '../../../shared/calendar/feed-token.ts';
import { subscriberFeed } from '../../../shared/calendar/subscriber-feed.ts';
import { changeRecordSchema, type ChangeRecord } from '../../../shared/model/change.ts';
import { subscriptionSchema } from '../../../shared/model/subscription.ts';

const change = (over: Partial<ChangeRecord> = {}): ChangeRecord =>
  changeRecordSchema.parse({
    changeId: 'c1',
    kind: 'new',
    documentKey: 'k1',
    version: 1,
    category: 'land',
    subtype: 'land-requisition',
    jurisdiction: { province: '山西省', city: '云川市', county: '青岚县', divisionCode: '149921' },
    issuer: '青岚县人民政府',
    title: '青岚县人民政府征收土地公告',
    docNumber: '青政征告〔2024〕21号',
    date: '2024-09-27',
    appointments: [],
    land: {
      project: '青岚县东环路改扩建工程',
      location: null,
      area: null,
      compensation: [],
      deadlines: [
        { text: '自本公告发布之日起15个工作日内', date: '2024-10-25', purpose: '登记' },
        { text: '公示期满后', date: null, purpose: null },
      ],
      implementer: null,
    },
    regulation: null,
    excerpt: '',
    diff: null,
    diffKey: null,
    links: [{ sourceId: 's', sourceName: '青岚县人民政府公报', url: 'http://example.cn/a.pdf', rawKey: 'raw/s/i/a.pdf', textKey: 'text/k1/h.txt' }],
    day: '2024-09-27',
    createdAt: '2024-09-27T02:00:00Z',
    ...over,
  });

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('deadline calendar', () => {
  it('puts each dated deadline in an all-day event with a stable UID, leaving undated ones out', () => {
    const a = deadlineAttachment(change(), new Date('2024-09-27T03:00:00Z'), 'https://gw.example/evidence/c1');
    expect(a?.filename).toBe('deadlines-c1.ics');
    expect(a?.contentType).toMatch(/^text\/calendar/);
    const ics = unfold(a!.content);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('UID:c1-0@gazette-watch');
    expect(ics).toContain('DTSTART;VALUE=DATE:20241025');
    expect(ics).toContain('SUMMARY:【登记截止】青岚县人民政府征收土地公告（青岚县东环路改扩建工程）');
    expect(ics).toContain('原文规定：自本公告发布之日起15个工作日内');
  });

  it('gives no attachment when no deadline has a date', () => {
    expect(deadlineAttachment(change({ land: { ...change().land!, deadlines: [{ text: '公示期满后', date: null }] } }), new Date())).toBeNull();
  });

  it('feeds a subscriber the latest version of the land notices matching their subscription only', () => {
    const sub = subscriptionSchema.parse({
      subscriberId: 'u1',
      email: 'lawyer@example.com',
      status: 'active',
      frequency: 'weekly',
      filters: { categories: ['land'], jurisdictions: ['青岚县'] },
      language: 'zh',
      timeZone: 'Asia/Shanghai',
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    });
    const revised = change({ changeId: 'c2', version: 2, land: { ...change().land!, deadlines: [{ text: '15个工作日内', date: '2024-10-28', purpose: '登记' }] } });
    const elsewhere = change({ changeId: 'c3', documentKey: 'k3', jurisdiction: { province: '山西省', city: '太原市', divisionCode: '140100' } });
    const ics = unfold(subscriberFeed(sub, [change(), revised, elsewhere], { stamp: new Date('2024-10-01T00:00:00Z'), evidenceUrl: (id) => `https://gw.example/evidence/${id}` }));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('UID:c2-0@gazette-watch');
    expect(ics).toContain('DTSTART;VALUE=DATE:20241028');
  });

  it('signs feed tokens that name their subscriber and refuses altered ones', () => {
    const secret = 'a-secret-of-at-least-sixteen';
    const token = calendarToken(secret, 'demo-lawyer');
    expect(checkCalendarToken(secret, token)).toBe('demo-lawyer');
    expect(checkCalendarToken('another-secret-entirely', token)).toBeNull();
    const [id, mac] = token.split('.');
    expect(checkCalendarToken(secret, `${Buffer.from('someone-else').toString('base64url')}.${mac}`)).toBeNull();
    expect(checkCalendarToken(secret, `${id}.x`)).toBeNull();
  });
});
