// The 金句 sets of the knowledge evaluation's table (sets.ts holds the rest and the order): the hand-picked documents
// by round, the judged library draws, and (sets-quotes-local.ts) the documents imported as a user would.
import { defineSet, quoteRows, ratio, RATCHET_ONLY, type EvalSet } from './figure-table.js';
import type { EvalContext } from './eval-context.js';
import { libraryDraw, QUOTES_ALL, QUOTES_PART } from './kinds.js';
import { evalLibraryDraw, type DrawnQuote, type LibraryDrawResult } from './library-draw.js';
import { evalQuotes, type HandpickedDoc, type QuoteResult } from './quotes.js';
import { readLabels } from './eval-context.js';
import { LOCAL_SETS, local21Speakers } from './sets-quotes-local.js';

type Set = EvalSet<unknown, EvalContext>;

/** The hand-picked documents (quotes-handpicked.json) that `keep` selects, scored. */
const handpicked = (keep: (d: HandpickedDoc & { set?: string }) => boolean) => (c: EvalContext) =>
  evalQuotes(c.lib(), c.handpicked().docs.filter(keep), c.handpicked().judged);

/** A round's hand-picked documents (`"set": "held20"`), its two rows ratchet only. */
const round = (set: string, keys: [string, string], what = `${set}, not gated`): Set =>
  defineSet({
    name: set,
    kind: QUOTES_PART,
    run: handpicked((d) => d.set === set),
    figures: quoteRows(keys, what, RATCHET_ONLY),
  });

export const QUOTE_SETS: Set[] = [
  // Every labelled document at once: its unjudged outputs and missed picks.
  defineSet({ name: 'quotes', kind: QUOTES_ALL, run: handpicked(() => true), figures: [] }),
  // The 10 documents (no `set`): issue 10 sets its targets on them.
  defineSet<QuoteResult, EvalContext>({
    name: 'issue',
    kind: QUOTES_PART,
    run: handpicked((d) => !d.set),
    figures: [
      ratio('quotePrecision', '金句 precision (10 documents)', 0.9, (r) => r.precision),
      ratio('quoteRecall', '金句 recall of hand-picked (10)', 0.7, (r) => r.recall),
    ],
  }),
  // The 10 and the 8 labelled after them (`"set": "wider"`); then rounds kept apart so the figures above keep their
  // history.
  defineSet({
    name: 'all',
    kind: QUOTES_PART,
    run: handpicked((d) => !d.set || d.set === 'wider'),
    figures: quoteRows(['quotePrecisionAll', 'quoteRecallAll'], 'all 18, not gated', RATCHET_ONLY),
  }),
  round('fresh', ['quotePrecisionFresh', 'quoteRecallFresh']),
  round('held16', ['quotePrecisionHeld', 'quoteRecallHeld']),
  round('held17', ['quotePrecisionHeld17', 'quoteRecallHeld17']),
  round('held18', ['quotePrecisionHeld18', 'quoteRecallHeld18']),
  round('held19', ['quotePrecisionHeld19', 'quoteRecallHeld19']),
  round('held20', ['quotePrecisionHeld20', 'quoteRecallHeld20']),
  round('held22', ['quotePrecisionHeld22', 'quoteRecallHeld22']),
  round('held22b', ['quotePrecisionHeld22b', 'quoteRecallHeld22b']),
  round('held23', ['quotePrecisionHeld23', 'quoteRecallHeld23']),
  round('held24', ['quotePrecisionHeld24', 'quoteRecallHeld24']),
  round('held24b', ['quotePrecisionHeld24b', 'quoteRecallHeld24b']),
  // Judged random draws of the shipped library's 金句: the share good among those the code still outputs.
  defineSet<LibraryDrawResult, EvalContext>({
    name: 'library19',
    kind: libraryDraw('金句 library draw', false),
    run: (c: EvalContext) =>
      evalLibraryDraw(c.lib(), readLabels<{ before: DrawnQuote[] }>('quotes-library19.json').before),
    figures: [
      ratio('quotePrecisionLibrary', '金句 precision (library draw, not gated)', 0.9, (r) => r.precision, RATCHET_ONLY),
    ],
  }),
  defineSet<LibraryDrawResult, EvalContext>({
    name: 'library20',
    kind: libraryDraw('金句 library draw 20', true),
    run: (c: EvalContext) =>
      evalLibraryDraw(c.lib(), readLabels<{ before: DrawnQuote[] }>('quotes-library20.json').before),
    figures: [
      ratio(
        'quotePrecisionLibrary20',
        '金句 precision (library draw 20, not gated)',
        0.9,
        (r) => r.precision,
        RATCHET_ONLY,
      ),
    ],
  }),
  ...LOCAL_SETS,
  local21Speakers,
];
