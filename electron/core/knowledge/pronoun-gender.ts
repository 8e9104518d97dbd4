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

  /** The one the text names whom no earlier pronoun of the other kind was, if there is exactly one. */
  theOnly(pronoun: Pronoun): string | null {
    const left = namedOnce(this.named()).filter((n) => !this.isOther(n, pronoun));
    return left.length === 1 ? left[0]! : null;
  }
}
