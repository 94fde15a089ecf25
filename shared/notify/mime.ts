/**
 * The raw MIME message for SES SendRawEmail, assembled by nodemailer's MailComposer: multipart/alternative
 * (text, then HTML; inside multipart/mixed with the attachments when there are any, e.g. a land alert's .ics), UTF-8 bodies in base64, RFC 2047 encoded subject and display names, folding, the
 * RFC 8058 one-click unsubscribe headers (List-Unsubscribe with the https URL, List-Unsubscribe-Post),
 * Auto-Submitted, and SES's configuration-set header when given.
 *
 * Our own checks stay in front of the composer: every header value is refused when it holds CR/LF (nothing
 * from a caller can add a header), the unsubscribe URL must be https (plain http on loopback only), and
 * the configuration set and Message-ID domain must be what SES accepts.
 *
 * No mailto: in List-Unsubscribe: no mailbox receives unsubscribe mails (there is no SES receipt rule), so a
 * mailto target would reach nobody. RFC 8058 one-click needs only the https URL.
 */
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { MailAttachment } from './mail-types.ts';

/** An attachment's name: a plain file name (no path, no header characters), ending in its extension. */
const ATTACHMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;
const ATTACHMENT_TYPE = /^[a-z]+\/[a-z0-9.+-]+(?:;\s*[a-z-]+=[A-Za-z0-9._-]+)*$/;

function checkAttachment(a: MailAttachment): void {
  if (!ATTACHMENT_NAME.test(a.filename)) throw new Error(`attachment: not a plain file name: ${a.filename}`);
  if (!ATTACHMENT_TYPE.test(a.contentType)) throw new Error(`attachment: not a content type: ${a.contentType}`);
}

export interface MimeInput {
  /** "公报哨兵 <noreply@example.com>" or a bare address. */
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Right-hand side of the Message-ID, e.g. the sending domain. */
  messageIdDomain: string;
  /** The one-click unsubscribe URL (https; http on loopback for the local cloud). */
  listUnsubscribe: { url: string };
  configurationSet: string | null;
  date?: Date;
  /** A Message-ID to reuse ("<…@domain>"), e.g. when a delivery is retried; a new one otherwise. */
  messageId?: string;
  /** Files after the text and HTML (multipart/mixed): a land alert's deadlines as text/calendar. */
  attachments?: readonly MailAttachment[];
}

export interface MimeMessage {
  raw: string;
  /** With angle brackets, as in the header. */
  messageId: string;
}

function assertHeaderSafe(name: string, value: string): void {
  if (/[\r\n\u0000]/.test(value)) throw new Error(`${name}: line breaks are not allowed in a header`);
}

const addressPattern = /^[^\s<>@",;:()[\]\\]+@[A-Za-z0-9.-]+$/;

/** "Name <a@b>" or "a@b" → the composer's address object; refuses anything that is not one address. */
export function parseAddress(header: string, value: string): { name: string; address: string } {
  assertHeaderSafe(header, value);
  const trimmed = value.trim();
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  const address = (named ? named[2] : trimmed)?.trim() ?? '';
  if (!addressPattern.test(address)) throw new Error(`${header}: not an e-mail address: ${value}`);
  const name = named?.[1]?.trim().replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1') ?? '';
  return { name, address };
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date in China Standard Time: "Sun, 22 Nov 2026 08:00:00 +0800" (the composer would write GMT). */
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
function checkUnsubscribe(url: string): void {
  assertHeaderSafe('List-Unsubscribe url', url);
  if (/[\s<>,]/.test(url)) throw new Error('List-Unsubscribe url: spaces, commas and angle brackets must be percent-encoded');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`List-Unsubscribe url: not a URL: ${url}`);
  }
  if (!(parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed.hostname)))) {
    throw new Error('List-Unsubscribe url: one-click unsubscribe needs an https URL');
  }
}

function messageIdFor(input: MimeInput): string {
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(input.messageIdDomain)) {
    throw new Error(`Message-ID: not a domain: ${input.messageIdDomain}`);
  }
  if (input.messageId === undefined) return `<${randomUUID()}@${input.messageIdDomain}>`;
  if (!/^<[^<>\s@]+@[A-Za-z0-9.-]+>$/.test(input.messageId)) throw new Error(`Message-ID: not a message id: ${input.messageId}`);
  return input.messageId;
}

export async function buildMimeMessage(input: MimeInput): Promise<MimeMessage> {
  const { subject, html, text, listUnsubscribe, configurationSet } = input;
  assertHeaderSafe('Subject', subject);
  const from = parseAddress('From', input.from);
  const to = parseAddress('To', input.to);
  checkUnsubscribe(listUnsubscribe.url);
  if (configurationSet !== null && !/^[A-Za-z0-9_-]{1,64}$/.test(configurationSet)) {
    throw new Error(`X-SES-CONFIGURATION-SET: not a configuration set name: ${configurationSet}`);
  }
  const messageId = messageIdFor(input);
  const attachments = input.attachments ?? [];
  attachments.forEach(checkAttachment);

  const composer = new MailComposer({
    from,
    to,
    subject,
    text,
    html,
    messageId,
    textEncoding: 'base64',
    ...(attachments.length > 0
      ? { attachments: attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType, contentTransferEncoding: 'base64' as const })) }
      : {}),
    headers: [
      // As nodemailer's own `list` option writes it (that option belongs to its transport, not the composer).
      { key: 'List-Unsubscribe', value: { prepared: true, foldLines: true, value: `<${listUnsubscribe.url}>` } },
      { key: 'Date', value: formatMailDate(input.date ?? new Date()) },
      { key: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
      { key: 'Auto-Submitted', value: 'auto-generated' },
      ...(configurationSet !== null ? [{ key: 'X-SES-CONFIGURATION-SET', value: configurationSet }] : []),
    ],
  });
  const raw = (await composer.compile().build()).toString('utf8');
  return { raw, messageId };
}
