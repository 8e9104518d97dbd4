// What may stand before the 他/她 a sentence is about, in a 通讯's narration: a time (`晚年她腿脚不便`,
// `2018年退休后，他又当起了调解员`), the topic he is asked or talks about (`谈起学生，`, `说起其中的诀窍，`) or a
// question put to him (`问他累不累，他笑着说`, `記者問他為何堅持，他笑說`). Such a lead names when or what, not
// who: the pronoun after it is still the one the sentence before is about.

/** A time word right before the pronoun, or a time clause before a comma. */
const TIME = /^(?:晚年|早年|年轻时|年轻的时候|如今|后来|此后|那时|当时|平时|平日里)(?=[他她])/;
/** `说起孩子们，`, `提到家人，`, `谈到…问题时，`, `2018年退休后，`, `当被问到…时，`, `面对…，`: one clause with no pronoun. */
const CLAUSE = /^[^，,：:；;“”他她]{1,16}[，,]\s*/;
/** `问他累不累，`, `有人问他图个啥，`, `记者问他为何坚持，`: a question put to him, then his answer. */
// (`记者问及如何提升服务质量，她表示`, `当被问到为什么…时，她想了想说`: the question need not name him.)
export const ASKED =
  /^(?:当)?(?:有人|记者|笔者|被)?(?:问(?:起|及|到)?([他她])|问(?:起|及|到))[^，,：:；;“”他她]{1,16}[，,]\s*(?=[他她])/;
/** A topic he talks about or faces (`谈起学生，`, `面对居民的不理解，`): what it names is talked of, not someone there. */
export const TOPIC = /^(?:面对|谈起|谈到|说起|说到|提起|提到|聊起|问起|讲起)[^，,：:；;“”他她]{1,12}(?:时)?[，,]/;

/** A sentence opening on 他/她 (not 他们, 他人): about one person told of before. */
export const OPENS_ON_PRONOUN = /^[他她](?!们|人)/;

/** The length of the lead before the sentence's 他/她 (`s` opening on it after the lead), or 0. */
export function pronounLead(s: string): number {
  const m = ASKED.exec(s) ?? TIME.exec(s) ?? CLAUSE.exec(s);
  // (`问他…，她说`: the one asked is not the one answering.)
  if (m?.[1] && s[m[0].length] !== m[1]) return 0;
  return m && OPENS_ON_PRONOUN.test(s.slice(m[0].length)) ? m[0].length : 0;
}
