/**
 * OcrEngine over the Tesseract command line (Debian tesseract-ocr + tesseract-ocr-chi-sim): PNG or PGM on stdin,
 * text on stdout. One thread (OMP_THREAD_LIMIT=1): the stage's concurrency is the function's, and on a
 * shared core OpenMP threads only contend.
 */
import { DEFAULT_ENV, DEFAULT_MAX_MEMORY_BYTES, execBounded } from './exec-bounded.ts';
import type { OcrEngine } from './ports.ts';

export interface TesseractOptions {
  binary?: string;
  /** Traineddata languages, e.g. chi_sim or chi_sim+eng. */
  lang?: string;
  /**
   * Page segmentation mode. 4 (one column of text of variable sizes) is the default: with 3 (automatic layout)
   * chi_sim drops 二/三 at the start of short lines (taken for rules), 6 (one uniform block) merges titles
   * into the body; docs/OCR.md has the numbers.
   */
  psm?: number;
  timeoutMs?: number;
  /** Address space of one run; default 1 GiB. */
  maxMemoryBytes?: number;
  /** Where the traineddata lives when not the Debian default (the container image sets it). */
  tessdataDir?: string;
  /** Reported in `name` (the bench and the page map say which engine read a page). */
  version?: string;
  /** The child's environment (PATH); OMP_THREAD_LIMIT=1 is always set on top. */
  env?: Readonly<Record<string, string | undefined>>;
}

export class TesseractEngine implements OcrEngine {
  readonly name: string;

  constructor(private readonly options: TesseractOptions = {}) {
    this.name = `tesseract${options.version ? ` ${options.version}` : ''} ${options.lang ?? 'chi_sim'} psm${options.psm ?? 4}`;
  }

  async recognise(image: Uint8Array): Promise<string> {
    const o = this.options;
    const args = ['stdin', 'stdout', '-l', o.lang ?? 'chi_sim', '--psm', String(o.psm ?? 4), '-c', 'preserve_interword_spaces=1'];
    if (o.tessdataDir) args.push('--tessdata-dir', o.tessdataDir);
    const env = { ...(o.env ?? DEFAULT_ENV), OMP_THREAD_LIMIT: '1' };
    const out = await execBounded(o.binary ?? 'tesseract', args, image, { timeoutMs: o.timeoutMs ?? 120_000, maxOutputBytes: 4 * 1024 * 1024, env, maxMemoryBytes: o.maxMemoryBytes ?? DEFAULT_MAX_MEMORY_BYTES });
    return new TextDecoder('utf-8').decode(out);
  }
}

/** `tesseract --version` first line's number, e.g. "5.3.0"; null when the binary is missing. */
export async function tesseractVersion(env: Readonly<Record<string, string | undefined>> = DEFAULT_ENV, binary = 'tesseract'): Promise<string | null> {
  try {
    const out = new TextDecoder().decode(await execBounded(binary, ['--version'], null, { timeoutMs: 10_000, maxOutputBytes: 65536, env }));
    return /tesseract\s+v?([\d.]+)/i.exec(out)?.[1] ?? null;
  } catch {
    return null;
  }
}
