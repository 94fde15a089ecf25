import { createHash } from 'node:crypto';

export const sha256Hex = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** A short stable id (hex) derived from a string, for keys and file names. */
export const stableId = (value: string, length = 16): string => sha256Hex(value).slice(0, length);
