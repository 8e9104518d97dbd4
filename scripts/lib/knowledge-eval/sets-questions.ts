// The question sets of the knowledge evaluation's table (sets.ts holds the rest and the order): judged draws of
// questions from imported documents (questions-importedNN.json) and from the library (questions-outsideNN.json), each
// drawn again with the current code together with its held-out draw.
import { count, defineSet, percent, RATCHET_ONLY, type EvalSet, type FigureRow } from './figure-table.js';
import type { EvalContext } from './eval-context.js';
import type { ImportedQuestionResult } from './imported-questions.js';
import { imported } from './kinds.js';

type Set = EvalSet<unknown, EvalContext>;
type ImportedRow = FigureRow<ImportedQuestionResult>;

/** Questions drawn again from a judged set's documents (`held`: its held-out draw): an imported set, or a library draw
 * (`outside`). */
const questionsOf = (name: string, file: string, part: 'main' | 'held', figures: ImportedRow[], outside = false): Set =>
  defineSet({
    name,
    kind: imported(file.replace(/\.json$/, '-unjudged.json'), part === 'held' ? 'held out' : undefined),
    run: async (c: EvalContext) => (await (outside ? c.outside(file) : c.imported(file)))[part],
    figures,
  });

/** An imported-questions round (`imported26` and its held-out draw, both in questions-imported26.json), or with
 * `o.outside` a library draw's (`outside13`, questions-outside13.json): the good share and the share not bad (good or
 * acceptable) of the main draw, gated (at 0.9 unless `o` names a target) unless `o` says ratchet only (`o.name`: a
 * library draw named otherwise, fill67 with round 67); the held-out good share ratchets only; wrong keys over both
 * draws are gated at 0. */
export const importedRound = (
  round: number,
  o: {
    good?: typeof RATCHET_ONLY;
    sound?: typeof RATCHET_ONLY;
    goodTarget?: number;
    soundTarget?: number;
    outside?: boolean;
    /** A library draw of its own name (fill67: questions-fill67.json, keys goodQuestionsFill67 …). */
    name?: string;
  } = {},
): Set[] => {
  const kind = o.name
    ? o.name[0]!.toUpperCase() + o.name.slice(1).replace(/\d+$/, '')
    : o.outside
      ? 'Outside'
      : 'Imported';
  const name = o.name ?? `${kind.toLowerCase()}${round}`;
  const file = `questions-${name}.json`;
  const key = (what: string, held = false) => `${what}Questions${kind}${round}${held ? 'h' : ''}`;
  const gated = (flag?: typeof RATCHET_ONLY) => (flag ? ', not gated' : '');
  return [
    questionsOf(
      name,
      file,
      'main',
      [
        percent(
          key('good'),
          `good questions (${name}${gated(o.good)})`,
          o.goodTarget ?? 0.9,
          (r) => r.goodShare,
          o.good,
        ),
        percent(
          key('sound'),
          `questions not bad (${name}${gated(o.sound)})`,
          o.soundTarget ?? 0.9,
          (r) => r.soundShare,
          o.sound,
        ),
      ],
      o.outside,
    ),
    questionsOf(
      `${name}h`,
      file,
      'held',
      [
        percent(
          key('good', true),
          `good questions (${name} held out, not gated)`,
          0.9,
          (r) => r.goodShare,
          RATCHET_ONLY,
        ),
        count<ImportedQuestionResult>(
          `wrongKeys${kind}${round}`,
          `wrong answer keys (${name})`,
          0,
          (r, all) => (all[name] as ImportedQuestionResult).wrongKeys.length + r.wrongKeys.length,
        ),
      ],
      o.outside,
    ),
  ];
};
