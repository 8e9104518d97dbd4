// dispatch.ts validates a call with the validator of its method's domain only (contract/schema-of.ts),
// loaded on that domain's first call: it must be the very validator the contract assembles, for every
// method, and a call still answers in the contract's words (a bad argument, an unknown method).
import { describe, expect, test } from 'vitest';
import { API_METHODS, apiSchemas } from '../../../electron/contract/api.js';
import { schemaOf } from '../../../electron/contract/schema-of.js';
import { dispatch, type ApiHandlers } from '../../../electron/core/dispatch.js';

describe('a method’s validator, loaded by domain', () => {
  test('is the contract’s own validator for every method', async () => {
    for (const m of API_METHODS) expect(await schemaOf(m), m).toBe(apiSchemas[m]);
  });

  test('an unlisted name has no validator', async () => {
    await expect(schemaOf('noSuchMethod' as never)).rejects.toThrow('no validator');
  });

  test('dispatch validates with it: a bad argument, an unknown method, a good call', async () => {
    const handlers = { listTerms: (a: unknown) => ({ got: a }) } as unknown as ApiHandlers;
    const bad = await dispatch(handlers, 'listTerms', { limit: 'many' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await dispatch(handlers, 'toString', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch(handlers, 'listTerms', { limit: 3 })).toEqual({ ok: true, value: { got: { limit: 3 } } });
  });
});
