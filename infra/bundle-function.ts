/**
 * `node --import tsx infra/bundle-function.ts <function> <outDir>`: bundles one function with
 * infra/bundling.ts (`bundleFunction`) into outDir. The stack's local bundling runs it for every zip function
 * (infra/constructs/bundled-code.ts: CDK's local bundling is synchronous, esbuild's plugins need its
 * asynchronous API), and the extract image's Dockerfile runs it too.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFunction, containerFunctionIds, shippedFiles, type BundledFunctionId, type ContainerFunctionId } from './bundling.ts';

const ids: readonly string[] = [...Object.keys(shippedFiles), ...containerFunctionIds];
const [id, outDir] = process.argv.slice(2);
if (!id || !outDir || !ids.includes(id)) {
  process.stderr.write(`usage: bundle-function.ts <${ids.join('|')}> <outDir>\n`);
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await bundleFunction(id as BundledFunctionId | ContainerFunctionId, resolve(outDir), root);
const kb = (Object.values(out.metafile.outputs).reduce((n, o) => n + o.bytes, 0) / 1024).toFixed(0);
process.stderr.write(`bundled ${id}: ${out.code.length} code file(s), ${kb} KB${out.shipped.length ? `, ${out.shipped.length} shipped file(s)` : ''} → ${outDir}\n`);
