import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/subscribe/errors.ts';
import type { ApiRequest } from '../../../shared/subscribe/http-types.ts';
import { parseBody, parseMultipart } from '../../../shared/subscribe/request-body.ts';

const request = (contentType: string, body: string | Uint8Array): ApiRequest => ({
  method: 'POST',
  path: '/subscribe',
  rawQuery: '',
  headers: { 'content-type': contentType },
  body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  sourceIp: '127.0.0.1',
});

const statusOf = (fn: () => unknown): number | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof ApiError ? err.status : -1;
  }
  return undefined;
};

describe('request bodies', () => {
  it('reads repeated form fields as lists and UTF-8 text', () => {
    const parsed = parseBody(request('application/x-www-form-urlencoded', 'categories=land&categories=appointment&places=%E8%A5%BF%E5%B1%9E%E5%B7%B4%E6%9D%91'));
    expect(parsed).toEqual({ kind: 'form', value: { categories: ['land', 'appointment'], places: '西属巴村' } });
  });

  it('reads the text fields of a multipart body and skips files', () => {
    const b = 'XyZ';
    const body = [
      `--${b}`,
      'Content-Disposition: form-data; name="List-Unsubscribe"',
      '',
      'One-Click',
      `--${b}`,
      'Content-Disposition: form-data; name="upload"; filename="x.txt"',
      'Content-Type: text/plain',
      '',
      'ignored',
      `--${b}--`,
      '',
    ].join('\r\n');
    expect(parseMultipart(body, b)).toEqual({ 'List-Unsubscribe': 'One-Click' });
    expect(parseBody(request(`multipart/form-data; boundary="${b}"`, body))).toEqual({ kind: 'form', value: { 'List-Unsubscribe': 'One-Click' } });
  });

  it('refuses malformed JSON, bad UTF-8, unknown types and oversized bodies', () => {
    expect(statusOf(() => parseBody(request('application/json', '{"email":')))).toBe(400);
    expect(statusOf(() => parseBody(request('application/x-www-form-urlencoded', new Uint8Array([0xff, 0xfe]))))).toBe(400);
    expect(statusOf(() => parseBody(request('text/plain', 'hello')))).toBe(415);
    expect(statusOf(() => parseBody(request('application/json', `"${'x'.repeat(64 * 1024)}"`)))).toBe(413);
    expect(parseBody(request('application/json; charset=utf-8', '{"email":"a@example.com"}'))).toEqual({ kind: 'json', value: { email: 'a@example.com' } });
  });
});
