// Whether a short string read from a byline or a lead (`副总理胡春华出席…`, `县委书记　王建国`) is a
// person's name. Patterns alone take what stands in the name's place: `习近平总书记重要讲话` gave
// the speaker 重要, a rmrb section label 核心阅读 on its own line another. A name segments into a
// name (nr) or an unknown word (x, jieba's HMM guess for rare names: 黄坤明, 尤权); an adjective,
// verb, preposition or particle (重要, 应邀, 张旭在, 贺信并) means it is not a name.
import { tokenize } from '../text/segment.js';

const NAME_TAG = /^(?:nr|x)/;
// A given name is often a word of its own (赵/nr 立新/d, 栗/nr 战书/n); a preposition, conjunction,
// particle or pronoun after it (张旭/nr 在/p, 贺信/nr 并/c) is the sentence going on.
const FUNCTION_TAG = /^(?:p|c|u|r|y|e|o|w)/;
// `宋书记`, `王县长`, `张主任`: a surname and a post is how a speech names a leader without his name;
// jieba tags the surname nr, but the words are no name to credit.
export const SURNAME_AND_POST =
  /^[\u4e00-\u9fff]{1,2}(?:书记|县长|市长|省长|区长|镇长|乡长|村长|主任|部长|局长|厅长|处长|科长|校长|院长|所长|总理|主席|委员|老师|同志|先生|女士|董事长|经理|行长|社长|会长|队长|站长)$/;

// `信中还写道：`, `文中指出`, `会上说`: where words were written or said (jieba tags 信中 nr), no one who said them.
const IN_WRITING = /^(?:信|文|书|函|稿|会|报|电)[中上里内]$/;

export function isPersonName(name: string): boolean {
  const plain = name.replace(/[\s\u3000]/g, '');
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(plain) || SURNAME_AND_POST.test(plain) || IN_WRITING.test(plain)) return false;
  const tokens = tokenize(plain);
  return NAME_TAG.test(tokens[0]?.tag ?? '') && !tokens.slice(1).some((t) => FUNCTION_TAG.test(t.tag));
}
