import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildMimeMessage, encodeWords, formatMailDate, type MimeInput } from '../../../shared/notify/mime.ts';
import { renderDigest } from '../../../shared/notify/render-digest.ts';
import { links, loadChange, subscription } from './helpers.ts';

const mail = renderDigest({
  subscription: subscription(),
  changes: ['land-requisition-lishi-revised', 'appointment-shanyin', 'hostile-other'].map(loadChange),
  period: '2026-W47',
  links,
});

const unsubscribe = {
  url: 'https://watch.example.com/unsubscribe?t=eyJzIjoic3ViLTEifQ.c2lnbmF0dXJl',
  mailto: 'mailto:unsubscribe@watch.example.com?subject=unsubscribe%20sub-1',
};

function input(overrides: Partial<MimeInput> = {}): MimeInput {
  return {
    from: '公报哨兵 <noreply@watch.example.com>',
    to: 'lawyer@example.com',
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageIdDomain: 'watch.example.com',
    listUnsubscribe: unsubscribe,
    configurationSet: 'gazette-watch-mail',
    date: new Date('2026-11-23T00:00:00Z'),
    ...overrides,
  };
}

describe('buildMimeMessage', () => {
  it('parses back to the same headers and both parts', async () => {
    const { raw, messageId } = buildMimeMessage(input());
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.from?.value).toEqual([{ address: 'noreply@watch.example.com', name: '公报哨兵' }]);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([{ address: 'lawyer@example.com', name: '' }]);
    expect(parsed.date?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(parsed.messageId).toBe(messageId);
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@watch\.example\.com>$/);
    expect(parsed.headers.get('mime-version')).toBe('1.0');
    expect((parsed.headers.get('content-type') as { value: string }).value).toBe('multipart/alternative');
    expect(parsed.text).toBe(mail.text);
    expect(parsed.html).toBe(mail.html);
    expect(parsed.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('carries the RFC 8058 one-click unsubscribe headers and the SES configuration set', async () => {
    const { raw } = buildMimeMessage(input());
    const parsed = await simpleParser(raw);
    const line = (key: string) => parsed.headerLines.find((h) => h.key === key)?.line;
    expect(line('list-unsubscribe')).toBe(`List-Unsubscribe: <${unsubscribe.url}>,\r\n <${unsubscribe.mailto}>`);
    expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(line('x-ses-configuration-set')).toBe('X-SES-CONFIGURATION-SET: gazette-watch-mail');
    const list = parsed.headers.get('list') as unknown as { unsubscribe: { url: string; mail: string } };
    expect(list.unsubscribe.url).toBe(unsubscribe.url);
    expect(list.unsubscribe.mail).toBe('unsubscribe@watch.example.com?subject=unsubscribe%20sub-1');

    const without = await simpleParser(buildMimeMessage(input({ configurationSet: null })).raw);
    expect(without.headers.has('x-ses-configuration-set')).toBe(false);
  });

  it('uses CRLF, base64 lines of at most 76 and header lines within 78', () => {
    const { raw } = buildMimeMessage(input());
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const blank = raw.indexOf('\r\n\r\n');
    const head = raw.slice(0, blank);
    const body = raw.slice(blank + 4);
    for (const l of head.split('\r\n')) {
      if (!l.startsWith('List-Unsubscribe: ') && !l.startsWith(' <')) expect(l.length, l).toBeLessThanOrEqual(78);
    }
    const base64Lines = body.split('\r\n').filter((l) => /^[A-Za-z0-9+/]+=*$/.test(l));
    expect(base64Lines.length).toBeGreaterThan(20);
    for (const l of base64Lines) expect(l.length).toBeLessThanOrEqual(76);
    expect(raw).toContain('Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64');
    expect(raw).toContain('Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64');
    expect(raw.indexOf('text/plain')).toBeLessThan(raw.indexOf('text/html'));
    expect(raw).not.toContain('公报');
  });

  it('gives every message its own Message-ID', () => {
    expect(buildMimeMessage(input()).messageId).not.toBe(buildMimeMessage(input()).messageId);
  });

  it('keeps a plain ASCII subject readable and quotes an ASCII display name', async () => {
    const { raw } = buildMimeMessage(input({ subject: 'Gazette digest', from: 'Gazette "Watch" <noreply@watch.example.com>' }));
    expect(raw).toContain('\r\nSubject: Gazette digest\r\n');
    expect(raw).toContain('From: "Gazette \\"Watch\\"" <noreply@watch.example.com>\r\n');
    const parsed = await simpleParser(raw);
    expect(parsed.from?.value[0]?.name).toBe('Gazette "Watch"');
  });

  it('refuses header injection and unusable unsubscribe targets', () => {
    expect(() => buildMimeMessage(input({ subject: 'x\r\nBcc: victim@example.com' }))).toThrow('line breaks');
    expect(() => buildMimeMessage(input({ to: 'a@example.com\nBcc: b@example.com' }))).toThrow('line breaks');
    expect(() => buildMimeMessage(input({ to: 'not an address' }))).toThrow('not an e-mail address');
    expect(() =>
      buildMimeMessage(input({ listUnsubscribe: { ...unsubscribe, url: 'http://watch.example.com/u?t=1' } })),
    ).toThrow('https');
    expect(() => buildMimeMessage(input({ listUnsubscribe: { ...unsubscribe, url: 'https://x.example/u?t=<1>' } }))).toThrow(
      'angle brackets',
    );
    expect(() => buildMimeMessage(input({ listUnsubscribe: { ...unsubscribe, mailto: 'unsubscribe@example.com' } }))).toThrow(
      'mailto',
    );
    expect(() => buildMimeMessage(input({ configurationSet: 'set\r\nX: y' }))).toThrow('configuration set');
    expect(() => buildMimeMessage(input({ configurationSet: 'bad set' }))).toThrow('configuration set');
    expect(() => buildMimeMessage(input({ messageIdDomain: 'a>b' }))).toThrow('Message-ID');
  });

  it('accepts plain http for the local cloud on loopback', async () => {
    const url = 'http://127.0.0.1:38211/unsubscribe?t=abc';
    const parsed = await simpleParser(buildMimeMessage(input({ listUnsubscribe: { ...unsubscribe, url } })).raw);
    expect((parsed.headers.get('list') as unknown as { unsubscribe: { url: string } }).unsubscribe.url).toBe(url);
  });
});

describe('encodeWords', () => {
  it('splits into encoded words of at most 75 characters on character boundaries', () => {
    const text = '【公报哨兵】土地征收公告：𠀀𠀁 emoji 🏞️ and ASCII — 离石区滨河北西路拓宽改造项目'.repeat(3);
    const words = encodeWords(text).split('\r\n ');
    expect(words.length).toBeGreaterThan(3);
    let decoded = '';
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      const m = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=$/.exec(word);
      expect(m).not.toBeNull();
      const bytes = Buffer.from(m?.[1] ?? '', 'base64');
      // Each word decodes on its own: no character was cut in two.
      expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(true);
      decoded += bytes.toString('utf8');
    }
    expect(decoded).toBe(text);
  });
});

describe('formatMailDate', () => {
  it('writes RFC 5322 dates in China Standard Time', () => {
    expect(formatMailDate(new Date('2026-11-22T16:05:09Z'))).toBe('Mon, 23 Nov 2026 00:05:09 +0800');
    expect(formatMailDate(new Date('2026-01-04T00:00:00Z'))).toBe('Sun, 4 Jan 2026 08:00:00 +0800');
  });
});
