// 金句 speakers of imported speeches and meeting reports (speech-fixtures/README.md): each labelled
// fixture goes through the import pipeline the app's import worker runs, in its own format, and no
// 金句 — nor any candidate the ranking could keep on a longer text — may carry a wrong speaker.
// Questions made from these imports must ask only for right speakers, and none may come from a
// historical document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { isCreditable } from '../../../electron/core/knowledge/uncredited.js';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { loadSource } from '../../../electron/core/quiz/source.js';
import { makeCore, type TestCore } from '../quiz/helpers.js';
import { expectedSpeaker, fixtureFile, isWrong, LABELS, type SpeechLabel } from './speech-fixtures.js';

const imported = new Map<string, ContentDocument>();

beforeAll(async () => {
  for (const label of LABELS) {
    const { name, bytes } = await fixtureFile(label);
    const r = await importBytes(name, bytes, {}, { idPrefix: 'u' });
    expect(r.errors, label.file).toEqual([]);
    expect(r.documents, label.file).toHaveLength(1);
    imported.set(label.file, r.documents[0]!);
  }
}, 60_000);

const wrongOf = (label: SpeechLabel, items: readonly { text: string; speaker: string | null }[]) =>
  items.filter((q) => isWrong(label, q.text, q.speaker)).map((q) => `${q.speaker}: ${q.text}`);

describe('金句 speakers of imported speeches and meeting reports', () => {
  it('covers at least 12 documents in .txt, .docx and .html', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(LABELS.map((l) => l.format))).toEqual(new Set(['txt', 'docx', 'html']));
  });

  it.each(LABELS.map((l) => [l.file, l] as const))('%s: no 金句 with a wrong speaker', (_, label) => {
    expect(wrongOf(label, imported.get(label.file)!.quotes)).toEqual([]);
  });

  it.each(LABELS.map((l) => [l.file, l] as const))('%s: no candidate with a wrong speaker', (_, label) => {
    const doc = imported.get(label.file)!;
    const candidates = quoteCandidates({ paragraphs: doc.paragraphs, type: doc.type, speakers: doc.speakers });
    expect(
      wrongOf(
        label,
        candidates.filter((c) => isCreditable(c.speaker)),
      ),
    ).toEqual([]);
  });

  it.each(LABELS.map((l) => [l.file, l] as const))('%s: its type, and its date or none', (_, label) => {
    const doc = imported.get(label.file)!;
    expect(doc.type).toBe(label.type);
    if (doc.date !== null) expect(doc.date).toBe(label.date);
  });

  it('historical speeches (dated before the Third Plenum, or in Cultural-Revolution wording) are 历史文献', () => {
    for (const label of LABELS)
      expect([label.file, imported.get(label.file)!.status]).toEqual([
        label.file,
        label.historical ? '历史文献' : '现行',
      ]);
  });
});

describe('questions from these imports', () => {
  let t: TestCore | undefined;
  afterAll(() => t?.close());

  it('ask only for the right speaker and never come from a historical document', async () => {
    t = makeCore();
    const ids = new Map<string, SpeechLabel>();
    for (const label of LABELS) {
      const { name, bytes } = await fixtureFile(label);
      const r = await t.call('importFiles', { files: [{ name, dataBase64: bytes.toString('base64') }] });
      expect(r.results[0]!.status, label.file).toBe('imported');
      ids.set(r.results[0]!.docIds[0]!, label);
    }
    const drafts = generateQuestions(loadSource(t.core.ctx), 'all', 10_000).filter((d) => d.docId && ids.has(d.docId));
    expect(drafts.length).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const d of drafts) {
      const label = ids.get(d.docId!)!;
      if (label.historical) bad.push(`historical: ${d.stem}`);
      if (d.factKind !== 'quote') continue;
      const right = expectedSpeaker(label, d.fact);
      // “这句话是谁说的”: the key is the speaker; “补全某某的金句”: the stem names one.
      if (/是谁说的/.test(d.stem) && d.options[d.correct[0]!] !== right) bad.push(`key: ${d.stem}`);
      const named = /^补全(.+?)的金句/.exec(d.stem)?.[1];
      if (named && named !== right) bad.push(`stem: ${d.stem}`);
      // Two speeches in one file: the file's title and date are the first speech's, so “which
      // document / which year” would key the second speech's lines wrongly.
      if (label.file.startsWith('16-') && /出自哪篇|出自哪一年/.test(d.stem)) bad.push(`source: ${d.stem}`);
    }
    expect(bad).toEqual([]);
  }, 60_000);
});
