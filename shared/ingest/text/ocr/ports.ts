/**
 * What OCR needs from the machine: a renderer that turns one PDF page into a grayscale PNG and an engine
 * that reads a PNG. Adapters (poppler's pdftoppm, Tesseract) implement them over the binaries installed
 * on the machine; the extraction logic (pdf-ocr.ts) sees only these ports, so tests and the bench can
 * compare engines on the same pages.
 */

/** A PDF opened for rendering; close() releases what open() took (a temporary file). */
export interface RenderSession {
  /** One page (1-based) as PNG bytes at `dpi`; rejects with PageReadError on a damaged page or a timeout. */
  render(page: number, dpi: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface PageRenderer {
  open(pdf: Uint8Array): Promise<RenderSession>;
}

export interface OcrEngine {
  /** Engine, version and language, e.g. "tesseract 5.3.0 chi_sim". */
  readonly name: string;
  /** The text of one page image, lines separated by \n; rejects with PageReadError. */
  recognise(png: Uint8Array): Promise<string>;
}

/** One page could not be rendered or read (damaged image stream, timeout, output too large): the page is skipped, the issue goes on. */
export class PageReadError extends Error {
  override name = 'PageReadError';
}
