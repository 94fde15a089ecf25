/**
 * Makes scans out of rendered pages, for the scanned sample issues: an 8-bit gray page (PGM from pdftoppm)
 * is rotated by a small skew, given speckle noise and a slightly uneven threshold, and written as a 1-bit
 * PNG (what office scanners produce for text, and small enough to commit). Deterministic: a seeded PRNG.
 */
import { deflateSync } from 'node:zlib';
import { seededRandom } from '../../shared/util/seeded-random.ts';

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black … 255 white, row by row. */
  data: Uint8Array;
}

/** A binary PGM (P5, maxval 255) as pdftoppm -gray writes it. */
export function parsePgm(bytes: Uint8Array): GrayImage {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  const m = /^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m || m[3] !== '255') throw new Error('not an 8-bit binary PGM');
  const width = Number(m[1]);
  const height = Number(m[2]);
  const data = bytes.subarray(m[0].length, m[0].length + width * height);
  if (data.length !== width * height) throw new Error('truncated PGM');
  return { width, height, data: new Uint8Array(data) };
}

/** Rotation about the centre (bilinear, white outside), speckles at `noise` density, and a threshold that drifts across the page. */
export function degrade(img: GrayImage, skewDegrees: number, noise: number, seed: number): GrayImage {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  const a = (skewDegrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = w / 2;
  const cy = h / 2;
  const at = (x: number, y: number): number => (x < 0 || y < 0 || x >= w || y >= h ? 255 : data[y * w + x]!);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sx = cos * (x - cx) + sin * (y - cy) + cx;
      const sy = -sin * (x - cx) + cos * (y - cy) + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const v = (1 - fy) * ((1 - fx) * at(x0, y0) + fx * at(x0 + 1, y0)) + fy * ((1 - fx) * at(x0, y0 + 1) + fx * at(x0 + 1, y0 + 1));
      out[y * w + x] = v;
    }
  }
  const rnd = seededRandom(seed);
  for (let i = 0; i < w * h; i++) {
    const r = rnd();
    if (r < noise / 2) out[i] = 0;
    else if (r < noise) out[i] = 255;
  }
  // A toner blot now and then: small dark clusters.
  const blots = Math.round((w * h * noise) / 2000);
  for (let b = 0; b < blots; b++) {
    const bx = Math.floor(rnd() * w);
    const by = Math.floor(rnd() * h);
    const r = 1 + Math.floor(rnd() * 2);
    for (let y = by - r; y <= by + r; y++) for (let x = bx - r; x <= bx + r; x++) if (x >= 0 && y >= 0 && x < w && y < h) out[y * w + x] = 30;
  }
  // The threshold drifts from 150 (top left) to 175 (bottom right): an unevenly lit page.
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const t = 150 + 25 * ((x / w + y / h) / 2);
      out[y * w + x] = out[y * w + x]! < t ? 0 : 255;
    }
  }
  return { width: w, height: h, data: out };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** A 1-bit grayscale PNG of a thresholded image (pixels < 128 black), with its resolution (pHYs). */
export function encodePng1Bit(img: GrayImage, dpi: number): Buffer {
  const rowBytes = Math.ceil(img.width / 8);
  const raw = Buffer.alloc((rowBytes + 1) * img.height);
  for (let y = 0; y < img.height; y++) {
    const row = y * (rowBytes + 1);
    for (let x = 0; x < img.width; x++) {
      if (img.data[y * img.width + x]! >= 128) raw[row + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // grayscale
  const phys = Buffer.alloc(9);
  const ppm = Math.round(dpi / 0.0254);
  phys.writeUInt32BE(ppm, 0);
  phys.writeUInt32BE(ppm, 4);
  phys[8] = 1;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
