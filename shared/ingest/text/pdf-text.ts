/**
 * PDF text rebuilt from positioned glyph runs (unpdf / pdfjs): runs → visual lines (same baseline),
 * lines split where a wide gap separates columns, columns read left to right between full-width
 * bands, wrapped lines joined into paragraphs (a paragraph ends at a larger line gap, an indented
 * next line or a short last line), running headers/footers and page numbers dropped.
 */
import { getDocumentProxy } from 'unpdf';
import { ExtractionError } from './extraction-error.ts';

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Segment {
  x: number;
  right: number;
  y: number;
  size: number;
  text: string;
}

export interface PdfText {
  text: string;
  pages: number;
}

const MAX_PAGES = 2000;

/** Visual lines of one page: runs on the same baseline, split at column gaps. */
export function pageSegments(runs: Run[]): Segment[] {
  const sorted = runs.filter((r) => r.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    const ref = line?.[0];
    if (line && ref && Math.abs(ref.y - run.y) <= Math.max(2, Math.min(ref.size, run.size) * 0.4)) line.push(run);
    else lines.push([run]);
  }
  const segments: Segment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let seg: Segment | null = null;
    for (const run of line) {
      const gap = seg ? run.x - seg.right : 0;
      if (seg && gap > Math.max(run.size, seg.size) * 2) {
        segments.push(seg);
        seg = null;
      }
      if (!seg) seg = { x: run.x, right: run.x + run.width, y: run.y, size: run.size, text: run.str };
      else {
        seg.text += gap > run.size * 0.25 && /[A-Za-z0-9]$/.test(seg.text) && /^[A-Za-z0-9]/.test(run.str) ? ` ${run.str}` : run.str;
        seg.right = Math.max(seg.right, run.x + run.width);
        seg.size = Math.max(seg.size, run.size);
      }
    }
    if (seg) segments.push(seg);
  }
  return segments;
}

/** Reading order: between full-width segments, the columns (clustered by left edge) left to right. */
export function readingOrder(segments: Segment[], pageWidth: number): Segment[] {
  const left = Math.min(...segments.map((s) => s.x));
  const right = Math.max(...segments.map((s) => s.right));
  const span = Math.max(1, right - left);
  const out: Segment[] = [];
  let band: Segment[] = [];
  const flush = (): void => {
    if (band.length === 0) return;
    const columns: Segment[][] = [];
    for (const seg of [...band].sort((a, b) => a.x - b.x)) {
      const col = columns.find((c) => seg.x < (c[0]?.x ?? 0) + span * 0.2 && seg.x >= (c[0]?.x ?? 0) - span * 0.05);
      if (col) col.push(seg);
      else columns.push([seg]);
    }
    for (const col of columns) out.push(...col.sort((a, b) => b.y - a.y));
    band = [];
  };
  const multiColumn = segments.some((s) => s.x > left + span * 0.35) && segments.filter((s) => s.right - s.x < span * 0.55).length > segments.length * 0.5;
  for (const seg of segments) {
    if (!multiColumn || seg.right - seg.x > span * 0.6 || pageWidth <= 0) {
      flush();
      out.push(seg);
    } else band.push(seg);
  }
  flush();
  return out;
}

/** A newspaper dateline (电头): 本报太原1月3日讯, 本报讯, 新华社北京1月3日电. */
const DATELINE = /^(?:本报|本刊|新华社|中新社)[\u4e00-\u9fff]{0,8}\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:讯|电)/;

/** Joins wrapped lines of a column into paragraphs; blank lines separate paragraphs. */
export function paragraphs(segments: Segment[]): string[] {
  const out: string[] = [];
  let para = '';
  let prev: Segment | null = null;
  let pitch = 0;
  let colWidth = 0;
  for (const seg of segments) {
    if (prev) {
      const dy = prev.y - seg.y;
      const sameColumn = Math.abs(seg.x - prev.x) < prev.size * 4 && dy > 0;
      if (sameColumn && dy < prev.size * 2.2) pitch = pitch === 0 ? dy : Math.min(pitch, dy);
      colWidth = Math.max(colWidth, prev.right - prev.x);
      const bigGap = !sameColumn || (pitch > 0 && dy > pitch * 1.35) || dy > prev.size * 2.2;
      const indented = seg.x - prev.x > prev.size * 1.2;
      const shortLast = prev.right - prev.x < colWidth * 0.8;
      const sentenceEnd = /[。！？：；”』」）)]$/.test(prev.text);
      // A newspaper article opens with its dateline (电头): after a full stop it starts a paragraph, however the column is filled.
      const dateline = sentenceEnd && DATELINE.test(seg.text);
      if (bigGap || indented || dateline || (shortLast && sentenceEnd) || seg.size > prev.size * 1.2 || prev.size > seg.size * 1.2) {
        out.push(para, '');
        para = '';
      }
    }
    para += para && /[A-Za-z0-9,.;]$/.test(para) && /^[A-Za-z0-9]/.test(seg.text) ? ` ${seg.text}` : seg.text;
    prev = seg;
  }
  if (para) out.push(para);
  return out;
}

/** Headers and footers: lines in the top or bottom 8% of pages that repeat (digits ignored) on several pages, and bare page numbers. */
function furniture(pages: { segments: Segment[]; height: number }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const s of p.segments) {
      if (s.y < p.height * 0.92 && s.y > p.height * 0.08) continue;
      const key = s.text.replace(/\d+/g, '#').replace(/\s+/g, '');
      if (!seen.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.3));
  return new Set([...counts].filter(([, n]) => n >= threshold || pages.length === 1).map(([k]) => k));
}

const PAGE_NUMBER = /^[-—–\s]*\d{1,4}[-—–\s]*$|^第\s*\d+\s*页/;

/** One page's text layer: its lines (paragraphs, furniture dropped; blank lines separate paragraphs) and its size. */
export interface PdfPageText {
  page: number;
  lines: string[];
  /** Page size in PDF points (1/72 inch), from the page's view box. */
  widthPt: number;
  heightPt: number;
}

/**
 * The text layer of every page, in page order (a page without one has no lines). The page map and the
 * per-page OCR decision (./ocr/pdf-ocr.ts) start from this; `extractPdf` joins it.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<{ pages: PdfPageText[] }> {
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  } catch (err) {
    throw pdfError(err);
  }
  try {
    if (pdf.numPages > MAX_PAGES) throw new ExtractionError(`PDF 页数过多 (${pdf.numPages} > ${MAX_PAGES}) too many pages`);
    const pages: { segments: Segment[]; height: number; width: number }[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const t = item.transform as number[];
        const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || item.height || 10;
        runs.push({ str: item.str, x: (t[4] ?? 0) - x0, y: (t[5] ?? 0) - y0, width: item.width, size });
      }
      pages.push({ segments: pageSegments(runs), height: y1 - y0, width: x1 - x0 });
      page.cleanup();
    }
    const drop = furniture(pages);
    const out: PdfPageText[] = pages.map((p, i) => {
      const kept = p.segments.filter((s) => {
        const edge = s.y >= p.height * 0.92 || s.y <= p.height * 0.08;
        return !(edge && (drop.has(s.text.replace(/\d+/g, '#').replace(/\s+/g, '')) || PAGE_NUMBER.test(s.text)));
      });
      return { page: i + 1, lines: kept.length === 0 ? [] : paragraphs(readingOrder(kept, p.width)), widthPt: p.width, heightPt: p.height };
    });
    return { pages: out };
  } catch (err) {
    if (err instanceof ExtractionError) throw err;
    throw pdfError(err);
  } finally {
    await pdf.destroy();
  }
}

/** The pages' lines joined, a blank line between pages (the text-layer-only reading). */
export function joinPages(pages: readonly { lines: readonly string[] }[]): string {
  const out: string[] = [];
  for (const p of pages) {
    if (p.lines.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...p.lines);
  }
  return out.join('\n');
}

export async function extractPdf(bytes: Uint8Array): Promise<PdfText> {
  const { pages } = await readPdfPages(bytes);
  return { text: joinPages(pages), pages: pages.length };
}

function pdfError(err: unknown): ExtractionError {
  const name = (err as { name?: string } | null)?.name ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException' || /password/i.test(message)) return new ExtractionError('PDF 文件已加密 encrypted PDF');
  if (/Invalid PDF|startxref|XRef|Unexpected end|truncated|bad xref|No PDF header|stream/i.test(message) || name === 'InvalidPDFException') {
    return new ExtractionError(`PDF 文件已截断或损坏 truncated or damaged PDF (${message})`);
  }
  return new ExtractionError(`无法读取 PDF unreadable PDF (${message})`);
}
