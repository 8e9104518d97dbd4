// The contract's validators are built on first use, one method at a time (contract/lazy-schemas.ts):
// each must validate exactly as the eagerly built contract did (fixtures/contract-fingerprint.json,
// recorded before the change), whether it is built first and alone (the CLI's import) or with all.
import fs from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import * as z from 'zod';
import { lazySchemas } from '../../../electron/contract/lazy-schemas.js';
import { fingerprint } from './contract-fingerprint.js';

const recorded = JSON.parse(
  fs.readFileSync(new URL('./fixtures/contract-fingerprint.json', import.meta.url), 'utf8'),
) as Record<string, string>;

describe('validators built on first use', () => {
  test('the import’s validator, built first and alone, validates as the eager contract’s did', async () => {
    vi.resetModules(); // a new process: nothing of the contract built yet
    const { schemaOf } = await import('../../../electron/contract/schema-of.js');
    const schema = await schemaOf('importFiles');
    expect(fingerprint({ importFiles: schema })).toEqual({ importFiles: recorded.importFiles });
  });

  test('every method’s validator validates as the eager contract’s did', async () => {
    vi.resetModules();
    const { apiSchemas } = await import('../../../electron/contract/api.js');
    expect(fingerprint(apiSchemas)).toEqual(recorded);
  });

  test('a schema is built when first read, once, and is then the same object', () => {
    const made: string[] = [];
    const schemas = lazySchemas({
      a: () => (made.push('a'), z.string()),
      b: () => (made.push('b'), z.number()),
    });
    expect(made).toEqual([]);
    const a = schemas.a;
    expect(made).toEqual(['a']);
    expect(schemas.a).toBe(a);
    expect(made).toEqual(['a']);
    expect(Object.keys(schemas)).toEqual(['a', 'b']);
    const all = { ...schemas }; // what api.ts does: builds the rest
    expect(made).toEqual(['a', 'b']);
    expect(all.a).toBe(a);
    expect(all.b.safeParse(1).success).toBe(true);
  });
});
