/**
 * The order `npm run bench` runs its suites in: by name, except that a suite reading other suites' rows
 * (bench/earlier-results.ts) runs after them — cost prices OCR at the ocr suite's measured ms per page.
 */
export const SUITE_ORDER: Readonly<Record<string, readonly string[]>> = { 'cost.ts': ['ocr.ts'] };

/** `names` in name order, each suite of `order` moved to just after the last of the suites it reads. */
export function inDependencyOrder(names: readonly string[], order: Readonly<Record<string, readonly string[]>> = SUITE_ORDER): string[] {
  const out = [...names].sort();
  for (const [suite, reads] of Object.entries(order)) {
    const at = out.indexOf(suite);
    if (at === -1) continue;
    const last = Math.max(...reads.map((r) => out.indexOf(r)));
    if (last > at) out.splice(last, 0, ...out.splice(at, 1));
  }
  return out;
}
