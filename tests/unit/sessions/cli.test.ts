// The `sessions` CLI command: lists sessions and writes the handout DOCX to a file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { createCore } from '../../../electron/core/app-core.js';
import { cli as runCli } from '../support/run-cli.js';
import { docxText } from './helpers.js';

test('sessions list and sessions handout <id> --out', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-sessions-cli-'));
  try {
    const core = createCore({ dataDir: dir, bundlePath: path.join(dir, 'none.sqlite') });
    const s = await core.handlers.createSession({
      title: '命令行专题',
      kind: '党小组会',
      date: '2025-01-02',
      place: '',
      host: '',
      attendees: [],
    });
    await core.handlers.addSessionItem({ sessionId: s.id, kind: 'question', text: '命令行研讨题' });
    core.close();
    const cli = async (...args: string[]) =>
      (await runCli([...args, '--data', dir, '--bundle', path.join(dir, 'none.sqlite')])).out;
    expect(await cli('sessions')).toContain(`${s.id}\t2025-01-02\t党小组会\t命令行专题（1 项）`);
    const out = path.join(dir, 'handout.docx');
    expect(await cli('sessions', 'handout', String(s.id), '--out', out)).toContain('已导出到');
    const text = await docxText(fs.readFileSync(out).toString('base64'));
    expect(text).toContain('一、研讨题');
    expect(text).toContain('1. 命令行研讨题');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
