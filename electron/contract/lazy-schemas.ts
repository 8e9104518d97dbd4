// A domain's validators, each built on its first use and kept: a process that makes one call (the
// CLI importing files) builds that call's zod schema, not its whole domain's (issue 14: building
// the library's and the backup's schemas was ~10–17 ms of a new CLI process). A method's schema is
// one object once built, so schema-of.ts and api.ts's apiSchemas hand out the same validator.
export function lazySchemas<T extends Record<string, () => unknown>>(
  factories: T,
): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const schemas = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const key of Object.keys(factories) as (keyof T & string)[]) {
    Object.defineProperty(schemas, key, {
      enumerable: true, // a spread ({ ...librarySchemas }) builds and copies every one
      configurable: true,
      get() {
        const schema = factories[key]!();
        Object.defineProperty(schemas, key, { value: schema, enumerable: true });
        return schema;
      },
    });
  }
  return schemas;
}
