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
import { evalTifaDocs, type TifaDocJudged, type TifaDocLabel, type TifaDocsResult } from './tifa-docs.js';
import { evalLibraryDraw, type DrawnQuote, type LibraryDrawResult } from './library-draw.js';
import { importLocal, scoreLocal, type LocalDoc, type LocalJudged, type LocalResult } from './local-quotes.js';
import { evalHistory, type HistoryResult } from './history.js';
import { evalNews } from './news-quotes.js';
import { evalImportedSet, type ImportedQuestionResult, type ImportedSet } from './imported-questions.js';
import type { Figures } from './figures.js';

export type { Figures } from './figures.js';
export { LOWER_IS_BETTER, meets, RATCHET_ONLY, TARGETS } from './targets.js';

export const LABELS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/eval/knowledge');

const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(LABELS_DIR, name), 'utf8')) as T;

export interface EvalReport {
  figures: Figures;
  tifa: TifaResult;
  tifaDocs: TifaDocsResult;
  tifaDocsHeld: TifaDocsResult;
  tifaDocs26: TifaDocsResult;
  tifaDocs26h: TifaDocsResult;
  tifaDocs27: TifaDocsResult;
  tifaDocs27h: TifaDocsResult;
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
  held25: LocalResult;
  held25b: LocalResult;
  local24: LocalResult;
  local24h: LocalResult;
  local25: LocalResult;
  local25h: LocalResult;
  local26: LocalResult;
  local26h: LocalResult;
  local27: LocalResult;
  local27h: LocalResult;
  history25: HistoryResult;
  history25h: HistoryResult;
  history26: HistoryResult;
  history26h: HistoryResult;
  news25: LocalResult;
  news25h: LocalResult;
  news26: LocalResult;
  news26h: LocalResult;
  /** Questions from the documents of questions-imported19.json. */
  imported19: ImportedQuestionResult;
  imported19h: ImportedQuestionResult;
  /** Questions from the documents of questions-imported26.json, and its held-out batch. */
  imported26: ImportedQuestionResult;
  imported26h: ImportedQuestionResult;
  /** Questions from the documents of questions-imported27.json, and its held-out batch. */
  imported27: ImportedQuestionResult;
  imported27h: ImportedQuestionResult;
  /** The same for questions-imported28.json. */
  imported28: ImportedQuestionResult;
  imported28h: ImportedQuestionResult;
  turns25: LocalResult;
  turns25h: LocalResult;
  turns26: LocalResult;
  turns26h: LocalResult;
}

export async function runEval(bundlePath: string): Promise<EvalReport> {
  const lib = loadEvalLibrary(bundlePath);
  const tifa = evalTifa(lib, read<TifaLabel[]>('tifa-labels.json'));
  const t25 = read<{ docs: TifaDocLabel[]; judged: TifaDocJudged[] }>('t25-tifa-docs.json');
  const tifaDocs = evalTifaDocs(
    lib,
    t25.docs.filter((d) => d.set === 't25'),
    t25.judged,
  );
  const tifaDocsHeld = evalTifaDocs(
    lib,
    t25.docs.filter((d) => d.set === 't25h'),
    t25.judged,
  );
  const t26 = read<{ docs: TifaDocLabel[]; judged: TifaDocJudged[] }>('t26-tifa-docs.json');
  const tifaDocs26 = evalTifaDocs(
    lib,
    t26.docs.filter((d) => d.set === 't26'),
    t26.judged,
  );
  const tifaDocs26h = evalTifaDocs(
    lib,
    t26.docs.filter((d) => d.set === 't26h'),
    t26.judged,
  );
  const t27 = read<{ docs: TifaDocLabel[]; judged: TifaDocJudged[] }>('t27-tifa-docs.json');
  const [tifaDocs27, tifaDocs27h] = ['t27', 't27h'].map((set) =>
    evalTifaDocs(
      lib,
      t27.docs.filter((d) => d.set === set),
      t27.judged,
    ),
  ) as [TifaDocsResult, TifaDocsResult];
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
  const held25 = scoreSet('held25');
  const held25b = scoreSet('held25b');
  const local24 = scoreSet('local24');
  const local24h = scoreSet('local24h');
  const local25 = scoreSet('local25');
  const local25h = scoreSet('local25h');
  const local26 = scoreSet('local26');
  const local26h = scoreSet('local26h');
  const local27 = scoreSet('local27');
  const local27h = scoreSet('local27h');
  const turns25 = scoreSet('turns25');
  const turns25h = scoreSet('turns25h');
  const turns26 = scoreSet('turns26');
  const turns26h = scoreSet('turns26h');
  /** Every set of quotes-local21.json, by name. */
  const locals = {
    local21,
    held21,
    local22,
    local22h,
    local23,
    local23h,
    held25,
    held25b,
    local24,
    local24h,
    local25,
    local25h,
    local26,
    local26h,
    local27,
    local27h,
    turns25,
    turns25h,
    turns26,
    turns26h,
  };
  const history25 = await evalHistory(bundlePath, 'h25');
  const history25h = await evalHistory(bundlePath, 'h25h');
  const history26 = await evalHistory(bundlePath, 'h26');
  const history26h = await evalHistory(bundlePath, 'h26h');
  const { news25, news25h, news26, news26h } = await evalNews(LABELS_DIR, bundlePath);
  const { src, sample } = questionSample(bundlePath);
  const questions = evalQuestions(sample, src, read<QuestionLabel[]>('questions-judged.json'));
  const set19 = await evalImportedSet(bundlePath, LABELS_DIR, read<ImportedSet>('questions-imported19.json'));
  const set26 = await evalImportedSet(bundlePath, LABELS_DIR, read<ImportedSet>('questions-imported26.json'));
  const [imported19, imported19h] = [set19.main, set19.held];
  const [imported26, imported26h] = [set26.main, set26.held];
  const set27 = await evalImportedSet(bundlePath, LABELS_DIR, read<ImportedSet>('questions-imported27.json'));
  const set28 = await evalImportedSet(bundlePath, LABELS_DIR, read<ImportedSet>('questions-imported28.json'));
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
      quotePrecisionHeld25: held25.precision,
      quoteRecallHeld25: held25.recall,
      quotePrecisionHeld25b: held25b.precision,
      quoteRecallHeld25b: held25b.recall,
      quotePrecisionLocal24: local24.precision,
      quoteRecallLocal24: local24.recall,
      quotePrecisionLocal24h: local24h.precision,
      quoteRecallLocal24h: local24h.recall,
      quotePrecisionLocal25: local25.precision,
      quoteRecallLocal25: local25.recall,
      quotePrecisionLocal25h: local25h.precision,
      quoteRecallLocal25h: local25h.recall,
      quotePrecisionLocal26: local26.precision,
      quoteRecallLocal26: local26.recall,
      quotePrecisionLocal26h: local26h.precision,
      quoteRecallLocal26h: local26h.recall,
      quotePrecisionLocal27: local27.precision,
      quoteRecallLocal27: local27.recall,
      quotePrecisionLocal27h: local27h.precision,
      quoteRecallLocal27h: local27h.recall,
      quotePrecisionNews25: news25.precision,
      quoteRecallNews25: news25.recall,
      quotePrecisionNews25h: news25h.precision,
      quoteRecallNews25h: news25h.recall,
      wrongSpeakersNews25: news25.wrongSpeakers.length + news25h.wrongSpeakers.length,
      quotePrecisionNews26: news26.precision,
      quoteRecallNews26: news26.recall,
      quotePrecisionNews26h: news26h.precision,
      quoteRecallNews26h: news26h.recall,
      wrongSpeakersNews26: news26.wrongSpeakers.length + news26h.wrongSpeakers.length,
      quotePrecisionTurns25: turns25.precision,
      quoteRecallTurns25: turns25.recall,
      quotePrecisionTurns25h: turns25h.precision,
      quoteRecallTurns25h: turns25h.recall,
      quotePrecisionTurns26: turns26.precision,
      quoteRecallTurns26: turns26.recall,
      quotePrecisionTurns26h: turns26h.precision,
      quoteRecallTurns26h: turns26h.recall,
      wrongSpeakersLocal21: Object.values(locals).reduce((n, r) => n + r.wrongSpeakers.length, 0),
      tifaDocPrecision: tifaDocs.precision,
      tifaDocRecall: tifaDocs.recall,
      tifaDocOccurrences: tifaDocs.occurrences,
      tifaDocTimeline: tifaDocs.timeline,
      tifaDocPrecisionHeld: tifaDocsHeld.precision,
      tifaDocRecallHeld: tifaDocsHeld.recall,
      tifaDocOccurrencesHeld: tifaDocsHeld.occurrences,
      tifaDocTimelineHeld: tifaDocsHeld.timeline,
      tifaDoc26Precision: tifaDocs26.precision,
      tifaDoc26Recall: tifaDocs26.recall,
      tifaDoc26Occurrences: tifaDocs26.occurrences,
      tifaDoc26Timeline: tifaDocs26.timeline,
      tifaDoc26PrecisionHeld: tifaDocs26h.precision,
      tifaDoc26RecallHeld: tifaDocs26h.recall,
      tifaDoc27Precision: tifaDocs27.precision,
      tifaDoc27Recall: tifaDocs27.recall,
      tifaDoc27Occurrences: tifaDocs27.occurrences,
      tifaDoc27Timeline: tifaDocs27.timeline,
      tifaDoc27PrecisionHeld: tifaDocs27h.precision,
      tifaDoc27RecallHeld: tifaDocs27h.recall,
      goodQuestions: questions.total ? questions.good / questions.total : 0,
      wrongKeys: questions.wrongKeys.length,
      historyWrongStatus25: history25.wrongStatus.length,
      historyStudyItems25: history25.studyItems.length,
      historyBlockedKeep25: history25.blockedKeep.length,
      historyWrongStatus25h: history25h.wrongStatus.length,
      historyStudyItems25h: history25h.studyItems.length,
      historyWrongStatus26: history26.wrongStatus.length,
      historyStudyItems26: history26.studyItems.length,
      historyBlockedKeep26: history26.blockedKeep.length,
      historyWrongStatus26h: history26h.wrongStatus.length,
      historyStudyItems26h: history26h.studyItems.length,
      historyBlockedKeep26h: history26h.blockedKeep.length,
      goodQuestionsImported19: imported19.goodShare,
      soundQuestionsImported19: imported19.soundShare,
      goodQuestionsImported19h: imported19h.goodShare,
      wrongKeysImported19: imported19.wrongKeys.length + imported19h.wrongKeys.length,
      goodQuestionsImported26: imported26.goodShare,
      soundQuestionsImported26: imported26.soundShare,
      goodQuestionsImported26h: imported26h.goodShare,
      wrongKeysImported26: imported26.wrongKeys.length + imported26h.wrongKeys.length,
      goodQuestionsImported27: set27.main.goodShare,
      soundQuestionsImported27: set27.main.soundShare,
      goodQuestionsImported27h: set27.held.goodShare,
      wrongKeysImported27: set27.main.wrongKeys.length + set27.held.wrongKeys.length,
      goodQuestionsImported28: set28.main.goodShare,
      soundQuestionsImported28: set28.main.soundShare,
      goodQuestionsImported28h: set28.held.goodShare,
      wrongKeysImported28: set28.main.wrongKeys.length + set28.held.wrongKeys.length,
    },
    tifa,
    tifaDocs,
    tifaDocsHeld,
    tifaDocs26,
    tifaDocs26h,
    tifaDocs27,
    tifaDocs27h,
    speakers,
    quotes,
    questions,
    library,
    library20,
    ...locals,
    history25,
    history25h,
    history26,
    history26h,
    news25,
    news25h,
    news26,
    news26h,
    imported19,
    imported19h,
    imported26,
    imported26h,
    imported27: set27.main,
    imported27h: set27.held,
    imported28: set28.main,
    imported28h: set28.held,
  };
}
