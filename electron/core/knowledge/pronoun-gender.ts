// 他 and 她 tell a man from a woman. In a story naming one of each (`镇党委书记林晓梅…。她上任以来…`, `社区党委书记
// 韩德明介绍了…。他说，…`), a pronoun the other one cannot be is the one person left, once whom an earlier 他/她 was
// is known (pronoun-speaker.ts asks only where its own cues leave the pronoun open between them or give it to one known
// as the other).
export type Pronoun = '他' | '她';

const otherOf = (p: Pronoun): Pronoun => (p === '他' ? '她' : '他');

/** Names once each: `汪立` is 汪立新 cut short. */
const namedOnce = (names: readonly string[]): string[] =>
  [...new Set(names)].filter((n, _, all) => !all.some((m) => m !== n && m.includes(n)));

export class PronounGenders {
  /** Each person an earlier pronoun was, by that pronoun (one called both is known as neither: null). */
  private readonly known = new Map<string, Pronoun | null>();

  /** `named`: everyone the text names by name (asked only when a pronoun needs it). */
  constructor(private readonly named: () => readonly string[]) {}

  note(name: string, pronoun: Pronoun): void {
    const was = this.known.get(name);
    this.known.set(name, was === undefined || was === pronoun ? pronoun : null);
  }

  /** Whether an earlier pronoun of the other kind was `name`. */
  isOther(name: string, pronoun: Pronoun): boolean {
    return this.known.get(name) === otherOf(pronoun);
  }

  /** Whether an earlier pronoun of this kind was `name`, and none of the other. */
  was(name: string, pronoun: Pronoun): boolean {
    return this.known.get(name) === pronoun;
  }

  /** Whether no earlier pronoun was `name`. */
  unknown(name: string): boolean {
    return !this.known.has(name);
  }

  /** The one the text names whom no earlier pronoun of the other kind was, if there is exactly one. */
  theOnly(pronoun: Pronoun): string | null {
    const left = namedOnce(this.named()).filter((n) => !this.isOther(n, pronoun));
    return left.length === 1 ? left[0]! : null;
  }
}

/** How a story calls a woman it does not name (`张大娘`, `王阿姨`, `一位大姐`, `刘大婶`, `陈嫂子`), with the word before it. */
const WOMAN_CALLED = /(?:[一这那]位|[\u4e00-\u9fff])?(?:大姐|大娘|大妈|大婶|大嫂|阿姨|嫂子|奶奶|婆婆|老太太?)(?!们)/g;
/** Her words and what she talks of (`说起邓医生，`, `告诉他，小区装上电梯后…`): not people there with her. */
const HER_WORDS = /(?:说|告诉[他她]?|表示|介绍)[，,：:].*$|(?:说起|谈起|提起|说到|提到)[^，,。；;“”]{1,10}[，,]/g;

/** `“……”张大娘笑着说。`, `住了三十多年的王阿姨告诉他，…`: a sentence (its quotations blanked) whose only person is a
 * woman it calls by such a word. No 他 after it is she: the next 他 is the one before her, the next 她 not certain.
 * `namesAnyone` tells whether the rest names anyone else. */
export function onlyWomanCalled(s: string, namesAnyone: (rest: string) => boolean): boolean {
  if (s.search(WOMAN_CALLED) < 0) return false;
  const rest = s.replace(HER_WORDS, (w) => ' '.repeat(w.length)).replace(WOMAN_CALLED, (w) => ' '.repeat(w.length));
  return !namesAnyone(rest);
}
