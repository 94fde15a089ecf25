import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractionError, extractText } from '../../../../shared/ingest/text/extract.ts';
import { parsePublication } from '../../../../shared/parse/publication.ts';
import { pdfkitPdf } from '../../../fixtures/hostile/hostile-pdfs.ts';

const site = new URL('../../../fixtures/site/files/', import.meta.url);
const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, site)));

describe('extractText', () => {
  it('reads a GBK document page: content, title and the metadata box under Chinese labels', async () => {
    const r = await extractText(bytesOf('shanyin-docs/zfwj/202307/t20230703_104.html'));
    expect(r.format).toBe('html');
    expect(r.metadata).toMatchObject({ 发文机关: '山阴县人民政府', 发文字号: '山政发〔2023〕13号', 成文日期: '2023年6月29日', 发布日期: '2023年7月3日' });
    expect(r.text).not.toMatch(/\ufffd|首页|打印/);
    const docs = parsePublication(r.text).documents;
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ docNumber: '山政发〔2023〕13号', issuer: '山阴县人民政府', date: '2023-06-29' });
  });

  it('reads a UTF-8 page', async () => {
    const r = await extractText(bytesOf('shanyin-docs/zfwj/202307/t20230721_112.html'));
    expect(r.metadata['发文字号']).toBe('山政办发〔2023〕14号');
    expect(r.text.split('\n')[0]).toContain('关于推进县域南部文旅康养度假区建设');
  });

  it('decodes GB18030 text and text with a BOM', async () => {
    const gbk = new Uint8Array([0xc0, 0xeb, 0xca, 0xaf, 0xc7, 0xf8, 0x0a]); // 离石区\n in GBK
    expect((await extractText(gbk)).text).toBe('离石区\n');
    expect((await extractText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).text).toBe('A');
  });

  it('rebuilds paragraphs from a PDF page and drops its running header and footer', async () => {
    const r = await extractText(bytesOf('shanxi-daily/pdf/20240104/sxrb20240104-02.pdf'));
    expect(r.format).toBe('pdf');
    expect(r.text).toContain('本报太原1月3日讯（记者 王媛）记者从今天上午省政府新闻办举行的新闻发布会上了解到');
    expect(r.text).not.toMatch(/山西日报 · 第2版/);
  });

  it('starts a paragraph at a newspaper dateline that follows a full stop in a filled column', async () => {
    const r = await extractText(bytesOf('shanxi-daily/pdf/20240104/sxrb20240104-02.pdf'));
    const lines = r.text.split('\n');
    expect(lines.some((l) => l.startsWith('本报运城1月3日讯（记者 李若男'))).toBe(true);
    expect(lines.some((l) => /运城印象步行街。本报运城/.test(l))).toBe(false);
    const untitled = parsePublication(r.text).documents.find((d) => d.text.includes('第三批国家级旅游休闲街区'));
    expect(untitled).toMatchObject({ title: null });
    expect(untitled?.text).not.toContain('运城海关');
  });

  it.each([
    ['empty file', new Uint8Array(0), /文件为空/],
    ['binary garbage', new Uint8Array(4096).map((_, i) => (i * 7919) % 256), /二进制|binary/],
  ])('rejects %s with a clear reason', async (_name, bytes, reason) => {
    await expect(extractText(bytes)).rejects.toThrow(reason);
    await expect(extractText(bytes)).rejects.toBeInstanceOf(ExtractionError);
  });

  it('rejects a truncated PDF', async () => {
    const full = bytesOf('shanxi-daily/pdf/20240104/sxrb20240104-02.pdf');
    const err = await extractText(full.subarray(0, 2000)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractionError);
    expect((err as Error).message).toMatch(/PDF/);
  });

  it('rejects an encrypted PDF', async () => {
    const bytes = await pdfkitPdf({ userPassword: 'secret', pdfVersion: '1.7' }, ['hello']);
    await expect(extractText(bytes)).rejects.toThrow(/加密 encrypted/);
  });
});
