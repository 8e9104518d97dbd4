// 金句 speakers of imported speeches and meeting reports (speech-fixtures/README.md): each labelled
// fixture goes through the import pipeline the app's import worker runs, in its own format, and no
// 金句 — nor any candidate the ranking could keep on a longer text — may carry a wrong speaker.
// Questions made from these imports must ask only for right speakers, and none may come from a
// historical document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { isCreditable } from '../../../electron/core/knowledge/uncredited.js';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { loadSource } from '../../../electron/core/quiz/source.js';
import { settleQuotes } from '../../../electron/core/services/quote-pass.js';
import { makeCore, type TestCore } from '../quiz/helpers.js';
import {
  expectedSpeaker,
  fixtureFile,
  isWrong,
  labelOf,
  LABELS,
  speakersFound,
  type SpeechLabel,
} from './speech-fixtures.js';

// (Round a22 lowered it from 694: `今年是/明年是……之年` in a report's fill, one person held up as a model
// (`某某同志是……的楷模/榜样`) and a plain quoted instruction of more than 12 characters are no 金句 — 5 labelled
// passages, none of them judged good by the rubric; with rounds local22 and speakers22b, 678 of 1623. Round
// local23 lowered it to 676: a superior's framed instruction relayed in a speech (`要以好作风开新局…`) is no 金句,
// relayed-instruction.ts; a directive `各村要把防火责任…` and two lines of 王建国 and 毛泽东 gave their places to a
// model's words without a speaker and to `…好不好，关键看…` theses, 2 of which are labelled and found.)
// (Round speakers23: its 31 files, 740 of 1707 before local23; 737 with both. Round speakers23b: its 30 files and a
// passage of s22-15 labelled (`我们一直记在心里`, the 村支书's own words after a nested quotation), 772 of 1766.)
// (All rounds of this stop merged: 792 of 1766. Round local25: 793 — a short maxim right after a person's words in
// a report goes on with them, continued-words.ts; 蓝天保卫战是一场持久战 and 乡村振兴是一场持久战, labelled passages,
// are stock metaphors of a local speech and no 金句, speech-formulas.ts.)
// (Round news25 lowered it to 770: a meeting report's work list is no 金句 — the hall told to pass the meeting
// on, `谋划明年工作，要…`, `全省要…`, `市政府各部门要…`, `宣传思想工作要…`, a body's members told what to do, a
// government's pledge (`将按照…`, `将聚焦…`), a suggestion opening on 进一步/加大/把, a problem owned, a document's
// parts, `关键是要把…` as the topic of an instruction: 27 labelled passages lost, none a 金句 by the rubric; 5
// found that were not — a quotation running over sentences, a relay inside reported words, people spoken of in
// general and a local leader's speech studied under his post no longer leave 他/她 unresolved.)
// (local25 and news25 merged: 771.)
// (Round turns26 relabelled s24-21's `居民的事再小也是大事` nobody's: 群众利益无小事 retold by a local speaker is the
// slogan, not his words, sayings.ts — the passage is no longer a labelled speaker: 770 of 1765.)
// (Round speech30: 779 of 1765 — 他 after a paragraph of one person's words, a short thesis right after them, and a
// transcript's turns named by its title or opening.)
// (local25 and news25 merged: 771. Round news26: 770 — a government's pledge on `将坚持` (顾海明's `市政府将坚持稳中
// 求进…`, judged not good in news25h) is the work list, report-directive.ts.)
// (Round local26: +1, 770 merged with turns26 and news26 — `…实不实，最终要看…` answered by what it is judged by is a
// thesis and no task, judgement-words.ts.)
// (Stop 47, local28 merged: 777 — general local forms (measure for measure, 不看…要看, 看似…却, 才有) and judgements
// continued in reports, thesis-patterns.ts, continued-words.ts.)
const FOUND_FLOOR = 779;

/** The documents of each file: one, or one per speech for a file of speeches. */
const imported = new Map<string, ContentDocument[]>();

beforeAll(async () => {
  for (const label of LABELS) {
    const { name, bytes } = await fixtureFile(label);
    const r = await importBytes(name, bytes, {}, { idPrefix: 'u' });
    expect(r.errors, label.file).toEqual([]);
    expect(r.documents, label.file).toHaveLength(label.speeches?.length ?? 1);
    imported.set(label.file, r.documents);
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
    expect(imported.get(label.file)!.flatMap((doc, k) => wrongOf(labelOf(label, k), doc.quotes))).toEqual([]);
  });

  it.each(LABELS.map((l) => [l.file, l] as const))('%s: no candidate with a wrong speaker', (_, label) => {
    for (const [k, doc] of imported.get(label.file)!.entries()) {
      // As the ranking keeps them: a well-known saying credited to whose words it is (sayings.ts).
      const candidates = quoteCandidates({
        paragraphs: doc.paragraphs,
        type: doc.type,
        speakers: doc.speakers,
        title: doc.title,
      }).map(creditSaying);
      expect(
        wrongOf(
          labelOf(label, k),
          candidates.filter((c) => isCreditable(c.speaker)),
        ),
      ).toEqual([]);
    }
  });

  // The speakers found only grow: a rule that loses some must say why and lower this floor
  // (README.md, “Local speeches' 金句 (quotes21)”: 635 of 1363 labelled passages with a person, after the
  // pledges a report's fill kept, words told to the speaker and rule lists stopped being 金句; “speakers22”:
  // 728 of 1560 with its 34 files; “speakers22b”: 781 of 1623 with its 29 files, 738 of the 1560 before them; then
  // round local22 left a meeting report's directives to the hall, pledges and requests out: 各级干部要…, 各乡镇要…,
  // 县委将…, 希望县里…, labelled as cited passages but tasks, not 金句, report-directive.ts).
  it('finds at least the committed number of labelled speakers among the 金句', () => {
    const found = LABELS.reduce(
      (n, l) =>
        n +
        speakersFound(
          l,
          imported.get(l.file)!.flatMap((d) => d.quotes),
        ),
      0,
    );
    expect(found).toBeGreaterThanOrEqual(FOUND_FLOOR);
  });

  it.each(LABELS.map((l) => [l.file, l] as const))('%s: its type, and its date or none', (_, label) => {
    for (const doc of imported.get(label.file)!) {
      expect(doc.type).toBe(label.type);
      if (doc.date !== null) expect(doc.date).toBe(label.date);
    }
  });

  it('a file of speeches: one document per speech, each with its own title and speaker', () => {
    const files = LABELS.filter((l) => l.speeches);
    expect(files.length).toBeGreaterThan(0);
    for (const label of files)
      expect(
        imported.get(label.file)!.map((d) => ({ title: d.title, speaker: d.speakers.map((s) => s.name) })),
      ).toEqual(label.speeches!.map((s) => ({ title: s.title, speaker: [s.speaker] })));
  });

  it('the same file of speeches as Word, its first title in the Title style, splits the same way', async () => {
    for (const label of LABELS.filter((l) => l.speeches)) {
      const { name, bytes } = await fixtureFile({ ...label, format: 'docx' });
      const r = await importBytes(name, bytes, {}, { idPrefix: 'u' });
      expect(r.documents.map((d) => ({ title: d.title, speaker: d.speakers.map((s) => s.name) }))).toEqual(
        label.speeches!.map((s) => ({ title: s.title, speaker: [s.speaker] })),
      );
      expect(r.documents.flatMap((doc, k) => wrongOf(labelOf(label, k), doc.quotes))).toEqual([]);
    }
  });

  it('historical speeches (dated before the Third Plenum, or in Cultural-Revolution wording) are 历史文献', () => {
    for (const label of LABELS)
      for (const doc of imported.get(label.file)!)
        expect([label.file, doc.status]).toEqual([label.file, label.historical ? '历史文献' : '现行']);
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
      r.results[0]!.docIds.forEach((id, k) => ids.set(id, labelOf(label, k)));
    }
    const db = t.core.ctx.userDb;
    const titleOf = (id: string) => db.prepare('SELECT title FROM documents WHERE id = ?').pluck().get(id) as string;
    const bodyOf = (id: string) =>
      db.prepare('SELECT paragraphs FROM documents WHERE id = ?').pluck().get(id) as string;
    await settleQuotes(t.core.ctx); // 金句 follow the import (quote-pass.ts)
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
      // “Which document”: the key is the title of the document (the speech, in a file of
      // speeches) that holds the line.
      if (
        /出自哪篇/.test(d.stem) &&
        (d.options[d.correct[0]!] !== titleOf(d.docId!) || !bodyOf(d.docId!).includes(d.fact))
      )
        bad.push(`source: ${d.stem}`);
    }
    expect(bad).toEqual([]);
    // (Every labelled file imported into a core and the questions drawn: a minute alone, more on a loaded shared
    // machine — it grows with each labelled round.)
  }, 300_000);
});
