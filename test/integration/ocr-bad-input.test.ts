import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../shared/ingest/text/extract.ts';
import { extractPdfPages } from '../../shared/ingest/text/ocr/pdf-ocr.ts';
import { ocrTools, testLimits } from './stages/extract-deps.ts';

/** Hostile scans (issue 20 "Bad input"), read with the real poppler and Tesseract: bounded, recorded, never looping. */
const scan = readFileSync(join(import.meta.dirname, '../fixtures/site/files/lishi-gazette/upload/2023/lsgb-2023-01.pdf'));
const attachments = readFileSync(join(import.meta.dirname, '../fixtures/site/files/jiangxian-gazette/zfgb/2024/jxzfgb-2024-02.pdf'));
const options = () => ({ ocr: ocrTools(), limits: testLimits, clock: () => performance.now() });

function pdfOf(pages: { size: [number, number]; text?: string }[]): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const p of pages) {
    doc.addPage({ size: p.size, margin: 20 });
    doc.rect(10, 10, 50, 50).fill('#000000');
    if (p.text) doc.fontSize(12).text(p.text);
  }
  doc.end();
  return done;
}

describe('bad input for OCR', () => {
  it('a scan under a garbage text layer (GBK read as Latin-1) is OCR’d, not read from the layer', async () => {
    const session = await ocrTools().renderer.open(scan);
    const png = Buffer.from(await session.render(2, 300));
    await session.close();
    const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.addPage({ size: [595.28, 841.89], margin: 0 });
    doc.image(png, 0, 0, { width: 595.28, height: 841.89 });
    // What a broken producer leaves: the GBK bytes of the page's text shown as Latin-1 glyphs.
    const mojibake = new TextDecoder('latin1').decode(new Uint8Array(Buffer.from('吕梁市离石区人民政府办公室关于印发实施方案的通知', 'utf16le')).map((b) => b | 0xc0));
    doc.font('Helvetica').fontSize(10).fillColor('#ffffff').text(mojibake.repeat(3), 40, 400, { width: 500 });
    doc.end();
    const out = await extractPdfPages(await done, options());
    expect(out.pages[0], JSON.stringify(out.pages[0])).toMatchObject({ page: 1, method: 'ocr', reason: expect.stringMatching(/garbage text layer/) });
    expect(out.text).toContain('农村生活污水治理');
  }, 60_000);

  it('a 10,000 × 10,000 pt page is not rendered: recorded as too large, the issue fails with the reason', async () => {
    const pdf = await pdfOf([{ size: [10_000, 10_000] }]);
    await expect(extractPdfPages(pdf, options())).rejects.toThrow(ExtractionError);
    await expect(extractPdfPages(pdf, options())).rejects.toThrow(/page too large \(10000×10000 pt\)/);
  });

  it('a corrupt image stream: the page is unread or read partly, the text page is kept, nothing throws', async () => {
    const bytes = Buffer.from(attachments);
    // Overwrite the middle of the attachment's image stream (the largest stream in the file).
    const start = bytes.indexOf('stream', bytes.indexOf('/Subtype /Image'));
    expect(start).toBeGreaterThan(0);
    for (let i = start + 2000; i < start + 30_000 && i < bytes.length; i += 7) bytes[i] = (bytes[i]! * 31 + 7) & 0xff;
    const out = await extractPdfPages(bytes, options());
    expect(out.pages[0]).toMatchObject({ page: 1, method: 'text' });
    expect(out.text).toContain('绛政告〔2024〕3号');
    expect(out.pages).toHaveLength(2);
    expect(out.text).not.toContain('青苗补偿费每亩一千二百元'); // the damaged part is not invented
  }, 60_000);

  it('the page limit holds on a many-page scan: at most N pages are OCR’d, the rest recorded', async () => {
    const pdf = await pdfOf(Array.from({ length: 6 }, () => ({ size: [300, 300] as [number, number] })));
    const out = await extractPdfPages(pdf, { ...options(), limits: { ...testLimits, maxOcrPages: 2 } }).catch((err: unknown) => err);
    // Blank scans read nothing: the issue fails, with the limit among its reasons, after two OCR runs only.
    expect(out).toBeInstanceOf(ExtractionError);
    expect(String((out as Error).message)).toMatch(/page limit/);
  }, 60_000);
});
