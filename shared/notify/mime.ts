/**
 * A raw MIME message for SES SendRawEmail: multipart/alternative (text, then HTML), UTF-8,
 * bodies in base64 (lines of 76), subject and display names as RFC 2047 encoded words, the
 * RFC 8058 one-click unsubscribe headers, and SES's configuration-set header when given.
 * Header values are checked for CR/LF so nothing from a caller can add a header.
 */
import { randomBytes, randomUUID } from 'node:crypto';

export interface MimeInput {
  /** "公报哨兵 <noreply@example.com>" or a bare address. */
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Right-hand side of the Message-ID, e.g. the sending domain. */
  messageIdDomain: string;
  listUnsubscribe: { url: string; mailto: string };
  configurationSet: string | null;
  date?: Date;
  /** A Message-ID fixed by the caller ("<id@domain>"), so every attempt at one delivery carries the same one. */
  messageId?: string;
}

export interface MimeMessage {
  raw: string;
  /** With angle brackets, as in the header. */
  messageId: string;
}

const CRLF = '\r\n';
/** 42 bytes → 56 base64 characters → 68-character encoded words; "Subject: " + one fits 78. */
const encodedWordBytes = 42;
const base64LineLength = 76;

function assertHeaderSafe(name: string, value: string): void {
  if (/[\r\n\u0000]/.test(value)) throw new Error(`${name}: line breaks are not allowed in a header`);
}

/** RFC 2047 "B" encoded words, each holding whole characters, joined by folding whitespace. */
export function encodeWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  for (const ch of text) {
    const bytes = Buffer.byteLength(ch, 'utf8');
    if (chunkBytes + bytes > encodedWordBytes && chunk.length > 0) {
      words.push(chunk);
      chunk = '';
      chunkBytes = 0;
    }
    chunk += ch;
    chunkBytes += bytes;
  }
  if (chunk.length > 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text) && !text.includes('=?');
}

function encodeUnstructured(text: string, maxPlain: number): string {
  return isPlainAscii(text) && text.length <= maxPlain ? text : encodeWords(text);
}

const addressPattern = /^[^\s<>@",;:()[\]\\]+@[A-Za-z0-9.-]+$/;

/** "Name <a@b>" or "a@b" as a header value, the name quoted or encoded. */
export function formatAddress(header: string, value: string): string {
  assertHeaderSafe(header, value);
  const trimmed = value.trim();
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  const address = (named ? named[2] : trimmed)?.trim() ?? '';
  if (!addressPattern.test(address)) throw new Error(`${header}: not an e-mail address: ${value}`);
  const name = named?.[1]?.trim().replace(/^"(.*)"$/, '$1') ?? '';
  if (name.length === 0) return address;
  const displayName = isPlainAscii(name)
    ? `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`
    : encodeWords(name);
  return `${displayName} <${address}>`;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date in China Standard Time: "Sun, 22 Nov 2026 08:00:00 +0800". */
export function formatMailDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('Date: invalid date');
  const d = new Date(date.getTime() + 8 * 60 * 60 * 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return (
    `${weekdays[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0800`
  );
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** RFC 8058 wants HTTPS; plain HTTP is accepted for loopback hosts only (the local cloud). */
function checkUnsubscribe(url: string, mailto: string): void {
  for (const [name, value] of [
    ['List-Unsubscribe url', url],
    ['List-Unsubscribe mailto', mailto],
  ] as const) {
    assertHeaderSafe(name, value);
    if (/[\s<>,]/.test(value)) throw new Error(`${name}: spaces, commas and angle brackets must be percent-encoded`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`List-Unsubscribe url: not a URL: ${url}`);
  }
  if (!(parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed.hostname)))) {
    throw new Error('List-Unsubscribe url: one-click unsubscribe needs an https URL');
  }
  if (!/^mailto:[^@]+@[^@]+$/i.test(mailto)) throw new Error(`List-Unsubscribe mailto: not a mailto URI: ${mailto}`);
}

/** Base64 in lines of at most 76 characters. */
export function base64Lines(text: string): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += base64LineLength) lines.push(encoded.slice(i, i + base64LineLength));
  return lines.join(CRLF);
}

export function buildMimeMessage(input: MimeInput): MimeMessage {
  const { subject, html, text, messageIdDomain, listUnsubscribe, configurationSet } = input;
  assertHeaderSafe('Subject', subject);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(messageIdDomain)) {
    throw new Error(`Message-ID: not a domain: ${messageIdDomain}`);
  }
  checkUnsubscribe(listUnsubscribe.url, listUnsubscribe.mailto);
  if (configurationSet !== null && !/^[A-Za-z0-9_-]{1,64}$/.test(configurationSet)) {
    throw new Error(`X-SES-CONFIGURATION-SET: not a configuration set name: ${configurationSet}`);
  }

  if (input.messageId !== undefined && !/^<[A-Za-z0-9._-]+@[A-Za-z0-9.-]+>$/.test(input.messageId)) {
    throw new Error(`Message-ID: not a message id: ${input.messageId}`);
  }
  const messageId = input.messageId ?? `<${randomUUID()}@${messageIdDomain}>`;
  // "=_" cannot occur in base64 text, so the boundary never collides with a body line.
  const boundary = `=_gw_${randomBytes(12).toString('hex')}`;

  const headers = [
    `From: ${formatAddress('From', input.from)}`,
    `To: ${formatAddress('To', input.to)}`,
    `Subject: ${encodeUnstructured(subject, 69)}`,
    `Date: ${formatMailDate(input.date ?? new Date())}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    `List-Unsubscribe: <${listUnsubscribe.url}>,${CRLF} <${listUnsubscribe.mailto}>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    'Auto-Submitted: auto-generated',
    ...(configurationSet !== null ? [`X-SES-CONFIGURATION-SET: ${configurationSet}`] : []),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];

  const part = (contentType: string, body: string): string =>
    [
      `--${boundary}`,
      `Content-Type: ${contentType}; charset=UTF-8`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(body),
    ].join(CRLF);

  const raw = [
    ...headers,
    '',
    'This is a multi-part message in MIME format.',
    '',
    part('text/plain', text),
    part('text/html', html),
    `--${boundary}--`,
    '',
  ].join(CRLF);

  return { raw, messageId };
}
