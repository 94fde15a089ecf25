import { describe, expect, it } from 'vitest';
import { sniffContentType } from '../../../shared/ingest/sniff.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffContentType', () => {
  it('recognises a PDF by its magic bytes, even after a little junk', () => {
    expect(sniffContentType(bytes('%PDF-1.7\n...'))).toBe('pdf');
    expect(sniffContentType(bytes('\r\n\r\n%PDF-1.4'))).toBe('pdf');
  });
  it('recognises HTML whatever the header said', () => {
    expect(sniffContentType(bytes('  <!DOCTYPE html><html>'))).toBe('html');
    expect(sniffContentType(bytes('<meta charset="gbk"><title>通知</title>'))).toBe('html');
  });
  it('falls back to text', () => {
    expect(sniffContentType(bytes('吕梁市离石区人民政府公报'))).toBe('text');
  });
});
