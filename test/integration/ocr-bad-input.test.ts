import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../shared/ingest/text/extract.ts';
import { extractPdfPages, type OcrTools } from '../../shared/ingest/text/ocr/pdf-ocr.ts';
import { PopplerRenderer } from '../../shared/ingest/text/ocr/poppler-renderer.ts';
import type { RasterFormat } from '../../shared/ingest/text/ocr/ports.ts';
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

/** A W × H 8-bit gray PNG, white with black bars (a scanner's raster of a page), written by hand: no image library. */
function grayPng(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width + 1) * height, 0xff);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    if (y % 100 < 3) raw.fill(0, y * (width + 1) + 1, y * (width + 1) + 1 + Math.floor(width / 2));
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth; colour type 0 (gray), no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** An A4 page holding one image scaled to the page (a scan); `over` draws on top of it (a text layer). */
function scanOf(png: Buffer, over: (doc: PDFKit.PDFDocument) => void = () => undefined): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.addPage({ size: [595.28, 841.89], margin: 0 });
  doc.image(png, 0, 0, { width: 595.28, height: 841.89 });
  over(doc);
  doc.end();
  return done;
}

/** A raster's size from its header: PNG (IHDR) or binary PGM ("P5 W H 255"). */
function rasterSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 2).toString('latin1') === 'P5') {
    const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1')) ?? [];
    return { width: Number(w), height: Number(h) };
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The tools with every render counted and each raster's size taken from its header. */
function counted(tools: OcrTools): { tools: OcrTools; rasters: { width: number; height: number }[] } {
  const rasters: { width: number; height: number }[] = [];
  const renderer = {
    async open(pdf: Uint8Array) {
      const session = await tools.renderer.open(pdf);
      return {
        async render(page: number, dpi: number, format?: RasterFormat) {
          const raster = await session.render(page, dpi, format);
          rasters.push(rasterSize(Buffer.from(raster)));
          return raster;
        },
        close: () => session.close(),
      };
    },
  };
  return { tools: { renderer, engine: tools.engine }, rasters };
}

describe('bad input for OCR', () => {
  it('a scan under a garbage text layer (GBK read as Latin-1) is OCR’d, not read from the layer', async () => {
    const session = await ocrTools().renderer.open(scan);
    const png = Buffer.from(await session.render(2, 300));
    await session.close();
    // What a broken producer leaves: the GBK bytes of the page's text shown as Latin-1 glyphs.
    const mojibake = new TextDecoder('latin1').decode(new Uint8Array(Buffer.from('吕梁市离石区人民政府办公室关于印发实施方案的通知', 'utf16le')).map((b) => b | 0xc0));
    const pdf = await scanOf(png, (doc) => doc.font('Helvetica').fontSize(10).fillColor('#ffffff').text(mojibake.repeat(3), 40, 400, { width: 500 }));
    const out = await extractPdfPages(pdf, options());
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

  it('a 10,000 × 10,000 px scan on an A4 page is rendered once at the stage’s dpi: the raster the engine reads stays A4-sized', async () => {
    const pdf = await scanOf(grayPng(10_000, 10_000));
    const { tools, rasters } = counted(ocrTools());
    const out = await extractPdfPages(pdf, { ...options(), ocr: tools }).then(
      (read) => `${read.pages.length} page: ${read.pages[0]?.method}`,
      (err: unknown) => String(err),
    );
    expect(rasters).toEqual([{ width: 2481, height: 3508 }]);
    // Bars, no text: read as nothing (the issue fails with that reason) or as a few specks of OCR; either way it ends.
    expect(out).toMatch(/OCR read nothing|^1 page: ocr$/);
  }, 120_000);

  it('a renderer over its memory bound fails that page alone, recorded with the bound as its reason', async () => {
    const pdf = await scanOf(grayPng(4000, 4000));
    const renderer = new PopplerRenderer({ env: { PATH: process.env.PATH }, maxMemoryBytes: 8 * 1024 * 1024 });
    const out = await extractPdfPages(pdf, { ...options(), ocr: { renderer, engine: ocrTools().engine } }).catch((err: unknown) => err);
    expect(out).toBeInstanceOf(ExtractionError);
    expect(String((out as Error).message)).toMatch(/unreadable page: pdftoppm .*memory limit 8 MB/);
  }, 60_000);

  it('a 500-page scan: the text layer of every page is judged, only the page limit’s pages are rendered, the rest recorded', async () => {
    const pdf = await pdfOf(Array.from({ length: 500 }, () => ({ size: [300, 300] as [number, number] })));
    const { tools, rasters } = counted(ocrTools());
    const out = await extractPdfPages(pdf, { ...options(), ocr: tools, limits: { ...testLimits, maxOcrPages: 3 } }).catch((err: unknown) => err);
    expect(rasters).toHaveLength(3);
    expect(out).toBeInstanceOf(ExtractionError);
    expect(String((out as Error).message)).toMatch(/500 页 pages: .*page limit \(3\)/);
  }, 120_000);
});
