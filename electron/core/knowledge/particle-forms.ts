// A formulation written with 的 between its modifier and its head: 经济结构的战略性调整 for 经济结构战略性调整,
// 中华民族的伟大复兴, 社会治安的综合治理, 和平共处的五项原则. The reports write the particle in or leave it out
// with no change of sense, and a list that knows one spelling misses the other. The form is derived from the
// lexicon's own wording, so no list of strings is kept. Only before a head of four characters or more: a short
// head is often the start of a longer word (富强民主文明和谐的社会主义… is no 和谐的社会, 科学的发展 no 科学发展).
// Listed and timelined only (listed-lexicon.ts), never a question's blank, whose key is the words the text says.
import type { ListedEntry } from './lexicon-schema.js';

const HAN = /^\p{Script=Han}+$/u;
/** The least length of the head after 的, and of the modifier before it. */
const MIN_HEAD = 4;
const MIN_MODIFIER = 2;

/** The forms of an entry with 的 inserted once between two of its characters, none of which the entry already
 * names and none whose length is one of its own forms' (so an occurrence's length tells which was matched). */
export function particleForms(e: ListedEntry): string[] {
  const own = [e.term, ...(e.variants ?? [])];
  const ownLengths = new Set(own.map((f) => f.length));
  const out = new Set<string>();
  for (const f of own) {
    if (!HAN.test(f)) continue;
    for (let k = MIN_MODIFIER; k <= f.length - MIN_HEAD; k++) {
      const [modifier, head] = [f.slice(0, k), f.slice(k)];
      if (modifier.endsWith('的') || head.startsWith('的')) continue;
      const form = `${modifier}的${head}`;
      if (!own.includes(form) && !ownLengths.has(form.length)) out.add(form);
    }
  }
  return [...out];
}
