// In an article (a 通讯, a memoir), the people whose words the narration gives without a post: one it names
// as a sentence's subject, when a later sentence or clause opens on 他/她 saying something
// (`崔桂芬在幸福社区当了八年网格员。…她常说：“……”`, `…梁德勇眼里闪着光。他动情地说：“……”`), and the
// writer's father or mother named once (`我的父亲周德厚，…`, `父亲名叫鲁长顺`), whom `父亲常对我说` then means.
// Only names: whether 他/她 is that person stays with pronoun-speaker.ts (one subject, nobody else).
import { tokenize } from '../text/segment.js';
import { isBylineName, SURNAMES } from './byline-name.js';
import { SENTENCE } from './reported-speech.js';
import { speakersIn, type OwnName } from './speakers.js';

/** 他/她 saying something: `她常说：`, `他动情地说：`, `她笑着说：`, `他常对村里的年轻人说：`. */
const SAYS =
  /^[他她](?!们)(?:还|也|又|常|总|总是|经常|常常|曾)*(?:[\u4e00-\u9fff]{2,3}地|笑着|哽咽着|含泪)?(?:常|总是)?(?:对[^，,。：:“”]{1,10}?)?说[：:]/;
/** One short leading clause (`每天一早，`, `谈起学生，`) before the subject. */
const LEAD = /^[^，,：:“”]{1,12}[，,]/;
const NAME_TAG = /^nr/;

/** A surname and a two-character given name (`柏树`, `天不亮` are words jieba may tag as names). */
const fullName = (n: string) => n.length === 3 && SURNAMES.includes(n[0]!) && isBylineName(n);

/** The name a sentence opens on: one token jieba reads as a person's name, or a surname and a given name. */
function openingName(s: string): string | null {
  const [a, b] = tokenize(s.slice(0, 8));
  // (A name jieba does not know comes out whole, tagged x: `崔桂芬/x 就 背着`; `韦德/nr 明` is checked later.)
  if (
    a &&
    (NAME_TAG.test(a.tag) || a.tag === 'x') &&
    (fullName(a.word) || (a.word.length === 2 && NAME_TAG.test(a.tag)))
  )
    return a.word;
  if (a && b && a.word.length === 1 && /^(?:nr|x|nz)/.test(b.tag) && fullName(a.word + b.word)) return a.word + b.word;
  return null;
}

/** `韦德/nr 明`: a two-character name the text always writes with the same third character is that longer name. */
function asAlwaysWritten(name: string, folded: string): string {
  if (name.length !== 2) return name;
  const next = new Set([...folded.matchAll(new RegExp(`${name}(.?)`, 'g'))].map((m) => m[1]));
  const [c] = next;
  return next.size === 1 && c && /[\u4e00-\u9fff]/.test(c) && fullName(name + c) ? name + c : name;
}

export function articleSubjects(folded: string): string[] {
  const out = new Set<string>();
  if (/[他她]/.test(folded)) {
    const sentences = [...folded.matchAll(SENTENCE)].map((m) => m[0].trim());
    sentences.forEach((s, k) => {
      const next = (sentences[k + 1] ?? '').replace(/^[”’\s]+/, '');
      // (Nobody says anything in this sentence or the next: no name to look for, and no segmenting.)
      if (
        !SAYS.test(next) &&
        !s
          .split(/[，,]\s*/)
          .slice(1)
          .some((c) => SAYS.test(c))
      )
        return;
      const lead = openingName(s) ? '' : (LEAD.exec(s)?.[0] ?? '');
      const body = s.slice(lead.length);
      const first = openingName(body);
      const name = first && asAlwaysWritten(first, folded);
      if (!name || !fullName(name) || speakersIn(name).length) return;
      const clauses = body.split(/[，,]\s*/).slice(1);
      if (clauses.some((c) => SAYS.test(c)) || SAYS.test(next)) out.add(name);
    });
  }
  return [...out];
}

/** `我的父亲周德厚，`, `父亲名叫鲁长顺，`, `我的母亲叫柴玉兰，`: the writer's parent by name, whom the memoir then calls 父亲. */
const PARENT_NAMED = /(?:我的|^|[。！？\n])(父亲|母亲)(?:名叫|叫)?([\u4e00-\u9fff]{2,3}?)(?=[，,。是])/g;

/** 父亲 anywhere but opening a clause (`来看望父亲时说`): the frame would take him for whoever speaks there. */
const PARENT_NOT_SUBJECT = /[^。！？，,：:“\n的](?:父亲|母亲)/;

export function parentAliases(folded: string): OwnName[] {
  if (PARENT_NOT_SUBJECT.test(folded)) return [];
  const found = new Map<string, Set<string>>();
  for (const m of folded.matchAll(PARENT_NAMED))
    if (isBylineName(m[2]!) && !speakersIn(m[2]!).length) found.set(m[1]!, (found.get(m[1]!) ?? new Set()).add(m[2]!));
  // (Two names for the same word, a second family in the story: nobody.)
  return [...found].filter(([, names]) => names.size === 1).map(([word, names]) => [word, [...names][0]!] as const);
}
