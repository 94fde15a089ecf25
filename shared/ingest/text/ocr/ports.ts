/**
 * What OCR needs from the machine: a renderer that turns one PDF page into a grayscale raster and an engine
 * that reads it. Adapters (poppler's pdftoppm, Tesseract) implement them over the binaries installed
 * on the machine; the extraction logic (pdf-ocr.ts) sees only these ports, so tests and the bench can
 * compare engines on the same pages.
 */

/**
 * How a page raster is encoded. OCR reads PGM (binary netpbm: a header and the gray bytes), which costs the
 * renderer no compression: at 300 dpi pdftoppm spends ~1 s of CPU deflating a page into PNG, a quarter of the
 * page's OCR time, for bytes that only go down a pipe. PNG is for rasters that are kept (fixtures, PDFs).
 */
export type RasterFormat = 'png' | 'pgm';

/** A PDF opened for rendering; close() releases what open() took (a temporary file). */
export interface RenderSession {
  /** One page (1-based) as 8-bit gray `format` bytes at `dpi`; rejects with PageReadError on a damaged page or a timeout. */
  render(page: number, dpi: number, format?: RasterFormat): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface PageRenderer {
  open(pdf: Uint8Array): Promise<RenderSession>;
}

export interface OcrEngine {
  /** Engine, version and language, e.g. "tesseract 5.3.0 chi_sim". */
  readonly name: string;
  /** The text of one page image (PNG or PGM), lines separated by \n; rejects with PageReadError. */
  recognise(image: Uint8Array): Promise<string>;
}

/** One page could not be rendered or read (damaged image stream, timeout, output too large): the page is skipped, the issue goes on. */
export class PageReadError extends Error {
  override name = 'PageReadError';
}
