import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * The AWS SDK's generated schema modules (`@aws-sdk/client-*\/dist-es/schemas/schemas_0.js`, since SDK
 * 3.930) write every trait object with computed keys that name a string constant of the same module:
 *
 *     const _e = "error"; const _hE = "httpError";
 *     export var AccessDenied$ = [-3, n0, _AD, { [_e]: _c, [_hE]: 403 }, [], []];
 *
 * esbuild counts a computed key as a possible side effect (its ToString could run code), so it keeps every
 * schema that has one, used or not: all 466 of S3's, about 67 KB of a function that sends three commands
 * (aws/aws-sdk-js-v3#7607; evanw/esbuild#4373; the generator's fix, smithy-lang/smithy-typescript#1889, is
 * not released as of SDK 3.1175). Writing those keys as the string literals they name is the same object
 * and lets tree shaking drop the schemas a function never sends. test/unit/infra/sdk-schema-keys.test.ts
 * evaluates every installed client's schemas both ways and compares them.
 */
export const SDK_SCHEMA_MODULE = /[\\/]node_modules[\\/]@aws-sdk[\\/][^\\/]+[\\/]dist-es[\\/](?:.+[\\/])?schemas[\\/]schemas_\d+\.js$/;

/** A module-level string constant: `const _hE = "httpError";` (a JSON-compatible string literal). */
const STRING_CONSTANT = /^const (_\w+) = ("(?:[^"\\\n]|\\.)*");$/gm;

/** A computed key that names one, in key position: after `{` or `,` (and whitespace), before `:`. */
const COMPUTED_KEY = /([{,]\s*)\[(_\w+)\]\s*:/g;

/** The module's source with each computed key that names one of its string constants written as that string. */
export function literalSchemaKeys(source: string): { source: string; replaced: number } {
  const constants = new Map<string, string>();
  for (const m of source.matchAll(STRING_CONSTANT)) {
    // A name declared twice is not a constant this rewrite can trust; leave its keys alone.
    constants.set(m[1]!, constants.has(m[1]!) ? '' : m[2]!);
  }
  let replaced = 0;
  const out = source.replace(COMPUTED_KEY, (whole, before: string, name: string) => {
    const literal = constants.get(name);
    if (!literal) return whole;
    replaced++;
    return `${before}${literal}:`;
  });
  return { source: out, replaced };
}

/** The esbuild plugin (infra/bundling.ts): the SDK's schema modules are read through `literalSchemaKeys`. */
export const sdkSchemaKeysPlugin: Plugin = {
  name: 'gw-sdk-schema-keys',
  setup(build) {
    build.onLoad({ filter: SDK_SCHEMA_MODULE }, async (args) => ({
      contents: literalSchemaKeys(await readFile(args.path, 'utf8')).source,
      loader: 'js',
    }));
  },
};
