// The labelled speech and meeting-report fixtures (speech-fixtures/README.md): each text rendered
// in the format a user would import it as (.txt, .docx, .html), and the judge that says which
// speaker a 金句 of that text must carry.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { docxBytes, type Line } from '../../fixtures/import/gen/docx.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import { historyFixtureText } from './pd-excerpts.js';

export const SPEECH_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'speech-fixtures');

export interface SpeechLabel {
  file: string;
  format: 'txt' | 'docx' | 'html';
  shape: string;
  /** Whose words the text's own (unquoted, uncited) sentences are; null when nobody's certain. */
  voice: string | null;
  /** The document type and date the import must find (a wrong date makes a wrong year key). */
  type: string;
  date: string | null;
  historical?: boolean;
  /** For .html: the page's publication date (a <meta>), which is not the text's own date. */
  published?: string;
  /** A file of several speeches: one document per speech, with its title and speaker. */
  speeches?: { title: string; speaker: string }[];
  /** Quote-worthy sentences and every cited passage, with the person they belong to (null: nobody named). */
  quotes: { text: string; speaker: string | null }[];
}

export const LABELS = JSON.parse(fs.readFileSync(path.join(SPEECH_DIR, 'labels.json'), 'utf8')) as SpeechLabel[];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The fixture as the file a user imports: name and bytes. */
export async function fixtureFile(
  label: Pick<SpeechLabel, 'file' | 'format' | 'published'>,
  dir = SPEECH_DIR,
): Promise<{ name: string; bytes: Buffer }> {
  const text = historyFixtureText(dir, label.file);
  const lines = text.split('\n').filter((l) => l.trim());
  const base = label.file.replace(/\.txt$/, '');
  if (label.format === 'txt') return { name: label.file, bytes: Buffer.from(text) };
  if (label.format === 'html') {
    const body = lines.slice(1).map((l) => `<p>${escapeHtml(l)}</p>`);
    const meta = label.published ? `<meta name="publishdate" content="${label.published}">` : '';
    const html = `<!doctype html><html><head><meta charset="utf-8">${meta}<title>${escapeHtml(lines[0]!)}</title></head><body><h1>${escapeHtml(lines[0]!)}</h1>${body.join('')}</body></html>`;
    return { name: `${base}.html`, bytes: Buffer.from(html) };
  }
  // Word: the title styled, the header lines centred up to the salutation, then body paragraphs.
  const salutation = lines.findIndex((l) => /^同志们/.test(l));
  const docLines: Line[] = lines.map((l, i) => ({
    t: i === 0 ? 'title' : salutation > 0 && i < salutation ? 'center' : 'p',
    text: l,
  }));
  return { name: `${base}.docx`, bytes: await docxBytes(docLines) };
}

const han = (s: string) => (foldForSearch(s).match(/\p{Script=Han}/gu) ?? []).join('');

/** The speaker a text from this fixture must carry: the label of the passage it is part of (or
 * that is part of it), else the fixture's voice. `null`: no speaker is right. */
export function expectedSpeaker(label: SpeechLabel, text: string): string | null {
  const t = han(text);
  const hit = label.quotes.find((q) => {
    const l = han(q.text);
    return l.includes(t) || t.includes(l);
  });
  return hit ? hit.speaker : label.voice;
}

/** The label of document k of a file: in a file of speeches, each speech's own lines are its
 * speaker's (the file's `voice` is null: nobody owns the whole file). */
export const labelOf = (label: SpeechLabel, k: number): SpeechLabel =>
  label.speeches ? { ...label, voice: label.speeches[k]?.speaker ?? null } : label;

/** A speaker is wrong when one is given and it is not the expected one; none is never wrong. */
export const isWrong = (label: SpeechLabel, text: string, speaker: string | null) =>
  speaker !== null && speaker !== expectedSpeaker(label, text);

/** The labelled passages with a person that some 金句 of the file's documents holds (or is part of)
 * under that person's name: the speakers the import found. */
export function speakersFound(label: SpeechLabel, quotes: readonly { text: string; speaker: string | null }[]): number {
  return label.quotes.filter((q) => {
    const l = han(q.text);
    return (
      q.speaker !== null &&
      quotes.some((x) => {
        const t = han(x.text);
        return x.speaker === q.speaker && (t.includes(l) || l.includes(t));
      })
    );
  }).length;
}
