// Questions generated from documents a user imports (questions-imported19.json on): the draw the set was judged on,
// made again with the current code (scripts/eval/draw-imported.ts: the same files, salt and earlier draws left out),
// each question scored by its label. A question no list of the set holds is unjudged and counts as not good; every
// key is checked against its source as in the sample (questions.ts: keyError), and a label's wrong key counts too.
import path from 'node:path';
import { drawImported, judgedFingerprints, shown } from '../../eval/draw-imported.js';
import { fingerprint } from '../../../electron/core/quiz/fingerprint.js';
import type { QuestionLabel } from './questions.js';

/** A judged question of an imported draw: labelled the way the library sample is. */
export type ImportedLabel = QuestionLabel;

/** How a set is drawn: its salt, the imported files (scripts/eval/imported-docs) and the judged draws left out. */
export interface ImportedDraw {
  salt: string;
  files: string[];
  exclude: string[];
  /** Fingerprints left out besides (a held-out draw leaves out the set's own judged questions). */
  skip?: string[];
  /** The first `count` only (every question by default); the 金句 填空 alone; local-docs files imported too
   * (questions-fillimported68.json). */
  count?: number;
  quoteFills?: boolean;
  local?: string[];
  /** Only the extra and local files' questions, and the first N of each kind named (questions-fillimported70.json). */
  own?: boolean;
  kinds?: Record<string, number>;
  labels: ImportedLabel[];
}

export interface ImportedQuestionResult {
  total: number;
  good: number;
  acceptable: number;
  bad: ImportedLabel[];
  wrongKeys: { stem: string; why: string }[];
  unjudged: { fingerprint: string; kind: string; stem: string; answer: string }[];
  /** Good share, and the share not bad (good or acceptable); 0 for an empty draw. */
  goodShare: number;
  soundShare: number;
}

export async function evalImportedQuestions(
  bundlePath: string,
  labelsDir: string,
  draw: ImportedDraw,
): Promise<ImportedQuestionResult> {
  const exclude = judgedFingerprints(draw.exclude.map((f) => path.join(labelsDir, f)));
  for (const fp of draw.skip ?? []) exclude.add(fp);
  const { drafts, keyErrors } = await drawImported(bundlePath, draw.salt, draw.files, draw.count ?? 1000, exclude, [], {
    quoteFills: draw.quoteFills,
    local: draw.local,
    own: draw.own,
    kinds: draw.kinds,
  });
  const byFp = new Map(draw.labels.map((l) => [l.fingerprint, l]));
  const out: ImportedQuestionResult = {
    total: drafts.length,
    good: 0,
    acceptable: 0,
    bad: [],
    wrongKeys: [],
    unjudged: [],
    goodShare: 0,
    soundShare: 0,
  };
  for (const d of drafts) {
    const fp = fingerprint(d);
    const why = keyErrors.get(fp);
    if (why) out.wrongKeys.push({ stem: d.stem + d.fact, why });
    const l = byFp.get(fp);
    if (!l) {
      const s = shown(d);
      out.unjudged.push({ fingerprint: fp, kind: s.kind, stem: s.stem, answer: s.answer });
      continue;
    }
    if (!l.keyCorrect) out.wrongKeys.push({ stem: l.stem, why: `标注：${l.reason}` });
    if (l.verdict === 'good') out.good++;
    else if (l.verdict === 'acceptable') out.acceptable++;
    else out.bad.push(l);
  }
  if (out.total) {
    out.goodShare = out.good / out.total;
    out.soundShare = (out.good + out.acceptable) / out.total;
  }
  return out;
}

/** A judged imported set (questions-imported26.json on): its draw and held-out draw, labels in before/after/heldOut. */
export interface ImportedSet {
  draw: Omit<ImportedDraw, 'labels'>;
  heldDraw: Omit<ImportedDraw, 'labels'>;
  before: ImportedLabel[];
  after: ImportedLabel[];
  heldOut: ImportedLabel[];
  /** Questions of the fixtures every draw imports that a later set draws too with its own label (the member's quota
   * gives imported19, 26 and 27 one that imported28 draws from the shared quota): judged here like `after`, but never
   * left out of a later set's draw (scripts/eval/draw-imported.ts judgedFingerprints reads no `shared`). */
  shared?: ImportedLabel[];
}

/** The set drawn again, and its held-out batch drawn from other documents with the set's own questions left out. */
export async function evalImportedSet(
  bundlePath: string,
  labelsDir: string,
  set: ImportedSet,
): Promise<{ main: ImportedQuestionResult; held: ImportedQuestionResult }> {
  const judged = [...set.before, ...set.after, ...(set.shared ?? [])];
  const main = await evalImportedQuestions(bundlePath, labelsDir, { ...set.draw, labels: judged });
  const held = await evalImportedQuestions(bundlePath, labelsDir, {
    ...set.heldDraw,
    skip: judged.map((l) => l.fingerprint),
    labels: set.heldOut,
  });
  return { main, held };
}
