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

export const LABELS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/eval/knowledge');

const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(LABELS_DIR, name), 'utf8')) as T;

export interface Figures {
  tifaPrecision: number;
  wrongSpeakers: number;
  quotePrecision: number;
  quoteRecall: number;
  goodQuestions: number;
  wrongKeys: number;
}

export const TARGETS: Figures = {
  tifaPrecision: 0.9,
  wrongSpeakers: 0,
  quotePrecision: 0.9,
  quoteRecall: 0.7,
  goodQuestions: 0.8,
  wrongKeys: 0,
};

/** Figures where lower is better. */
export const LOWER_IS_BETTER: (keyof Figures)[] = ['wrongSpeakers', 'wrongKeys'];

export interface EvalReport {
  figures: Figures;
  tifa: TifaResult;
  speakers: SpeakerResult;
  quotes: QuoteResult;
  questions: QuestionResult;
}

export function runEval(bundlePath: string): EvalReport {
  const lib = loadEvalLibrary(bundlePath);
  const tifa = evalTifa(lib, read<TifaLabel[]>('tifa-labels.json'));
  const speakers = evalSpeakers(lib, read<SpeakerLabel[]>('quote-speakers.json'));
  const quotes = evalQuotes(
    lib,
    read<{ docs: HandpickedDoc[] }>('quotes-handpicked.json').docs,
    read<JudgedQuote[]>('quotes-judged.json'),
  );
  const { src, sample } = questionSample(bundlePath);
  const questions = evalQuestions(sample, src, read<QuestionLabel[]>('questions-judged.json'));
  return {
    figures: {
      tifaPrecision: tifa.precision,
      wrongSpeakers: speakers.wrong.length,
      quotePrecision: quotes.precision,
      quoteRecall: quotes.recall,
      goodQuestions: questions.total ? questions.good / questions.total : 0,
      wrongKeys: questions.wrongKeys.length,
    },
    tifa,
    speakers,
    quotes,
    questions,
  };
}

/** Whether a figure meets its target. */
export function meets(key: keyof Figures, value: number): boolean {
  return LOWER_IS_BETTER.includes(key) ? value <= TARGETS[key] : value >= TARGETS[key];
}
