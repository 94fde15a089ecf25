/** PageRenderer over poppler's pdftoppm (Debian poppler-utils): one page to an 8-bit grayscale PNG or PGM. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ENV, DEFAULT_MAX_MEMORY_BYTES, execBounded } from './exec-bounded.ts';
import type { PageRenderer, RenderSession } from './ports.ts';

export interface PopplerOptions {
  binary?: string;
  /** Per page; a page that takes longer (a decompression bomb, a huge vector page) is skipped. */
  timeoutMs?: number;
  /** PNG output bound per page (an A4 page at 300 dpi is ≈ 0.3–1.5 MB). */
  maxOutputBytes?: number;
  /** Address space of one pdftoppm run (a decoder that would take more fails that page alone); default 1 GiB. */
  maxMemoryBytes?: number;
  /** The child's environment (PATH); the composition root passes its own. */
  env?: Readonly<Record<string, string | undefined>>;
}

export class PopplerRenderer implements PageRenderer {
  constructor(private readonly options: PopplerOptions = {}) {}

  async open(pdf: Uint8Array): Promise<RenderSession> {
    const dir = await mkdtemp(join(tmpdir(), 'gw-render-'));
    const file = join(dir, 'issue.pdf');
    await writeFile(file, pdf);
    const binary = this.options.binary ?? 'pdftoppm';
    const limits = { timeoutMs: this.options.timeoutMs ?? 60_000, maxOutputBytes: this.options.maxOutputBytes ?? 64 * 1024 * 1024, env: this.options.env ?? DEFAULT_ENV, maxMemoryBytes: this.options.maxMemoryBytes ?? DEFAULT_MAX_MEMORY_BYTES };
    return {
      // Without -png, -gray writes PGM (ports.ts RasterFormat).
      render: (page, dpi, format = 'png') => execBounded(binary, ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', ...(format === 'png' ? ['-png'] : []), file], null, limits),
      close: () => rm(dir, { recursive: true, force: true }),
    };
  }
}
