// The labelled imported speeches and meeting reports (tests/unit/knowledge/speech-fixtures): each
// file imported as the app imports it, its 金句 checked against the labelled speakers. A wrong
// speaker fails the evaluation, as on the library; the speakers found are printed beside it.
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { fixtureFile, isWrong, labelOf, LABELS, speakersFound } from '../../../tests/unit/knowledge/speech-fixtures.js';

export interface SpeechResult {
  files: number;
  /** Labelled passages with a person, and those found among the 金句 under that person. */
  withPerson: number;
  found: number;
  wrong: string[];
}

export async function evalSpeeches(): Promise<SpeechResult> {
  const out: SpeechResult = { files: LABELS.length, withPerson: 0, found: 0, wrong: [] };
  for (const label of LABELS) {
    const { name, bytes } = await fixtureFile(label);
    const docs = (await importBytes(name, bytes, {}, { idPrefix: 'u' })).documents;
    docs.forEach((doc, k) => {
      for (const q of doc.quotes)
        if (isWrong(labelOf(label, k), q.text, q.speaker)) out.wrong.push(`${label.file}: ${q.speaker}: ${q.text}`);
    });
    out.withPerson += label.quotes.filter((q) => q.speaker).length;
    out.found += speakersFound(
      label,
      docs.flatMap((d) => d.quotes),
    );
  }
  return out;
}
