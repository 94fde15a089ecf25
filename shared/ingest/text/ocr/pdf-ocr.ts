/**
 * A PDF's text page by page, with the page map: a page whose text layer is usable is read from it (as
 * before); a page with none, or a garbage one, is rendered (≥ 300 dpi) and OCR'd. Bounded per issue: at
 * most `maxOcrPages` pages are OCR'd and OCR stops when the time budget is spent; a page too large to
 * render, or whose image cannot be read, is recorded as unread with its reason. Every page is visited
 * once: nothing loops.
 */
import type { PageEntry } from '../../../model/extracted-text.ts';
import { ExtractionError } from '../extraction-error.ts';
import { readPdfPages, type PdfPageText } from '../pdf-text.ts';
import { ocrPageLines } from './ocr-lines.ts';
import { PageReadError, type OcrEngine, type PageRenderer, type RenderSession } from './ports.ts';
import { judgeTextLayer } from './text-layer.ts';

export interface OcrTools {
  renderer: PageRenderer;
  engine: OcrEngine;
}

export interface OcrLimits {
  maxOcrPages: number;
  timeBudgetMs: number;
  dpi: number;
}

export interface PdfExtractOptions {
  /** null: no OCR on this machine; pages without a usable layer are recorded as unread. */
  ocr: OcrTools | null;
  limits: OcrLimits;
  /** Milliseconds from any origin (performance.now): measures the time budget. */
  clock: () => number;
  /** Called after each OCR'd page (the CLI's progress line). */
  onProgress?: (ocrDone: number, ocrTotal: number, page: number) => void;
}

export interface PdfExtraction {
  text: string;
  pages: PageEntry[];
  /** Seconds spent rendering and reading pages. */
  ocrSeconds: number;
  /** Pages that needed OCR and were not read (limits, too large, damaged): the issue is partial. */
  unread: { page: number; reason: string }[];
}

/** Largest raster rendered for one page (≈ A2 at 300 dpi); a larger page is rendered at a lower resolution, or skipped. */
export const MAX_RENDER_PIXELS = 40_000_000;
/** Below this, CJK is not read reliably: the page is skipped as too large. */
export const MIN_OCR_DPI = 150;

/** The resolution a page is rendered at: `dpi`, lowered so the raster stays within MAX_RENDER_PIXELS; null when too large even so. */
export function renderDpi(page: Pick<PdfPageText, 'widthPt' | 'heightPt'>, dpi: number): number | null {
  const squareInches = (Math.max(page.widthPt, 1) / 72) * (Math.max(page.heightPt, 1) / 72);
  const fit = Math.floor(Math.sqrt(MAX_RENDER_PIXELS / squareInches));
  const chosen = Math.min(dpi, fit);
  return chosen >= MIN_OCR_DPI ? chosen : null;
}

type PageResult = { lines: string[]; method: PageEntry['method']; reason: string | null };

export async function extractPdfPages(bytes: Uint8Array, options: PdfExtractOptions): Promise<PdfExtraction> {
  const { pages } = await readPdfPages(bytes);
  const verdicts = pages.map((p) => judgeTextLayer(p.lines));
  const toOcr = verdicts.filter((v) => !v.usable).length;
  const results: PageResult[] = [];
  const started = options.clock();
  let ocrDone = 0;
  const unread: PdfExtraction['unread'] = [];
  let session: RenderSession | null = null;
  try {
    for (const [i, page] of pages.entries()) {
      const verdict = verdicts[i]!;
      if (verdict.usable) {
        results.push({ lines: page.lines, method: 'text', reason: null });
        continue;
      }
      const skip = (why: string): void => {
        results.push({ lines: [], method: 'none', reason: `${verdict.reason}; ${why}` });
        unread.push({ page: page.page, reason: why });
      };
      if (!options.ocr) {
        skip('未配置 OCR no OCR engine');
        continue;
      }
      if (ocrDone >= options.limits.maxOcrPages) {
        skip(`超过 OCR 页数上限 over the OCR page limit (${options.limits.maxOcrPages})`);
        continue;
      }
      if (options.clock() - started > options.limits.timeBudgetMs) {
        skip(`超过 OCR 时间预算 over the OCR time budget (${Math.round(options.limits.timeBudgetMs / 1000)} s)`);
        continue;
      }
      const dpi = renderDpi(page, options.limits.dpi);
      if (dpi === null) {
        skip(`页面过大 page too large (${Math.round(page.widthPt)}×${Math.round(page.heightPt)} pt)`);
        continue;
      }
      ocrDone++;
      try {
        session ??= await options.ocr.renderer.open(bytes);
        const raster = await session.render(page.page, dpi, 'pgm');
        const lines = ocrPageLines(await options.ocr.engine.recognise(raster));
        results.push(lines.length > 0 ? { lines, method: 'ocr', reason: verdict.reason } : { lines: [], method: 'none', reason: `${verdict.reason}; OCR 未识别出文字 OCR read nothing` });
      } catch (err) {
        if (!(err instanceof PageReadError)) throw err;
        skip(`无法识别 unreadable page: ${err.message}`);
      }
      options.onProgress?.(ocrDone, Math.min(toOcr, options.limits.maxOcrPages), page.page);
    }
  } finally {
    await session?.close();
  }
  const assembled = assemble(results);
  if (assembled.text.trim() === '') {
    const reasons = [...new Set(results.map((r) => r.reason).filter((r): r is string => r !== null))].slice(0, 3).join(' | ');
    throw new ExtractionError(`PDF 中没有可读的文字 no readable text in PDF (${pages.length} 页 pages: ${reasons || '空 empty'})`);
  }
  return { ...assembled, unread, ocrSeconds: ocrDone > 0 ? (options.clock() - started) / 1000 : 0 };
}

/** Pages' lines joined as pdf-text.ts joinPages does (a blank line between pages), with each page's line range. */
export function assemble(results: readonly PageResult[]): { text: string; pages: PageEntry[] } {
  const out: string[] = [];
  const entries: PageEntry[] = [];
  for (const [i, r] of results.entries()) {
    if (r.lines.length === 0) {
      entries.push({ page: i + 1, method: r.method, startLine: null, endLine: null, reason: r.reason });
      continue;
    }
    if (out.length > 0) out.push('');
    const startLine = out.length + 1;
    out.push(...r.lines);
    entries.push({ page: i + 1, method: r.method, startLine, endLine: out.length, reason: r.reason });
  }
  return { text: out.join('\n'), pages: entries };
}
