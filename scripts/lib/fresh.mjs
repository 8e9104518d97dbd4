// Build once, reuse while the sources are unchanged: a build's inputs (files and folders) are
// hashed by content and compared with the hash stamped after its last successful build. Plain
// JavaScript so that `npm start` and `npm run cli` can decide before anything is compiled.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STAMPS = path.join(ROOT, 'dist', '.stamps');
const SKIP = new Set(['node_modules', '.git', 'dist', 'build', 'release', '.scratch']);

/** Every file under the inputs, in a stable order, with its stat when `withStats`: a folder's entries
 * say which are folders, so each file is stat-ed once and a folder never (the warm start stats every
 * input; stat-ing each path twice, to tell folders from files and again for its time, cost a third
 * of that). */
function walk(inputs, withStats) {
  const out = [];
  const file = (p) => {
    if (!withStats) return out.push([p, null]);
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (st) out.push([p, st]); // a missing input hashes as absent
  };
  const dir = (d) => {
    const entries = fs
      .readdirSync(d, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (SKIP.has(e.name)) continue;
      const p = d + path.sep + e.name; // already normal: path.join would normalise every path again
      if (e.isDirectory() || (e.isSymbolicLink() && isDir(p))) dir(p);
      else file(p);
    }
  };
  for (const i of inputs) {
    const p = path.resolve(ROOT, i);
    if (isDir(p)) dir(p);
    else if (fs.existsSync(p)) file(p);
  }
  return out;
}

function isDir(p) {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Hash of the inputs' paths, sizes and modification times: when it matches the last build's,
 * the contents are not read at all (the warm path of every start). */
export function statInputs(inputs) {
  // One update of the joined lines, not one per file (the same hash).
  const lines = walk(inputs, true).map(([f, st]) => `${f}\0${st.size}\0${st.mtimeMs}\0`);
  return createHash('sha256').update(lines.join('')).digest('hex').slice(0, 24);
}

/** Content hash of the inputs (paths relative to the project root): what decides a rebuild. */
export function hashInputs(inputs) {
  const files = walk(inputs, false).map(([f]) => f);
  const h = createHash('sha256');
  for (const f of files) {
    h.update(path.relative(ROOT, f).split(path.sep).join('/'));
    h.update('\0');
    h.update(fs.readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 24);
}

export function readStamp(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(STAMPS, `${name}.json`), 'utf8'));
  } catch {
    return null;
  }
}

export function writeStamp(name, value) {
  fs.mkdirSync(STAMPS, { recursive: true });
  fs.writeFileSync(path.join(STAMPS, `${name}.json`), JSON.stringify(value));
}

/** Runs `build` when the inputs' hash differs from the last successful build's (or `outputs`
 * are missing, or `force`: a build by hand, stamped so the next start does not build again);
 * returns whether it built. */
export async function ensureFresh(name, inputs, outputs, build, { force = false } = {}) {
  const stamp = readStamp(name);
  const present = !force && outputs.every((o) => fs.existsSync(path.resolve(ROOT, o)));
  const stat = statInputs(inputs);
  if (present && stamp?.stat === stat) return false;
  const hash = hashInputs(inputs);
  if (present && stamp?.hash === hash) {
    writeStamp(name, { ...stamp, stat }); // touched, not changed (a checkout, a copy)
    return false;
  }
  await build();
  writeStamp(name, { hash, stat: statInputs(inputs), builtAt: new Date().toISOString() });
  return true;
}
