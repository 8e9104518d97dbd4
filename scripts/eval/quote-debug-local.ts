// `node --import tsx scripts/eval/quote-debug-local.ts --bundle FILE NAME...`: for local-docs files, imports each
// into a fresh core and prints the document's type and speakers, every 金句 candidate with its score and source,
// and what the extraction keeps: why a pick of a labelled local set is missed, stage by stage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/app-core.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { readPending } from '../../electron/core/services/quote-pass.js';
import { extractQuotes } from '../../electron/core/content/quotes.js';
import { quoteCandidates } from '../../electron/core/knowledge/quote-candidates.js';
import { scoreCandidate } from '../../electron/core/knowledge/quote-rank.js';
import { flagString, parseArgs } from '../lib/args.js';
import { LABELS_DIR } from '../lib/knowledge-eval/run.js';

const args = parseArgs(process.argv.slice(2));
const bundlePath = flagString(args, 'bundle');
if (!bundlePath) throw new Error('--bundle FILE is required');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-debug-'));
const core = createCore({ dataDir: dir, bundlePath });
try {
  for (const name of args.positional) {
    const bytes = fs.readFileSync(path.join(LABELS_DIR, 'local-docs', name));
    const env = await dispatch(core.handlers, 'importFiles', {
      files: [{ name, dataBase64: bytes.toString('base64') }],
    });
    if (!env.ok) throw new Error(env.error.message);
    for (const d of readPending(core.ctx.userDb, 100)) {
      console.log(`\n== ${name} type=${d.ctx.type} speakers=${JSON.stringify(d.ctx.speakers)}`);
      for (const c of quoteCandidates({
        paragraphs: d.paragraphs,
        type: d.ctx.type ?? '文章',
        speakers: d.ctx.speakers,
        title: d.ctx.title,
      })) {
        const s = scoreCandidate(c);
        console.log(
          `  cand ${s ? s.score.toFixed(2) : ' none'} [${c.speaker ?? '—'}|${c.source}${c.reported ? '|rep' : ''}] ${c.text}`,
        );
      }
      for (const q of extractQuotes(d.paragraphs, d.ctx)) console.log(`  KEPT [${q.speaker ?? '—'}] ${q.text}`);
    }
    core.ctx.userDb.prepare('DELETE FROM quotes_pending').run();
  }
} finally {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
