// The handlers load one domain at a time on first use: every API method but the backup ones
// belongs to exactly one domain, and that domain's handlers answer it (and no method of another).
import { afterAll, describe, expect, test } from 'vitest';
import { API_METHOD_NAMES, BACKUP_METHODS } from '../../../electron/shared/api-methods.js';
import { DOMAIN_METHODS, domainHandlers } from '../../../electron/core/handlers/domains.js';
import { openSafeCore } from '../safety/helpers.js';

const t = openSafeCore();
afterAll(() => t.close());

describe('handler domains', () => {
  test('the domains and the backup methods together are the API, each method once', () => {
    expect([...DOMAIN_METHODS, ...BACKUP_METHODS].sort()).toEqual([...API_METHOD_NAMES].sort());
    expect(new Set(DOMAIN_METHODS).size).toBe(DOMAIN_METHODS.length);
  });

  test('every domain method gets a function from its domain', async () => {
    const handler = domainHandlers(t.core.ctx);
    for (const m of DOMAIN_METHODS) expect(typeof (await handler(m)), m).toBe('function');
    await expect(handler('backupRestore')).rejects.toThrow(/no handler/);
  });

  test('calls through the core reach the lazily loaded handlers', async () => {
    expect((await t.call('info', {})).app).toContain('学习书架');
    expect((await t.call('listDocuments', {})).total).toBeGreaterThan(0);
  });
});
