/**
 * A response body gathered into one allocation (issue 18, fetch memory): when the server declares its length,
 * the bytes are written straight into a buffer of that size — one copy of the body in memory, not the chunks
 * plus their concatenation (twice the file: 100 MB for a 50 MB PDF, times the sources a message fetches at
 * once). A length that turns out wrong (a gzip-encoded body is longer once decoded; a lying server) falls back
 * to collecting chunks, so the bytes are always exactly what arrived. A large declared length that never comes
 * costs address space, not resident memory: the zeroed pages are only committed as bytes are written.
 */
export class BodyBuffer {
  private fixed: Uint8Array | null;
  private chunks: Uint8Array[] = [];
  private length = 0;

  /** `declared`: the Content-Length, when there is a usable one (within the size limit). */
  constructor(declared: number | null) {
    this.fixed = declared !== null && Number.isSafeInteger(declared) && declared > 0 ? new Uint8Array(declared) : null;
  }

  get byteLength(): number {
    return this.length;
  }

  push(chunk: Uint8Array): void {
    if (this.fixed && this.length + chunk.byteLength <= this.fixed.byteLength) {
      this.fixed.set(chunk, this.length);
    } else {
      if (this.fixed) {
        // More than declared: keep what came so far as the first chunk and collect the rest.
        this.chunks.push(this.fixed.subarray(0, this.length));
        this.fixed = null;
      }
      this.chunks.push(chunk);
    }
    this.length += chunk.byteLength;
  }

  /** The bytes received, in order. */
  bytes(): Uint8Array {
    if (this.fixed) return this.length === this.fixed.byteLength ? this.fixed : this.fixed.subarray(0, this.length);
    if (this.chunks.length === 1) return this.chunks[0]!;
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const c of this.chunks) {
      out.set(c, offset);
      offset += c.byteLength;
    }
    return out;
  }
}
