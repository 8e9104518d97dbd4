// Runs the whole knowledge evaluation on a bundle: 提法, 金句 attribution, 金句 precision/recall
// and questions, against the labelled sets in tests/eval/knowledge. Shared by the CLI
// (`npm run eval:knowledge`) and the ratchet unit test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEvalLibrary } from './library.js';
import { evalQuestions, questionSample, type QuestionLabel, type QuestionResult } from './questions.js';
import {
  evalQuotes,
  evalSpeakers,
  type HandpickedDoc,
  type JudgedQuote,
  type QuoteResult,
  type SpeakerLabel,
  type SpeakerResult,
} from './quotes.js';
import { evalTifa, type TifaLabel, type TifaResult } from './tifa.js';
import { evalLibraryDraw, type DrawnQuote, type LibraryDrawResult } from './library-draw.js';
import { importLocal, scoreLocal, type LocalDoc, type LocalJudged, type LocalResult } from './local-quotes.js';

export const LABELS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/eval/knowledge');

const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(LABELS_DIR, name), 'utf8')) as T;

export interface Figures {
  tifaPrecision: number;
  wrongSpeakers: number;
  quotePrecision: number;
  quoteRecall: number;
  /** 金句 precision and recall over every labelled document: the issue's 10 and the wider set. */
  quotePrecisionAll: number;
  quoteRecallAll: number;
  /** 金句 precision and recall over the documents labelled later (`"set": "fresh"`), kept apart so
   * the figures above stay comparable with their history. */
  quotePrecisionFresh: number;
  quoteRecallFresh: number;
  /** 金句 precision and recall over documents held out while rules were written (`"set": "held16"`). */
  quotePrecisionHeld: number;
  quoteRecallHeld: number;
  /** The same over the 党代会 reports held out in the next round (`"set": "held17"`). */
  quotePrecisionHeld17: number;
  quoteRecallHeld17: number;
  /** The same over the government work reports held out in round quotes18 (`"set": "held18"`). */
  quotePrecisionHeld18: number;
  quoteRecallHeld18: number;
  /** The same over the government work reports held out in round quotes19 (`"set": "held19"`). */
  quotePrecisionHeld19: number;
  quoteRecallHeld19: number;
  /** The same over the reports held out in round quotes20 (`"set": "held20"`). */
  quotePrecisionHeld20: number;
  quoteRecallHeld20: number;
  /** The same over the reports labelled in round quotes22 (`"set": "held22"`) and its held-out batch (`held22b`). */
  quotePrecisionHeld22: number;
  quoteRecallHeld22: number;
  quotePrecisionHeld22b: number;
  quoteRecallHeld22b: number;
  /** The same over the reports held out in round quotes22b (`"set": "held23"`). */
  quotePrecisionHeld23: number;
  quoteRecallHeld23: number;
  /** The same over the reports labelled in round quotes23 (`"set": "held24"`) and its held-out batch (`held24b`). */
  quotePrecisionHeld24: number;
  quoteRecallHeld24: number;
  quotePrecisionHeld24b: number;
  quoteRecallHeld24b: number;
  /** Of a judged random draw of the shipped library's 金句 (quotes-library19.json), the share judged
   * good among those the current code still outputs. */
  quotePrecisionLibrary: number;
  /** The same over a second draw (quotes-library20.json, round quotes20). */
  quotePrecisionLibrary20: number;
  /** 金句 in imported local documents (quotes-local21.json, round quotes21): the 15 the rules were
   * written on, the 5 held out, and the wrong speakers over both. */
  quotePrecisionLocal21: number;
  quoteRecallLocal21: number;
  quotePrecisionHeld21: number;
  quoteRecallHeld21: number;
  /** The same file, round local22: the 13 local documents of its rules and the 4 held out. */
  quotePrecisionLocal22: number;
  quoteRecallLocal22: number;
  quotePrecisionLocal22h: number;
  quoteRecallLocal22h: number;
  /** The same file, round local23: 13 new local documents (local-docs/) and the 4 held out. */
  quotePrecisionLocal23: number;
  quoteRecallLocal23: number;
  quotePrecisionLocal23h: number;
  quoteRecallLocal23h: number;
  /** The same file, round local24: 10 more local documents (local-docs/l24-*) and the 3 held out. */
  quotePrecisionLocal24: number;
  quoteRecallLocal24: number;
  quotePrecisionLocal24h: number;
  quoteRecallLocal24h: number;
  /** Wrong speakers over every set of quotes-local21.json. */
  wrongSpeakersLocal21: number;
  goodQuestions: number;
  wrongKeys: number;
}

export const TARGETS: Figures = {
  tifaPrecision: 0.9,
  wrongSpeakers: 0,
  quotePrecision: 0.9,
  quoteRecall: 0.7,
  quotePrecisionAll: 0.9,
  quoteRecallAll: 0.7,
  quotePrecisionFresh: 0.9,
  quoteRecallFresh: 0.7,
  quotePrecisionHeld: 0.9,
  quoteRecallHeld: 0.7,
  quotePrecisionHeld17: 0.9,
  quoteRecallHeld17: 0.7,
  quotePrecisionHeld18: 0.9,
  quoteRecallHeld18: 0.7,
  quotePrecisionHeld19: 0.9,
  quoteRecallHeld19: 0.7,
  quotePrecisionHeld20: 0.9,
  quoteRecallHeld20: 0.7,
  quotePrecisionHeld22: 0.9,
  quoteRecallHeld22: 0.7,
  quotePrecisionHeld22b: 0.9,
  quoteRecallHeld22b: 0.7,
  quotePrecisionHeld23: 0.9,
  quoteRecallHeld23: 0.7,
  quotePrecisionHeld24: 0.9,
  quoteRecallHeld24: 0.7,
  quotePrecisionHeld24b: 0.9,
  quoteRecallHeld24b: 0.7,
  quotePrecisionLibrary: 0.9,
  quotePrecisionLibrary20: 0.9,
  quotePrecisionLocal21: 0.9,
  quoteRecallLocal21: 0.7,
  quotePrecisionHeld21: 0.9,
  quoteRecallHeld21: 0.7,
  quotePrecisionLocal22: 0.9,
  quoteRecallLocal22: 0.7,
  quotePrecisionLocal22h: 0.9,
  quoteRecallLocal22h: 0.7,
  quotePrecisionLocal23: 0.9,
  quoteRecallLocal23: 0.7,
  quotePrecisionLocal23h: 0.9,
  quoteRecallLocal23h: 0.7,
  quotePrecisionLocal24: 0.9,
  quoteRecallLocal24: 0.7,
  quotePrecisionLocal24h: 0.9,
  quoteRecallLocal24h: 0.7,
  wrongSpeakersLocal21: 0,
  goodQuestions: 0.8,
  wrongKeys: 0,
};

/** Figures the ratchet holds but whose target does not fail the suite: the 金句 figures over the
 * wider set of 8 more documents (`"set": "wider"` in quotes-handpicked.json), labelled after the
 * issue's 10 (issue 10 sets its targets on 10 documents). Their targets are printed, met or not. */
export const RATCHET_ONLY: (keyof Figures)[] = [
  'quotePrecisionAll',
  'quoteRecallAll',
  'quotePrecisionFresh',
  'quoteRecallFresh',
  'quotePrecisionHeld',
  'quoteRecallHeld',
  'quotePrecisionHeld17',
  'quoteRecallHeld17',
  'quotePrecisionHeld18',
  'quoteRecallHeld18',
  'quotePrecisionHeld19',
  'quoteRecallHeld19',
  'quotePrecisionHeld20',
  'quoteRecallHeld20',
  'quotePrecisionHeld22',
  'quoteRecallHeld22',
  'quotePrecisionHeld22b',
  'quoteRecallHeld22b',
  'quotePrecisionHeld23',
  'quoteRecallHeld23',
  'quotePrecisionHeld24',
  'quoteRecallHeld24',
  'quotePrecisionHeld24b',
  'quoteRecallHeld24b',
  'quotePrecisionLibrary',
  'quotePrecisionLibrary20',
  'quotePrecisionLocal21',
  'quoteRecallLocal21',
  'quotePrecisionHeld21',
  'quoteRecallHeld21',
  'quotePrecisionLocal22',
  'quoteRecallLocal22',
  'quotePrecisionLocal22h',
  'quoteRecallLocal22h',
  'quotePrecisionLocal23',
  'quoteRecallLocal23',
  'quotePrecisionLocal23h',
  'quoteRecallLocal23h',
  'quotePrecisionLocal24',
  'quoteRecallLocal24',
  'quotePrecisionLocal24h',
  'quoteRecallLocal24h',
  'wrongSpeakersLocal21',
];

/** Figures where lower is better. */
export const LOWER_IS_BETTER: (keyof Figures)[] = ['wrongSpeakers', 'wrongKeys', 'wrongSpeakersLocal21'];

export interface EvalReport {
  figures: Figures;
  tifa: TifaResult;
  speakers: SpeakerResult;
  quotes: QuoteResult;
  questions: QuestionResult;
  library: LibraryDrawResult;
  library20: LibraryDrawResult;
  local21: LocalResult;
  held21: LocalResult;
  local22: LocalResult;
  local22h: LocalResult;
  local23: LocalResult;
  local23h: LocalResult;
  local24: LocalResult;
  local24h: LocalResult;
}

export async function runEval(bundlePath: string): Promise<EvalReport> {
  const lib = loadEvalLibrary(bundlePath);
  const tifa = evalTifa(lib, read<TifaLabel[]>('tifa-labels.json'));
  const speakers = evalSpeakers(lib, read<SpeakerLabel[]>('quote-speakers.json'));
  const handpicked = read<{ docs: (HandpickedDoc & { set?: string })[] }>('quotes-handpicked.json').docs;
  const judged = read<JudgedQuote[]>('quotes-judged.json');
  // Every labelled document, for the unjudged and missed lists.
  const quotes = evalQuotes(lib, handpicked, judged);
  const issueSet = evalQuotes(
    lib,
    handpicked.filter((d) => !d.set),
    judged,
  );
  const allSet = evalQuotes(
    lib,
    handpicked.filter((d) => !d.set || d.set === 'wider'),
    judged,
  );
  /** The documents a round labelled (`"set": "held20"`). */
  const labelled = (set: string) =>
    evalQuotes(
      lib,
      handpicked.filter((d) => d.set === set),
      judged,
    );
  const freshSet = labelled('fresh');
  const heldSet = labelled('held16');
  const held17Set = labelled('held17');
  const held18Set = labelled('held18');
  const held19Set = labelled('held19');
  const held20Set = labelled('held20');
  const held22Set = labelled('held22');
  const held22bSet = labelled('held22b');
  const held23Set = labelled('held23');
  const held24Set = labelled('held24');
  const held24bSet = labelled('held24b');
  const library = evalLibraryDraw(lib, read<{ before: DrawnQuote[] }>('quotes-library19.json').before);
  const library20 = evalLibraryDraw(lib, read<{ before: DrawnQuote[] }>('quotes-library20.json').before);
  const local = read<{ docs: LocalDoc[]; judged: LocalJudged[] }>('quotes-local21.json');
  const localQuotes = await importLocal(
    bundlePath,
    local.docs.map((d) => d.file),
  );
  const scoreSet = (set: string) =>
    scoreLocal(
      local.docs.filter((d) => d.set === set),
      local.judged,
      localQuotes,
    );
  const local21 = scoreSet('local21');
  const held21 = scoreSet('held21');
  const local22 = scoreSet('local22');
  const local22h = scoreSet('local22h');
  const local23 = scoreSet('local23');
  const local23h = scoreSet('local23h');
  const local24 = scoreSet('local24');
  const local24h = scoreSet('local24h');
  const { src, sample } = questionSample(bundlePath);
  const questions = evalQuestions(sample, src, read<QuestionLabel[]>('questions-judged.json'));
  return {
    figures: {
      tifaPrecision: tifa.precision,
      wrongSpeakers: speakers.wrong.length,
      quotePrecision: issueSet.precision,
      quoteRecall: issueSet.recall,
      quotePrecisionAll: allSet.precision,
      quoteRecallAll: allSet.recall,
      quotePrecisionFresh: freshSet.precision,
      quoteRecallFresh: freshSet.recall,
      quotePrecisionHeld: heldSet.precision,
      quoteRecallHeld: heldSet.recall,
      quotePrecisionHeld17: held17Set.precision,
      quoteRecallHeld17: held17Set.recall,
      quotePrecisionHeld18: held18Set.precision,
      quoteRecallHeld18: held18Set.recall,
      quotePrecisionHeld19: held19Set.precision,
      quoteRecallHeld19: held19Set.recall,
      quotePrecisionHeld20: held20Set.precision,
      quoteRecallHeld20: held20Set.recall,
      quotePrecisionHeld22: held22Set.precision,
      quoteRecallHeld22: held22Set.recall,
      quotePrecisionHeld22b: held22bSet.precision,
      quoteRecallHeld22b: held22bSet.recall,
      quotePrecisionHeld23: held23Set.precision,
      quoteRecallHeld23: held23Set.recall,
      quotePrecisionHeld24: held24Set.precision,
      quoteRecallHeld24: held24Set.recall,
      quotePrecisionHeld24b: held24bSet.precision,
      quoteRecallHeld24b: held24bSet.recall,
      quotePrecisionLibrary: library.precision,
      quotePrecisionLibrary20: library20.precision,
      quotePrecisionLocal21: local21.precision,
      quoteRecallLocal21: local21.recall,
      quotePrecisionHeld21: held21.precision,
      quoteRecallHeld21: held21.recall,
      quotePrecisionLocal22: local22.precision,
      quoteRecallLocal22: local22.recall,
      quotePrecisionLocal22h: local22h.precision,
      quoteRecallLocal22h: local22h.recall,
      quotePrecisionLocal23: local23.precision,
      quoteRecallLocal23: local23.recall,
      quotePrecisionLocal23h: local23h.precision,
      quoteRecallLocal23h: local23h.recall,
      quotePrecisionLocal24: local24.precision,
      quoteRecallLocal24: local24.recall,
      quotePrecisionLocal24h: local24h.precision,
      quoteRecallLocal24h: local24h.recall,
      wrongSpeakersLocal21: [local21, held21, local22, local22h, local23, local23h, local24, local24h].reduce(
        (n, r) => n + r.wrongSpeakers.length,
        0,
      ),
      goodQuestions: questions.total ? questions.good / questions.total : 0,
      wrongKeys: questions.wrongKeys.length,
    },
    tifa,
    speakers,
    quotes,
    questions,
    library,
    library20,
    local21,
    held21,
    local22,
    local22h,
    local23,
    local23h,
    local24,
    local24h,
  };
}

/** Whether a figure meets its target. */
export function meets(key: keyof Figures, value: number): boolean {
  return LOWER_IS_BETTER.includes(key) ? value <= TARGETS[key] : value >= TARGETS[key];
}
