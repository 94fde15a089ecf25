import { PopplerRenderer } from '../../../shared/ingest/text/ocr/poppler-renderer.ts';
import { TesseractEngine } from '../../../shared/ingest/text/ocr/tesseract-engine.ts';
import type { OcrLimits, OcrTools } from '../../../shared/ingest/text/ocr/pdf-ocr.ts';

/** The real engine and renderer on this machine (.ci/run installs poppler-utils and tesseract-ocr-chi-sim). */
export const ocrTools = (): OcrTools => {
  const env = { PATH: process.env.PATH };
  return { renderer: new PopplerRenderer({ env }), engine: new TesseractEngine({ env }) };
};

export const testLimits: OcrLimits = { maxOcrPages: 20, timeBudgetMs: 300_000, dpi: 300 };
