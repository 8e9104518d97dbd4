// `黄书记常跟我们讲：“……”` in a story of `黄文军同志先进事迹报告会`: the report is about its hero, so his surname and a
// post (or `老师`) is he, when no other person the text names has that surname (but one of his family, when the text
// gives him that post); anything less, nobody. His full name
// is always he.
import { COMPOUND, isBylineName } from './byline-name.js';
import { postedPeople } from './posted-people.js';
import { KIN } from './post-role.js';
import { speakersIn, type OwnName } from './speakers.js';

/** The hero a 先进事迹报告会 is named after, in the title or the lead. */
const HERO = /([\u4e00-\u9fff]{2,3}?)同志先进事迹报告会/;
const CALLED = '(?:书记|支书|老师|校长|院长|主任|队长|所长|站长|医生|警官)';

export function heroAliases(folded: string, people: readonly string[]): OwnName[] {
  const hero = HERO.exec(folded.slice(0, 200))?.[1];
  if (!hero || COMPOUND.test(hero) || !isBylineName(hero) || speakersIn(hero).length) return [];
  // (`报告人…回忆说，罗海军常说：“……”`: the hero by his full name is he, whoever relays his words.)
  const named = people.includes(hero) ? [] : [hero];
  const namesakes = [...people, ...postedPeople(folded)].filter((n) => n !== hero && n[0] === hero[0]);
  // (`黄建平的女儿黄思雨`: one of the hero's family shares his surname; `黄院长` is still he when the text gives him that
  // post, `黄建平生前系…卫生院院长`.)
  const kin = (n: string) => new RegExp(`${hero}的(?:${KIN})${n}`).test(folded);
  const his = (called: string) => new RegExp(`${hero}(?:生前)?(?:系|是|任)[^。！？\n]{0,30}?${called}`).test(folded);
  const aliases = new Set([...folded.matchAll(new RegExp(`${hero[0]}${CALLED}`, 'g'))].map((m) => m[0]));
  const sure = [...aliases].filter((a) => !namesakes.length || (namesakes.every(kin) && his(a.slice(1))));
  return [...named, ...sure.map((a) => [a, hero] as const)];
}
