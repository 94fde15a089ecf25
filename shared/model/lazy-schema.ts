/**
 * A zod schema built the first time it is used (issue 20, bench/suites/bundle.ts): every function bundles the
 * modules of shared/model and shared/store whole, but each invocation reads only a few of their schemas — the
 * api one route's, plan the source definitions, notify the change and subscription records. Built at module
 * load, zod 4's schemas cost tens of milliseconds of every cold start, most of them for schemas the function
 * never parses with.
 *
 * The value stands in for the schema itself (a Proxy over the schema built on first access): `.parse`,
 * `.safeParse`, `.shape`, `.extend`, `.optional()`, use inside another schema, `instanceof`, `z.infer` and
 * `z.toJSONSchema` all behave as with the schema built eagerly. The builder must be pure (it runs once, at a
 * time nobody chooses).
 */
import type * as z from 'zod';

let built = 0;

/** How many lazy schemas have been built in this process (tests: importing a module builds none). */
export const lazySchemasBuilt = (): number => built;

export function lazySchema<T extends z.core.$ZodType>(build: () => T): T {
  let schema: T | undefined;
  const real = (): T => {
    if (schema === undefined) {
      schema = build();
      built++;
    }
    return schema;
  };
  // The target is a plain object that never holds anything: every trap answers for the real schema. Property
  // descriptors are reported configurable, as a proxy may not claim a non-configurable property its target lacks.
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(real(), key),
    set: (_target, key, value) => Reflect.set(real(), key, value),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d === undefined ? undefined : { ...d, configurable: true };
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
