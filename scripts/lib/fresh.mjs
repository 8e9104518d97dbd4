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

function listFiles(p, out) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return; // a missing input hashes as absent
  }
  if (!st.isDirectory()) {
    out.push(p);
    return;
  }
  for (const name of fs.readdirSync(p).sort()) if (!SKIP.has(name)) listFiles(path.join(p, name), out);
}

function filesOf(inputs) {
  const files = [];
  for (const i of inputs) listFiles(path.resolve(ROOT, i), files);
  return files;
}

/** Hash of the inputs' paths, sizes and modification times: when it matches the last build's,
 * the contents are not read at all (the warm path of every start). */
export function statInputs(inputs) {
  const h = createHash('sha256');
  for (const f of filesOf(inputs)) {
    const st = fs.statSync(f);
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\0`);
  }
  return h.digest('hex').slice(0, 24);
}

/** Content hash of the inputs (paths relative to the project root): what decides a rebuild. */
export function hashInputs(inputs) {
  const files = filesOf(inputs);
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
 * are missing); returns whether it built. */
export async function ensureFresh(name, inputs, outputs, build) {
  const stamp = readStamp(name);
  const present = outputs.every((o) => fs.existsSync(path.resolve(ROOT, o)));
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
