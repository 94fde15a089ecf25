import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../functions/runtime/runtime.ts';
import type { ApiServer } from '../../infra/local/api-server.ts';
import { startApiBackend, type ApiBackend } from '../support/api-backend.ts';

const HOSTILE = '<html><body><script>fetch("/steal?c="+document.cookie)</script>通知</body></html>';

describe('/archive never serves archived HTML as a live page', () => {
  let api: ApiServer;
  let a: ReturnType<typeof adapters>;

  let env: ApiBackend;

  beforeAll(async () => {
    env = await startApiBackend('gw-archive-');
    ({ api, a } = env);
  });
  afterAll(async () => {
    await env?.close();
  });

  const follow = async (key: string) => {
    const res = await fetch(`${api.url}/archive/${key}`, { redirect: 'manual' });
    expect(res.status, key).toBe(302);
    return fetch(res.headers.get('location') ?? '');
  };

  it('serves an archived HTML page, stored as text/html, as a text/plain attachment', async () => {
    const key = 'raw/lishi/i1/0123abcd.html';
    await a.blobs.put(key, HOSTILE, { contentType: 'text/html; charset=utf-8' });
    const res = await follow(key);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="0123abcd.html.txt"');
    expect(await res.text()).toBe(HOSTILE); // the evidence is intact, just not rendered
  });

  it('keeps PDFs and extracted texts readable inline, with their own types', async () => {
    await a.blobs.put('raw/lishi/i1/0123abcd.pdf', '%PDF-1.4 evidence', { contentType: 'application/pdf' });
    const pdf = await follow('raw/lishi/i1/0123abcd.pdf');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('inline; filename="0123abcd.pdf"');
    await a.blobs.put('text/lishi/doc.txt', '通知 <script>x</script>', { contentType: 'text/html' });
    const text = await follow('text/lishi/doc.txt');
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});
