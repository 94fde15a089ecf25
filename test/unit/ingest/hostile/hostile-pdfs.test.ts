import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffContentType, incompleteReason } from '../../../../shared/ingest/sniff.ts';
import { ExtractionError, extractText } from '../../../../shared/ingest/text/extract.ts';
import { hostilePdfs } from '../../../fixtures/hostile/hostile-pdfs.ts';

/** Resolves to the recorded reason: the ExtractionError's message, or null when text came out. */
async function extractionReason(bytes: Uint8Array): Promise<string | null> {
  try {
    await extractText(bytes, { contentType: 'application/pdf' });
    return null;
  } catch (err) {
    if (!(err instanceof ExtractionError)) throw new Error(`not an ExtractionError: ${String(err)}`);
    return err.message;
  }
}

describe('hostile PDFs, each with its recorded reason', async () => {
  const corpus = await hostilePdfs();

  it.each(corpus.filter((c) => c.stage === 'fetch').map((c) => [c.name, c] as const))('%s is refused at fetch', (_name, c) => {
    expect(incompleteReason(sniffContentType(c.bytes), c.bytes)).toMatch(c.reason);
  });

  it.each(corpus.filter((c) => c.stage === 'extract').map((c) => [c.name, c] as const))('%s is archived, then fails extraction with its reason', async (_name, c) => {
    expect(sniffContentType(c.bytes)).toBe('pdf');
    expect(incompleteReason('pdf', c.bytes)).toBeNull();
    expect(await extractionReason(c.bytes)).toMatch(c.reason);
  });

  it('takes an HTML page served as a .pdf for what it is (stored as .html, so /archive never renders it)', () => {
    const disguised = corpus.find((c) => c.stage === 'sniffed-html');
    expect(disguised && sniffContentType(disguised.bytes)).toBe('html');
  });
});

describe('never throws anything but a recorded reason, never hangs (property)', () => {
  it('sniffing and the completeness check take any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const type = sniffContentType(bytes);
        const reason = incompleteReason(type, bytes);
        return ['pdf', 'html', 'text'].includes(type) && (reason === null || typeof reason === 'string');
      }),
      { numRuns: 300 },
    );
  });

  it('PDF extraction of mutated PDFs ends with text or an ExtractionError', async () => {
    const [base] = await hostilePdfs().then((c) => c.filter((x) => x.name === 'cut-in-the-middle-with-eof'));
    const seedPdf = base?.bytes ?? new Uint8Array();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(seedPdf.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }), async (edits) => {
        const bytes = new Uint8Array(seedPdf);
        for (const [at, value] of edits) bytes[at] = value;
        const reason = await extractionReason(bytes);
        return reason === null || reason.length > 0;
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
