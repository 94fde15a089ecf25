/**
 * The file names inside a ZIP archive (Office Open XML files are ZIPs), read from the central directory at
 * the end of the archive; when that is missing (a cut-off download) from the local file headers in order.
 * Bounded: at most MAX_ENTRIES names, never more bytes than the archive has.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

export const isZip = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const latin1 = new TextDecoder('latin1');

function fromCentralDirectory(view: DataView, bytes: Uint8Array): string[] | null {
  const lowest = Math.max(0, bytes.length - 22 - 65535);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const count = view.getUint16(at + 10, true);
    let p = view.getUint32(at + 16, true);
    const names: string[] = [];
    for (let i = 0; i < Math.min(count, MAX_ENTRIES); i++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return names.length > 0 ? names : null;
      const nameLength = view.getUint16(p + 28, true);
      const extra = view.getUint16(p + 30, true);
      const comment = view.getUint16(p + 32, true);
      names.push(latin1.decode(bytes.subarray(p + 46, Math.min(bytes.length, p + 46 + nameLength))));
      p += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return null;
}

function fromLocalHeaders(view: DataView, bytes: Uint8Array): string[] {
  const names: string[] = [];
  let p = 0;
  while (p + 30 <= bytes.length && names.length < MAX_ENTRIES && view.getUint32(p, true) === LOCAL) {
    const flags = view.getUint16(p + 6, true);
    const size = view.getUint32(p + 18, true);
    const nameLength = view.getUint16(p + 26, true);
    const extra = view.getUint16(p + 28, true);
    names.push(latin1.decode(bytes.subarray(p + 30, Math.min(bytes.length, p + 30 + nameLength))));
    if (flags & 0x08) break; // sizes follow the data: the next header cannot be located without inflating
    p += 30 + nameLength + extra + size;
  }
  return names;
}

/** Entry names of a ZIP archive; empty when the bytes are not one. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  if (!isZip(bytes) || bytes.length < 22) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return fromCentralDirectory(view, bytes) ?? fromLocalHeaders(view, bytes);
}
