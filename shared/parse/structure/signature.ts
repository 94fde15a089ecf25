/**
 * 发文机关署名 and 成文日期 (GB/T 9704 §7.3.5): the date line closing the body, with the signing organs on
 * the lines right above it (joint documents: one organ a line, or several on one line) or before the date
 * on the same line.
 */
import { isOrganLine } from '../line-kinds.ts';
import type { PreparedText } from '../prepare-lines.ts';
import { issuersOfLine } from './issuers.ts';

export interface Signature {
  date: string | null;
  /** 0-based line of the date, or -1. */
  line: number;
  signers: string[];
  disclosure: string | null;
}

const MAX_SIGNER_LINES = 4;

/** The first 落款 in [from, to]; its signers read upward from the date line. */
export function readSignature(prepared: PreparedText, from: number, to: number): Signature {
  const { info } = prepared;
  for (let i = from; i <= to; i++) {
    const li = info[i];
    if (!li?.signatureDate) continue;
    const signers: string[] = [];
    for (let j = i - 1, seen = 0; j >= from && seen < MAX_SIGNER_LINES; j--) {
      const above = info[j];
      if (!above || above.blank || above.noise) continue;
      seen++;
      const organs = isOrganLine(above.plain) ? issuersOfLine(prepared.raw[j] ?? above.plain) : null;
      if (!organs) break;
      signers.unshift(...organs);
    }
    if (li.signatureOrgan) signers.push(li.signatureOrgan);
    return { date: li.signatureDate, line: i, signers, disclosure: li.disclosure };
  }
  return { date: null, line: -1, signers: [], disclosure: null };
}
