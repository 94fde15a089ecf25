import { describe, expect, it } from 'vitest';
import { BodyBuffer } from '../../../shared/ingest/body-buffer.ts';

const seed = new TextEncoder().encode('绛县人民政府公报 2024年第1期 %PDF-1.4 ');
const chunksOf = (bytes: Uint8Array, size: number) => Array.from({ length: Math.ceil(bytes.byteLength / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
const gather = (declared: number | null, chunks: Uint8Array[]) => {
  const body = new BodyBuffer(declared);
  for (const c of chunks) body.push(c);
  return body;
};

describe('BodyBuffer', () => {
  const file = new Uint8Array(10_000).map((_, i) => seed[i % seed.byteLength]!);

  it('fills one buffer of the declared length and returns it, not a copy', () => {
    const body = gather(file.byteLength, chunksOf(file, 1000));
    const bytes = body.bytes();
    expect(bytes).toEqual(file);
    expect(bytes.buffer.byteLength).toBe(file.byteLength);
    expect(body.bytes()).toBe(bytes);
  });

  it('returns exactly what came when fewer or more bytes arrive than declared, or no length was declared', () => {
    expect(gather(file.byteLength + 500, chunksOf(file, 999)).bytes()).toEqual(file);
    expect(gather(4000, chunksOf(file, 999)).bytes()).toEqual(file);
    expect(gather(null, chunksOf(file, 1234)).bytes()).toEqual(file);
    expect(gather(Number.NaN, chunksOf(file, 1234)).bytes()).toEqual(file);
    expect(gather(null, []).bytes()).toEqual(new Uint8Array(0));
    expect(gather(null, [file]).bytes()).toBe(file);
  });
});
