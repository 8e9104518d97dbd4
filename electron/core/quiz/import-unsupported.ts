// Items the quiz cannot hold, refused with what to do: 连线题 (the key pairs two columns: no quiz kind
// holds pairs) and items that ask about a picture the file no longer holds (如图所示…, 下图中的…): the
// key may be right, but no learner could answer them.
export const MATCH_REASON =
  '这是连线题（答案是左右两列的配对），暂不能导入：题型只有单选、多选、判断、填空和简答，配对不能当作一个答案。可把每一对改写为一道单选题或判断题后再导入';
export const PICTURE_ASK_REASON =
  '题目要看图片作答（题中说“如图”“下图”“图中”等），但文件中没有这张图片，导入后无法作答：请把图片的内容改写为文字后再导入，或删去这道题';

/** A pair of a 连线 key: A-①, ①-a, A1, B② (a letter or circled number joined to another). */
const PAIR = /[A-Ha-h①-⑳\d]\s*[-－—–→]\s*[A-Ha-h①-⑳\d]|[A-H][①-⑳1-9](?![0-9])/g;

/** 连线题: the bank says so (题型, section, the stem asks to 连线), or its key is pairs joined by a dash. */
export function isMatching(type: string | undefined, answer: string, stem: string): boolean {
  if (/连线/.test(type ?? '')) return true;
  const pairs = answer.match(PAIR)?.length ?? 0;
  if (pairs >= 2 && answer.replace(PAIR, '').replace(/[\s,，、;；]/g, '') === '') return true;
  return /连线/.test(stem) && !!answer.trim();
}

/** The stem asks about a picture (如图所示, 下图中, 图中人物, 观察上图); not 蓝图, 宏图, 版图, 地图 or 上图书馆. */
const PICTURE_ASK =
  /(?<![蓝宏版地企试构意绘制草拼插])(?:(?:如|下|上|左|右|附)图(?![书表纸])|图中)|(?:观察|根据|结合|看|读)(?:下|上|此|该)?图(?![书表纸])/;

export const asksPicture = (stem: string) => PICTURE_ASK.test(stem);
