import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildMimeMessage, formatMailDate, type MimeInput } from '../../../shared/notify/mime.ts';
import { renderDigest } from '../../../shared/notify/render-digest.ts';
import { links, loadChange, subscription } from './helpers.ts';

const mail = renderDigest({
  subscription: subscription(),
  changes: ['land-requisition-lishi-revised', 'appointment-shanyin', 'hostile-other'].map(loadChange),
  period: '2026-W47',
  links,
});

const unsubscribe = { url: 'https://watch.example.com/unsubscribe?t=eyJzIjoic3ViLTEifQ.c2lnbmF0dXJl' };

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

const build = (overrides: Partial<MimeInput> = {}) => buildMimeMessage(input(overrides));

describe('buildMimeMessage (nodemailer MailComposer)', () => {
  it('parses back to the same headers and both parts', async () => {
    const { raw, messageId } = await build();
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

  it('carries the RFC 8058 one-click unsubscribe headers (https only, no mailto) and the SES configuration set', async () => {
    const { raw } = await build();
    const parsed = await simpleParser(raw);
    const line = (key: string) => parsed.headerLines.find((h) => h.key === key)?.line.replace(/\r\n\s+/g, ' ');
    expect(line('list-unsubscribe')).toBe(`List-Unsubscribe: <${unsubscribe.url}>`);
    expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    // Header names are case-insensitive (RFC 5322); nodemailer writes X-Ses-Configuration-Set.
    expect(line('x-ses-configuration-set')?.toLowerCase()).toBe('x-ses-configuration-set: gazette-watch-mail');
    expect(line('auto-submitted')).toBe('Auto-Submitted: auto-generated');
    expect(raw).not.toContain('mailto:');
    const list = parsed.headers.get('list') as unknown as { unsubscribe: { url: string } };
    expect(list.unsubscribe.url).toBe(unsubscribe.url);

    const without = await simpleParser((await build({ configurationSet: null })).raw);
    expect(without.headers.has('x-ses-configuration-set')).toBe(false);
  });

  it('writes the date in China Standard Time and reuses a given Message-ID', async () => {
    const { raw, messageId } = await build({ messageId: '<retry-1@watch.example.com>' });
    expect(raw).toContain('\r\nDate: Mon, 23 Nov 2026 08:00:00 +0800\r\n');
    expect(messageId).toBe('<retry-1@watch.example.com>');
    expect((await simpleParser(raw)).messageId).toBe('<retry-1@watch.example.com>');
    await expect(build({ messageId: 'no-brackets@x' })).rejects.toThrow('Message-ID');
  });

  it('uses CRLF, base64 lines of at most 76 and header lines within 78', async () => {
    const { raw } = await build();
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const blank = raw.indexOf('\r\n\r\n');
    const head = raw.slice(0, blank);
    const body = raw.slice(blank + 4);
    for (const l of head.split('\r\n')) {
      if (!l.startsWith('List-Unsubscribe: ')) expect(l.length, l).toBeLessThanOrEqual(78);
    }
    const base64Lines = body.split('\r\n').filter((l) => /^[A-Za-z0-9+/]+=*$/.test(l));
    expect(base64Lines.length).toBeGreaterThan(20);
    for (const l of base64Lines) expect(l.length).toBeLessThanOrEqual(76);
    expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64/i);
    expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8\r\nContent-Transfer-Encoding: base64/i);
    expect(raw.indexOf('text/plain')).toBeLessThan(raw.indexOf('text/html'));
    expect(raw).not.toContain('公报');
  });

  it('gives every message its own Message-ID', async () => {
    expect((await build()).messageId).not.toBe((await build()).messageId);
  });

  it('keeps a plain ASCII subject readable and quotes an ASCII display name', async () => {
    const { raw } = await build({ subject: 'Gazette digest', from: 'Gazette "Watch" <noreply@watch.example.com>' });
    expect(raw).toContain('\r\nSubject: Gazette digest\r\n');
    const parsed = await simpleParser(raw);
    expect(parsed.from?.value[0]?.name).toBe('Gazette "Watch"');
  });

  it('encodes a long Chinese subject in words that each decode on their own', async () => {
    const subject = '【公报哨兵】土地征收公告：𠀀𠀁 emoji 🏞️ and ASCII — 离石区滨河北西路拓宽改造项目'.repeat(3);
    const { raw } = await build({ subject });
    expect((await simpleParser(raw)).subject).toBe(subject);
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    for (const word of head.match(/=\?UTF-8\?[BQ]\?[^?]*\?=/gi) ?? []) expect(word.length).toBeLessThanOrEqual(75);
  });

  it('refuses header injection (CR/LF) and unusable unsubscribe targets', async () => {
    await expect(build({ subject: 'x\r\nBcc: victim@example.com' })).rejects.toThrow('line breaks');
    await expect(build({ to: 'a@example.com\nBcc: b@example.com' })).rejects.toThrow('line breaks');
    await expect(build({ from: '公报哨兵\r\nBcc: x@example.com <noreply@watch.example.com>' })).rejects.toThrow('line breaks');
    await expect(build({ to: 'not an address' })).rejects.toThrow('not an e-mail address');
    await expect(build({ listUnsubscribe: { url: 'http://watch.example.com/u?t=1' } })).rejects.toThrow('https');
    await expect(build({ listUnsubscribe: { url: 'https://x.example/u?t=<1>' } })).rejects.toThrow('angle brackets');
    await expect(build({ listUnsubscribe: { url: 'https://x.example/u?t=1\r\nBcc: y@example.com' } })).rejects.toThrow('line breaks');
    await expect(build({ configurationSet: 'set\r\nX: y' })).rejects.toThrow('configuration set');
    await expect(build({ configurationSet: 'bad set' })).rejects.toThrow('configuration set');
    await expect(build({ messageIdDomain: 'a>b' })).rejects.toThrow('Message-ID');
  });

  it('accepts plain http for the local cloud on loopback', async () => {
    const url = 'http://127.0.0.1:38211/unsubscribe?t=abc';
    const parsed = await simpleParser((await build({ listUnsubscribe: { url } })).raw);
    expect((parsed.headers.get('list') as unknown as { unsubscribe: { url: string } }).unsubscribe.url).toBe(url);
  });
});

describe('formatMailDate', () => {
  it('writes RFC 5322 dates in China Standard Time', () => {
    expect(formatMailDate(new Date('2026-11-22T16:05:09Z'))).toBe('Mon, 23 Nov 2026 00:05:09 +0800');
    expect(formatMailDate(new Date('2026-01-04T00:00:00Z'))).toBe('Sun, 4 Jan 2026 08:00:00 +0800');
  });
});
