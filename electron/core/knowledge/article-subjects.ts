// In an article (a 通讯, a memoir), the people whose words the narration gives without a post: one it names
// as a sentence's subject, when a later sentence or clause opens on 他/她 saying something
// (`崔桂芬在幸福社区当了八年网格员。…她常说：“……”`, `…梁德勇眼里闪着光。他动情地说：“……”`), and the
// writer's father or mother named once (`我的父亲周德厚，…`, `父亲名叫鲁长顺`), whom `父亲常对我说` then means.
// Only names: whether 他/她 is that person stays with pronoun-speaker.ts (one subject, nobody else).
import { tokenize } from '../text/segment.js';
import { COMPOUND, isBylineName, SURNAMES, WHOLE_NAME, wholeLength } from './byline-name.js';
import { SENTENCE } from './reported-speech.js';
import { speakersIn, type OwnName } from './speakers.js';
import { OPENS_ON_PRONOUN, pronounLead } from './pronoun-lead.js';
import { OCCUPATION, ROLE } from './post-role.js';
import { GESTURE } from './quote-frames.js';

/** 他/她 saying something: `她常说：`, `他动情地说：`, `她笑着说：`, `他常对村里的年轻人说：`; or a gesture right before the
 * quotation (`她摆摆手：“`, `他哈哈一笑：“`, quote-frames.ts). */
const SAYS = new RegExp(
  `^[他她](?!们)(?:(?:还|也|又|常|总|总是|经常|常常|曾)*(?:[\\u4e00-\\u9fff]{2,3}地|笑着|哽咽着|含泪|想了想|摇摇头|点点头|笑了笑)?(?:常|总是)?(?:对[^，,。：:“”]{1,10}?)?(?:说|笑说|笑道)[：:]|(?:在[^，,。：:“”]{0,6}?日记[本里中上]*)?写道[：:]|(?:又|却|也|便|就)?${GESTURE}[：:][“「])`,
);
/** The named subject saying something himself (`祁来顺哈哈一笑：“`, `苗桂兰眼圈一红：“`, `卓成林说：“`, `甄月娥笑着说：“`): after one
 * lead (`问他为啥还这么忙，`), the full name that opens the clause; the gesture fixes where the name ends. */
const NAME_GESTURES = new RegExp(
  `^(${WHOLE_NAME})(?:又|却|也|便|就)?(?:${GESTURE}|(?:笑着|[\\u4e00-\\u9fff]{2}地)?说)[：:][“「]`,
);
/** `周大姐`, `老孟`, `李大爷`: how a 通讯 calls someone it does not name. */
export const ADDRESS_TERM =
  /(?:大姐|大哥|大爷|大妈|大娘|大叔|大婶|大伯|阿姨|奶奶|爷爷|婆婆|嫂子|师傅|老汉|老太|老师|书记|主任|校长|队长)$|^[老小阿]/;
/** Whether a sentence opens on 他/她 saying something, after a time, a topic or a question (`问他累不累，他笑着说：`). */
const saysAfterLead = (s: string) => SAYS.test(s.slice(pronounLead(s)));
/** Whether it opens on 他/她, after such a lead (`晚年她腿脚不便，…`): the story goes on about the same person. */
const aboutPronoun = (s: string) => OPENS_ON_PRONOUN.test(s.slice(pronounLead(s)));

/** One short leading clause (`每天一早，`, `谈起学生，`) before the subject. */
const LEAD = /^[^，,：:“”]{1,16}[，,]/;
const NAME_TAG = /^nr/;

/** A surname and a two-character given name, or a compound surname and one or two (`柏树`, `天不亮` are words jieba may
 * tag as names). */
const fullName = (n: string) => wholeLength(n) && (SURNAMES.includes(n[0]!) || COMPOUND.test(n)) && isBylineName(n);

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
  // (`上官/n 文杰/x`: a compound surname jieba reads as a word.)
  if (a && b && COMPOUND.test(a.word) && a.word.length === 2 && fullName(a.word + b.word)) return a.word + b.word;
  return null;
}

/** `村医符国栋背着药箱…`, `七十岁的理发师傅黎志强，`, `…，廖/nr 成才/n 乐呵呵的`: after an age, a place or a calling, a
 * surname and two characters that jieba keeps apart from what is around them, and that the text writes twice, or
 * that a comma or a calling closes in. */
const DESCRIBED = /^(?:[^，,。：:“”]{0,12}?的)?[^，,。：:“”的]{0,6}$/;
function describedName(s: string, folded: string): string | null {
  const cuts = new Set<number>([0]);
  let at = 0;
  for (const t of tokenize(s.slice(0, 24))) cuts.add((at += t.word.length));
  for (let p = 0; p + 3 <= Math.min(s.length, 21); p++) {
    const n = s.slice(p, p + 3);
    if (!cuts.has(p) || !cuts.has(p + 3) || !DESCRIBED.test(s.slice(0, p)) || !fullName(n)) continue;
    const twice = folded.indexOf(n) !== folded.lastIndexOf(n);
    if (twice || /^[，,]/.test(s.slice(p + 3)) || new RegExp(`(?:${OCCUPATION}|${ROLE})$`).test(s.slice(0, p)))
      return n;
  }
  return null;
}

/** `韦德/nr 明`: a two-character name the text always writes with the same third character is that longer name. */
function asAlwaysWritten(name: string, folded: string): string {
  if (name.length !== 2) return name;
  const next = new Set([...folded.matchAll(new RegExp(`${name}(.?)`, 'g'))].map((m) => m[1]));
  const [c] = next;
  return next.size === 1 && c && /[\u4e00-\u9fff]/.test(c) && fullName(name + c) ? name + c : name;
}

/** `——记青石镇大坪村党支部书记罗春生`, `——追记援藏干部何志远`: a 通讯's subtitle names the one person the story is about, last on its line. */
const FEATURE_SUBTITLE = new RegExp(`^[—-]{1,2}追?记[^\\n]{0,30}?(${WHOLE_NAME})$`, 'm');

/** A 通讯 under such a subtitle (`——记…向德福`, not `——记者对话…`, an interview): its writer's own sentences tell the story
 * of the one person (`欧阳丽是从村里走出去的。`, `日子越过越红火，…成了…文明村。`); its lines are the words it gives him. */
export const isFeature = (folded: string): boolean =>
  FEATURE_SUBTITLE.test(folded.slice(0, 200).replace(/^[—-]{1,2}记者.*$/gm, ''));

export function articleSubjects(folded: string): string[] {
  const out = new Set<string>();
  // (`罗春生说，当支书，就是要…`: the subject of the feature speaks without a 他 after him.)
  const featured = FEATURE_SUBTITLE.exec(folded.slice(0, 200))?.[1];
  if (featured && fullName(featured) && !speakersIn(featured).length) out.add(featured);
  if (/[他她]/.test(folded)) {
    // (A sentence begins at its paragraph: `」⏎退休后，她…` after a closing mark, a title without a full stop.)
    const sentences = [...folded.matchAll(SENTENCE)].map((m) =>
      m[0].slice(m[0].lastIndexOf('\n') + 1).replace(/^[”’」』\s]+/, ''),
    );
    sentences.forEach((s, k) => {
      // The next sentence, or the first of those after it that open on 他/她 to say something (`一九五六年，尹桂珍入了党。
      // ⏎此后几十年，她一直保存着…。⏎晚年她腿脚不便…。她常说：`).
      const after = sentences.slice(k + 1, k + 4);
      const run = after.findIndex((t) => !aboutPronoun(t) || saysAfterLead(t));
      const next = after[run < 0 ? 0 : run] ?? '';
      // (Nobody says anything in this sentence or the next: no name to look for, and no segmenting.)
      if (
        !saysAfterLead(next) &&
        !s
          .split(/[，,]\s*/)
          .slice(1)
          .some((c) => SAYS.test(c))
      )
        return;
      const lead = openingName(s) ? '' : (LEAD.exec(s)?.[0] ?? '');
      const body = s.slice(lead.length);
      // (`七十岁的理发师傅黎志强，…`: the lead clause may be the described name itself.)
      const first = openingName(body) ?? describedName(s, folded) ?? describedName(body, folded);
      const name = first && asAlwaysWritten(first, folded);
      if (!name || !fullName(name) || speakersIn(name).length) return;
      const clauses = body.split(/[，,]\s*/).slice(1);
      if (clauses.some((c) => SAYS.test(c)) || saysAfterLead(next)) out.add(name);
    });
  }
  if (/[：:][“「]/.test(folded))
    for (const [s] of folded.matchAll(SENTENCE)) {
      const t = s.slice(s.lastIndexOf('\n') + 1);
      const m = NAME_GESTURES.exec(t.slice(LEAD.exec(t)?.[0].length ?? 0));
      if (m && fullName(m[1]!) && !ADDRESS_TERM.test(m[1]!) && !speakersIn(m[1]!).length) out.add(m[1]!);
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
