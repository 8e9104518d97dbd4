// STUDY_SHELF_TRACE=1 (electron/core/trace.ts): a CLI import prints its timeline at exit, the
// phases in the order they run with wall and CPU times that never go back, and the pipeline's
// span counted once per file; without it the process prints nothing more and imports the same.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../../scripts/lib/fresh.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-trace-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const files = ['甲', '乙', '丙'].map((c, i) => {
  const f = path.join(tmp, `${i}.txt`);
  fs.writeFileSync(f, `关于${c}项工作的通知\n\n${'各单位要认真学习，扎实推进各项工作落实。'.repeat(20 + i)}\n`);
  return f;
});

function importInto(data: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, ['scripts/run.mjs', 'cli', 'import', ...files, '--data', data, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(r.status).toBe(0);
  return r;
}

const ORDER = ['run.mjs', 'fresh', 'compiled:cache', 'cli', 'warm', 'modules', 'core', 'import', 'pipeline:first'];
const LATER = ['import:stored', 'import:indexed', 'call', 'closed', 'exit'];

describe('the import timeline', () => {
  test('traced: every phase once, in order, times never going back; untraced: no trace, same import', () => {
    execFileSync(process.execPath, ['scripts/run.mjs', 'cli', '--help'], { cwd: ROOT }); // compiled before
    const traced = importInto(path.join(tmp, 'a'), { STUDY_SHELF_TRACE: '1' });
    const marks = traced.stderr
      .split('\n')
      .map((l) => /^trace (\S+) ([\d.]+) cpu ([\d.]+)$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => ({ name: m[1]!, wall: Number(m[2]), cpu: Number(m[3]) }));
    const names = marks.map((m) => m.name);
    for (const n of [...ORDER, ...LATER]) expect(names.filter((x) => x === n)).toHaveLength(1);
    const at = (n: string) => names.indexOf(n);
    for (let i = 1; i < ORDER.length; i++) expect(at(ORDER[i]!)).toBeGreaterThan(at(ORDER[i - 1]!));
    for (let i = 1; i < LATER.length; i++) expect(at(LATER[i]!)).toBeGreaterThan(at(LATER[i - 1]!));
    expect(at('import:stored')).toBeGreaterThan(at('pipeline:first'));
    for (let i = 1; i < marks.length; i++) {
      expect(marks[i]!.wall).toBeGreaterThanOrEqual(marks[i - 1]!.wall);
      expect(marks[i]!.cpu).toBeGreaterThanOrEqual(marks[i - 1]!.cpu);
    }
    expect(traced.stderr).toMatch(/^trace span pipeline [\d.]+ cpu [\d.]+ n 3$/m);

    const plain = importInto(path.join(tmp, 'b'), {});
    expect(plain.stderr).not.toMatch(/trace/);
    const ids = (out: string) =>
      (JSON.parse(out) as { results: { docIds: string[] }[] }).results.flatMap((r) => r.docIds);
    expect(ids(plain.stdout)).toEqual(ids(traced.stdout));
    expect(ids(plain.stdout)).toHaveLength(3);
  }, 120_000);
});
