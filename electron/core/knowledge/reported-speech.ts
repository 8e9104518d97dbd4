// Sentences that report someone else's words without quotation marks: `总书记指出，乡村振兴关键在人`,
// `他还强调，…`, `省委书记李明同志指出，…`, `中央经济工作会议指出，…`, `古人云，…`, `俗话说，…`,
// `《论语》中说，其身正，不令而行；其身不正，虽令不从。` The clause that opens the report ends on a
// citation verb and a comma or colon; whatever follows, to the end of the sentence (past a ；), is
// not the document speaker's own — whoever the subject is, named or not. Only the first person
// (`我想强调，`, `我们提出，`) and the speaker's own asides (`必须指出，`, `这就要求，`, `总的来说，`,
// `换句话说，`) keep the sentence the speaker's.
import { unitSet } from '../text/unit-set.js';
import { ADDRESSED_BODY, ROLE } from './post-role.js';

/** A clause ending on a citation verb, before a comma or colon (说, not 学说/小说/传说); 规定 for a
 * document's words (`党章规定，……`); `某某回答：` a 发布会's answer (`某某答：` is a turn, transcript-turns.ts). */
export const REPORTING = new RegExp(
  `(?:(?:告诫|教导|叮嘱|嘱咐|提醒|勉励|鼓励)过?(?:我们|大家|全党|[^，,：:；;“”\\s]{0,4}?(?:干部|党员|青年|企业家|们|部门|单位|负责人|[县市区乡镇村]里|${ADDRESSED_BODY}))|叮嘱|嘱咐|谈到|指出|强调|坦言|说过|(?<![学小传演游解细诉胡劝])说|讲过|讲|云|曰|常言道|[言写说]道|告诫|提出|要求|建议|认为|表示|介绍|告诉记者|补充说|回答说|回答|(?:续|补充|又|并|回应)指|补充|教导|号召|寄语|规定|所说|所讲|所指出|所强调)(?:的那样|的|过|得好)?$`,
);
/** The verb's subject is the speaker (`我们认为`), or the clause is an aside (`必须指出`, `这就要求`). */
const OWN_SUBJECT =
  /我|咱|^(?:必须|需要|应当|应该|应|可以|要|值得|特别|经常|年年|反复|常|多|而|再|还|这|就|也|里|在|那么|同时|所以|如果|严格|牢牢|决|不能)+$|^(?:如前|如上|前面|上面)/;
/** Adverbs between a subject and its verb (`李明同志进一步指出`, `应当强调指出`). */
export const ADVERBS =
  /(?:强调|着重|郑重|明确|尖锐地?|深刻地?|进一步|一再|多次|反复|曾经|曾|也|还|又|就|同时|接着|随后|继而|最后)+$/;
/** `按照…的要求，`, `是时代的要求，`, `提出新时代党的建设总要求，`: 要求/号召 as a noun, or a clause
 * led by a preposition or a verb of carrying out — nobody is speaking. */
const NOT_SPEAKING =
  /^(?:要|必须|应当|都能|切实|认真|深入|努力)*(?:按照|根据|遵照|依照|适应|为了|面对|落实|贯彻|体现|结合|把握|重温|由于|由|经过|综合|达到|迎合|符合|是)/;
/** `在主持会议时`, `在讲话中`: when a person spoke, not part of who. */
const AT_OCCASION = /在[^，,“”]{1,24}?[中上时]$/;
const PLACE_IN_MARKS = /在“[^“”，,]{1,8}”/g;
/** The post before a name (`华东新材料公司董事长`): not part of how long a subject is. */
const POST_FIRST = new RegExp(`^${ROLE}`);
const NOUN_BEFORE = /(?:的|之)$/;
/** `总要求，`, `新要求，`, `各项要求，`: these make a noun of 要求/号召/提出 only (a name may end on 新: `王立新介绍，`). */
const NOUN_BEFORE_DEMAND = /(?:总|新|种|项|些)$/;
/** `总的来说`, `坦率地讲`, `从根本上说`, `换句话说`, `也就是说`, `比如说`: a way of speaking, not a
 * report (but `他动情地说`, `李明在会上说` are); `不听他怎么说`, `看他如何讲`: what someone says, asked about, not given
 * (folded text spells 么 as 幺). */
const MANNER =
  /(?:怎[么幺麼]|怎样|如何)(?:说|讲)$|(?:^[^，]*来|(?:坦率|客观|实事求是|毫不夸张|公正|老实|严格|准确|概括|简单|具体|历史)地|(?:总体|根本|本质|原则|整体|意义|程度)上|换句话|就是|不是|这是|比如|譬如|比方)(?:说|讲)的?$|不用说$|不得不说$/;
// `……人才是关键。”他还强调，……`: the closing mark ends the sentence before, not this one.
export const SENTENCE = /[^。！？!?]+[。！？!?]*[”’]?/g;
const SOURCE_AFTER =
  /^(?:这|此|这句话|这段话|这些话)(?:是|出自|就是|正是|源自)[^。！？]{0,24}(?:名言|诗句|名句|古训|古语|格言|俗语|的话|所说|说的|讲的|写的|教导)/;
const CLAUSE_END = unitSet('，,：:；;');

/** A sentence that reports someone's words: its reporting clause (`他还强调`, `李明在会上说`) runs
 * from `from` to `clauseEnd` (the comma or colon), the words from there to `end`. */
export interface ReportedClause {
  from: number;
  clauseEnd: number;
  end: number;
  /** The clause before its verb, adverbs dropped (`他`, `李明在会上`, `总书记`). */
  subject: string;
  /** An exhortation whose addressee runs on into the words (`他勉励大家珍惜荣誉…`): the clause ends
   * at the addressee's last character (`clauseEnd` is that character, not a comma). */
  exhort?: boolean;
}

/** `他勉励大家珍惜荣誉、再接再厉，…`, `某某希望受表彰的同志发挥…`, `叮嘱各级工会组织关心…`: an exhortation
 * to people named as a whole, whose words follow the addressee without a comma. */
export const EXHORT_VERB = /^(?:也|还|又|并)?(?:勉励|希望|叮嘱|嘱咐)/;
const EXHORT = new RegExp(
  `^([^，,。！？!?；;：:“”]{1,24}?)(?:也|还|又|并)?(?:勉励|希望|叮嘱|嘱咐)[^，,。！？!?；;：:、“”\\s把向在要将对为让]{0,8}(?:大家|同志们|干部|党员|青年|职工|同志|企业|组织|学员|同学们|代表|群众|家长|朋友们)(?=[^，,。！？!?；;：:“”\\s]{2})`,
);

/** A reporting clause opening right at `from` and ending on a comma or colon before `end`
 * (`习近平总书记指出，`), its subject a short name with its post or title. Only 指出/强调 report a statement:
 * `邓小平同志讲过，……` recalls words whose end is not certain. */
function relayedClause(folded: string, from: number, end: number): ReportedClause | null {
  const m = /^[^，,：:；;。“”]{2,20}?[，,：:]/.exec(folded.slice(from, end));
  if (!m) return null;
  const clause = m[0].slice(0, -1).trim();
  const verb = REPORTING.exec(clause);
  if (!verb || !/^(?:指出|强调)$/.test(verb[0])) return null;
  const subject = clause.slice(0, verb.index).replace(ADVERBS, '');
  if (!subject || OWN_SUBJECT.test(subject) || MANNER.test(clause) || NOT_SPEAKING.test(subject)) return null;
  return { from, clauseEnd: from + m[0].length - 1, end, subject };
}

export function reportedClauses(folded: string): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (const m of folded.matchAll(SENTENCE)) {
    const end = m.index + m[0].length;
    let clauseStart = m.index;
    for (let i = m.index; i < end; i++) {
      if (!CLAUSE_END.has(folded.charCodeAt(i))) continue;
      const from = clauseStart;
      const clause = folded.slice(from, i).trim();
      clauseStart = i + 1;
      // (`在“代表通道”上说，`: a place named in marks is no quotation in the clause.)
      if (clause.length > 60 || /[“”]/.test(clause.replace(PLACE_IN_MARKS, '在'))) continue;
      const verb = REPORTING.exec(clause);
      if (!verb) continue;
      const subject = clause.slice(0, verb.index).replace(ADVERBS, '');
      if (OWN_SUBJECT.test(subject) || MANNER.test(clause) || NOT_SPEAKING.test(subject)) continue;
      if (
        NOUN_BEFORE.test(subject) ||
        (/^(?:要求|号召|提出|建议)/.test(verb[0]) && (NOUN_BEFORE_DEMAND.test(subject) || /意见$/.test(subject))) ||
        // (`意见建议，`, `提出的建议，`: the noun; `马林建议，`, `他建议，`, `公司董事长戚美琳建议，`: someone suggests.)
        (/^(?:要求|号召|建议)/.test(verb[0]) &&
          (subject.replace(AT_OCCASION, '').replace(POST_FIRST, '').length > 6 ||
            /[要的和、]|把握|贯彻|坚持|落实/.test(subject)))
      )
        continue;
      out.push({ from, clauseEnd: i, end, subject });
      // `他指出，习近平总书记指出，耕地是…`: the words open on a second report, the relayed person's words.
      const inner = relayedClause(folded, i + 1, end);
      if (inner) out.push(inner);
      break;
    }
    if (out.length && out[out.length - 1]!.end === end) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const e = EXHORT.exec(m[0].slice(lead));
    if (e && !OWN_SUBJECT.test(e[1]!) && !/我|咱/.test(e[1]!)) {
      const from = m.index + lead;
      out.push({ from, clauseEnd: from + e[0].length - 1, end, subject: e[1]!, exhort: true });
    }
  }
  return out;
}

/** Offsets (in the folded paragraph) of the reported parts: from the reporting clause to the
 * end of its sentence. */
export function reportedSpans(folded: string): [number, number][] {
  const out: [number, number][] = [];
  const sentences = [...folded.matchAll(SENTENCE)];
  sentences.forEach((m, k) => {
    // `千磨万击还坚劲，任尔东西南北风。这是郑板桥的诗句。`: the source named after the words.
    const next = sentences[k + 1]?.[0].trim() ?? '';
    if (SOURCE_AFTER.test(next)) out.push([m.index, m.index + m[0].length]);
  });
  for (const c of reportedClauses(folded)) out.push([c.from, c.end]);
  return out;
}
