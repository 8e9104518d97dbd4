// Who answers an interview's or a press conference's `答：` turns: the one person its opening (the title, the head
// lines and the paragraphs before the first question) names under a post, or the one 发言人 or briefer — never the
// chair of a press conference (`…主持发布会`).
import { isBylineName } from './byline-name.js';
import { CALLING, ROLE } from './post-role.js';
import { postedPeople } from './posted-people.js';
import { roleMatches } from './role-scan.js';

// (`——访江北区区长宋晓岚`: an interview's headline, its subtitle naming whom it visits.)
// (`——原弄拉村党支部书记蒙德福口述`: an oral history, its subtitle naming whose account it sets down.)
const INTERVIEW = /专访|采访|访谈|答记者问|回答(?:了)?记者(?:的)?提问|——\s*访|口述\s*$/m;
/** `新闻发言人谭永刚就……回答了记者提问`: a spokesperson, whose post ROLE does not hold. */
const SPOKESPERSON = /发言人([\u4e00-\u9fff]{2,3}?)(?=就|回答|答|表示|介绍|通报|主持|发布|[^\u4e00-\u9fff]|$)/g;
/** The one who chairs a press conference (`…陈晓主持发布会`): the name ends the characters before 主持. */
const CHAIR = /([\u4e00-\u9fff]{2,3})主持(?!并)/g;
/** What a press conference's briefer does right after his name. */
const BRIEFS = '(?:介绍|回答|答记者问|就|通报|发布|解读)';
/** A post, a space, then a name up to a space, 就 or the line's end. */
const POST_SPACE_NAME = new RegExp(`(${ROLE})[ \u3000]+(?=[\u4e00-\u9fff]{2,3}(?:[ \u3000]|就|$))`, 'gm');
/** A post, then the name up to a break: `专访了青石县委书记李国强，`. */
const POSTED_NAME = new RegExp(`(?:${ROLE})([\\u4e00-\\u9fff]{2,3})(?=同志|[^\\u4e00-\\u9fff]|$)`, 'g');
/** `——访市级非遗传承人、竹编艺人龙秀英`: an interview's subtitle naming whom it visits under a calling, not a post. */
const VISITED_CALLING = new RegExp(`^\\s*——\\s*访(?:${CALLING})([\\u4e00-\\u9fff]{2,3})\\s*$`, 'm');

/** `——原弄拉村党支部书记蒙德福口述`: an oral history's subtitle, naming the one whose account its answers are. */
const ORAL = new RegExp(`^\\s*——\\s*(?:${ROLE}|${CALLING})?([\\u4e00-\\u9fff]{2,3})口述\\s*$`, 'm');

/** The one person an interview's opening (the paragraphs before its first question) names under a post. */
export function interviewee(opening: readonly string[]): string | null {
  // (`——访县人社局局长 钟立平`, `市卫健委主任 唐明哲 就…答记者问`: a headline sets the name apart from the post.)
  const text = opening.join('\n').replace(POST_SPACE_NAME, '$1');
  if (!INTERVIEW.test(text)) return null;
  const oral = ORAL.exec(text)?.[1];
  if (oral && isBylineName(oral)) return oral;
  // (`新闻发言人陈晓主持发布会`, `市政府新闻办副主任邓海主持发布会`: the chair answers no question; `主持并回答` does.)
  const chairs = new Set([...text.matchAll(CHAIR)].map((m) => m[1]!));
  // (`副主任韦强主持发布会`: a two-character name read on into 主 is the chair's too.)
  const notChair = (n: string) =>
    !text.includes(`${n}持`) && ![...chairs].some((c) => c.endsWith(n) || c.startsWith(n));
  const spokes = [...text.matchAll(SPOKESPERSON)].map((m) => m[1]!).filter((n) => isBylineName(n) && notChair(n));
  const names = new Set(
    roleMatches(text, POSTED_NAME)
      .map((m) => m[1]!)
      .filter((n) => isBylineName(n) && notChair(n))
      .concat(spokes),
  );
  // Everyone under a post, whatever follows the name (`县委书记李国强和县长孙立华`): one person only.
  const posted = postedPeople(text).filter(notChair);
  const people = new Set(posted.concat(spokes).map((n) => n.slice(0, 2)));
  // (`…司司长杨建国介绍…并回答记者提问`: a name run on into what he does, its end fixed by the verb.)
  const briefer = posted.filter((n) => isBylineName(n) && new RegExp(`${n}${BRIEFS}`).test(text));
  if (names.size === 0 && people.size === 1 && briefer.length === 1) return briefer[0]!;
  if (names.size === 1 && people.size === 1) return [...names][0]!;
  const called = names.size === 0 && people.size === 0 ? VISITED_CALLING.exec(text)?.[1] : undefined;
  return called && isBylineName(called) ? called : null;
}
