// What every method's validator accepts and refuses, in a form that can be compared across builds:
// its JSON Schema (input side) and its answers to a few probe arguments (the parsed value, or the
// issues' paths, codes and messages), hashed per method. fixtures/contract-fingerprint.json holds the
// hashes of the contract as it built its schemas eagerly (stop 69); lazy-schemas.test.ts checks the
// schemas built on first use against them.
import crypto from 'node:crypto';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';

const FILE = { name: '讲话.txt', dataBase64: 'QUJD' };
/** Arguments tried on every method: nothing, an unknown key, wrong types. */
const PROBES: unknown[] = [
  {},
  { zz: 1 },
  { id: '' },
  { id: 'd1' },
  { limit: 3 },
  { limit: 'many' },
  { query: '乡村振兴' },
];
/** The CLI's own call, and the ways it can be wrong. */
const IMPORT_PROBES: unknown[] = [
  { files: [FILE] },
  { files: [{ name: 'a.txt', uploadId: `up-${'0'.repeat(32)}` }] },
  { files: [] },
  { files: [{ ...FILE, name: '' }] },
  { files: [{ ...FILE, extra: 1 }] },
  { files: [{ name: 'a.txt', uploadId: 'up-1' }] },
  { files: Array.from({ length: 101 }, () => FILE) },
  { files: [FILE], more: true },
];

function answer(schema: z.ZodType, arg: unknown): unknown {
  const r = schema.safeParse(arg);
  if (r.success) return { ok: r.data };
  return { issues: r.error.issues.map((i) => [i.path.join('.'), i.code, i.message]) };
}

export function fingerprint(schemas: Record<string, z.ZodType>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const method of Object.keys(schemas).sort()) {
    const schema = schemas[method]!;
    const probes = method === 'importFiles' ? [...PROBES, ...IMPORT_PROBES] : PROBES;
    const seen = JSON.stringify({
      json: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
      answers: probes.map((p) => answer(schema, p)),
    });
    out[method] = crypto.createHash('sha256').update(seen).digest('hex').slice(0, 16);
  }
  return out;
}

// `npx tsx tests/unit/core/contract-fingerprint.ts > tests/unit/core/fixtures/contract-fingerprint.json`
// after a change of the contract that is meant.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { apiSchemas } = await import('../../../electron/contract/api.js');
  console.log(JSON.stringify(fingerprint(apiSchemas), null, 2));
}
